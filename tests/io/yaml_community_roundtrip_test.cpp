// Every GENIUS and GeniusWeb scenario of the shared data, written as YAML, reads back
// identical bit for bit (skipped when the shared data is absent).
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "io/yaml_scenario_equality.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/io/load.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

// Folders below `root` that hold a scenario of `format` (two parties or more), in a stable
// order.
std::set<fs::path> scenario_folders(const fs::path& root, io::ScenarioFormat format) {
  std::set<fs::path> folders;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    const bool holds = format == io::ScenarioFormat::genius_xml ? io::is_genius_folder(entry.path())
                                                                : io::is_geniusweb_folder(entry.path());
    if (holds) folders.insert(entry.path());
  }
  return folders;
}

void expect_every_scenario_round_trips(const fs::path& root, io::ScenarioFormat format) {
  const auto folders = scenario_folders(root, format);
  EXPECT_FALSE(folders.empty());
  int round_trips = 0;
  for (const auto& folder : folders) {
    SCOPED_TRACE(folder.string());
    Scenario scenario;
    try {
      scenario = io::load_scenario(folder);
    } catch (const InputError& error) {
      // Only the one-profile folder (other/laptopdomainNoBayes) is not a negotiation.
      EXPECT_NE(std::string(error.what()).find("at least 2 parties"), std::string::npos) << error.what();
      continue;
    }
    const auto again = io::parse_yaml_scenario(io::to_yaml(scenario), "written.yaml");
    test::expect_same_scenario(scenario, again);
    if (testing::Test::HasFailure()) return;  // one scenario's differences are enough to read
    ++round_trips;
  }
  testing::Test::RecordProperty("round_trips", round_trips);
}

TEST(YamlCommunityRoundTrip, EveryGeniusScenario) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius");
  expect_every_scenario_round_trips(root, io::ScenarioFormat::genius_xml);
}

TEST(YamlCommunityRoundTrip, EveryGeniusWebScenario) {
  PARLEY_REQUIRE_SHARED_DATA(root, "geniusweb");
  expect_every_scenario_round_trips(root, io::ScenarioFormat::geniusweb_json);
}

}  // namespace
}  // namespace parley
