// Edit and save through the API: only the edited text changes (comments kept), bad values get
// the YAML reader's own message, a file changed on disk is never overwritten, undo restores the
// bytes, and nothing outside the scenario folder can be named.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "serve/serve_fixture.hpp"
#include "support/temporary_copy.hpp"
#include "support/test_paths.hpp"

namespace parley::test {
namespace {

using nlohmann::json;

const std::string snapshot_file = "snapshots/2022-03-antalya-istanbul.yaml";

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The lines that differ between two texts of the same line count.
std::vector<std::pair<std::string, std::string>> changed_lines(const std::string& a, const std::string& b) {
  const auto la = lines_of(a), lb = lines_of(b);
  EXPECT_EQ(la.size(), lb.size());
  std::vector<std::pair<std::string, std::string>> changed;
  for (std::size_t i = 0; i < std::min(la.size(), lb.size()); ++i)
    if (la[i] != lb[i]) changed.emplace_back(la[i], lb[i]);
  return changed;
}

json field(const json& editable, const std::string& group, const std::string& label) {
  for (const auto& f : editable["fields"])
    if (f["group"] == group && f["label"] == label) return f;
  ADD_FAILURE() << "no field " << group << " / " << label;
  return json::object();
}

json edit_request(const RunningServer& server, const json& path, const json& value, bool dry_run = false) {
  const auto [status, scenario] = server.get("/api/scenario");
  return json{{"file", snapshot_file},
              {"generation", scenario["generation"]},
              {"changes", {{{"path", path}, {"value", value}}}},
              {"dry_run", dry_run}};
}

class EditApi : public ::testing::Test {
 protected:
  TemporaryCopy copy{source_dir() / "scenarios/russia-ukraine"};
  std::filesystem::path file() const { return copy.folder() / snapshot_file; }
};

TEST_F(EditApi, AWeightEditChangesThatLineOnlyAndKeepsComments) {
  RunningServer server(copy.folder());
  const auto before = read(file());
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  ASSERT_EQ(s1, 200) << editable;
  const auto weight = field(editable, "preferences of russia", "weight of nato");
  EXPECT_EQ(weight["value"], 18);
  const auto [s2, saved] = server.post("/api/edit", edit_request(server, weight["path"], 20).dump());
  ASSERT_EQ(s2, 200) << saved;
  const auto after = read(file());
  const auto changed = changed_lines(before, after);
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].first, "        weight: 18");
  EXPECT_EQ(changed[0].second, "        weight: 20");
  EXPECT_NE(after.find("# Snapshot 2: Antalya and Istanbul"), std::string::npos);
  // The server reads the saved file: the weight is 20 in the snapshot it now serves.
  const auto [s3, snapshot] = server.get("/api/snapshot?at=2022-03");
  for (const auto& p : snapshot["preferences"])
    if (p["party"] == "russia")
      for (const auto& i : p["issues"])
        if (i["issue"] == "nato") EXPECT_EQ(i["weight"], 20);
}

TEST_F(EditApi, ABlockScalarWhyStaysABlockAndReadsBack) {
  RunningServer server(copy.folder());
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  const auto why = field(editable, "preferences of russia", "walk-away: why");
  const std::string text = "Moscow's walk-away falls: the war has become \"a much bloodier slog\"; the talks go on.";
  const auto [s2, saved] = server.post("/api/edit", edit_request(server, why["path"], text).dump());
  ASSERT_EQ(s2, 200) << saved;
  const auto [s3, snapshot] = server.get("/api/snapshot?at=2022-03");
  for (const auto& p : snapshot["preferences"])
    if (p["party"] == "russia") EXPECT_EQ(p["reservation"]["why"], text);
  EXPECT_NE(read(file()).find("      why: >-\n        Moscow's walk-away falls"), std::string::npos);
}

TEST_F(EditApi, ABadValueGetsTheReadersOwnMessageAndNothingIsWritten) {
  // The oracle: the CLI reading the same change made by hand in another copy.
  const auto by_hand = copy.folder().string() + "-by-hand";
  std::filesystem::remove_all(by_hand);
  std::filesystem::copy(copy.folder(), by_hand, std::filesystem::copy_options::recursive);
  auto text = read(std::filesystem::path(by_hand) / snapshot_file);
  const std::string from = "    reservation:\n      value: 0.45";
  ASSERT_NE(text.find(from), std::string::npos);
  text.replace(text.find(from), from.size(), "    reservation:\n      value: 1.7");
  std::ofstream(std::filesystem::path(by_hand) / snapshot_file, std::ios::binary | std::ios::trunc) << text;
  const auto cli = run_cli("analyze '" + by_hand + "' --at 2022-03");
  std::filesystem::remove_all(by_hand);
  ASSERT_EQ(cli.exit_code, 2);
  auto expected = cli.err.substr(cli.err.find("error: ") + 7);
  expected = expected.substr(0, expected.find('\n'));
  expected.replace(expected.find(by_hand), by_hand.size(), copy.folder().string());

  RunningServer server(copy.folder());
  const auto before = read(file());
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  const auto reservation = field(editable, "preferences of russia", "walk-away (reservation) value");
  for (const bool dry_run : {true, false}) {
    const auto [status, body] = server.post("/api/edit", edit_request(server, reservation["path"], 1.7, dry_run).dump());
    EXPECT_EQ(status, 400) << body;
    EXPECT_EQ(body["error"], expected);
    EXPECT_NE(body["error"].get<std::string>().find("reservation"), std::string::npos) << body;
  }
  EXPECT_EQ(read(file()), before);
}

