// Internal: the compiled form of a scenario that outcome_search.cpp walks.
//
// Data flow: Scenario + chosen parties ──SearchSpace──▶ levels and per-party bound tables.
// A level is one issue (issues ordered by how much they move the chosen parties' utilities,
// most first); its values are grouped into classes with identical effect on every chosen party
// (same rectangle mask column, same additive contribution), represented by the lowest value.
// Node state = the alive-rectangle masks of all rectangle parties (concatenated words) and
// running sums: the partial sum of each additive party; for each rectangle party the raw
// utility of its alive positive / alive negative / certain positive / certain negative
// rectangles, updated from the bits a step kills or makes certain, so bounds() is O(1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::analysis::detail {

struct PartyModel {
  bool additive = false;
  // hyper-rectangle party: its rectangles are bits [word_offset*64, ...) of the node masks
  std::size_t word_offset = 0, words = 0;
  std::vector<double> rectangle_utility;
  double normaliser = 1;
  std::vector<std::uint64_t> positive, negative;  // [words]
  std::vector<std::uint64_t> certain;             // [(levels + 1) × words]: all issues assigned
  std::vector<std::uint64_t> newly_certain;       // [(levels + 1) × words]: certain at t, not t-1
  // node sums: additive party → slot sum_slot; rectangle party → slots sum_slot + RectangleSum
  std::size_t sum_slot = 0;
  std::vector<double> suffix_best, suffix_worst;  // [levels + 1]: over the unassigned levels
};

enum RectangleSum : std::size_t { alive_positive, alive_negative, certain_positive, certain_negative, rectangle_sums };

struct SearchLevel {
  std::uint32_t issue = 0;
  std::vector<std::uint32_t> representative;  // per class: lowest value index
  std::vector<std::uint32_t> multiplicity;    // per class: number of values
  std::vector<std::uint64_t> masks;           // [class × total_words]
  std::vector<double> contributions;          // [class × sum_slots]
};

class SearchSpace {
 public:
  SearchSpace(const Scenario& scenario, const std::vector<std::size_t>& parties);

  std::vector<PartyModel> parties;  // in the order given
  std::vector<SearchLevel> levels;
  std::size_t total_words = 0;
  std::size_t sum_slots = 0;
  std::size_t additive_parties = 0;
  std::vector<std::uint64_t> root_masks;  // [total_words]: every rectangle alive
  std::vector<double> root_sums;          // [sum_slots]

  // Lower and upper utility of every party at a node of depth t.
  void bounds(std::size_t t, const double* sums, double* lower, double* upper) const;
  // True when no assignment of the remaining levels can change any party's utility.
  bool decided(std::size_t t, const std::uint64_t* masks) const;
  // Child state: masks/sums of depth t+1 after choosing class c at level t.
  void descend(std::size_t t, std::size_t c, const std::uint64_t* masks, const double* sums,
               std::uint64_t* child_masks, double* child_sums) const;
};

}  // namespace parley::analysis::detail
