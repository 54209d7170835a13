#include "parley/analysis/party_extremes.hpp"

#include <cmath>
#include <limits>

#include "analysis/outcome_search.hpp"

namespace parley::analysis {
namespace {

// Per-issue argmax (best) or argmin (worst) of an additive party's contributions; lowest index on ties.
Outcome additive_extreme(const AdditiveUtility& additive, bool best) {
  Outcome outcome(additive.evaluations.size(), 0);
  for (std::size_t i = 0; i < outcome.size(); ++i)
    for (std::uint32_t k = 1; k < additive.evaluations[i].size(); ++k) {
      const double c = additive.contribution(i, k), current = additive.contribution(i, outcome[i]);
      if (best ? c > current : c < current) outcome[i] = k;
    }
  return outcome;
}

std::optional<Outcome> searched_extreme(const Scenario& scenario, std::size_t party, bool best,
                                        std::uint64_t max_nodes) {
  if (scenario.space.enumerable(kExtremesEnumerationLimit)) max_nodes = std::numeric_limits<std::uint64_t>::max();
  try {
    const auto found = detail::search_frontier(scenario, {{party, !best}}, max_nodes,
                                               FrontierMethod::branch_and_bound);
    if (found.size() == 0) return std::nullopt;
    return found.outcome(0);
  } catch (const detail::SearchBudgetExceeded&) {
    return std::nullopt;
  }
}

// The frontier point with the highest utility for `party` (first in frontier order on ties).
std::optional<Outcome> best_on_frontier(const ParetoFrontier* frontier, std::size_t party) {
  if (!frontier || !frontier->computed() || frontier->size() == 0) return std::nullopt;
  std::size_t best = 0;
  for (std::size_t k = 1; k < frontier->size(); ++k)
    if (frontier->utilities(k)[party] > frontier->utilities(best)[party]) best = k;
  return frontier->outcome(best);
}

}  // namespace

std::vector<PartyExtremes> party_extremes(const Scenario& scenario, std::uint64_t max_search_nodes,
                                          const ParetoFrontier* frontier) {
  std::vector<PartyExtremes> result;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const auto& utility = scenario.parties[p].utility;
    PartyExtremes extremes;
    for (const bool best : {true, false}) {
      auto outcome = utility.is_additive() ? std::optional<Outcome>(additive_extreme(utility.additive(), best))
                                           : best ? best_on_frontier(frontier, p) : std::nullopt;
      if (!outcome && !utility.is_additive()) outcome = searched_extreme(scenario, p, best, max_search_nodes);
      if (!outcome) continue;
      (best ? extremes.best : extremes.worst) = AgreementPoint{*outcome, utilities_of(scenario, *outcome)};
    }
    result.push_back(std::move(extremes));
  }
  return result;
}

std::optional<double> opposition(const ParetoFrontier& frontier) {
  if (!frontier.computed() || frontier.size() == 0) return std::nullopt;
  const std::vector<double> ideal(frontier.party_count, 1.0);
  return distance_to_frontier(frontier, ideal) / std::sqrt(static_cast<double>(frontier.party_count));
}

}  // namespace parley::analysis
