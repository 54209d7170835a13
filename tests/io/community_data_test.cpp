// Every GENIUS scenario in ../shared/data/genius and every GeniusWeb domain in
// ../shared/data/geniusweb loads, checked against an independent oracle:
// tests/fixtures/genius/make_oracle.py reads the same files with Python's ElementTree and
// records each folder's party count, issue count and outcome count, plus the GENIUS utility
// of three seeded random outcomes for up to three parties of each scenario.
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::vector<std::vector<std::string>> read_csv(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream stream(line);
    std::string cell;
    while (std::getline(stream, cell, ',')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

Outcome outcome_of(const std::string& text) {
  Outcome outcome;
  std::stringstream stream(text);
  std::uint32_t k = 0;
  while (stream >> k) outcome.push_back(k);
  return outcome;
}

// Utilities in [0, 1] on every outcome of small spaces and on 2000 seeded random outcomes of
// large ones.
void expect_utilities_in_unit_interval(const Scenario& scenario) {
  const auto& space = scenario.space;
  std::mt19937_64 random(7);
  const bool small = space.enumerable(20000);
  const std::uint64_t count = small ? *space.cardinality().as_u64() : 2000;
  Outcome outcome(space.issue_count());
  for (std::uint64_t n = 0; n < count; ++n) {
    if (small) {
      outcome = space.from_id(n);
    } else {
      for (std::size_t i = 0; i < space.issue_count(); ++i)
        outcome[i] = static_cast<std::uint32_t>(random() % space.issue(i).size());
    }
    for (const auto& party : scenario.parties) {
      const double u = party.utility(outcome);
      ASSERT_TRUE(u >= 0 && u <= 1) << scenario.source << " " << party.name << " " << space.describe(outcome) << " " << u;
    }
  }
}

TEST(CommunityData, EveryGeniusScenarioLoadsAndMatchesTheOracle) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius");
  const auto expected = read_csv(test::fixture("genius/community_scenarios.csv"));
  ASSERT_EQ(expected.size(), 169u) << "oracle table: 169 domain folders";
  std::map<std::string, Scenario> loaded;
  int single_profile_folders = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& row : expected) {
    const auto folder = root / row[0];
    ASSERT_TRUE(io::is_genius_folder(folder)) << folder;
    const auto parties = std::stoul(row[1]);
    if (parties < 2) {  // other/laptopdomainNoBayes holds one profile: not a negotiation
      ++single_profile_folders;
      try {
        io::read_genius_folder(folder);
        ADD_FAILURE() << folder << ": a one-profile folder was accepted";
      } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("at least 2 parties"), std::string::npos) << error.what();
      }
      continue;
    }
    try {
      auto scenario = io::read_genius_folder(folder);
      EXPECT_EQ(scenario.parties.size(), parties) << folder;
      EXPECT_EQ(scenario.space.issue_count(), std::stoul(row[2])) << folder;
      EXPECT_EQ(scenario.space.cardinality().decimal(), row[3]) << folder;
      loaded.emplace(row[0], std::move(scenario));
    } catch (const InputError& error) {
      ADD_FAILURE() << error.what();
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(loaded.size(), 168u);
  EXPECT_EQ(single_profile_folders, 1);
  std::cout << "[ info ] loaded " << loaded.size() << " GENIUS scenarios in " << seconds << " s\n";

  for (const auto& [name, scenario] : loaded) expect_utilities_in_unit_interval(scenario);

  int checked = 0;
  for (const auto& row : read_csv(test::fixture("genius/community_utilities.csv"))) {
    const auto& scenario = loaded.at(row[0]);
    const auto party = scenario.find_party(row[1]);
    ASSERT_TRUE(party) << row[0] << " " << row[1];
    const auto outcome = outcome_of(row[2]);
    ASSERT_TRUE(scenario.space.is_valid(outcome)) << row[0] << " " << row[2];
    EXPECT_NEAR(scenario.parties[*party].utility(outcome), std::stod(row[3]), 1e-12)
        << row[0] << " " << row[1] << " " << scenario.space.describe(outcome);
    ++checked;
  }
  EXPECT_GT(checked, 1000);
}

TEST(CommunityData, EveryGeniusWebDomainLoads) {
  PARLEY_REQUIRE_SHARED_DATA(root, "geniusweb");
  int folders = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    ++folders;
    ASSERT_TRUE(io::is_geniusweb_folder(entry.path())) << entry.path();
    try {
      const auto scenario = io::read_geniusweb_folder(entry.path());
      EXPECT_GE(scenario.parties.size(), 2u) << entry.path();
      expect_utilities_in_unit_interval(scenario);
    } catch (const InputError& error) {
      ADD_FAILURE() << error.what();
    }
  }
  EXPECT_EQ(folders, 4);
}

}  // namespace
}  // namespace parley
