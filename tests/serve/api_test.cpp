// The JSON API of parley serve, through HTTP: each endpoint's answer is checked against the CLI
// (same library, same schema) or an independent computation, and every kind of bad input gets
// a clear 4xx JSON message.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <gtest/gtest.h>

#include "parley/evidence/citation_check.hpp"
#include "serve/serve_fixture.hpp"
#include "support/test_paths.hpp"

namespace parley::test {
namespace {

using nlohmann::json;

std::filesystem::path flagship() { return source_dir() / "scenarios/russia-ukraine"; }
std::filesystem::path laptop() { return source_dir() / "scenarios/examples/laptop.yaml"; }

// The CLI's JSON for the same question.
json cli_json(const std::string& arguments) {
  const auto result = run_cli(arguments);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(result.out);
}

// The CLI's --json timeline holds serve's trace, line by line (one schema); then drops it so
// that the rest of the two answers can be compared.
void expect_timeline_is_trace(json& cli, const json& body) {
  std::istringstream lines(body["trace"].get<std::string>());
  std::string line;
  std::size_t k = 0;
  for (; std::getline(lines, line); ++k) {
    ASSERT_LT(k, cli["timeline"].size());
    EXPECT_EQ(cli["timeline"][k], json::parse(line)) << k;
  }
  EXPECT_EQ(k, cli["timeline"].size());
  cli.erase("timeline");
}

class FlagshipApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer(flagship()); }
  static void TearDownTestSuite() { delete server; }
  static RunningServer* server;
};
RunningServer* FlagshipApi::server = nullptr;

// A copy of the flagship with its red lines removed (each snapshot file's trailing `red_lines:`
// section): the additive model alone, whose 2022-03 ZOPA is open, for the tests of reservation
// thresholds and set-aside issues (with the shipped red lines every snapshot's ZOPA is closed
// whatever the reservation values; docs/FLAGSHIP.md).
std::filesystem::path flagship_without_red_lines() {
  const auto copy = std::filesystem::temp_directory_path() / "parley-serve-additive-flagship";
  std::filesystem::remove_all(copy);
  std::filesystem::copy(flagship(), copy, std::filesystem::copy_options::recursive);
  for (const auto& entry : std::filesystem::directory_iterator(copy / "snapshots")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    if (const auto at = text.find("\nred_lines:"); at != std::string::npos) text.resize(at + 1);
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << text;
  }
  return copy;
}

class AdditiveFlagshipApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer(flagship_without_red_lines()); }
  static void TearDownTestSuite() { delete server; }
  static RunningServer* server;
};
RunningServer* AdditiveFlagshipApi::server = nullptr;

TEST_F(FlagshipApi, ScenarioListsTheSnapshotsInDateOrder) {
  const auto [status, body] = server->get("/api/scenario");
  ASSERT_EQ(status, 200) << body;
  EXPECT_EQ(body["format"], "yaml");
  const auto& snapshots = body["timeline"]["snapshots"];
  ASSERT_EQ(snapshots.size(), 5u);
  EXPECT_EQ(snapshots[1]["id"], "2022-03-antalya-istanbul");
  for (std::size_t i = 1; i < snapshots.size(); ++i)
    EXPECT_LT(snapshots[i - 1]["date"].get<std::string>(), snapshots[i]["date"].get<std::string>());
}

TEST_F(FlagshipApi, SnapshotHasCitedPositionsSideBySide) {
  const auto [status, body] = server->get("/api/snapshot?at=2022-03");
  ASSERT_EQ(status, 200) << body;
  EXPECT_EQ(body["id"], "2022-03-antalya-istanbul");
  const auto& russia = std::find_if(body["side_by_side"].begin(), body["side_by_side"].end(),
                                    [](const json& row) { return row["actor"] == "russia"; });
  ASSERT_NE(russia, body["side_by_side"].end());
  const auto& crimea = (*russia)["issues"]["crimea"];
  EXPECT_EQ(crimea["options"], json::array({"recognised-russian"}));
  EXPECT_EQ(crimea["cites"][0]["speaker_name"], "Dmitri S. Peskov");
  EXPECT_EQ(crimea["cites"][0]["form"], "reported");
}

