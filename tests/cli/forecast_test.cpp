// `parley forecast` and `parley forecast backtest` end to end, and the SVG writer they use.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_paths.hpp"

namespace parley::test {
namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

const std::filesystem::path ec_case = fixture("forecast/ec-car-emissions-1994.csv");

TEST(ForecastCli, PrintsModelsAndAlignedRounds) {
  const auto result = run_cli("forecast " + quoted(ec_case));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("ec-car-emissions-1994"), std::string::npos);
  EXPECT_NE(result.out.find("round  median  mean  Netherlands"), std::string::npos) << result.out;
  // Round 2 of the EC case: median 9.61, mean 7.55, Belgium at 9.61.
  EXPECT_NE(result.out.find("    2    9.61  7.55"), std::string::npos) << result.out;
}

TEST(ForecastCli, JsonCarriesEveryRound) {
  const auto result = run_cli("forecast " + quoted(ec_case) + " --json --rounds 8");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto& issue = json["issues"][0];
  EXPECT_EQ(json["format"], "stance-csv");
  EXPECT_NEAR(issue["compromise"].get<double>(), 500.3 / 67.7, 1e-9);
  EXPECT_EQ(issue["bdm"]["rounds"].size(), 9u);
  EXPECT_NEAR(issue["bdm"]["rounds"][2]["median"].get<double>(), 9.61, 0.005);
  EXPECT_NEAR(issue["bdm"]["forecast"].get<double>(), 9.67, 0.005);
  EXPECT_EQ(issue["bdm"]["rounds"][1]["moves"][1]["kind"], "compromise");
  EXPECT_EQ(issue["bdm"]["rounds"][1]["moves"][1]["from"], "France");
}

TEST(ForecastCli, ModelChoiceLimitsTheOutput) {
  const auto result = run_cli("forecast " + quoted(ec_case) + " --json --model compromise");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_TRUE(json["issues"][0]["bdm"].is_null());
  EXPECT_TRUE(json["issues"][0]["nash"].is_null());
}

TEST(ForecastCli, SvgIsWrittenOnceWithoutForce) {
  const auto svg = std::filesystem::temp_directory_path() / "parley-forecast-test.svg";
  std::filesystem::remove(svg);
  const auto first = run_cli("forecast " + quoted(ec_case) + " --svg " + quoted(svg));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto text = read_text(svg);
  EXPECT_EQ(text.rfind("<?xml", 0), 0u);
  EXPECT_EQ(count(text, "<polyline"), 12u);  // ten actors, the median and the mean
  EXPECT_NE(text.find(">Belgium</text>"), std::string::npos);
  const auto again = run_cli("forecast " + quoted(ec_case) + " --svg " + quoted(svg));
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--force"), std::string::npos);
  EXPECT_EQ(run_cli("forecast " + quoted(ec_case) + " --svg " + quoted(svg) + " --force").exit_code, 0);
  std::filesystem::remove(svg);
}

TEST(ForecastCli, BadInputExitsTwoWithFileAndLine) {
  const auto bad = std::filesystem::temp_directory_path() / "parley-forecast-bad.csv";
  std::ofstream(bad) << "actor,capability,position,salience\na,1,2,50\nb,1,3,-5\n";
  const auto result = run_cli("forecast " + quoted(bad));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("error: " + bad.string() + ":3"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("salience -5 is not in [0, 100]"), std::string::npos) << result.err;
  std::filesystem::remove(bad);
  EXPECT_EQ(run_cli("forecast").exit_code, 2);
  EXPECT_EQ(run_cli("forecast " + quoted(ec_case) + " --model oracle").exit_code, 2);
  EXPECT_EQ(run_cli("forecast " + quoted(ec_case) + " --rounds 0").exit_code, 2);
  EXPECT_EQ(run_cli("forecast " + quoted(ec_case) + " --issue nosuch").exit_code, 2);
}

TEST(ForecastCli, ReadsKtabFilesIssueByIssue) {
  const auto ktab = fixture("forecast/ktab-two-dimensions.csv");
  const auto all = run_cli("forecast " + quoted(ktab) + " --json");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(nlohmann::json::parse(all.out)["issues"].size(), 2u);
  const auto one = run_cli("forecast " + quoted(ktab) + " --issue Spend");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_NE(one.out.find("BDM rounds, issue 'Spend'"), std::string::npos) << one.out;
  EXPECT_EQ(run_cli("forecast " + quoted(ktab) + " --svg /tmp/parley-forecast-two.svg").exit_code, 2);  // two issues
}

TEST(ForecastCli, ForecastsEveryOrderedIssueOfAScenario) {
  const auto result = run_cli("forecast " + quoted(fixture("forecast/budget-scenario.yaml")) + " --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["format"], "scenario");
  ASSERT_EQ(json["issues"].size(), 2u);  // the categorical venue is skipped
  // tax: Greens 100 (salience 1, its largest weight), Liberals 0 (its own salience 0.5),
  // Social Democrats 33.3 ("low", salience 0.2/0.5): (1500 + 0 + 333.3) / (15 + 5 + 10).
  EXPECT_EQ(json["issues"][0]["name"], "tax");
  EXPECT_NEAR(json["issues"][0]["compromise"].get<double>(), (1500 + 25 * 0.4 * 100.0 / 3) / 30, 1e-9);
  EXPECT_NEAR(json["issues"][1]["actors"][2]["position"].get<double>(), 50, 1e-12);
}

TEST(ForecastCli, BacktestReportsEveryModel) {
  const auto result = run_cli("forecast backtest " + quoted(fixture("forecast/deu-small.tsv")) + " --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["issues"], 2);
  EXPECT_EQ(json["models"].size(), 5u);
  EXPECT_NE(json["capability_proxy"].get<std::string>().find("line 2"), std::string::npos);
  const auto text = run_cli("forecast backtest " + quoted(fixture("forecast/deu-small.tsv")));
  EXPECT_NE(text.out.find("compromise"), std::string::npos);
  EXPECT_EQ(run_cli("forecast backtest " + quoted(ec_case)).exit_code, 2);  // not a DEU file
  const auto paper = run_cli("forecast backtest " + quoted(fixture("forecast/deu-small.tsv")) +
                             " --json --probability pair-votes --compromise-choice least-move --rounds 3");
  ASSERT_EQ(paper.exit_code, 0) << paper.err;
  const auto parameters = nlohmann::json::parse(paper.out)["bdm_parameters"];
  EXPECT_EQ(parameters["probability"], "pair-votes");
  EXPECT_EQ(parameters["compromise_choice"], "least-move");
  EXPECT_EQ(parameters["rounds"], 3);
}

TEST(ForecastCli, BacktestOnDeuMatchesPublishedCompromiseError) {
  PARLEY_REQUIRE_SHARED_DATA(deu, "deu/deu3.csv");
  const auto result = run_cli("forecast backtest " + quoted(deu) + " --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["issues"], 353);
  EXPECT_EQ(json["models"][0]["model"], "compromise");
  EXPECT_NEAR(json["models"][0]["mean_absolute_error"].get<double>(), 23.2, 0.05);
}

}  // namespace
}  // namespace parley::test
