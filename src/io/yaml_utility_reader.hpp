// Reads a party's `utility:` section of a YAML scenario (docs/SCENARIO_FORMAT.md) into a
// UtilityFunction over an already-read outcome space: additive weights and evaluations
// (weights renormalised to sum to 1, linear evaluators tabulated per value) or ANAC 2014
// hyper-rectangles. Every problem is an InputError with file, line and field path.
#pragma once

#include <string>

#include "io/yaml_node_reader.hpp"
#include "parley/model/outcome_space.hpp"
#include "parley/model/utility.hpp"

namespace parley::io::detail {

// Numeric issues with more values than this cannot be evaluated value by value.
inline constexpr std::size_t max_tabulated_values = 10'000'000;

// Weights that already sum to 1 within this are kept exactly as written (so files written by
// parley read back bit for bit); others are divided by their sum.
inline constexpr double weight_sum_tolerance = 1e-9;

UtilityFunction read_utility(const YamlSource& source, const YAML::Node& node, const std::string& path,
                             const OutcomeSpace& space);

}  // namespace parley::io::detail