TEST_F(FlagshipApi, AnalyzeAnswersWhatTheCliAnswers) {
  const std::string shock = "Russia.reservation-=0.1";
  auto [status, body] = server->post("/api/analyze", json{{"at", "2022-03"}, {"shocks", {shock}}}.dump());
  ASSERT_EQ(status, 200) << body;
  EXPECT_EQ(body["what_if"]["command"], "parley analyze '" + flagship().string() +
                                            "' --at '2022-03' --shock '" + shock + "' --sweep --json");
  const auto cli = cli_json("analyze '" + flagship().string() + "' --at 2022-03 --shock '" + shock + "' --sweep --json");
  body.erase("what_if");
  EXPECT_EQ(body, cli);
}

TEST_F(AdditiveFlagshipApi, RaisingAReservationPastItsThresholdClosesTheZopa) {
  // The sweep's threshold T says where the ZOPA closes; check it on both sides of T.
  const auto [status, base] = server->post("/api/analyze", R"({"at": "2022-03"})");
  ASSERT_EQ(status, 200) << base;
  ASSERT_TRUE(base["zopa"]["nonempty"].get<bool>());
  const auto& thresholds = base["sensitivity"][0]["reservation_thresholds"];
  const auto russia = std::find_if(thresholds.begin(), thresholds.end(), [](const json& t) { return t["party"] == "Russia"; });
  ASSERT_NE(russia, thresholds.end());
  const double threshold = (*russia)["threshold"];
  auto at = [&](double r) {
    const auto [s, b] = server->post("/api/analyze", json{{"at", "2022-03"}, {"shocks", {"Russia.reservation=" + std::to_string(r)}}, {"sweep", false}}.dump());
    EXPECT_EQ(s, 200) << b;
    return b["zopa"]["nonempty"].get<bool>();
  };
  EXPECT_TRUE(at(threshold - 0.01));
  EXPECT_FALSE(at(threshold + 0.01));
}

TEST_F(AdditiveFlagshipApi, SetAsideIsTheSweepsNeutralIssue) {
  const auto [s1, closed] = server->post("/api/analyze", R"({"at": "2022-03", "shocks": ["Russia.reservation=0.9"]})");
  ASSERT_EQ(s1, 200) << closed;
  const auto& issues = closed["sensitivity"][0]["issues"];
  ASSERT_FALSE(issues.empty());
  const auto [s2, aside] = server->post(
      "/api/analyze",
      json{{"at", "2022-03"}, {"shocks", {"Russia.reservation=0.9", "set-aside." + issues[0]["issue"].get<std::string>()}}}.dump());
  ASSERT_EQ(s2, 200) << aside;
  EXPECT_NEAR(aside["sensitivity"][0]["margin"].get<double>(), issues[0]["margin_if_neutral"].get<double>(), 1e-12);
}

// Red-line concessions are shocks: /api/preferences lists each red line with its key, conceding
// all of them gives the ZOPA of the additive model, and /api/negotiate runs on the same what-if
// (the flagship's red lines otherwise leave nothing to sign in 2022-03).
TEST_F(FlagshipApi, ConcedingRedLinesIsAWhatIfThatSimulateRunsOn) {
  const auto [s0, preferences] = server->get("/api/preferences?at=2022-03");
  ASSERT_EQ(s0, 200) << preferences;
  std::vector<std::string> concessions;
  for (const auto& party : preferences["parties"])
    for (const auto& line : party["red_lines"]) {
      EXPECT_EQ(line["key"], party["name"].get<std::string>() + "." + line["issue"].get<std::string>());
      EXPECT_FALSE(line["rejects"].empty());
      concessions.push_back(party["name"].get<std::string>() + ".red-line." + line["issue"].get<std::string>() + "=off");
    }
  ASSERT_FALSE(concessions.empty());
  std::sort(concessions.begin(), concessions.end());
  concessions.erase(std::unique(concessions.begin(), concessions.end()), concessions.end());

  const auto [s1, written] = server->post("/api/analyze", R"({"at": "2022-03", "sweep": false})");
  ASSERT_EQ(s1, 200) << written;
  EXPECT_FALSE(written["zopa"]["nonempty"].get<bool>());
  const auto [s2, conceded] = server->post("/api/analyze", json{{"at", "2022-03"}, {"shocks", concessions}, {"sweep", false}}.dump());
  ASSERT_EQ(s2, 200) << conceded;
  EXPECT_TRUE(conceded["zopa"]["nonempty"].get<bool>()) << conceded["zopa"];
  EXPECT_FALSE(conceded["zopa"].contains("reason")) << conceded["zopa"];
  EXPECT_NE(conceded["what_if"]["command"].get<std::string>().find("--shock '" + concessions[0] + "'"), std::string::npos);

  const auto [s3, refused] = server->post("/api/negotiate", R"({"at": "2022-03", "agents": ["boulware", "conceder"]})");
  EXPECT_EQ(s3, 400) << refused;
  const auto [s4, session] =
      server->post("/api/negotiate", json{{"at", "2022-03"}, {"agents", {"boulware", "conceder"}}, {"shocks", concessions}}.dump());
  ASSERT_EQ(s4, 200) << session;
  EXPECT_EQ(session["shocks"], json(concessions));
  EXPECT_TRUE(session["red_lines"]["in_force"].empty()) << session["red_lines"];
}

