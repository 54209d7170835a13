// Real scenarios from ../shared/data (skipped when absent):
//  * every GENIUS scenario with at most 20,000 outcomes: the frontier against brute force;
//  * the ANAC 2014 nonlinear scenarios: the published pareto.xml points must each be weakly
//    dominated by parley's exact frontier (10-issue domains, branch and bound), and the 30/50
//    issue domains must end with a clear "not computed" instead of hanging.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "analysis/brute_force_oracle.hpp"
#include "analysis/definitions_oracle.hpp"
#include "parley/analysis/pareto_frontier.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley::analysis {
namespace {

namespace fs = std::filesystem;

// Folders under `root` holding a GENIUS domain (found by the loader's own detection).
std::vector<fs::path> genius_scenario_folders(const fs::path& root) {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    bool has_xml = false;
    for (const auto& file : fs::directory_iterator(entry.path())) has_xml = has_xml || file.path().extension() == ".xml";
    if (has_xml) folders.push_back(entry.path());
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

TEST(SharedScenarios, EverySmallGeniusFrontierMatchesBruteForce) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius");
  std::size_t checked = 0;
  for (const auto& folder : genius_scenario_folders(root)) {
    Scenario scenario;
    try {
      scenario = io::load_scenario(folder);
    } catch (const InputError& error) {  // e.g. a folder with one profile: not a negotiation
      std::cout << "not a scenario, skipped: " << error.what() << "\n";
      continue;
    }
    if (!scenario.space.enumerable(20'000)) continue;
    SCOPED_TRACE(folder.string());
    test::expect_same_frontier(scenario, pareto_frontier(scenario),
                               test::enumerate_space(scenario));
    if (scenario.space.enumerable(3'000)) test::check_against_definitions(scenario);
    ++checked;
  }
  EXPECT_GT(checked, 50u) << "expected most GENIUS scenarios to be small enough to brute-force";
}

// pareto.xml: one "u1, u2" line per published point.
std::vector<std::vector<double>> published_points(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::vector<double>> points;
  std::string line;
  while (std::getline(in, line)) {
    std::replace(line.begin(), line.end(), ',', ' ');
    std::istringstream fields(line);
    double a = 0, b = 0;
    if (fields >> a >> b) points.push_back({a, b});
  }
  return points;
}

TEST(SharedScenarios, NonlinearTenIssueFrontiersDominateThePublishedPoints) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2014");
  for (const char* name : {"10issues", "10issuesDiscounted", "10issuesDiscountedwithRV", "10issueswithRV"}) {
    SCOPED_TRACE(name);
    const auto scenario = io::load_scenario(root / name);
    const auto frontier = pareto_frontier(scenario);
    ASSERT_EQ(frontier.method, FrontierMethod::branch_and_bound) << frontier.reason;
    const auto published = published_points(root / name / "pareto.xml");
    ASSERT_GE(published.size(), 5u);
    for (const auto& point : published) {
      bool dominated = false;
      for (std::size_t k = 0; k < frontier.size() && !dominated; ++k)
        // pareto.xml prints floats: 7 significant digits.
        dominated = frontier.utilities(k)[0] >= point[0] - 1e-6 && frontier.utilities(k)[1] >= point[1] - 1e-6;
      EXPECT_TRUE(dominated) << "published point (" << point[0] << ", " << point[1] << ") is not covered";
    }
    for (std::size_t k = 0; k < frontier.size(); ++k) {
      const auto recomputed = utilities_of(scenario, frontier.outcome(k));
      EXPECT_NEAR(frontier.utilities(k)[0], recomputed[0], 1e-12);
      EXPECT_NEAR(frontier.utilities(k)[1], recomputed[1], 1e-12);
    }
  }
}

TEST(SharedScenarios, LargeNonlinearFrontiersEndWithAReason) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2014/50issues");
  const auto scenario = io::load_scenario(root);
  const auto frontier = pareto_frontier(scenario, {.max_search_nodes = 200'000});
  EXPECT_FALSE(frontier.computed());
  EXPECT_NE(frontier.reason.find("did not finish within 200000 nodes"), std::string::npos) << frontier.reason;
}

}  // namespace
}  // namespace parley::analysis
