#include "analysis/outcome_search.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "analysis/exact_count.hpp"
#include "analysis/search_space.hpp"
#include "analysis/near_duplicates.hpp"
#include "analysis/utility_keys.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis::detail {

SearchBudgetExceeded::SearchBudgetExceeded(std::uint64_t nodes_visited)
    : std::runtime_error(fmt::format("search stopped after {} nodes", nodes_visited)), nodes(nodes_visited) {}

namespace {

// Points found so far, none weakly dominating another. With two objectives the points are kept
// sorted by key0 descending (so key1 ascending) and both queries are binary searches.
class Archive {
 public:
  Archive(std::size_t dimensions, std::size_t issues) : d_(dimensions), m_(issues) {}

  bool weakly_dominates(const std::int64_t* q) const {
    if (d_ == 2) {
      const auto prefix = first_at_most(q[0], false);  // points with key0 >= q0
      return prefix > 0 && keys_[(prefix - 1) * 2 + 1] >= q[1];
    }
    for (std::size_t k = 0; k < size(); ++k)
      if (detail::weakly_dominates({keys_.data() + k * d_, d_}, {q, d_})) return true;
    return false;
  }

  // q must not be weakly dominated; the points it dominates leave.
  void insert(const std::int64_t* q, const std::uint32_t* outcome) {
    std::size_t at = size();
    if (d_ == 2) {
      at = first_at_most(q[0], true);  // first point with key0 <= q0; those with key1 <= q1 go
      std::size_t end = at;
      while (end < size() && keys_[end * 2 + 1] <= q[1]) ++end;
      erase_range(at, end);
    } else {
      for (std::size_t k = size(); k-- > 0;)
        if (detail::weakly_dominates({q, d_}, {keys_.data() + k * d_, d_})) erase_range(k, k + 1);
      at = size();
    }
    keys_.insert(keys_.begin() + static_cast<std::ptrdiff_t>(at * d_), q, q + d_);
    outcomes_.insert(outcomes_.begin() + static_cast<std::ptrdiff_t>(at * m_), outcome, outcome + m_);
  }

  std::size_t size() const { return keys_.size() / d_; }
  const std::int64_t* keys(std::size_t k) const { return keys_.data() + k * d_; }
  const std::uint32_t* outcome(std::size_t k) const { return outcomes_.data() + k * m_; }

 private:
  // Index of the first point whose key0 is < v (or <= v when `inclusive`), in key0-descending order.
  std::size_t first_at_most(std::int64_t v, bool inclusive) const {
    std::size_t lo = 0, hi = size();
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      const bool before = inclusive ? keys_[mid * 2] > v : keys_[mid * 2] >= v;
      if (before) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  void erase_range(std::size_t from, std::size_t to) {
    keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(from * d_), keys_.begin() + static_cast<std::ptrdiff_t>(to * d_));
    outcomes_.erase(outcomes_.begin() + static_cast<std::ptrdiff_t>(from * m_),
                    outcomes_.begin() + static_cast<std::ptrdiff_t>(to * m_));
  }

  std::size_t d_, m_;
  std::vector<std::int64_t> keys_;
  std::vector<std::uint32_t> outcomes_;
};

// Node state of every depth in flat stacks, so the walk allocates nothing per node.
struct NodeStacks {
  explicit NodeStacks(const SearchSpace& space)
      : words(space.total_words), slots(space.sum_slots),
        masks((space.levels.size() + 1) * std::max<std::size_t>(words, 1), 0),
        sums((space.levels.size() + 1) * std::max<std::size_t>(slots, 1), 0.0) {
    std::copy(space.root_masks.begin(), space.root_masks.end(), masks.begin());
    std::copy(space.root_sums.begin(), space.root_sums.end(), sums.begin());
  }
  std::uint64_t* masks_at(std::size_t t) { return masks.data() + t * words; }
  double* sums_at(std::size_t t) { return sums.data() + t * slots; }

  std::size_t words, slots;
  std::vector<std::uint64_t> masks;
  std::vector<double> sums;
};

class FrontierSearch {
 public:
  FrontierSearch(const Scenario& scenario, const std::vector<SearchObjective>& objectives, std::uint64_t max_nodes)
      : space_(scenario, parties_of(objectives)), objectives_(objectives), max_nodes_(max_nodes),
        stacks_(space_), archive_(objectives.size(), scenario.space.issue_count()),
        path_(scenario.space.issue_count(), 0), outcome_(scenario.space.issue_count(), 0),
        lower_(objectives.size()), upper_(objectives.size()), keys_(objectives.size()) {
    for (const auto& level : space_.levels) {
      child_order_.emplace_back(level.representative.size());
      child_score_.emplace_back(level.representative.size());
    }
  }

