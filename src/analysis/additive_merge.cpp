#include "analysis/additive_merge.hpp"

#include <algorithm>
#include <queue>

#include <fmt/format.h>

#include "analysis/near_duplicates.hpp"
#include "analysis/skyline.hpp"
#include "analysis/utility_keys.hpp"

namespace parley::analysis::detail {
namespace {

// The non-dominated values of one issue: value indices and their contribution vectors.
struct IssueOptions {
  std::vector<std::uint32_t> values;
  std::vector<double> contributions;  // values.size() × parties
};

// One merge stage: for each surviving point, which point of the previous stage it extends and
// with which value of this stage's issue.
struct Stage {
  std::vector<std::uint32_t> parent;
  std::vector<std::uint32_t> value;
};

IssueOptions issue_options(const Scenario& scenario, std::size_t issue) {
  const std::size_t d = scenario.parties.size();
  const std::size_t n = scenario.space.issue(issue).size();
  std::vector<double> contributions(n * d);
  std::vector<std::int64_t> keys(n * d);
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t p = 0; p < d; ++p) {
      contributions[k * d + p] = scenario.parties[p].utility.additive().contribution(issue, k);
      keys[k * d + p] = exact_key(contributions[k * d + p]);
    }
  IssueOptions options;
  SkylineBudget unlimited;  // a few values per issue
  for (auto k : skyline(keys, d, unlimited)) {
    options.values.push_back(k);
    options.contributions.insert(options.contributions.end(), contributions.begin() + k * d,
                                 contributions.begin() + (k + 1) * d);
  }
  return options;
}

// Two parties: the frontier is sorted by key0 descending, so each shifted copy (one per value)
// is too; a heap merges the copies and a sweep keeps the points whose key1 beats all before.
void merge_two_parties(const std::vector<double>& frontier, const IssueOptions& options, Stage& stage,
                       std::vector<double>& next) {
  struct Head {
    std::int64_t k0, k1;
    std::uint32_t parent, option;
  };
  const auto after = [](const Head& a, const Head& b) {  // true when a comes after b
    if (a.k0 != b.k0) return a.k0 < b.k0;
    if (a.k1 != b.k1) return a.k1 < b.k1;
    if (a.parent != b.parent) return a.parent > b.parent;
    return a.option > b.option;
  };
  const auto size = static_cast<std::uint32_t>(frontier.size() / 2);
  const auto head = [&](std::uint32_t parent, std::uint32_t option) {
    return Head{exact_key(frontier[parent * 2] + options.contributions[option * 2]),
                exact_key(frontier[parent * 2 + 1] + options.contributions[option * 2 + 1]), parent, option};
  };
  std::priority_queue<Head, std::vector<Head>, decltype(after)> heap(after);
  for (std::uint32_t o = 0; o < options.values.size(); ++o) heap.push(head(0, o));
  std::int64_t best_k1 = 0, last_k0 = 0;
  while (!heap.empty()) {
    const Head h = heap.top();
    heap.pop();
    if (h.parent + 1 < size) heap.push(head(h.parent + 1, h.option));
    if (!stage.parent.empty() && h.k1 <= best_k1) continue;
    if (!stage.parent.empty() && h.k0 == last_k0) {  // same key0, better key1: replaces the last
      stage.parent.pop_back();
      stage.value.pop_back();
      next.resize(next.size() - 2);
    }
    stage.parent.push_back(h.parent);
    stage.value.push_back(h.option);
    next.push_back(frontier[h.parent * 2] + options.contributions[h.option * 2]);
    next.push_back(frontier[h.parent * 2 + 1] + options.contributions[h.option * 2 + 1]);
    best_k1 = h.k1;
    last_k0 = h.k0;
  }
}

// Returns false when the skyline ran out of its comparison budget.
bool merge_many_parties(const std::vector<double>& frontier, std::size_t d, const IssueOptions& options,
                        SkylineBudget& budget, Stage& stage, std::vector<double>& next) {
  const std::size_t size = frontier.size() / d;
  const std::size_t h = options.values.size();
  std::vector<double> sums(size * h * d);
  std::vector<std::int64_t> keys(size * h * d);
  for (std::size_t j = 0; j < size; ++j)  // row j*h + o: the tie-break is (parent, option)
    for (std::size_t o = 0; o < h; ++o)
      for (std::size_t p = 0; p < d; ++p) {
        const std::size_t at = (j * h + o) * d + p;
        sums[at] = frontier[j * d + p] + options.contributions[o * d + p];
        keys[at] = exact_key(sums[at]);
      }
  const auto rows = skyline(keys, d, budget);
  if (budget.exhausted()) return false;
  for (auto row : rows) {
    stage.parent.push_back(static_cast<std::uint32_t>(row / h));
    stage.value.push_back(static_cast<std::uint32_t>(row % h));
    next.insert(next.end(), sums.begin() + std::size_t{row} * d, sums.begin() + (std::size_t{row} + 1) * d);
  }
  return true;
}

}  // namespace

ParetoFrontier additive_merge_frontier(const Scenario& scenario, const FrontierOptions& options) {
  const std::size_t d = scenario.parties.size();
  const std::size_t m = scenario.space.issue_count();
  ParetoFrontier result;
  SkylineBudget budget{options.max_comparisons};
  result.party_count = d;
  result.issue_count = m;

  std::vector<double> frontier(d, 0.0);  // before any issue: one point, all zeros
  std::vector<Stage> stages(m);
  std::vector<IssueOptions> issue_values(m);
  for (std::size_t i = 0; i < m; ++i) {
    issue_values[i] = issue_options(scenario, i);
    const std::size_t candidates = frontier.size() / d * issue_values[i].values.size();
    const std::size_t candidate_limit = d == 2 ? SIZE_MAX : 4 * options.max_frontier_points;
    if (candidates > candidate_limit) {
      result.reason = fmt::format(
          "merging issue {} of {} would examine {} candidate points, more than 4 × the frontier limit {}; "
          "raise the limit (--max-frontier) to compute it",
          i + 1, m, candidates, options.max_frontier_points);
      return result;
    }
    std::vector<double> next;
    if (d == 2) {
      merge_two_parties(frontier, issue_values[i], stages[i], next);
    } else if (!merge_many_parties(frontier, d, issue_values[i], budget, stages[i], next)) {
      result.comparisons = budget.used;
      result.reason = fmt::format(
          "merging issue {} of {} ({} candidate points, {} parties) ran out of the budget of {} dominance "
          "comparisons (--max-comparisons)",
          i + 1, m, candidates, d, options.max_comparisons);
      return result;
    }
    frontier = std::move(next);
    if (frontier.size() / d > options.max_frontier_points) {
      result.reason = fmt::format(
          "the Pareto frontier has more than {} points after merging {} of {} issues (limit --max-frontier)",
          options.max_frontier_points, i + 1, m);
      return result;
    }
  }

  const std::size_t size = frontier.size() / d;
  result.method = FrontierMethod::additive_merge;
  result.comparisons = budget.used;
  result.utility_table = std::move(frontier);
  result.outcome_table.resize(size * m);
  for (std::size_t k = 0; k < size; ++k) {
    std::uint32_t row = static_cast<std::uint32_t>(k);
    for (std::size_t i = m; i-- > 0;) {
      result.outcome_table[k * m + i] = issue_values[i].values[stages[i].value[row]];
      row = stages[i].parent[row];
    }
  }
  merge_near_duplicates(result);
  return result;
}

}  // namespace parley::analysis::detail