TEST_F(FlagshipApi, SourceLocatesTheCitedSentence) {
  const std::string quote = "Ukraine must recognize Russian sovereignty over Crimea";
  const auto [status, body] = server->get("/api/source?id=redstate-2022-03-14&quote=" + httplib::detail::encode_query_param(quote));
  ASSERT_EQ(status, 200) << body;
  ASSERT_TRUE(body["found"].get<bool>());
  const auto text = body["text"].get<std::string>();
  const std::size_t begin = body["span"][0], end = body["span"][1];
  EXPECT_EQ(evidence::normalise_typography(text.substr(begin, end - begin)), quote);
}

TEST_F(FlagshipApi, SourceLocatesAQuoteWrittenWithOtherTypography) {
  // Every flagship citation: its span, normalised, is its quote (curly quotes, dashes, spaces).
  const auto [status, snapshot] = server->get("/api/snapshot?at=2022-04");
  ASSERT_EQ(status, 200);
  int checked = 0;
  for (const auto& position : snapshot["positions"])
    for (const auto& cite : position["cites"]) {
      const auto quote = cite["quote"].get<std::string>();
      const auto [s, body] = server->get("/api/source?id=" + cite["source"].get<std::string>() + "&quote=" + httplib::detail::encode_query_param(quote));
      ASSERT_EQ(s, 200) << body;
      ASSERT_TRUE(body["found"].get<bool>()) << quote;
      const auto text = body["text"].get<std::string>();
      const std::size_t begin = body["span"][0], end = body["span"][1];
      EXPECT_EQ(evidence::normalise_typography(text.substr(begin, end - begin)), evidence::normalise_typography(quote));
      ++checked;
    }
  EXPECT_GT(checked, 5);
}

TEST_F(FlagshipApi, CitationCheckUsesTheVerifiersRules) {
  const auto [s1, good] = server->post("/api/check-citation",
      R"({"source": "redstate-2022-03-14", "speaker": "peskov", "form": "reported", "quote": "enshrine a status of neutrality in its constitution"})");
  ASSERT_EQ(s1, 200) << good;
  EXPECT_TRUE(good["ok"].get<bool>()) << good;
  const auto [s2, bad] = server->post("/api/check-citation",
      R"({"source": "redstate-2022-03-14", "speaker": "peskov", "form": "reported", "quote": "enshrine neutrality forever"})");
  ASSERT_EQ(s2, 200) << bad;
  EXPECT_FALSE(bad["ok"].get<bool>());
  EXPECT_NE(bad["problems"][0].get<std::string>().find("the quote is not in source 'redstate-2022-03-14'"), std::string::npos);
  const auto [s3, nobody] = server->post("/api/check-citation",
      R"({"source": "redstate-2022-03-14", "speaker": "nobody", "form": "said", "quote": "enshrine a status of neutrality in its constitution"})");
  EXPECT_NE(nobody["problems"][0].get<std::string>().find("unknown speaker 'nobody'"), std::string::npos) << nobody;
}

TEST_F(FlagshipApi, AgentsAreTheCatalog) {
  const auto [status, body] = server->get("/api/agents");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body, cli_json("agents --json"));
}

// ---- bad input: each a 4xx JSON message naming the problem ----

