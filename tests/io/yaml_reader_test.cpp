// Reading the YAML scenario format: the shipped examples, every documented spelling, and
// utilities checked against numbers computed independently from the source data.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

std::filesystem::path example(const std::string& name) { return test::source_dir() / "scenarios/examples" / name; }

Outcome outcome_of(const Scenario& scenario, const std::vector<std::string>& labels) {
  Outcome outcome;
  for (std::size_t i = 0; i < labels.size(); ++i) outcome.push_back(*scenario.space.issue(i).find(labels[i]));
  return outcome;
}

TEST(YamlReader, LaptopMatchesTheGeniusNumbers) {
  const auto scenario = io::read_yaml_scenario(example("laptop.yaml"));
  EXPECT_EQ(scenario.name, "Laptop");
  EXPECT_EQ(scenario.source, example("laptop.yaml").string());
  ASSERT_EQ(scenario.space.issue_count(), 3u);
  EXPECT_EQ(scenario.space.issue(2).name(), "External Monitor");
  EXPECT_EQ(scenario.space.issue(2).labels(), (std::vector<std::string>{"19'' LCD", "20'' LCD", "23'' LCD"}));
  ASSERT_EQ(scenario.parties.size(), 2u);
  EXPECT_EQ(scenario.parties[0].discount_factor, 0.42441038);
  // Oracle: the raw GENIUS profile (laptop_buyer_utility.xml): weights 0.4452..., 0.3780...,
  // 0.1767... (sum 1.0000518) and evaluations Dell 12 of 30, 120 Gb 9 of 30, 20'' 10 of 30.
  const double raw_sum = 0.4452125771655631 + 0.37808251708013424 + 0.1767567099260568;
  const double buyer = (0.4452125771655631 * 12 / 30 + 0.37808251708013424 * 9 / 30 + 0.1767567099260568 * 10 / 30) / raw_sum;
  const double seller = (0.37808251708013424 * 12 / 30 + 0.1767567099260568 * 9 / 30 + 0.4452125771655631 * 2 / 3) / raw_sum;
  const auto u = utilities_of(scenario, outcome_of(scenario, {"Dell", "120 Gb", "20'' LCD"}));
  EXPECT_NEAR(u[0], buyer, 1e-12);
  EXPECT_NEAR(u[1], seller, 1e-12);
  EXPECT_NEAR(utilities_of(scenario, outcome_of(scenario, {"HP", "60 Gb", "19'' LCD"}))[0], 1.0, 1e-12);
}

TEST(YamlReader, CoalitionReadsEveryIssueKindAndOptionalField) {
  const auto scenario = io::read_yaml_scenario(example("coalition.yaml"));
  const auto& space = scenario.space;
  EXPECT_EQ(space.issue(0).kind(), IssueKind::ordinal);
  EXPECT_EQ(space.issue(1).kind(), IssueKind::real);
  EXPECT_EQ(space.issue(1).size(), 7u);
  EXPECT_EQ(space.issue(1).description, "budget deficit in percent of GDP");
  EXPECT_EQ(space.issue(2).kind(), IssueKind::integer);
  EXPECT_EQ(space.cardinality().as_u64(), 140u);
  ASSERT_EQ(scenario.parties.size(), 3u);
  const auto& greens = scenario.parties[0];
  EXPECT_EQ(greens.role, "principal");
  EXPECT_EQ(greens.reservation_value, 0.35);
  EXPECT_EQ(greens.capability, 15.0);
  EXPECT_EQ(greens.salience, 0.9);
  EXPECT_EQ(greens.discount_factor, 1.0);
  EXPECT_EQ(scenario.parties[2].discount_factor, 0.95);
  EXPECT_FALSE(scenario.parties[2].description.size());
  // Weights 5:2:3 renormalised; deficit linear from 0.2 at 0 to 1 at 3.
  EXPECT_EQ(greens.utility.additive().weights, (std::vector<double>{0.5, 0.2, 0.3}));
  EXPECT_NEAR(greens.utility.additive().evaluations[1][3], 0.6, 1e-15);
  EXPECT_EQ(greens.utility.additive().evaluations[1][6], 1.0);
  const auto u = utilities_of(scenario, outcome_of(scenario, {"medium", "1.5", "2"}));
  EXPECT_NEAR(u[0], 0.5 * 0.8 + 0.2 * 0.6 + 0.3 * 0.5, 1e-12);
  EXPECT_NEAR(u[1], 0.2 * 0.3 + 0.6 * 0.5 + 0.2 * 0.7, 1e-12);
  EXPECT_NEAR(u[2], 0.2 * 0.8 + 0.3 * 0.9 + 0.5 * 0.5, 1e-12);
}

TEST(YamlReader, RectanglesSumTheBonusesThatHold) {
  const auto scenario = io::read_yaml_scenario(example("rectangles.yaml"));
  ASSERT_FALSE(scenario.parties[0].utility.is_additive());
  EXPECT_EQ(scenario.parties[0].utility.hyper_rectangles().normaliser, 100);
  // Worked by hand from the file: north at (3,0,0) collects 60 + 40 + 25, clamped to 1;
  // at (0,3,0) 40 - 20; south at (0,3,3) collects 50 + 30 + 30 (clamped), at (2,2,2) only 30.
  EXPECT_EQ(utilities_of(scenario, {3, 0, 0})[0], 1.0);
  EXPECT_DOUBLE_EQ(utilities_of(scenario, {0, 3, 0})[0], 0.2);
  EXPECT_EQ(utilities_of(scenario, {0, 3, 3})[1], 1.0);
  EXPECT_DOUBLE_EQ(utilities_of(scenario, {2, 2, 2})[1], 30.0 / 90.0);
  EXPECT_DOUBLE_EQ(utilities_of(scenario, {1, 1, 3})[1], 50.0 / 90.0);  // x = 1 is excluded from the z bonus
}

