#include "parley/analysis/zopa.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "analysis/exact_count.hpp"
#include "analysis/meet_in_the_middle.hpp"
#include "analysis/outcome_search.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis {
namespace {

// Every party's reservation is at most its worst possible utility (known without search for
// additive parties; for hyper-rectangle parties only a reservation of 0 qualifies).
bool every_outcome_rational(const Scenario& scenario) {
  for (const auto& party : scenario.parties) {
    double worst = 0;
    if (party.utility.is_additive()) {
      const auto& additive = party.utility.additive();
      for (std::size_t i = 0; i < additive.evaluations.size(); ++i) {
        double lowest = additive.contribution(i, 0);
        for (std::size_t k = 1; k < additive.evaluations[i].size(); ++k) lowest = std::min(lowest, additive.contribution(i, k));
        worst += lowest;
      }
    }
    if (!tolerance::meets_reservation(worst, party.reservation_value)) return false;
  }
  return true;
}

}  // namespace

std::string_view to_string(ZopaCountMethod method) {
  switch (method) {
    case ZopaCountMethod::all_outcomes: return "all_outcomes";
    case ZopaCountMethod::meet_in_the_middle: return "meet_in_the_middle";
    case ZopaCountMethod::search: return "search";
    case ZopaCountMethod::not_computed: return "not_computed";
  }
  return "unknown";
}

ZopaSummary zopa(const Scenario& scenario, const ParetoFrontier& frontier, const ZopaOptions& options) {
  ZopaSummary summary;
  if (frontier.computed()) {
    bool any = false;
    for (std::size_t k = 0; k < frontier.size() && !any; ++k) {
      const auto u = frontier.utilities(k);
      bool rational = true;
      for (std::size_t p = 0; p < u.size(); ++p)
        rational = rational && tolerance::meets_reservation(u[p], scenario.parties[p].reservation_value);
      any = rational;
    }
    summary.nonempty = any;
  }

  if (every_outcome_rational(scenario)) {
    const auto all = scenario.space.cardinality();
    summary.rational_outcomes = ExactCount{all.decimal(), all.as_u64(), all.as_double()};
    summary.method = ZopaCountMethod::all_outcomes;
  } else if (auto count = detail::count_rational_meet_in_the_middle(scenario, options.max_half_outcomes)) {
    summary.rational_outcomes = detail::make_exact_count(*count);
    summary.method = ZopaCountMethod::meet_in_the_middle;
  } else {
    try {
      const bool small = scenario.space.enumerable(options.max_enumerated_outcomes);
      summary.rational_outcomes = detail::count_rational(
          scenario, small ? std::numeric_limits<std::uint64_t>::max() : options.max_search_nodes);
      summary.method = ZopaCountMethod::search;
    } catch (const detail::SearchBudgetExceeded&) {
      summary.reason = fmt::format(
          "counting the rational outcomes among {} did not finish within {} search nodes; no exact method applies "
          "(meet in the middle needs two additive parties and halves of at most {} outcomes)",
          scenario.space.cardinality().decimal(), options.max_search_nodes, options.max_half_outcomes);
    }
  }
  if (!summary.nonempty && summary.rational_outcomes) summary.nonempty = summary.rational_outcomes->decimal != "0";
  return summary;
}

}  // namespace parley::analysis
