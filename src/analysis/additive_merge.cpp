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
// Every candidate taken from the heap is one unit of `budget`; returns false when it runs out.
bool merge_two_parties(const std::vector<double>& frontier, const IssueOptions& options, SkylineBudget& budget,
                       Stage& stage, std::vector<double>& next) {
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
    if (++budget.used > budget.limit) return false;
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
  return true;
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

// One stage: `next` = skyline(frontier ⊕ options), its back-pointers in `stage` (both replaced).
bool merge_stage(std::size_t d, const std::vector<double>& frontier, const IssueOptions& options,
                 SkylineBudget& budget, Stage& stage, std::vector<double>& next) {
  stage.parent.clear();
  stage.value.clear();
  next.clear();
  return d == 2 ? merge_two_parties(frontier, options, budget, stage, next)
                : merge_many_parties(frontier, d, options, budget, stage, next);
}

// Issues per replay segment: ceil(sqrt(m)) balances the checkpoints kept (m / segment
// frontiers) against the back-pointers of one segment (segment × frontier).
std::size_t segment_length(std::size_t m) {
  std::size_t s = 1;
  while (s * s < m) ++s;
  return s;
}

}  // namespace

ParetoFrontier additive_merge_frontier(const Scenario& scenario, const FrontierOptions& options) {
  const std::size_t d = scenario.parties.size();
  const std::size_t m = scenario.space.issue_count();
  ParetoFrontier result;
  SkylineBudget budget{options.max_comparisons};
  result.party_count = d;
  result.issue_count = m;
  const auto out_of_budget = [&](const std::string& what) {
    result.comparisons = budget.used;
    result.reason = fmt::format("{} of scenario '{}' ran out of the additive merge's work budget of {} units "
                                "(raise it with --max-comparisons, see docs/LIMITS.md)",
                                what, scenario.name, options.max_comparisons);
    return result;
  };

  // Pass 1: the frontier issue by issue, keeping only the frontier before every
  // segment_length(m)-th issue (a checkpoint), not every stage's back-pointers.
  const std::size_t segment = segment_length(m);
  std::vector<IssueOptions> issue_values(m);
  std::vector<std::vector<double>> checkpoints;
  std::uint64_t checkpoint_bytes = 0, peak_bytes = 0;
  std::vector<double> frontier(d, 0.0);  // before any issue: one point, all zeros
  std::vector<double> next;
  Stage stage;
  for (std::size_t i = 0; i < m; ++i) {
    issue_values[i] = issue_options(scenario, i);
    if (i % segment == 0) {
      checkpoints.push_back(frontier);
      checkpoint_bytes += frontier.size() * sizeof(double);
    }
    const std::size_t candidates = frontier.size() / d * issue_values[i].values.size();
    const std::size_t candidate_limit = d == 2 ? SIZE_MAX : 4 * options.max_frontier_points;
    if (candidates > candidate_limit) {
      result.reason = fmt::format(
          "merging issue {} of {} would examine {} candidate points, more than 4 × the frontier limit {}; "
          "raise the limit (--max-frontier) to compute it",
          i + 1, m, candidates, options.max_frontier_points);
      return result;
    }
    if (!merge_stage(d, frontier, issue_values[i], budget, stage, next))
      return out_of_budget(fmt::format("merging issue {} of {} ({} candidate points, {} parties)", i + 1, m,
                                       candidates, d));
    peak_bytes = std::max<std::uint64_t>(
        peak_bytes, checkpoint_bytes + (frontier.size() + next.size()) * sizeof(double) +
                        stage.parent.size() * 2 * sizeof(std::uint32_t));
    std::swap(frontier, next);
    if (frontier.size() / d > options.max_frontier_points) {
      result.reason = fmt::format(
          "the Pareto frontier has more than {} points after merging {} of {} issues (limit --max-frontier)",
          options.max_frontier_points, i + 1, m);
      return result;
    }
  }

  // The outcome table is the result's largest part (points × issues values): it is charged to
  // the budget before it is allocated, so the budget bounds memory as well as time.
  const std::size_t size = frontier.size() / d;
  if (size * m > budget.limit - std::min(budget.limit, budget.used))
    return out_of_budget(fmt::format("writing the outcomes of the {} frontier points × {} issues ({} values)", size,
                                     m, size * m));
  budget.used += size * m;

  // Pass 2, last segment first: replay the segment from its checkpoint with back-pointers (the
  // same deterministic merge, so the same points in the same order) and walk every final
  // point's row back through it. The replay repeats pass 1's work once; it is not charged again.
  result.outcome_table.resize(size * m);
  std::vector<std::uint32_t> rows(size);  // each final point's row in the frontier being walked
  for (std::size_t k = 0; k < size; ++k) rows[k] = static_cast<std::uint32_t>(k);
  for (std::size_t s = checkpoints.size(); s-- > 0;) {
    const std::size_t begin = s * segment, end = std::min(m, begin + segment);
    std::vector<Stage> stages(end - begin);
    std::vector<double> replayed = std::move(checkpoints[s]);
    checkpoint_bytes -= replayed.size() * sizeof(double);
    std::uint64_t stage_bytes = 0;
    SkylineBudget unlimited;
    for (std::size_t i = begin; i < end; ++i) {
      merge_stage(d, replayed, issue_values[i], unlimited, stages[i - begin], next);
      stage_bytes += stages[i - begin].parent.size() * 2 * sizeof(std::uint32_t);
      peak_bytes = std::max<std::uint64_t>(
          peak_bytes, checkpoint_bytes + stage_bytes + (replayed.size() + next.size()) * sizeof(double));
      std::swap(replayed, next);
    }
    for (std::size_t k = 0; k < size; ++k) {
      std::uint32_t row = rows[k];
      for (std::size_t i = end; i-- > begin;) {
        const Stage& at = stages[i - begin];
        result.outcome_table[k * m + i] = issue_values[i].values[at.value[row]];
        row = at.parent[row];
      }
      rows[k] = row;
    }
  }

  result.method = FrontierMethod::additive_merge;
  result.comparisons = budget.used;
  result.merge_bytes = peak_bytes;
  result.utility_table = std::move(frontier);
  merge_near_duplicates(result);
  return result;
}

}  // namespace parley::analysis::detail
