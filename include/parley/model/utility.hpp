// parley::UtilityFunction — a party's preferences over outcomes, u(o) in [0, 1].
//
// Two kinds, as in the community's formats:
//  * AdditiveUtility: u(o) = sum_i weight_i * evaluation_i[o_i], weights >= 0 summing to 1,
//    evaluations in [0, 1] (GENIUS normalisation: each issue's evaluations divided by that
//    issue's maximum). Numeric issues with linear evaluators are tabulated per value.
//  * HyperRectangleUtility (ANAC 2014 "nonlinear"): u(o) = (sum of the utilities of the
//    rectangles that contain o) / normaliser, clamped to [0, 1]. A rectangle is a conjunction
//    of per-issue index ranges; an `excluded` bound means "the value is outside the range".
// Both are plain data (contiguous vectors) so that analysis and agents can work on the
// tables directly instead of calling utility() per outcome.
#pragma once

#include <cstdint>
#include <variant>
#include <vector>

#include "parley/model/outcome_space.hpp"

namespace parley {

struct AdditiveUtility {
  std::vector<double> weights;                   // one per issue, >= 0, sum 1
  std::vector<std::vector<double>> evaluations;  // [issue][value] in [0, 1]

  double utility(const Outcome& outcome) const;
  // Contribution of value k of issue i to the utility: weights[i] * evaluations[i][k].
  double contribution(std::size_t issue, std::size_t k) const { return weights[issue] * evaluations[issue][k]; }
};

struct RectangleBound {
  std::uint32_t issue = 0;      // index into the outcome space
  std::uint32_t first = 0;      // first value index in the range (inclusive)
  std::uint32_t last = 0;       // last value index in the range (inclusive)
  bool excluded = false;        // true: satisfied when the value is NOT in [first, last]
};

struct HyperRectangle {
  std::vector<RectangleBound> bounds;
  double utility = 0;           // raw utility added when every bound holds (may be negative)

  bool contains(const Outcome& outcome) const;
};

struct HyperRectangleUtility {
  std::vector<HyperRectangle> rectangles;
  double normaliser = 1;        // GENIUS `maxutility`: raw sums are divided by it

  double utility(const Outcome& outcome) const;
};

class UtilityFunction {
 public:
  UtilityFunction() = default;
  UtilityFunction(AdditiveUtility additive) : model_(std::move(additive)) {}
  UtilityFunction(HyperRectangleUtility rectangles) : model_(std::move(rectangles)) {}

  bool is_additive() const { return std::holds_alternative<AdditiveUtility>(model_); }
  const AdditiveUtility& additive() const { return std::get<AdditiveUtility>(model_); }
  const HyperRectangleUtility& hyper_rectangles() const { return std::get<HyperRectangleUtility>(model_); }

  double utility(const Outcome& outcome) const;
  double operator()(const Outcome& outcome) const { return utility(outcome); }

 private:
  std::variant<AdditiveUtility, HyperRectangleUtility> model_;
};

}  // namespace parley
