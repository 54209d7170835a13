// Flat per-(issue, value) tables for the opponent models: issue i's values occupy slots
// offset[i] .. offset[i+1]−1, so a prediction is a weighted sum of lookups. Private to the module.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/model/outcome_space.hpp"

namespace parley::negotiation::components {

struct FlatLayout {
  std::vector<std::size_t> offset;  // issue -> first slot; offset.back() = total
  void build(const OutcomeSpace& space) {
    offset.assign(space.issue_count() + 1, 0);
    for (std::size_t i = 0; i < space.issue_count(); ++i) offset[i + 1] = offset[i] + space.issue(i).size();
  }
  std::size_t issues() const { return offset.size() - 1; }
  std::size_t values(std::size_t i) const { return offset[i + 1] - offset[i]; }
  std::size_t total() const { return offset.back(); }
};

}  // namespace parley::negotiation::components
