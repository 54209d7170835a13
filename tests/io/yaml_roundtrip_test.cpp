// Writing the YAML format: every scenario parley can hold is written and read back
// identical, bit for bit (shipped examples, awkward labels and numbers, nonlinear
// utilities, optional fields, and seeded random scenarios).
#include <filesystem>
#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "io/yaml_scenario_equality.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

Scenario round_trip(const Scenario& scenario) { return io::parse_yaml_scenario(io::to_yaml(scenario), "written.yaml"); }

void expect_round_trip(const Scenario& scenario) {
  const auto text = io::to_yaml(scenario);
  SCOPED_TRACE(text);
  const auto again = io::parse_yaml_scenario(text, "written.yaml");
  test::expect_same_scenario(scenario, again);
  EXPECT_EQ(io::to_yaml(again), text);  // writing is a fixed point
}

class ExampleRoundTrip : public testing::TestWithParam<const char*> {};

TEST_P(ExampleRoundTrip, ReadsBackIdentical) {
  expect_round_trip(io::read_yaml_scenario(test::source_dir() / "scenarios/examples" / GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Examples, ExampleRoundTrip, testing::Values("laptop.yaml", "coalition.yaml", "rectangles.yaml"));

TEST(YamlWriter, WritesTheDocumentedStyle) {
  const auto text = io::to_yaml(io::read_yaml_scenario(test::source_dir() / "scenarios/examples/coalition.yaml"));
  EXPECT_NE(text.find("parley: 1\n"), std::string::npos);
  EXPECT_NE(text.find("    values: [none, low, medium, high]\n"), std::string::npos);
  EXPECT_NE(text.find("    range: [0, 3]\n    step: 0.5\n"), std::string::npos);
  EXPECT_NE(text.find("        carbon tax: {none: 0, low: 0.4, medium: 0.8, high: 1}\n"), std::string::npos);
  EXPECT_NE(text.find("        childcare places: {linear: [0, 1]}\n"), std::string::npos);
  EXPECT_NE(text.find("        carbon tax: 0.5\n"), std::string::npos);  // normalised weights
  EXPECT_EQ(text.find("discount: 1"), std::string::npos);                 // defaults are left out
}

// Labels YAML would misread unless quoted, and numbers with long shortest forms.
Scenario awkward_scenario() {
  Scenario scenario;
  scenario.name = "null";
  scenario.description = "A: description with # and 'quotes' and \"doubles\"\nand a second line";
  std::vector<std::string> labels = {"null", "~", "", "yes", "a: b", "#x", " lead", "1", "[x]", "{y}", "- z",
                                     "Ελλάδα", "it's", "\"q\"", "true", "0x10", "1e3", "*star", "&anchor", "!tag"};
  auto tricky = Issue::with_labels("tricky: name", IssueKind::categorical, labels);
  tricky.description = "ends with two newlines\n\n";
  scenario.space = OutcomeSpace({tricky, Issue::real_range("share", -1.5, 2.0, 0.3), Issue::integer_range("n", -3, 40),
                                 Issue::with_labels("~", IssueKind::ordinal, {"lo", "hi"})});
  std::vector<double> tricky_eval(labels.size());
  for (std::size_t k = 0; k < labels.size(); ++k) tricky_eval[k] = static_cast<double>(k) / 19.0;
  std::vector<double> share_eval, n_eval;
  for (std::size_t k = 0; k < scenario.space.issue(1).size(); ++k) share_eval.push_back(1.0 / static_cast<double>(k + 1));
  for (std::size_t k = 0; k < scenario.space.issue(2).size(); ++k) n_eval.push_back(static_cast<double>(k) / 43.0);
  AdditiveUtility first{{0.1, 0.2, 0.3, 0.4}, {tricky_eval, share_eval, n_eval, {1, 0}}};
  AdditiveUtility second{{1.0 / 3, 1.0 / 7, 1 - 1.0 / 3 - 1.0 / 7, 0}, {tricky_eval, share_eval, n_eval, {0, 1e-300}}};
  HyperRectangleUtility third;
  third.normaliser = 123.456;
  third.rectangles.push_back({{{0, 2, 5, false}, {2, 0, 10, false}, {2, 20, 43, false}, {1, 3, 3, true}}, 17.25});
  third.rectangles.push_back({{{3, 1, 1, true}}, -0.1});
  third.rectangles.push_back({{}, 3});
  scenario.parties = {
      Party{.name = "first", .role = "principal", .utility = first, .reservation_value = 0.1234567890123,
            .discount_factor = 0.9, .capability = 12.5, .salience = 0.75, .description = "the first"},
      Party{.name = "yes", .utility = second, .description = "Several lines:\n  - indented\n\nthe end\n"},
      Party{.name = "third party", .role = "mediator", .utility = third, .reservation_value = 1e-17},
  };
  return scenario;
}

TEST(YamlWriter, AwkwardLabelsAndNumbersReadBackIdentical) {
  auto scenario = awkward_scenario();
  scenario.source = "written.yaml";
  validate_scenario(scenario);
  expect_round_trip(scenario);
}

TEST(YamlWriter, LinearNumericTablesAreWrittenCompactly) {
  const auto scenario = io::parse_yaml_scenario(R"(parley: 1
name: big
issues:
  - {name: units, type: integer, range: [0, 99999]}
  - {name: r, type: real, range: [0, 1], step: 0.001}
parties:
  - name: a
    utility:
      weights: {units: 1, r: 1}
      evaluations: {units: {linear: [1, 0]}, r: {linear: [0, 0.7]}}
  - name: b
    utility:
      weights: {units: 1, r: 1}
      evaluations: {units: {linear: [0.25, 1]}, r: {linear: [1, 0]}}
)",
                                                "big.yaml");
  const auto text = io::to_yaml(scenario);
  EXPECT_NE(text.find("units: {linear: [0.25, 1]}"), std::string::npos) << text;
  EXPECT_LT(text.size(), 1000u) << "linear tables should be written as {linear: [a, b]}";
  test::expect_same_scenario(scenario, round_trip(scenario));
}

// Seeded random scenarios: random doubles stress the shortest round-trip formatting.
Scenario random_scenario(std::mt19937_64& random) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<int> small(1, 6);
  std::vector<Issue> issues;
  const int issue_count = small(random);
  for (int i = 0; i < issue_count; ++i) {
    const auto name = "issue " + std::to_string(i);
    switch (i % 4) {
      case 0: {
        std::vector<std::string> labels;
        for (int k = 0; k < small(random); ++k) labels.push_back("v" + std::to_string(k));
        issues.push_back(Issue::with_labels(name, i % 8 ? IssueKind::ordinal : IssueKind::categorical, labels));
        break;
      }
      case 1: issues.push_back(Issue::integer_range(name, -small(random), small(random))); break;
      case 2: issues.push_back(Issue::real_range(name, unit(random), 1 + unit(random) * 3, 0.1 + unit(random))); break;
      default: issues.push_back(Issue::with_labels(name, IssueKind::ordinal, {"a", "b", "c"}));
    }
  }
  Scenario scenario;
  scenario.name = "random";
  scenario.space = OutcomeSpace(issues);
  const int party_count = 2 + small(random) % 3;
  for (int p = 0; p < party_count; ++p) {
    Party party{.name = "p" + std::to_string(p), .reservation_value = unit(random) * 0.5};
    if (p % 2 == 0) {
      AdditiveUtility additive;
      double sum = 0;
      for (const auto& issue : scenario.space.issues()) {
        additive.weights.push_back(unit(random));
        sum += additive.weights.back();
        std::vector<double> table(issue.size());
        for (auto& value : table) value = unit(random);
        additive.evaluations.push_back(table);
      }
      for (auto& weight : additive.weights) weight /= sum;
      party.utility = additive;
    } else {
      HyperRectangleUtility rectangles;
      rectangles.normaliser = 1 + unit(random) * 100;
      for (int r = 0; r < small(random); ++r) {
        HyperRectangle rectangle{.utility = (unit(random) - 0.2) * 50};
        for (std::uint32_t i = 0; i < scenario.space.issue_count(); ++i) {
          const auto size = static_cast<std::uint32_t>(scenario.space.issue(i).size());
          std::uniform_int_distribution<std::uint32_t> index(0, size - 1);
          const auto a = index(random), b = index(random);
          if (unit(random) < 0.6) rectangle.bounds.push_back({i, std::min(a, b), std::max(a, b), unit(random) < 0.3});
        }
        rectangles.rectangles.push_back(rectangle);
      }
      party.utility = rectangles;
    }
    scenario.parties.push_back(party);
  }
  return scenario;
}