struct BadRequest {
  std::string path, body;  // body empty: GET
  int status;
  std::string message;     // a part of the error message
};

TEST_F(FlagshipApi, BadInputGetsAClear4xx) {
  const std::vector<BadRequest> cases = {
      {"/api/analyze", "{\"at\": ", 400, "malformed JSON"},
      {"/api/analyze", "[1, 2]", 400, "must be a JSON object"},
      {"/api/analyze", R"({"at": "2022-03", "shock": []})", 400, "unknown field 'shock'"},
      {"/api/analyze", R"({"shocks": ["Rusia.reservation-=0.1"]})", 400, "Rusia"},
      {"/api/analyze", R"({"shocks": ["Russia.weight.crimia=0.5"]})", 400, "crimia"},
      {"/api/analyze", R"({"shocks": ["Russia.reservation=1e308"]})", 400, "[0, 1]"},
      {"/api/analyze", R"({"shocks": ["Russia.reservation=1e999"]})", 400, "Russia.reservation=1e999"},
      {"/api/analyze", R"({"shocks": "Russia.reservation=0.1"})", 400, "list of strings"},
      {"/api/analyze", R"({"shocks": ["set-aside.kosovo"]})", 400, "no issue named 'kosovo'"},
      {"/api/analyze", R"({"set_aside": ["crimea"]})", 400, "unknown field 'set_aside'"},
      {"/api/analyze", R"({"at": "2022-03", "shocks": ["Belarus.red-line.crimea=off"]})", 400, "no party named 'Belarus'"},
      {"/api/negotiate", R"({"agents": ["boulware", "conceder"], "shocks": ["Russia.reservation=7"]})", 400, "[0, 1]"},
      {"/api/analyze", R"({"at": "1999-01"})", 400, "1999-01"},
      {"/api/analyze", R"({"at": 2022})", 400, "field 'at' must be a string"},
      {"/api/analyze", "{\"x\": 1e99999}", 400, "malformed JSON"},
      {"/api/pair", R"({"x": "Russia", "y": "Narnia"})", 400, "no party named 'Narnia'"},
      {"/api/pair", R"({"x": "Russia", "y": "Russia"})", 400, "two different parties"},
      {"/api/negotiate", R"({"agents": ["boulware", "telepath"]})", 400, "telepath"},
      {"/api/negotiate", R"({"agents": ["boulware", "boulware"], "rounds": 100000000000000000000000000})", 400, "rounds"},
      {"/api/negotiate", R"({"agents": ["boulware", "boulware"], "rounds": -5})", 400, "rounds"},
      {"/api/negotiate", R"({"agents": ["boulware", "boulware"], "seed": 1.5})", 400, "seed"},
      {"/api/negotiate", R"({"agents": ["boulware", "boulware"], "protocol": "auction"})", 400, "auction"},
      {"/api/negotiate", R"({"agents": []})", 400, "agents"},
      {"/api/negotiate", "", 400, "needs a JSON body"},
      {"/api/source?id=../../../../etc/passwd", "", 400, "is a path"},
      {"/api/source?id=%2e%2e%2fscenario.yaml", "", 400, "is a path"},
      {"/api/source?id=nowhere", "", 404, "no source with id 'nowhere'"},
      {"/api/snapshot?at=2021", "", 400, "2021"},
      {"/assets/..%2f..%2fscenario.yaml", "", 400, ".."},
      {"/assets/nothing.js", "", 404, "no such page asset"},
      {"/api/check-citation", R"({"source": "x/../y", "quote": "a"})", 400, "is a path"},
      {"/api/check-citation", R"({"source": "redstate-2022-03-14", "quote": "a", "form": "sung"})", 400, "sung"},
  };
  for (const auto& c : cases) {
    const auto [status, body] = c.body.empty() && c.path.rfind("/api/negotiate", 0) != 0 ? server->get(c.path) : server->post(c.path, c.body);
    EXPECT_EQ(status, c.status) << c.path << " " << c.body << " -> " << body.dump().substr(0, 300);
    ASSERT_TRUE(body.contains("error")) << c.path << " " << c.body;
    EXPECT_NE(body["error"].get<std::string>().find(c.message), std::string::npos)
        << c.path << " " << c.body << " -> " << body["error"];
  }
}