  void run() { visit(0); }
  const Archive& archive() const { return archive_; }
  std::uint64_t nodes() const { return nodes_; }

 private:
  static std::vector<std::size_t> parties_of(const std::vector<SearchObjective>& objectives) {
    std::vector<std::size_t> parties;
    for (const auto& objective : objectives) parties.push_back(objective.party);
    return parties;
  }

  // Optimistic objective values at depth t (a minimised utility's optimum is its lower bound).
  void objective_bounds(std::size_t t) {
    space_.bounds(t, stacks_.sums_at(t), lower_.data(), upper_.data());
    for (std::size_t q = 0; q < objectives_.size(); ++q)
      keys_[q] = objectives_[q].minimise ? -exact_key(lower_[q]) : exact_key(upper_[q]);
  }

  // Sum of the optimistic objective values (minimised ones negated): orders children only.
  double optimistic_score() const {
    double sum = 0;
    for (std::size_t q = 0; q < objectives_.size(); ++q) sum += objectives_[q].minimise ? -lower_[q] : upper_[q];
    return sum;
  }

  void visit(std::size_t t) {
    if (++nodes_ > max_nodes_) throw SearchBudgetExceeded(max_nodes_);
    objective_bounds(t);
    if (archive_.weakly_dominates(keys_.data())) return;
    if (t == space_.levels.size() || space_.decided(t, stacks_.masks_at(t))) {
      record_leaf(t);
      return;
    }
    // Children best optimistic score first (sum of objective keys), ties by class order.
    const auto& level = space_.levels[t];
    auto& order = child_order_[t];
    auto& score = child_score_[t];
    for (std::size_t c = 0; c < order.size(); ++c) {
      space_.descend(t, c, stacks_.masks_at(t), stacks_.sums_at(t), stacks_.masks_at(t + 1), stacks_.sums_at(t + 1));
      objective_bounds(t + 1);
      score[c] = optimistic_score();
      order[c] = static_cast<std::uint32_t>(c);
    }
    // Insertion sort: a handful of classes, stable, and no allocation per node.
    for (std::size_t i = 1; i < order.size(); ++i)
      for (std::size_t j = i; j > 0 && score[order[j]] > score[order[j - 1]]; --j) std::swap(order[j], order[j - 1]);
    for (std::size_t n = 0; n < order.size(); ++n) {
      const auto c = order[n];
      space_.descend(t, c, stacks_.masks_at(t), stacks_.sums_at(t), stacks_.masks_at(t + 1), stacks_.sums_at(t + 1));
      path_[t] = level.representative[c];
      visit(t + 1);
    }
  }

  // Every completion of this node has the same utilities: record the one with value 0 (the
  // representative of class 0) on the unassigned issues.
  void record_leaf(std::size_t t) {
    for (std::size_t l = 0; l < space_.levels.size(); ++l)
      outcome_[space_.levels[l].issue] = l < t ? path_[l] : space_.levels[l].representative[0];
    archive_.insert(keys_.data(), outcome_.data());
  }

  SearchSpace space_;
  std::vector<SearchObjective> objectives_;
  std::uint64_t max_nodes_;
  std::uint64_t nodes_ = 0;
  NodeStacks stacks_;
  Archive archive_;
  std::vector<std::uint32_t> path_, outcome_;
  std::vector<double> lower_, upper_;
  std::vector<std::int64_t> keys_;
  std::vector<std::vector<std::uint32_t>> child_order_;
  std::vector<std::vector<double>> child_score_;
};

// Counts rational outcomes; Count is WideCount when the space fits, BigCount otherwise.
template <class Count>
class RationalCounter {
 public:
  RationalCounter(const Scenario& scenario, std::uint64_t max_nodes)
      : space_(scenario, all_parties(scenario)), max_nodes_(max_nodes), stacks_(space_),
        lower_(scenario.parties.size()), upper_(scenario.parties.size()),
        memoise_(space_.additive_parties == 0) {
    for (const auto& party : scenario.parties) reservations_.push_back(party.reservation_value);
    suffix_.assign(space_.levels.size() + 1, Count{1});
    for (std::size_t t = space_.levels.size(); t-- > 0;)
      suffix_[t] = suffix_[t + 1] * Count{scenario.space.issue(space_.levels[t].issue).size()};
  }

