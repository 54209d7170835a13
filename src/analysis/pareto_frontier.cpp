#include "parley/analysis/pareto_frontier.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

#include "analysis/additive_merge.hpp"
#include "analysis/outcome_search.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis {
namespace {

bool all_additive(const Scenario& scenario) {
  return std::all_of(scenario.parties.begin(), scenario.parties.end(),
                     [](const Party& party) { return party.utility.is_additive(); });
}

void check_query(const ParetoFrontier& frontier, std::span<const double> utilities) {
  if (!frontier.computed() || frontier.size() == 0)
    throw std::invalid_argument("the Pareto frontier is not available: " + frontier.reason);
  if (utilities.size() != frontier.party_count)
    throw std::invalid_argument(
        fmt::format("{} utilities given for a frontier of {} parties", utilities.size(), frontier.party_count));
}

}  // namespace

std::string_view to_string(FrontierMethod method) {
  switch (method) {
    case FrontierMethod::additive_merge: return "additive_merge";
    case FrontierMethod::enumeration: return "enumeration";
    case FrontierMethod::branch_and_bound: return "branch_and_bound";
    case FrontierMethod::not_computed: return "not_computed";
  }
  return "unknown";
}

ParetoFrontier pareto_frontier(const Scenario& scenario, const FrontierOptions& options) {
  if (all_additive(scenario)) return detail::additive_merge_frontier(scenario, options);

  std::vector<detail::SearchObjective> objectives;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) objectives.push_back({p, false});
  const bool enumerable = scenario.space.enumerable(options.max_enumerated_outcomes);
  ParetoFrontier frontier;
  try {
    // An enumerable space is always finished (the walk has at most about twice as many nodes
    // as outcomes); a larger one gets the node budget.
    frontier = detail::search_frontier(
        scenario, objectives,
        enumerable ? std::numeric_limits<std::uint64_t>::max() : options.max_search_nodes,
        enumerable ? FrontierMethod::enumeration : FrontierMethod::branch_and_bound);
  } catch (const detail::SearchBudgetExceeded& stopped) {
    frontier = ParetoFrontier{};
    frontier.party_count = scenario.parties.size();
    frontier.issue_count = scenario.space.issue_count();
    frontier.search_nodes = stopped.nodes;
    frontier.reason = fmt::format(
        "nonlinear utilities over {} outcomes (more than the enumeration limit {}); branch and bound over "
        "issue values did not finish within {} nodes (--max-search-nodes)",
        scenario.space.cardinality().decimal(), options.max_enumerated_outcomes, options.max_search_nodes);
    return frontier;
  }
  if (frontier.size() > options.max_frontier_points) {
    const auto size = frontier.size();
    frontier = ParetoFrontier{};
    frontier.party_count = scenario.parties.size();
    frontier.issue_count = scenario.space.issue_count();
    frontier.reason = fmt::format("the Pareto frontier has {} points, more than the limit {} (--max-frontier)", size,
                                  options.max_frontier_points);
  }
  return frontier;
}

double distance_to_frontier(const ParetoFrontier& frontier, std::span<const double> utilities) {
  check_query(frontier, utilities);
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto point = frontier.utilities(k);
    double squared = 0;
    for (std::size_t p = 0; p < point.size(); ++p) squared += (point[p] - utilities[p]) * (point[p] - utilities[p]);
    best = std::min(best, squared);
  }
  return std::sqrt(best);
}

bool is_dominated_by_frontier(const ParetoFrontier& frontier, std::span<const double> utilities) {
  check_query(frontier, utilities);
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto point = frontier.utilities(k);
    if (!tolerance::covers(point, utilities)) continue;
    for (std::size_t p = 0; p < point.size(); ++p)
      if (tolerance::clearly_greater(point[p], utilities[p])) return true;
  }
  return false;
}

}  // namespace parley::analysis