TEST_F(FlagshipApi, HugeBodiesAreRefusedUnread) {
  const std::string huge(2 << 20, ' ');
  const auto [status, body] = server->post("/api/analyze", huge);
  EXPECT_EQ(status, 413);
  EXPECT_EQ(body["error"], "the request is too large");
}

TEST_F(FlagshipApi, EveryRequestNeedsTheToken) {
  httplib::Client bare("127.0.0.1", server->port());
  for (const std::string path : {"/", "/api/scenario", "/assets/index.html"}) {
    const auto missing = bare.Get(path.c_str());
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 401) << path;
    EXPECT_NE(json::parse(missing->body)["error"].get<std::string>().find("missing access token"), std::string::npos);
    const auto wrong = bare.Get((path + "?token=test-token-0123456789abcdeX").c_str());
    EXPECT_EQ(wrong->status, 401) << path;
    EXPECT_NE(json::parse(wrong->body)["error"].get<std::string>().find("wrong access token"), std::string::npos);
  }
  const auto wrong_header = bare.Get("/api/scenario", {{"X-Parley-Token", "nope"}});
  EXPECT_EQ(wrong_header->status, 401);
  const auto post = bare.Post("/api/analyze", "{}", "application/json");
  EXPECT_EQ(post->status, 401);
}

TEST_F(FlagshipApi, TheFirstLoadSetsTheCookieThatLaterRequestsCarry) {
  httplib::Client bare("127.0.0.1", server->port());
  const auto page = bare.Get(("/?token=" + server->token()).c_str());
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  const auto cookie = page->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  const auto with_cookie = bare.Get("/api/scenario", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  EXPECT_EQ(with_cookie->status, 200);
}

TEST_F(FlagshipApi, AnswersAreNotCompressedOnLoopback) {
  // Browsers accept brotli; compressing a 35 KB analysis cost ~0.4 s of the what-if latency.
  auto client = server->client();
  const auto result = client.Post("/api/analyze", {{"Accept-Encoding", "br, gzip, deflate"}}, R"({"at": "2022-03"})",
                                  "application/json");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Encoding"), "");
  EXPECT_TRUE(json::accept(result->body)) << result->body;
}

TEST_F(FlagshipApi, AForeignHostHeaderIsRefused) {
  auto client = server->client();
  const auto result = client.Get("/api/scenario", {{"Host", "attacker.example:8421"}});
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 403);
}

// ---- the other formats and simulations ----

TEST(ServeFormats, GeniusAndGeniusWebScenariosLoad) {
  for (const auto& path : {fixture("genius/mixed"), fixture("geniusweb/holiday")}) {
    RunningServer server(path);
    const auto [status, body] = server.get("/api/scenario");
    ASSERT_EQ(status, 200) << path << body;
    EXPECT_TRUE(body["timeline"].is_null());
    const auto [s2, analysis] = server.post("/api/analyze", "{}");
    EXPECT_EQ(s2, 200) << analysis;
    const auto [s3, none] = server.get("/api/snapshot?at=2022");
    EXPECT_EQ(s3, 404);
  }
}

TEST(ServeSimulate, NegotiateAnswersWhatTheCliAnswers) {
  RunningServer server(laptop());
  auto [status, body] = server.post("/api/negotiate", R"({"agents": ["boulware", "conceder"], "seed": 7, "rounds": 50})");
  ASSERT_EQ(status, 200) << body;
  auto cli = cli_json("negotiate '" + laptop().string() + "' --agents boulware,conceder --seed 7 --rounds 50 --json");
  // The trace has one line per action; the offer list one entry per offer.
  const auto trace = body["trace"].get<std::string>();
  const auto lines = static_cast<std::size_t>(std::count(trace.begin(), trace.end(), '\n'));
  EXPECT_GE(lines, body["offer_list"].size());
  EXPECT_EQ(body["offer_list"].size(), body["offers"].get<std::size_t>());
  expect_timeline_is_trace(cli, body);
  for (auto* j : {&body, &cli}) j->erase("wall_seconds");
  body.erase("trace"), body.erase("offer_list");
  EXPECT_EQ(body, cli);
}