Scenario parse(const std::string& text) { return io::parse_yaml_scenario(text, "inline.yaml"); }

const char* two_parties_over(const char* issues, const char* first_utility, const char* second_utility) {
  static std::string text;
  text = std::string("parley: 1\nname: t\nissues:\n") + issues + "parties:\n  - name: a\n    utility:\n" +
         first_utility + "  - name: b\n    utility:\n" + second_utility;
  return text.c_str();
}

TEST(YamlReader, NumericEvaluationsAcceptListsValueMapsAndLinear) {
  const auto scenario = parse(two_parties_over(
      "  - {name: n, type: integer, range: [10, 12]}\n"
      "  - {name: r, type: real, range: [0, 1], step: 0.4}\n",
      "      weights: {n: 1, r: 1}\n      evaluations: {n: {10: 0, 11.0: 0.5, 12: 1}, r: [0, 0.4, 0.8, 1]}\n",
      "      weights: {n: 3, r: 1}\n      evaluations: {n: {linear: [1, 0]}, r: {linear: [0, 1]}}\n"));
  EXPECT_EQ(scenario.space.issue(1).size(), 4u);  // 0, 0.4, 0.8 and the upper end 1
  const auto& a = scenario.parties[0].utility.additive();
  EXPECT_EQ(a.evaluations[0], (std::vector<double>{0, 0.5, 1}));
  EXPECT_EQ(a.weights, (std::vector<double>{0.5, 0.5}));
  const auto& b = scenario.parties[1].utility.additive();
  EXPECT_EQ(b.weights, (std::vector<double>{0.75, 0.25}));
  EXPECT_EQ(b.evaluations[0], (std::vector<double>{1, 0.5, 0}));
  EXPECT_NEAR(b.evaluations[1][1], 0.4, 1e-15);
  EXPECT_NEAR(b.evaluations[1][2], 0.8, 1e-15);
  EXPECT_EQ(b.evaluations[1][3], 1.0);
}

TEST(YamlReader, WeightsSummingToOneAreKeptBitForBit) {
  const auto scenario = parse(two_parties_over("  - {name: p, type: categorical, values: [x, y]}\n"
                                               "  - {name: q, type: categorical, values: [x, y]}\n",
                                               "      weights: {p: 0.1, q: 0.9}\n      evaluations: {p: [0, 1], q: [1, 0]}\n",
                                               "      weights: {p: 1, q: 2}\n      evaluations: {p: [1, 0], q: [0, 1]}\n"));
  EXPECT_EQ(scenario.parties[0].utility.additive().weights, (std::vector<double>{0.1, 0.9}));
  EXPECT_EQ(scenario.parties[1].utility.additive().weights, (std::vector<double>{1.0 / 3.0, 2.0 / 3.0}));
}

TEST(YamlReader, RectangleConditionsAcceptSingleValuesAndSeveralRanges) {
  const auto scenario = parse(two_parties_over(
      "  - {name: c, type: ordinal, values: [lo, mid, hi]}\n  - {name: n, type: integer, range: [0, 5]}\n",
      "      type: hyper-rectangles\n      normaliser: 2\n      rectangles:\n"
      "        - {utility: 1, where: {c: mid, n: [[1, 4], [3, 5]]}, except: {n: [4, 4]}}\n",
      "      type: hyper-rectangles\n      normaliser: 1\n      rectangles: []\n"));
  const auto& rectangle = scenario.parties[0].utility.hyper_rectangles().rectangles.at(0);
  ASSERT_EQ(rectangle.bounds.size(), 4u);
  EXPECT_EQ(rectangle.bounds[0].first, 1u);
  EXPECT_EQ(rectangle.bounds[0].last, 1u);
  EXPECT_TRUE(rectangle.bounds[3].excluded);
  EXPECT_EQ(utilities_of(scenario, {1, 3}), (std::vector<double>{0.5, 0.0}));
  EXPECT_EQ(utilities_of(scenario, {1, 4})[0], 0.0);  // excluded
  EXPECT_EQ(utilities_of(scenario, {1, 2})[0], 0.0);  // outside [3, 5]
}

TEST(YamlReader, TimelineSectionsAreLeftToTheTimelineReader) {
  std::string text = two_parties_over("  - {name: p, type: categorical, values: [x, y]}\n",
                                      "      weights: {p: 1}\n      evaluations: {p: [0, 1]}\n",
                                      "      weights: {p: 1}\n      evaluations: {p: [1, 0]}\n");
  // Without `snapshots` the core reader admits these sections and reads the core alone.
  text += "actors: [{anything: goes}]\npeople: {}\nsources: []\nclaims: []\n";
  EXPECT_EQ(parse(text).parties.size(), 2u);
}

TEST(YamlReader, AFolderIsReadThroughItsScenarioYaml) {
  const auto folder = std::filesystem::temp_directory_path() / "parley-yaml-folder-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(example("laptop.yaml"), folder / "scenario.yaml");
  const auto scenario = io::read_yaml_scenario(folder);
  EXPECT_EQ(scenario.name, "Laptop");
  EXPECT_EQ(scenario.source, (folder / "scenario.yaml").string());
  std::filesystem::remove(folder / "scenario.yaml");
  try {
    io::read_yaml_scenario(folder);
    FAIL() << "a folder without scenario.yaml was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().file, folder.string());
    EXPECT_NE(error.problem().find("no scenario.yaml"), std::string::npos);
  }
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace parley
