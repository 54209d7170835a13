#include "parley/elicitation/ranked_sample.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include <fmt/format.h>

#include "parley/analysis/party_extremes.hpp"
#include "parley/elicitation/seeded_draws.hpp"
#include "parley/model/error.hpp"

namespace parley::elicitation {
namespace {

constexpr std::uint64_t shuffle_limit = 100'000;

// Worst and best outcome of `utility` on `space` (a one-party view for party_extremes).
std::pair<Outcome, Outcome> extremes(const OutcomeSpace& space, const UtilityFunction& utility) {
  Scenario view;
  view.space = space;
  view.parties.push_back(Party{.name = "self", .utility = utility});
  const auto found = analysis::party_extremes(view).front();
  if (!found.best || !found.worst)
    throw InputError("the best and worst outcomes of this nonlinear utility could not be found within the search "
                     "budget, so a GENIUS ranking cannot be drawn");
  return {found.worst->outcome, found.best->outcome};
}

std::vector<Outcome> draw_by_shuffle(const OutcomeSpace& space, std::uint64_t count, const Outcome& worst,
                                     const Outcome& best, std::size_t wanted, SeededDraws& draws) {
  const auto skip_a = space.to_id(worst), skip_b = space.to_id(best);
  std::vector<std::uint64_t> ids;
  ids.reserve(count);
  for (std::uint64_t id = 0; id < count; ++id)
    if (id != skip_a && id != skip_b) ids.push_back(id);
  wanted = std::min<std::size_t>(wanted, ids.size());
  for (std::size_t k = 0; k < wanted; ++k) std::swap(ids[k], ids[k + draws.below(ids.size() - k)]);
  std::vector<Outcome> result;
  for (std::size_t k = 0; k < wanted; ++k) result.push_back(space.from_id(ids[k]));
  return result;
}

std::vector<Outcome> draw_by_rejection(const OutcomeSpace& space, const Outcome& worst, const Outcome& best,
                                       std::size_t wanted, SeededDraws& draws) {
  std::set<Outcome> taken{worst, best};
  std::vector<Outcome> result;
  Outcome outcome(space.issue_count());
  while (result.size() < wanted) {
    for (std::size_t i = 0; i < space.issue_count(); ++i)
      outcome[i] = static_cast<std::uint32_t>(draws.below(space.issue(i).size()));
    if (taken.insert(outcome).second) result.push_back(outcome);
  }
  return result;
}

}  // namespace

std::vector<Outcome> genius_ranked_sample(const OutcomeSpace& space, const UtilityFunction& utility, std::size_t bids,
                                          std::uint64_t seed) {
  auto [worst, best] = extremes(space, utility);
  std::vector<Outcome> ranking;
  if (worst == best) {  // a constant utility: one outcome stands for both ends
    ranking.push_back(worst);
  } else {
    ranking = {worst, best};
  }
  if (bids > 2) {
    SeededDraws draws(seed);
    const std::size_t wanted = bids - 2;
    const auto count = space.cardinality().as_u64();
    std::vector<Outcome> drawn;
    if (count && *count <= 4 * static_cast<std::uint64_t>(wanted) + shuffle_limit)
      drawn = draw_by_shuffle(space, *count, worst, best, wanted, draws);
    else
      drawn = draw_by_rejection(space, worst, best, wanted, draws);
    ranking.insert(ranking.end(), drawn.begin(), drawn.end());
  }
  std::vector<std::pair<double, Outcome>> keyed;
  for (auto& outcome : ranking) keyed.emplace_back(utility(outcome), std::move(outcome));
  std::sort(keyed.begin(), keyed.end());
  // The extremes stay at the ends even when another bid ties with them.
  std::vector<Outcome> result;
  result.push_back(worst);
  for (auto& [u, outcome] : keyed)
    if (outcome != worst && outcome != best) result.push_back(std::move(outcome));
  if (best != worst) result.push_back(best);
  return result;
}

}  // namespace parley::elicitation