// /api/negotiate respects red lines as `parley negotiate` does: on the flagship every snapshot's red
// lines leave nothing to sign, so the request is refused with the reason; dropping red lines
// negotiates as if conceded, and the agreement breaks none of those still in force.
TEST_F(FlagshipApi, NegotiateRefusesWhenTheRedLinesLeaveNothingToSign) {
  const auto [status, body] = server->post("/api/negotiate", R"({"at": "2022-03", "agents": ["conceder", "conceder"]})");
  EXPECT_EQ(status, 400) << body;
  const auto error = body["error"].get<std::string>();
  EXPECT_NE(error.find("red lines exclude every option of crimea"), std::string::npos) << error;
  EXPECT_NE(error.find("drop_red_lines"), std::string::npos) << error;
}

TEST_F(FlagshipApi, NegotiateWithDroppedRedLinesKeepsTheOthersAndAnswersAsTheCli) {
  auto [status, body] = server->post(
      "/api/negotiate",
      R"({"at": "2022-03-antalya-istanbul", "agents": ["conceder", "conceder"], "seed": 3, "drop_red_lines": ["Russia.crimea", "Ukraine.donetsk_luhansk"]})");
  ASSERT_EQ(status, 200) << body;
  ASSERT_TRUE(body["agreement"].is_object()) << body;
  EXPECT_NE(body["agreement"]["crimea"], "recognised-russian");  // Ukraine's red line still holds
  for (const char* rejected : {"status-deferred", "returned-to-ukraine"})  // Russia's red line still holds
    EXPECT_NE(body["agreement"]["donetsk_luhansk"], rejected);
  EXPECT_EQ(body["red_lines"]["dropped"], (json{"Russia.crimea", "Ukraine.donetsk_luhansk"}));
  auto cli = cli_json("negotiate '" + flagship().string() +
                      "' --at 2022-03-antalya-istanbul --agents conceder,conceder --seed 3 --drop-red-line Russia.crimea "
                      "--drop-red-line Ukraine.donetsk_luhansk --json");
  expect_timeline_is_trace(cli, body);
  for (auto* j : {&body, &cli}) j->erase("wall_seconds");
  body.erase("trace"), body.erase("offer_list");
  EXPECT_EQ(body, cli);
  const auto [s2, all] = server->post("/api/negotiate", R"({"at": "2022-03", "agents": ["conceder", "conceder"], "without_red_lines": true})");
  ASSERT_EQ(s2, 200) << all;
  EXPECT_TRUE(all["red_lines"]["dropped_all"].get<bool>());
  EXPECT_TRUE(all["red_lines"]["in_force"].empty());
  const auto [s3, unknown] = server->post("/api/negotiate", R"({"at": "2022-03", "agents": ["conceder", "conceder"], "drop_red_lines": ["Russia.moon"]})");
  EXPECT_EQ(s3, 400) << unknown;
  EXPECT_NE(unknown["error"].get<std::string>().find("no red line 'Russia.moon'"), std::string::npos) << unknown;
}

TEST(ServePair, TheFrontierIsThePairsNonDominatedOutcomes) {
  // Independent oracle: the laptop space is small, so the sample is every outcome; the
  // frontier must be exactly its non-dominated points.
  RunningServer server(laptop());
  const auto [status, body] = server.post("/api/pair", R"({"x": "seller", "y": "buyer"})");
  ASSERT_EQ(status, 200) << body;
  EXPECT_FALSE(body["sampled"].get<bool>());
  std::vector<std::pair<double, double>> points, frontier;
  for (const auto& p : body["sample"]) points.emplace_back(p[0], p[1]);
  for (const auto& p : body["frontier"]) frontier.emplace_back(p[0], p[1]);
  std::vector<std::pair<double, double>> expected;
  for (const auto& p : points) {
    bool dominated = false;
    for (const auto& q : points)
      dominated |= q.first >= p.first && q.second >= p.second && (q.first > p.first || q.second > p.second);
    if (!dominated && std::find(expected.begin(), expected.end(), p) == expected.end()) expected.push_back(p);
  }
  std::sort(expected.begin(), expected.end());
  std::sort(frontier.begin(), frontier.end());
  ASSERT_EQ(frontier.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(frontier[i].first, expected[i].first, 1e-12);
    EXPECT_NEAR(frontier[i].second, expected[i].second, 1e-12);
  }
  EXPECT_EQ(body["x"], "seller");
}

}  // namespace
}  // namespace parley::test
