// Writing GeniusWeb JSON: Scenario ──▶ <name>.json (domain) + <party>.json per party.
//
// Labelled issues become {"values": [...]} with DiscreteValueSetUtilities. A numeric issue
// becomes a {"range": {low, high, step}} with NumberValueSetUtilities when every party's table
// is one straight line over the whole range (and, for real issues, the range is a whole number
// of steps); otherwise its values are listed as labels. GeniusWeb profiles hold no discount
// factor and no hyper-rectangles, and express a reservation only as a bid: a reservation
// value r > 0 is written as the first outcome (in mixed-radix order, searched when the space
// has at most 10^7 outcomes) whose utility is r within 1e-12. Anything GeniusWeb cannot hold
// is an InputError naming the party, never a silent change.
#include <cmath>

#include <fmt/format.h>

#include "io/genius_common/linear_fit.hpp"
#include "io/genius_common/source_text.hpp"
#include "io/geniusweb_json/json_file.hpp"
#include "io/geniusweb_json/partial_ordering.hpp"
#include "parley/io/geniusweb_json.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;
using detail::Json;

constexpr std::uint64_t max_reservation_search = 10'000'000;

bool whole_number_of_steps(const Issue& issue) {
  if (issue.kind() == IssueKind::integer) return true;
  const double last_grid = issue.lower() + static_cast<double>(issue.size() - 1) * issue.step();
  return std::abs(last_grid - issue.upper()) <= 1e-9 * std::max(1.0, std::abs(issue.upper()));
}

// Numeric issues that every party evaluates linearly over the whole range.
std::vector<bool> choose_ranges(const Scenario& scenario) {
  std::vector<bool> as_range;
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    bool linear = issue.is_numeric() && whole_number_of_steps(issue);
    std::vector<double> xs(issue.size());
    for (std::size_t k = 0; k < xs.size(); ++k) xs[k] = issue.numeric_value(k);
    for (const auto& party : scenario.parties)
      linear = linear && detail::fit_line(xs, party.utility.additive().evaluations[i], false).has_value();
    as_range.push_back(linear);
  }
  return as_range;
}

// Integer issues write their numbers as JSON integers (2, not 2.0).
Json number_json(const Issue& issue, double value) {
  return issue.kind() == IssueKind::integer ? Json(static_cast<std::int64_t>(value)) : Json(value);
}

Json domain_json(const Scenario& scenario, const std::vector<bool>& as_range) {
  Json issues = Json::object();
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    if (as_range[i]) {
      issues[issue.name()] = {{"range",
                               {{"low", number_json(issue, issue.lower())},
                                {"high", number_json(issue, issue.upper())},
                                {"step", number_json(issue, issue.step())}}}};
      continue;
    }
    Json values = Json::array();
    for (std::size_t k = 0; k < issue.size(); ++k) values.push_back(issue.label(k));
    issues[issue.name()] = {{"values", values}};
  }
  return {{"name", scenario.name}, {"issuesValues", issues}};
}

Json bid_value(const Issue& issue, std::size_t k, bool as_range) {
  return as_range ? number_json(issue, issue.numeric_value(k)) : Json(issue.label(k));
}

class ProfileWriter {
 public:
  ProfileWriter(const Scenario& scenario, const std::vector<bool>& as_range, const Party& party)
      : scenario_(scenario), as_range_(as_range), party_(party) {}

