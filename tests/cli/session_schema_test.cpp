// One schema for a session result (docs/formats/session_result.md): the same session written
// by `parley negotiate --json`, by `parley tournament` into results.jsonl and by `parley report
// --json` among a snapshot's simulations is the same JSON text, apart from what each path adds
// (negotiate: red_lines, shocks, timeline; the tournament: session, repetition, scenario_index
// and each seat's agent_index; the report: name, why, deadline and each seat's filled_in) and
// the wall time.
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_paths.hpp"

namespace parley::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::vector<Json> tournament_records(const std::string& arguments) {
  const auto out = fs::temp_directory_path() / ("parley-session-schema-" + std::to_string(std::random_device{}()));
  const auto run = run_cli("tournament " + arguments + " --out '" + out.string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::vector<Json> records;
  std::ifstream in(out / "results.jsonl");
  for (std::string line; std::getline(in, line);) records.push_back(Json::parse(line));
  std::error_code ignored;
  fs::remove_all(out, ignored);
  return records;
}

// Runs the record's session again with `parley negotiate --json` and compares the two texts.
void expect_negotiate_writes_the_same(const std::string& scenario, Json record, const std::string& options) {
  std::string agents, parties;
  for (const auto& seat : record["negotiators"]) {
    agents += (agents.empty() ? "" : ",") + seat["agent"].get<std::string>();
    parties += (parties.empty() ? "" : ",") + seat["party"].get<std::string>();
  }
  const auto run = run_cli("negotiate '" + scenario + "' --agents '" + agents + "' --parties '" + parties + "'" +
                                    " --seed " + std::to_string(record["seed"].get<std::uint64_t>()) + " " + options +
                                    " --json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto negotiated = Json::parse(run.out);
  for (const char* key : {"red_lines", "shocks", "timeline", "wall_seconds"}) negotiated.erase(key);
  for (const char* key : {"session", "repetition", "scenario_index", "wall_seconds"}) record.erase(key);
  for (auto& seat : record["negotiators"]) seat.erase("agent_index");
  EXPECT_EQ(record.dump(), negotiated.dump());
}

TEST(SessionSchema, NegotiateAndTournamentWriteTheSameSession) {
  const auto laptop = (source_dir() / "scenarios/examples/laptop.yaml").string();
  const auto records =
      tournament_records("--agents boulware,conceder --scenarios '" + laptop + "' --rounds 40 --seed 9 --threads 1");
  ASSERT_GE(records.size(), 2u);
  for (std::size_t k = 0; k < 2; ++k) expect_negotiate_writes_the_same(laptop, records[k], "--rounds 40");
}

TEST(SessionSchema, MediatedSessionsToo) {
  const auto coalition = (source_dir() / "scenarios/examples/coalition.yaml").string();
  const auto records = tournament_records("--agents conceder,linear,boulware --scenarios '" + coalition +
                                          "' --protocol mediated --rounds 30 --seed 4 --max-assignments 2 --threads 1");
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records[0]["protocol"], "mediated");
  expect_negotiate_writes_the_same(coalition, records[0], "--protocol mediated --rounds 30");
}

// The report's simulated sessions of a dated scenario, run again with `negotiate --at SNAPSHOT`
// (the harbour timeline has no red lines, so every snapshot runs its sessions).
TEST(SessionSchema, ReportSimulationsAreTheSameSessions) {
  const auto harbour = fixture("timeline/minimal").string();
  const auto report = run_cli("report '" + harbour + "' --json");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const auto document = Json::parse(report.out);
  std::size_t compared = 0;
  for (const auto& snapshot : document["snapshots"])
    for (auto simulation : snapshot["simulations"]) {
      const auto deadline = simulation["deadline"];
      ASSERT_TRUE(deadline.is_number_integer()) << simulation.dump();
      for (const char* key : {"name", "why", "deadline"}) simulation.erase(key);
      for (auto& seat : simulation["negotiators"]) seat.erase("filled_in");
      const std::string mediator = simulation.contains("mediator") ? simulation["mediator"].get<std::string>() : "";
      expect_negotiate_writes_the_same(harbour, simulation,
                                       "--at " + snapshot["id"].get<std::string>() + " --rounds " + std::to_string(deadline.get<int>()) +
                                           (mediator.empty() ? "" : " --protocol mediated --mediator '" + mediator + "'"));
      ++compared;
    }
  EXPECT_EQ(compared, 6u);
}

// tests/fixtures/tournament/format1-store holds the first 4 of 6 records written by the parley of
// before this schema was shared (store format 1: the same fields, keys in alphabetical order).
// The same command resumes it, and the store ends as a fresh run's.
TEST(SessionSchema, StoreOfTheEarlierWriterResumes) {
  const auto laptop = (source_dir() / "scenarios/examples/laptop.yaml").string();
  const std::string command = "--agents boulware,conceder --scenarios '" + laptop +
                              "' --rounds 40 --seed 9 --repetitions 3 --threads 1";
  const auto earlier = fs::temp_directory_path() / ("parley-format1-" + std::to_string(std::random_device{}()));
  fs::create_directories(earlier);
  for (const char* file : {"manifest.json", "results.jsonl"})
    fs::copy_file(fixture("tournament/format1-store") / file, earlier / file);
  const auto resumed = run_cli("tournament " + command + " --json --out '" + earlier.string() + "'");
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(nlohmann::json::parse(resumed.out)["resumed_from"], 4);
  std::vector<nlohmann::json> kept;
  std::ifstream in(earlier / "results.jsonl");
  for (std::string line; std::getline(in, line);) kept.push_back(nlohmann::json::parse(line));
  std::error_code ignored;
  fs::remove_all(earlier, ignored);
  const auto fresh = tournament_records(command);
  ASSERT_EQ(kept.size(), fresh.size());
  for (std::size_t k = 0; k < kept.size(); ++k) {
    auto a = kept[k], b = nlohmann::json(fresh[k]);
    a.erase("wall_seconds"), b.erase("wall_seconds");
    EXPECT_EQ(a, b) << "session " << k;
  }
}

}  // namespace
}  // namespace parley::test
