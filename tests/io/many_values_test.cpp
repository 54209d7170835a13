// An issue with many values converts in near-linear time. Label lookups (Issue::find) were a
// linear scan, so every reader was quadratic in the number of values (10^5 values: a minute).
// The test counts the label comparisons of a whole round of conversions at n and at 10·n
// values; no time is measured here (bench/io_convert.cpp and docs/perf/io.md have the timings,
// which also cover nlohmann's key search that the GeniusWeb reader and writer now avoid).
#include <cstdint>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "io/genius_test_support.hpp"
#include "parley/io/load.hpp"
#include "parley/model/issue.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

// Two parties with opposed evaluations of one categorical issue of n values (labels v0..),
// plus a binary issue.
std::string scenario_yaml(std::size_t n) {
  std::string labels, forward, backward;
  for (std::size_t k = 0; k < n; ++k) {
    const auto sep = k == 0 ? "" : ", ";
    labels += fmt::format("{}v{}", sep, k);
    forward += fmt::format("{}v{}: {}", sep, k, static_cast<double>(k) / static_cast<double>(n - 1));
    backward += fmt::format("{}v{}: {}", sep, k, static_cast<double>(n - 1 - k) / static_cast<double>(n - 1));
  }
  std::string text = "parley: 1\nname: many\nissues:\n  - name: big\n    type: categorical\n    values: [" + labels +
                     "]\n  - name: small\n    type: categorical\n    values: [x, y]\nparties:\n";
  for (const auto& [party, table] : {std::pair{"a", forward}, std::pair{"b", backward}})
    text += fmt::format(
        "  - name: {}\n    utility:\n      weights: {{big: 1, small: 1}}\n      evaluations:\n"
        "        big: {{{}}}\n        small: {{x: 1, y: 0}}\n",
        party, table);
  return text;
}

// Label comparisons made by Issue::find during YAML -> GeniusWeb -> GENIUS -> YAML, each
// written and read back (every reader looks up every label of every profile).
std::uint64_t convert_round(const fs::path& folder, std::size_t n) {
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::ofstream(folder / "in.yaml") << scenario_yaml(n);
  const auto before = Issue::label_comparisons();
  const auto original = io::load_scenario(folder / "in.yaml");
  io::save_scenario(original, folder / "geniusweb", io::ScenarioFormat::geniusweb_json, false);
  const auto from_geniusweb = io::load_scenario(folder / "geniusweb");
  io::save_scenario(from_geniusweb, folder / "genius", io::ScenarioFormat::genius_xml, false);
  const auto from_genius = io::load_scenario(folder / "genius");
  io::save_scenario(from_genius, folder / "out.yaml", io::ScenarioFormat::yaml, false);
  const auto back = io::load_scenario(folder / "out.yaml");
  const auto comparisons = Issue::label_comparisons() - before;
  EXPECT_EQ(back.space.issue(0).size(), n);
  EXPECT_EQ(back.space.issue(0).find(fmt::format("v{}", n - 1)), n - 1);
  EXPECT_NEAR(back.parties[1].utility.additive().evaluations[0][0], 1.0, 1e-6);
  return comparisons;
}

TEST(ManyValues, ConvertLooksUpLabelsInLogarithmicTime) {
  test::TempFolder folder("many-values");
  // Ten times the values: O(n log n) lookups grow about 13 times, a linear scan per lookup
  // (quadratic in all) about 100 times. The count is exact, so the bound does not depend on
  // the machine's load.
  constexpr std::size_t small = 1'000, factor = 10;
  const auto small_count = convert_round(folder.path(), small);
  const auto large_count = convert_round(folder.path(), small * factor);
  ASSERT_GT(small_count, 0u);
  const double growth = static_cast<double>(large_count) / static_cast<double>(small_count);
  RecordProperty("label_comparisons", fmt::format("{} at {} values, {} at {}", small_count, small, large_count, small * factor));
  EXPECT_LT(growth, 20.0) << fmt::format("{} values: {} label comparisons, {} values: {}", small, small_count,
                                          small * factor, large_count);
}

}  // namespace
}  // namespace parley