  Json json() const {
    const auto& utility = party_.utility.additive();
    Json utilities = Json::object(), weights = Json::object();
    for (std::size_t i = 0; i < scenario_.space.issue_count(); ++i) {
      const auto& issue = scenario_.space.issue(i);
      const auto& table = utility.evaluations[i];
      if (as_range_[i]) {
        utilities[issue.name()] = {{"NumberValueSetUtilities",
                                    {{"lowValue", number_json(issue, issue.lower())},
                                     {"lowUtility", table.front()},
                                     {"highValue", number_json(issue, issue.upper())},
                                     {"highUtility", table.back()}}}};
      } else {
        Json values = Json::object();
        for (std::size_t k = 0; k < issue.size(); ++k) detail::append_member(values, issue.label(k), table[k]);
        utilities[issue.name()] = {{"DiscreteValueSetUtilities", {{"valueUtilities", values}}}};
      }
      weights[issue.name()] = utility.weights[i];
    }
    Json body = {{"issueUtilities", utilities},
                 {"issueWeights", weights},
                 {"domain", domain_json(scenario_, as_range_)},
                 {"name", party_.name}};
    if (party_.reservation_value > 0) body["reservationBid"] = reservation_bid();
    return {{"LinearAdditiveUtilitySpace", body}};
  }

 private:
  [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
    throw InputError(SourceLocation{scenario_.source, 0, fmt::format("parties.{}.{}", party_.name, field)}, problem);
  }

  Json reservation_bid() const {
    const auto& space = scenario_.space;
    const double target = party_.reservation_value;
    if (!space.enumerable(max_reservation_search))
      fail("reservation", fmt::format("GeniusWeb stores a reservation as a bid; the space is too large to search for an "
                                      "outcome whose utility is {}", target));
    const auto count = *space.cardinality().as_u64();
    for (std::uint64_t id = 0; id < count; ++id) {
      const auto outcome = space.from_id(id);
      if (std::abs(party_.utility(outcome) - target) > 1e-12) continue;
      Json values = Json::object();
      for (std::size_t i = 0; i < space.issue_count(); ++i)
        values[space.issue(i).name()] = bid_value(space.issue(i), outcome[i], as_range_[i]);
      return {{"issuevalues", values}};
    }
    fail("reservation", fmt::format("GeniusWeb stores a reservation as a bid, and no outcome has utility {}", target));
  }

  const Scenario& scenario_;
  const std::vector<bool>& as_range_;
  const Party& party_;
};

void check_expressible(const Scenario& scenario) {
  for (const auto& party : scenario.parties) {
    const auto field = [&](const char* what) { return fmt::format("parties.{}.{}", party.name, what); };
    if (!party.utility.is_additive())
      throw InputError(SourceLocation{scenario.source, 0, field("utility")},
                       "GeniusWeb profiles are linear-additive; hyper-rectangle utilities cannot be written");
    if (party.discount_factor != 1.0)
      throw InputError(SourceLocation{scenario.source, 0, field("discount")},
                       fmt::format("GeniusWeb profiles have no discount factor (this party has {})", party.discount_factor));
  }
}

}  // namespace

void write_geniusweb_folder(const Scenario& scenario, const fs::path& folder, bool overwrite) {
  validate_scenario(scenario);
  check_expressible(scenario);
  const auto stem = detail::checked_file_stem(scenario.name.empty() ? "scenario" : scenario.name, "scenario name");
  const auto as_range = choose_ranges(scenario);
  detail::OutputFiles files;
  files.emplace_back(folder / (stem + ".json"), domain_json(scenario, as_range).dump(2) + "\n");
  for (const auto& party : scenario.parties) {
    if (party.name == stem)
      throw InputError(fmt::format("party '{}' would overwrite the domain file; rename the party", party.name));
    const bool estimated = party.user_model && !party.user_model->utility_known;
    const auto profile = estimated ? detail::partial_ordering_json(scenario, party, domain_json(scenario, as_range),
                                                                   [&](std::size_t i, std::size_t k) {
                                                                     return bid_value(scenario.space.issue(i), k,
                                                                                      as_range[i]);
                                                                   })
                                   : ProfileWriter(scenario, as_range, party).json();
    files.emplace_back(folder / (detail::checked_file_stem(party.name, "party name") + ".json"), profile.dump(2) + "\n");
  }
  detail::write_files(folder, files, overwrite);
}

}  // namespace parley::io
