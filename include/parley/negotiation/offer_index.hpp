// parley::negotiation::OfferIndex — one party's inverse-utility index: "give me an outcome
// whose utility for me is about x" without scanning the outcome space each round.
//
// Data flow: PreparedScenario builds one OfferIndex per party once (read-only afterwards,
// shared across threads); agents query it every round with no allocation (results are
// written into caller-owned buffers). Three layouts, chosen by the size of the space:
//  * sorted:          enumerable spaces — every outcome's mixed-radix id sorted by utility;
//                     a query is a binary search.
//  * additive_search: huge additive spaces — per-issue contributions sorted, a bounded
//                     depth-first search finds outcomes with utility in [lo, hi] (branch and
//                     bound on the suffix maxima/minima of the remaining issues).
//  * sampled:         huge non-additive spaces (ANAC 2014 hyper-rectangles) — a seeded sample
//                     of outcomes, improved by coordinate ascent, sorted by utility.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "parley/model/outcome_space.hpp"
#include "parley/model/random.hpp"
#include "parley/model/utility.hpp"

namespace parley::negotiation {

struct IndexOptions {
  std::uint64_t enumeration_limit = 2'000'000;  // sort every outcome up to this many
  std::size_t sample_size = 100'000;            // outcomes kept for huge non-additive spaces
  std::uint64_t seed = 1;                       // sample for huge non-additive spaces
  std::size_t search_node_budget = 200'000;     // per additive search, before widening
};

// Up to `capacity` outcomes with their utilities, stored flat; reused across rounds.
class CandidateBuffer {
 public:
  CandidateBuffer() = default;
  CandidateBuffer(std::size_t issue_count, std::size_t capacity);
  void clear() { count_ = 0; }
  std::size_t size() const { return count_; }
  std::size_t capacity() const { return capacity_; }
  bool full() const { return count_ == capacity_; }
  const std::uint32_t* values(std::size_t k) const { return values_.data() + k * issues_; }
  double utility(std::size_t k) const { return utilities_[k]; }
  void push(const std::uint32_t* values, double utility);
  void copy_to(std::size_t k, Outcome& out) const;  // no allocation when `out` has the size
  std::uint32_t* scratch() { return values_.data() + capacity_ * issues_; }  // one spare row for searches

 private:
  std::size_t issues_ = 0, capacity_ = 0, count_ = 0;
  std::vector<std::uint32_t> values_;
  std::vector<double> utilities_;
};

class OfferIndex {
 public:
  enum class Layout { sorted, additive_search, sampled };

  OfferIndex(const OutcomeSpace& space, const UtilityFunction& utility, const IndexOptions& options = {});

  Layout layout() const { return layout_; }
  double max_utility() const { return max_utility_; }
  double min_utility() const { return min_utility_; }
  const Outcome& best() const { return best_; }

  // An outcome with the smallest utility >= target (the best outcome when target exceeds
  // the maximum); returns its utility. In additive_search layout the result is within a
  // small band above target rather than the exact minimum (see docs/algorithms/negotiation.md).
  double at_least(double target, Outcome& out) const;

  // The outcome with the highest utility strictly below `utility` (beyond the tolerance):
  // one step down a list of the outcomes sorted by utility, as agents that walk their bids
  // (HardHeaded) need. Returns its utility, or -1 (and leaves `out`) when there is none. In
  // additive_search layout the step is the best outcome found in a band below `utility`
  // (widening until one is found), so it may skip some levels.
  double next_below(double utility, Outcome& out) const;

  // Fills `out` with up to out.capacity() outcomes whose utility lies in [lo, hi], starting
  // at the lowest utility >= lo (sorted/sampled) or in search order (additive_search).
  void candidates(double lo, double hi, CandidateBuffer& out) const;

  // Fills `out` with up to out.capacity() outcomes spread over the whole band [lo, hi]: the
  // band's index entries cut into out.capacity() equal slices and one seeded uniform draw from
  // each (sorted/sampled; every entry when the band is smaller), or one randomly rotated search
  // per candidate (additive_search). Empty when the band holds no outcome.
  void sample_band(double lo, double hi, RandomEngine& rng, CandidateBuffer& out) const;

  // A random outcome with utility in [lo, hi] (uniform over the index entries in that band
  // for sorted/sampled); falls back to at_least(lo) when the band is empty. Returns its utility.
  double random_in(double lo, double hi, std::mt19937_64& rng, Outcome& out) const;

  // Number of index entries with utility >= utility (sorted/sampled; 0 for additive_search).
  std::size_t count_at_least(double utility) const;

  // Utility of index entry `entry` (ascending, 0 = worst; sorted/sampled only).
  double entry_utility(std::size_t entry) const { return utilities_[entry]; }

  // Number of outcomes in the index (sorted/sampled) or 0 (additive_search).
  std::size_t entry_count() const { return utilities_.size(); }

  // The outcome of index entry `entry` (ascending utility, 0 = worst; sorted/sampled only):
  // agents that walk outcomes in order of their utility (MiCRO, BRAMAgent, AgentLG) read it here.
  void entry_outcome(std::size_t entry, Outcome& out) const { decode(entry, out); }

 private:
  void build_sorted(const OutcomeSpace& space, const UtilityFunction& utility);
  void build_additive(const AdditiveUtility& additive);
  void build_sampled(const UtilityFunction& utility, const IndexOptions& options);
  void decode(std::size_t entry, Outcome& out) const;
  void push_entry(std::size_t entry, CandidateBuffer& out) const;
  std::size_t lower_entry(double target) const;  // first entry with utility >= target
  // Depth-first search (additive_search layout) for outcomes with utility in [lo, hi]: calls
  // visit(path, utility) for each until it returns true. Values are tried in descending
  // contribution order, or from a rotated start when `rotation` != 0 (random offers).
  // Returns false when the node budget ran out first.
  template <class Visit>
  bool depth_first(double lo, double hi, std::size_t rotation, std::uint32_t* path, Visit&& visit) const;

  Layout layout_ = Layout::sorted;
  std::size_t issue_count_ = 0;
  std::size_t node_budget_ = 0;
  double max_utility_ = 0, min_utility_ = 0;
  Outcome best_;
  // sorted + sampled: ascending utilities and, per entry, an id (sorted) or flat values (sampled).
  std::vector<double> utilities_;
  std::vector<std::uint64_t> ids_;
  std::vector<std::uint32_t> sampled_values_;
  std::vector<std::uint64_t> radices_;
  // additive_search: per issue, values in descending contribution order.
  struct Choice {
    double contribution;
    std::uint32_t value;
  };
  std::vector<std::vector<Choice>> choices_;
  std::vector<double> suffix_max_, suffix_min_;
};

}  // namespace parley::negotiation
