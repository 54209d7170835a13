// parley::analysis::random_scenario — seeded random scenarios for tests and benchmarks.
//
// Data flow: RandomScenarioSpec (+ seed) ──random_*_scenario()──▶ a valid Scenario.
// The same spec gives bit-identical scenarios on every platform (SplitMix64 stream, no
// implementation-defined std distributions). Issues are ordinal "i0".."i{n-1}" with values
// "v0".."v{m-1}"; parties are "p0".."p{k-1}".
#pragma once

#include <cstddef>
#include <cstdint>

#include "parley/model/scenario.hpp"

namespace parley::analysis {

struct RandomScenarioSpec {
  std::size_t parties = 2;
  std::size_t issues = 5;
  std::size_t values_per_issue = 4;
  std::uint64_t seed = 1;
  double max_reservation = 0.0;        // reservation values drawn uniformly in [0, max_reservation]
  std::size_t rectangles_per_party = 8;  // nonlinear only
  std::size_t max_rectangle_issues = 3;  // nonlinear only: issues constrained per rectangle (≥ 1)
  bool coarse = false;  // additive only: evaluations on a grid of 1/4 (many exact ties)
};

// Linear-additive parties: random weights (normalised to sum 1) and per-issue evaluations
// whose maximum is 1 (GENIUS normalisation).
Scenario random_additive_scenario(const RandomScenarioSpec& spec);

// Hyper-rectangle (ANAC 2014 style) parties: each rectangle constrains 1..max_rectangle_issues
// issues to a random value range (sometimes `excluded`) and carries an integer utility in
// [1, 100] (one in five negative); normaliser = the sum of the positive utilities.
Scenario random_rectangle_scenario(const RandomScenarioSpec& spec);

// Party k of the second scenario replaces party k of the first for every odd k: a mixed
// additive / nonlinear scenario over the same issues.
Scenario random_mixed_scenario(const RandomScenarioSpec& spec);

// Two additive parties ("first", "second") over `issues` categorical issues "i0".. with values
// "a" (worth 1 to first, 0 to second) and "b" (the reverse): every value of every issue is
// Pareto-relevant, the worst case of the issue-by-issue merge. Equal weights give a frontier of
// issues + 1 points; random weights (0.5 + uniform, normalised) give about issues² / 4.
// bench/binary_issues_scenario.py writes the same shape as YAML for the CLI.
Scenario binary_tradeoff_scenario(std::size_t issues, bool equal_weights, std::uint64_t seed = 1);

}  // namespace parley::analysis