TEST(YamlWriter, SeededRandomScenariosReadBackIdentical) {
  std::mt19937_64 random(20261122);
  for (int trial = 0; trial < 100; ++trial) {
    SCOPED_TRACE(trial);
    const auto scenario = random_scenario(random);
    validate_scenario(scenario);
    test::expect_same_scenario(scenario, round_trip(scenario));
    if (HasFailure()) break;
  }
}

TEST(YamlWriter, RefusesAnInvalidScenarioInsteadOfWritingIt) {
  auto scenario = io::read_yaml_scenario(test::source_dir() / "scenarios/examples/laptop.yaml");
  auto buyer = scenario.parties[0].utility.additive();
  buyer.evaluations[1].pop_back();  // one evaluation short
  scenario.parties[0].utility = buyer;
  EXPECT_THROW(io::to_yaml(scenario), InputError);
}

TEST(YamlWriter, RefusesToOverwriteWithoutPermission) {
  const auto file = std::filesystem::temp_directory_path() / "parley-yaml-writer-test" / "out.yaml";
  std::filesystem::remove_all(file.parent_path());
  const auto scenario = io::read_yaml_scenario(test::source_dir() / "scenarios/examples/laptop.yaml");
  io::write_yaml_scenario(scenario, file, false);  // creates the folder
  try {
    io::write_yaml_scenario(scenario, file, false);
    FAIL() << "an existing file was overwritten";
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().file, file.string());
    EXPECT_NE(error.problem().find("already exists"), std::string::npos);
  }
  io::write_yaml_scenario(scenario, file, true);
  test::expect_same_scenario(scenario, io::read_yaml_scenario(file), {.compare_metadata = true});
  std::filesystem::remove_all(file.parent_path());
}

}  // namespace
}  // namespace parley
