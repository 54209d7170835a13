// `parley analyze` end to end: the JSON contract (checked against brute force over the
// scenario the CLI read), the human tables, limits that end in a stated reason, and bad input.
#include <cmath>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analysis/brute_force_oracle.hpp"
#include "parley/io/load.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

using nlohmann::json;

std::string example(const std::string& name) { return (test::source_dir() / "scenarios/examples" / name).string(); }

json analyze_json(const std::string& arguments) {
  const auto result = test::run_cli("analyze " + arguments + " --json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(result.out);
}

Outcome outcome_of(const Scenario& scenario, const json& point) {
  Outcome outcome(scenario.space.issue_count());
  EXPECT_EQ(point["outcome"].size(), outcome.size());
  for (std::size_t i = 0; i < outcome.size(); ++i) {
    const auto& issue = scenario.space.issue(i);
    outcome[i] = static_cast<std::uint32_t>(*issue.find(point["outcome"][issue.name()].get<std::string>()));
  }
  return outcome;
}

TEST(AnalyzeCli, JsonContractOnLaptop) {
  const auto path = example("laptop.yaml");
  const auto scenario = io::load_scenario(path);
  const auto out = analyze_json("'" + path + "'");
  EXPECT_EQ(out["parties"], json({"buyer", "seller"}));
  EXPECT_EQ(out["issues"], json({"Laptop", "Harddisk", "External Monitor"}));
  EXPECT_EQ(out["outcomes"], 27);
  EXPECT_FALSE(out.contains("outcomes_exact"));
  EXPECT_EQ(out["reservation"].size(), 2u);

  // Pareto points: utilities are those of their outcomes; the set is brute force's frontier.
  const auto all = analysis::test::enumerate_space(scenario);
  const auto oracle = analysis::test::brute_force_frontier(all);
  ASSERT_TRUE(out["pareto"].is_array());
  EXPECT_EQ(out["pareto"].size(), oracle.size());
  for (const auto& point : out["pareto"]) {
    const auto u = utilities_of(scenario, outcome_of(scenario, point));
    EXPECT_NEAR(point["utilities"][0].get<double>(), u[0], 1e-12);
    EXPECT_NEAR(point["utilities"][1].get<double>(), u[1], 1e-12);
    EXPECT_FALSE(std::any_of(all.utilities.begin(), all.utilities.end(),
                             [&](const auto& other) { return analysis::test::dominates(other, u); }));
  }
  // The Nash point maximises the product over the rational outcomes.
  double best = 0;
  for (const auto& u : all.utilities) {
    const double r0 = scenario.parties[0].reservation_value, r1 = scenario.parties[1].reservation_value;
    if (u[0] >= r0 && u[1] >= r1) best = std::max(best, (u[0] - r0) * (u[1] - r1));
  }
  const auto nash = utilities_of(scenario, outcome_of(scenario, out["nash"]));
  EXPECT_NEAR((nash[0] - scenario.parties[0].reservation_value) * (nash[1] - scenario.parties[1].reservation_value), best,
              1e-12);
  for (const char* key : {"kalai_smorodinsky", "kalai", "max_welfare", "egalitarian"})
    EXPECT_TRUE(out[key].is_object()) << key;
  EXPECT_EQ(out["zopa"]["nonempty"], true);
  EXPECT_TRUE(out["zopa"]["outcomes"].is_number());
  EXPECT_TRUE(out["opposition"].is_number());
  EXPECT_EQ(out["extremes"].size(), 2u);
}

TEST(AnalyzeCli, HumanTables) {
  const auto result = test::run_cli("analyze '" + example("laptop.yaml") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* text : {"27 outcomes", "Pareto frontier (additive_merge)", "nash", "kalai-smorodinsky",
                           "ZOPA:", "opposition:", "buyer best", "seller worst"})
    EXPECT_NE(result.out.find(text), std::string::npos) << text << " missing from\n" << result.out;
}

TEST(AnalyzeCli, FrontierCapEndsWithAReason) {
  const auto out = analyze_json("'" + example("laptop.yaml") + "' --max-frontier 2");
  EXPECT_TRUE(out["pareto"].is_null());
  EXPECT_NE(out["pareto_reason"].get<std::string>().find("more than 2 points"), std::string::npos);
  EXPECT_TRUE(out["nash"].is_null());
  EXPECT_TRUE(out["zopa"]["outcomes"].is_number());  // the count does not need the frontier
}

// Issue 13: a few kB of YAML (300 binary trade-off issues) must not buy unbounded work; the
// additive merge's budget ends it with a reason naming the scenario, the stage and the option.
TEST(AnalyzeCli, AdditiveWorkBudgetEndsWithAReason) {
  const auto file = std::filesystem::temp_directory_path() / "parley-analyze-binary-300.yaml";
  {
    std::ofstream yaml(file);
    yaml << "parley: 1\nname: binary-300\nissues:\n";
    for (int i = 0; i < 300; ++i) yaml << "  - {name: i" << i << ", type: categorical, values: [a, b]}\n";
    yaml << "parties:\n";
    for (const char* party : {"first", "second"}) {
      yaml << "  - name: " << party << "\n    utility:\n      type: additive\n      weights:\n";
      for (int i = 0; i < 300; ++i) yaml << "        i" << i << ": 1\n";
      yaml << "      evaluations:\n";
      for (int i = 0; i < 300; ++i)
        yaml << "        i" << i << (party[0] == 'f' ? ": {a: 1, b: 0}\n" : ": {a: 0, b: 1}\n");
    }
  }
  const auto full = analyze_json("'" + file.string() + "'");
  EXPECT_EQ(full["pareto_size"], 301);
  // Merging issue k examines 2k candidates: 2 + 4 + ... + 62 = 992 ≤ 1000 < 992 + 64.
  const auto stopped = analyze_json("'" + file.string() + "' --max-comparisons 1000");
  EXPECT_TRUE(stopped["pareto"].is_null());
  EXPECT_EQ(stopped["pareto_reason"].get<std::string>(),
            "merging issue 32 of 300 (64 candidate points, 2 parties) of scenario 'binary-300' ran out of the "
            "additive merge's work budget of 1000 units (raise it with --max-comparisons, see docs/LIMITS.md)");
  std::filesystem::remove(file);
}

TEST(AnalyzeCli, NonlinearAnac2014) {
  PARLEY_REQUIRE_SHARED_DATA(ten, "genius/anac/y2014/10issues");
  const auto small = analyze_json("'" + ten.string() + "'");
  EXPECT_EQ(small["pareto_method"], "branch_and_bound");
  EXPECT_EQ(small["pareto"].size(), 10u);
  EXPECT_EQ(small["outcomes"], 10000000000ULL);

  PARLEY_REQUIRE_SHARED_DATA(fifty, "genius/anac/y2014/50issues");
  const auto large = analyze_json("'" + fifty.string() + "' --max-search-nodes 20000");
  EXPECT_TRUE(large["pareto"].is_null());
  EXPECT_NE(large["pareto_reason"].get<std::string>().find("did not finish"), std::string::npos);
  EXPECT_TRUE(large["nash"].is_null());
  EXPECT_EQ(large["outcomes_exact"], "1" + std::string(40, '0'));
  EXPECT_TRUE(large["outcomes"].is_number());
}

TEST(AnalyzeCli, BadInputExitsTwo) {
  const auto missing = test::run_cli("analyze /nonexistent/scenario.yaml");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("error:"), std::string::npos) << missing.err;

  const auto broken = test::run_cli("analyze '" + test::fixture("analysis/unknown_value.yaml").string() + "'");
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("unknown_value.yaml"), std::string::npos) << broken.err;
  EXPECT_NE(broken.err.find("medium"), std::string::npos) << broken.err;

  const auto zero = test::run_cli("analyze '" + example("laptop.yaml") + "' --max-frontier 0");
  EXPECT_EQ(zero.exit_code, 2);
}

}  // namespace
}  // namespace parley