  Count run() { return visit(0); }
  std::uint64_t nodes() const { return nodes_; }

 private:
  static std::vector<std::size_t> all_parties(const Scenario& scenario) {
    std::vector<std::size_t> parties(scenario.parties.size());
    std::iota(parties.begin(), parties.end(), std::size_t{0});
    return parties;
  }

  Count visit(std::size_t t) {
    if (++nodes_ > max_nodes_) throw SearchBudgetExceeded(max_nodes_);
    space_.bounds(t, stacks_.sums_at(t), lower_.data(), upper_.data());
    // Once nothing can change (the running sums of upper and lower may then differ in the
    // last bit), the upper value is the utility.
    const bool settled = t == space_.levels.size() || space_.decided(t, stacks_.masks_at(t));
    bool all_rational = true;
    for (std::size_t p = 0; p < reservations_.size(); ++p) {
      if (!tolerance::meets_reservation(upper_[p], reservations_[p])) return Count{0};
      all_rational = all_rational && tolerance::meets_reservation(settled ? upper_[p] : lower_[p], reservations_[p]);
    }
    if (all_rational) return suffix_[t];
    std::string memo_key;
    if (memoise_) {
      memo_key.assign(reinterpret_cast<const char*>(&t), sizeof t);
      memo_key.append(reinterpret_cast<const char*>(stacks_.masks_at(t)), stacks_.words * sizeof(std::uint64_t));
      if (auto hit = memo_.find(memo_key); hit != memo_.end()) return hit->second;
    }
    const auto& level = space_.levels[t];
    Count total{0};
    for (std::size_t c = 0; c < level.representative.size(); ++c) {
      space_.descend(t, c, stacks_.masks_at(t), stacks_.sums_at(t), stacks_.masks_at(t + 1), stacks_.sums_at(t + 1));
      total += Count{level.multiplicity[c]} * visit(t + 1);
    }
    if (memoise_ && memo_.size() < kMaxMemo) memo_.emplace(std::move(memo_key), total);
    return total;
  }

  static constexpr std::size_t kMaxMemo = 4'000'000;
  SearchSpace space_;
  std::uint64_t max_nodes_;
  std::uint64_t nodes_ = 0;
  NodeStacks stacks_;
  std::vector<double> lower_, upper_;
  std::vector<double> reservations_;
  std::vector<Count> suffix_;
  bool memoise_;
  std::unordered_map<std::string, Count> memo_;
};

}  // namespace

ParetoFrontier search_frontier(const Scenario& scenario, const std::vector<SearchObjective>& objectives,
                               std::uint64_t max_nodes, FrontierMethod method) {
  FrontierSearch search(scenario, objectives, max_nodes);
  search.run();
  const auto& archive = search.archive();
  const std::size_t d = objectives.size();
  const std::size_t m = scenario.space.issue_count();

  // Frontier order: objective keys lexicographically descending.
  std::vector<std::size_t> order(archive.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](auto a, auto b) {
    return std::lexicographical_compare(archive.keys(b), archive.keys(b) + d, archive.keys(a), archive.keys(a) + d);
  });

  ParetoFrontier frontier;
  frontier.method = method;
  frontier.party_count = d;
  frontier.issue_count = m;
  frontier.search_nodes = search.nodes();
  for (auto k : order) {
    const Outcome outcome(archive.outcome(k), archive.outcome(k) + m);
    frontier.outcome_table.insert(frontier.outcome_table.end(), outcome.begin(), outcome.end());
    for (const auto& objective : objectives)
      frontier.utility_table.push_back(scenario.parties[objective.party].utility(outcome));
  }
  merge_near_duplicates(frontier);
  return frontier;
}

ExactCount count_rational(const Scenario& scenario, std::uint64_t max_nodes) {
  // The space size bounds every intermediate count: use 128-bit integers when it fits.
  const auto cardinality = scenario.space.cardinality();
  if (cardinality.as_double() < 1e38)
    return make_exact_count(to_big(RationalCounter<WideCount>(scenario, max_nodes).run()));
  return make_exact_count(RationalCounter<BigCount>(scenario, max_nodes).run());
}

}  // namespace parley::analysis::detail