TEST_F(EditApi, ACitationThatIsNotInItsSourceIsRefused) {
  RunningServer server(copy.folder());
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  const auto quote = field(editable, "position russia.crimea", "citation 1 quote");
  EXPECT_EQ(quote["citation"]["source"], "redstate-2022-03-14");
  const auto [status, body] = server.post("/api/edit", edit_request(server, quote["path"], "Ukraine must give up Crimea forever").dump());
  EXPECT_EQ(status, 400);
  EXPECT_NE(body["error"].get<std::string>().find("the quote is not in source 'redstate-2022-03-14'"), std::string::npos) << body;
}

TEST_F(EditApi, AFileChangedOnDiskIsNotOverwritten) {
  RunningServer server(copy.folder());
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  const auto weight = field(editable, "preferences of russia", "weight of nato");
  std::ofstream(file(), std::ios::app) << "# a note added in an editor\n";
  const auto on_disk = read(file());
  const auto [status, body] = server.post("/api/edit", edit_request(server, weight["path"], 20).dump());
  EXPECT_EQ(status, 409);
  EXPECT_NE(body["error"].get<std::string>().find("changed on disk since it was loaded"), std::string::npos);
  EXPECT_EQ(read(file()), on_disk);
}

TEST_F(EditApi, AStalePageIsRefusedAndUndoRestoresTheBytes) {
  RunningServer server(copy.folder());
  const auto before = read(file());
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  const auto weight = field(editable, "preferences of russia", "weight of nato");
  const auto first = edit_request(server, weight["path"], 20);
  ASSERT_EQ(server.post("/api/edit", first.dump()).first, 200);
  // The same request again carries the old generation: another tab's stale page.
  const auto [status, body] = server.post("/api/edit", first.dump());
  EXPECT_EQ(status, 409) << body;
  const auto [s2, scenario] = server.get("/api/scenario");
  const auto [s3, undone] = server.post("/api/undo", json{{"generation", scenario["generation"]}}.dump());
  ASSERT_EQ(s3, 200) << undone;
  EXPECT_EQ(read(file()), before);
  const auto [s4, again] = server.post("/api/undo", json{{"generation", undone["generation"]}}.dump());
  EXPECT_EQ(s4, 409);
  EXPECT_EQ(again["error"], "nothing to undo");
}

TEST_F(EditApi, NothingOutsideTheFolderAndNothingInReadOnlyMode) {
  std::filesystem::create_symlink("/etc/hostname", copy.folder() / "outside.yaml");
  RunningServer server(copy.folder());
  const auto [s0, scenario] = server.get("/api/scenario");
  for (const std::string file : {"../../../etc/passwd", "/etc/passwd", "outside.yaml"}) {
    const json request{{"file", file}, {"generation", scenario["generation"]}, {"changes", {{{"path", {"a"}}, {"value", 1}}}}};
    const auto [status, body] = server.post("/api/edit", request.dump());
    EXPECT_EQ(status, 403) << file << body;
    EXPECT_NE(body["error"].get<std::string>().find("outside the scenario folder"), std::string::npos) << body;
  }
  const auto [s1, editable] = server.get("/api/editable?at=2022-03");
  const auto bad_path = json{{"file", snapshot_file}, {"generation", scenario["generation"]},
                             {"changes", {{{"path", {"preferences", 0, "nothing"}}, {"value", 1}}}}};
  const auto [s2, body2] = server.post("/api/edit", bad_path.dump());
  EXPECT_EQ(s2, 400);
  EXPECT_NE(body2["error"].get<std::string>().find("no key 'nothing'"), std::string::npos) << body2;

  RunningServer read_only(copy.folder(), true);
  const auto [s3, body3] = read_only.post("/api/edit", edit_request(read_only, {"preferences", 0, "reservation", "value"}, 0.5).dump());
  EXPECT_EQ(s3, 403);
  EXPECT_NE(body3["error"].get<std::string>().find("read-only"), std::string::npos);
}

}  // namespace
}  // namespace parley::test
