// The part of every elicitation LP that is the same: one part-worth column x[i][k] >= 0 per
// value of each issue, a cap column m[i] with x[i][k] <= m[i], and sum m[i] = 1 (learn_utility.hpp
// explains the model). learn_utility adds margins and slacks; the elicitation polytope adds
// answered questions and asks for ranges.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "elicitation/linear_program.hpp"
#include "parley/model/outcome_space.hpp"

namespace parley::elicitation::detail {

class PartWorthProgram {
 public:
  // Throws InputError when the space has more than max_values values in all.
  PartWorthProgram(const OutcomeSpace& space, std::size_t max_values);

  LinearProgram& lp() { return lp_; }
  std::size_t column(std::size_t issue, std::size_t k) const { return offsets_[issue] + k; }
  std::size_t cap(std::size_t issue) const { return caps_[issue]; }

  // Terms of u(a) − u(b) (issues where a and b agree cancel and are left out).
  std::vector<std::pair<std::size_t, double>> difference_terms(const Outcome& a, const Outcome& b) const;

  std::vector<std::vector<double>> part_worths(const std::vector<double>& solution) const;

 private:
  const OutcomeSpace& space_;
  LinearProgram lp_;
  std::vector<std::size_t> offsets_, caps_;
};

}  // namespace parley::elicitation::detail
