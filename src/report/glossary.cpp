// The report's terms and the meaning of its computed numbers, written once.
#include "parley/report/glossary.hpp"

#include <stdexcept>

namespace parley::report {

const std::vector<Term>& glossary() {
  static const std::vector<Term> terms{
      {"ZOPA", "Zone of possible agreement: the packages every party prefers to no deal (utility at least its reservation value) "
               "and that break no party's red line."},
      {"reservation value", "What no deal is worth to a party at that date, on its 0-1 utility scale: it signs nothing worth less."},
      {"red line", "An option a party says it will not sign, whatever the rest of the package gives it; cited like a position."},
      {"utility", "What a package is worth to a party on its 0-1 scale: the sum over issues of its weight on the issue times its "
                  "evaluation of the package's option there (weights and evaluations are judgements with their reasons)."},
      {"margin", "How far the best package is from satisfying the least satisfied party: over all packages no red line excludes, "
                 "the largest value of the smallest surplus of a party's utility over its reservation value; at least 0 exactly "
                 "when a ZOPA exists."},
      {"threshold", "The reservation value of one party at which the ZOPA opens (if it is empty) or closes (if it is open), the "
                    "other parties' reservation values held fixed; the change is the threshold minus the reservation value."},
      {"blocking issue", "An issue whose settlement (both sides content with any option, its red lines lifted) would open an empty ZOPA."},
      {"utility given up", "What a party concedes in a package, against its best option on each issue: its weight times (its best "
                           "evaluation minus its evaluation of the package's option), per issue and summed."},
      {"Nash", "The Nash bargaining solution: the package in the ZOPA that maximises the product of the parties' gains over no deal."},
      {"Kalai–Smorodinsky", "The package in the ZOPA that gives each party the same share of its largest possible gain."},
      {"BDM", "Bueno de Mesquita's expected-utility model: actors challenge and concede round by round, weighted by capability and "
              "salience; the forecast is the final median position."},
      {"compromise", "The capability × salience weighted mean of the positions the actors took on the issue."},
      {"capability", "An actor's power to influence the outcome, on a scale shared by all actors (a judgement with its reason)."},
      {"salience", "How much an actor cares about one issue, 0 to 1 (a judgement, or by default its weight on the issue over its largest weight)."}};
  return terms;
}

const std::string& definition(std::string_view term) {
  for (const auto& t : glossary())
    if (t.name == term) return t.definition;
  throw std::out_of_range("report glossary has no term '" + std::string(term) + "'");
}

const std::vector<std::pair<std::string, std::string>>& field_definitions() {
  static const std::vector<std::pair<std::string, std::string>> fields{
      {"reservation", "A party's reservation value as the analysis used it (the snapshot's judgement, after any --shock): " +
                          definition("reservation value") + " Its reason is the party's `preferences[].reservation.why`."},
      {"utilities", "Per party, in party order, the utility of the package. " + definition("utility")},
      {"outcomes", "How many packages (combinations of one option per issue): all of them for the space, the rational ones "
                   "for the ZOPA; counted exactly (`*_exact` holds the decimal when it exceeds 2^53)."},
      {"pareto_size", "How many packages are Pareto-optimal: no other package is at least as good for every party and better for one."},
      {"opposition", "How opposed the parties are: the distance from the best point for all (utility 1 each) to the nearest "
                     "outcome, over the square root of the number of parties (0 = a package gives everyone 1)."},
      {"margin", definition("margin")},
      {"margin_with_red_lines", "The margin over the packages no red line excludes. " + definition("margin")},
      {"margin_without_red_lines", "The margin of the additive model alone, every red line dropped. " + definition("margin")},
      {"margin_without_it", "The margin with this one red line dropped and the others kept. " + definition("margin")},
      {"margin_without_them", "The margin with these two red lines dropped and the others kept. " + definition("margin")},
      {"margin_if_neutral", "The margin with this issue set aside (every option valued as each party's best, its red lines lifted). " +
                                definition("margin")},
      {"threshold", definition("threshold")},
      {"change", "The threshold minus the reservation value. " + definition("threshold")},
      {"median", "Forecast on the issue's 0-100 scale: the capability × salience weighted median of the actors' positions."},
      {"compromise", "Forecast on the issue's 0-100 scale. " + definition("compromise")},
      {"nash", "Forecast on the issue's 0-100 scale: the point maximising the product of the actors' capability × salience "
               "weighted gains (docs/algorithms/forecast.md)."},
      {"bdm", "Forecast on the issue's 0-100 scale. " + definition("BDM")},
      {"citations", "How many citations `evidence verify` checked."},
      {"positions", "How many positions the citation check covered."},
      {"red_lines", "How many red lines the citation check covered."},
      {"claims", "How many contested claims the citation check covered."},
      {"sources", "How many sources the citation check read."}};
  return fields;
}

}  // namespace parley::report
