// `parley negotiate` and `parley agents` end to end: output, JSON schema, traces, plots,
// determinism and exit codes.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_paths.hpp"

namespace parley::test {
namespace {

std::string market() { return fixture("negotiation/market.yaml").string(); }

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path temp_file(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("parley_negotiate_test_" + name);
  std::filesystem::remove(path);
  return path;
}

TEST(NegotiateCli, PrintsTheResultAsJson) {
  const auto run = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents conceder,boulware --rounds 50 --json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["end_reason"], "agreement");
  ASSERT_TRUE(json["agreement"].is_object());
  EXPECT_EQ(json["agreement"].size(), 3u);
  EXPECT_TRUE(json["agreement"].contains("price"));
  EXPECT_TRUE(json["utilities"].contains("buyer"));
  EXPECT_TRUE(json["utilities"].contains("broker"));
  EXPECT_LE(json["rounds"].get<int>(), 50);
  EXPECT_EQ(json["protocol"], "sao");
  EXPECT_TRUE(json["pareto_distance"].is_number());
  EXPECT_TRUE(json["nash_distance"].is_number());
  ASSERT_EQ(json["negotiators"].size(), 2u);  // in turn order
  EXPECT_EQ(json["negotiators"][0]["party"], "buyer");
  EXPECT_EQ(json["negotiators"][0]["agent"], "conceder");
  EXPECT_EQ(json["negotiators"][1]["utility"], json["utilities"]["seller"]);
  EXPECT_GE(json["utilities"]["buyer"].get<double>(), 0.3);  // rational for both
}

TEST(NegotiateCli, NoAgreementIsNullWithAReason) {
  const auto run = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents hardliner,hardliner --rounds 20 --json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_TRUE(json["agreement"].is_null());
  EXPECT_EQ(json["end_reason"], "deadline");
  EXPECT_EQ(json["rounds"], 20);
  EXPECT_DOUBLE_EQ(json["utilities"]["buyer"].get<double>(), 0.3);
  EXPECT_DOUBLE_EQ(json["discounted_utilities"]["buyer"].get<double>(), 0.3 * 0.9);  // d^1 at the deadline
}

TEST(NegotiateCli, HumanOutputNamesAgreementUtilitiesAndDistances) {
  const auto run = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents linear,linear --rounds 30");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("agreement in round"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("distance to Pareto frontier"), std::string::npos);
  EXPECT_NE(run.out.find("buyer"), std::string::npos);
  EXPECT_NE(run.out.find("broker  -"), std::string::npos) << "the broker is listed but does not negotiate:\n" << run.out;
}

TEST(NegotiateCli, TraceIsJsonLinesAndByteIdenticalForTheSameSeed) {
  const auto first = temp_file("a.jsonl"), second = temp_file("b.jsonl");
  const std::string base = "negotiate '" + market() + "' --parties buyer,seller --agents random,agentk-target --rounds 40 --seed 7";
  ASSERT_EQ(run_cli(base + " --trace '" + first.string() + "'").exit_code, 0);
  ASSERT_EQ(run_cli(base + " --trace '" + second.string() + "'").exit_code, 0);
  const auto text = read_text(first);
  EXPECT_EQ(text, read_text(second));
  std::istringstream lines(text);
  std::string line;
  std::size_t count = 0;
  nlohmann::json last;
  while (std::getline(lines, line)) {
    last = nlohmann::json::parse(line);
    EXPECT_TRUE(last.contains("round"));
    EXPECT_TRUE(last.contains("action"));
    ++count;
  }
  EXPECT_GT(count, 2u);
  EXPECT_EQ(last["action"], "end");
  // refuses to overwrite without --force
  const auto again = run_cli(base + " --trace '" + first.string() + "'");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--force"), std::string::npos);
  EXPECT_EQ(run_cli(base + " --trace '" + first.string() + "' --force").exit_code, 0);
}

TEST(NegotiateCli, JsonTimelineIsTheTraceLineByLine) {
  // --json's "timeline" lists every action; each entry equals the --trace line of the same run,
  // and the offers in it are as many as the result's "offers".
  const auto trace = temp_file("timeline.jsonl");
  const std::string base = "negotiate '" + market() + "' --parties buyer,seller --agents random,agentk-target --rounds 40 --seed 7";
  const auto run = run_cli(base + " --json --trace '" + trace.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  ASSERT_TRUE(json["timeline"].is_array());
  std::istringstream lines(read_text(trace));
  std::string line;
  std::size_t k = 0, offers = 0;
  while (std::getline(lines, line)) {
    ASSERT_LT(k, json["timeline"].size());
    EXPECT_EQ(json["timeline"][k], nlohmann::json::parse(line)) << k;
    offers += json["timeline"][k]["action"] == "offer";
    ++k;
  }
  EXPECT_EQ(k, json["timeline"].size());
  EXPECT_EQ(offers, json["offers"].get<std::size_t>());
  EXPECT_EQ(json["timeline"].back()["action"], "end");
  EXPECT_EQ(json["timeline"].back()["reason"], json["end_reason"]);
}

TEST(NegotiateCli, PlotIsAnSvgWithTheFrontierAndOffers) {
  const auto plot = temp_file("plot.svg");
  const auto run = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents boulware,conceder --plot '" +
                           plot.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto svg = read_text(plot);
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("Pareto frontier"), std::string::npos);
  EXPECT_NE(svg.find("offers by buyer"), std::string::npos);
  EXPECT_NE(svg.find("offers by seller"), std::string::npos);
  EXPECT_NE(svg.find("Nash point"), std::string::npos);
  EXPECT_NE(svg.find("<polyline"), std::string::npos);
}

// The run says where the plot went: on standard output, or on standard error under --json.
TEST(NegotiateCli, PlotSaysWhereItWrote) {
  const auto plot = temp_file("plot-note.svg");
  const auto base = "negotiate '" + market() + "' --parties buyer,seller --agents boulware,conceder --plot '" + plot.string() + "'";
  const auto text = run_cli(base);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("plot written to " + plot.string() + " (buyer and seller)"), std::string::npos) << text.out;
  const auto json = run_cli(base + " --force --json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.err.find("plot written to " + plot.string()), std::string::npos) << json.err;
  EXPECT_NO_THROW((void)nlohmann::json::parse(json.out));
}

TEST(NegotiateCli, MultilateralAndMediatedProtocols) {
  const auto saop = run_cli("negotiate '" + market() + "' --agents conceder,conceder,conceder --json");
  ASSERT_EQ(saop.exit_code, 0) << saop.err;
  EXPECT_EQ(nlohmann::json::parse(saop.out)["protocol"], "saop");
  const auto mediated = run_cli("negotiate '" + market() +
                                "' --protocol mediated --mediator veto:party=broker --agents linear,linear --rounds 200 --json");
  ASSERT_EQ(mediated.exit_code, 0) << mediated.err;
  const auto json = nlohmann::json::parse(mediated.out);
  EXPECT_EQ(json["protocol"], "mediated");
  EXPECT_EQ(json["mediator"], "veto:party=broker");
  EXPECT_EQ(json["negotiators"].size(), 2u);
}

TEST(NegotiateCli, PlotOfANeutralMediatorsProposals) {
  const auto plot = std::filesystem::temp_directory_path() / "parley-mediated-plot.svg";
  std::filesystem::remove(plot);
  const auto laptop = (parley::test::source_dir() / "scenarios/examples/laptop.yaml").string();
  const auto run = run_cli("negotiate '" + laptop + "' --protocol mediated --agents boulware,conceder --plot '" +
                           plot.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::ifstream file(plot);
  const std::string svg((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_NE(svg.find("mediator&apos;s proposals"), std::string::npos);
  std::filesystem::remove(plot);
}

TEST(NegotiateCli, BadInputExitsTwoWithAClearMessage) {
  const auto unknown = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents conceder,bolware");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown agent 'bolware'"), std::string::npos) << unknown.err;
  const auto parameter = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents timedep:x=1,linear");
  EXPECT_EQ(parameter.exit_code, 2);
  EXPECT_NE(parameter.err.find("unknown parameter 'x'"), std::string::npos) << parameter.err;
  const auto count = run_cli("negotiate '" + market() + "' --agents conceder,conceder");
  EXPECT_EQ(count.exit_code, 2);
  EXPECT_NE(count.err.find("2 agent(s) given for 3 negotiating parties"), std::string::npos) << count.err;
  const auto sao = run_cli("negotiate '" + market() + "' --protocol sao --agents linear,linear,linear");
  EXPECT_EQ(sao.exit_code, 2);
  const auto pair = run_cli("negotiate '" + market() + "' --parties buyer,seller --agents linear,linear --pair buyer,nobody --plot /tmp/x.svg");
  EXPECT_EQ(pair.exit_code, 2);
  EXPECT_NE(pair.err.find("no party named 'nobody'"), std::string::npos) << pair.err;
  const auto missing = run_cli("negotiate /nonexistent.yaml --agents linear,linear");
  EXPECT_EQ(missing.exit_code, 2);
  const auto protocol = run_cli("negotiate '" + market() + "' --protocol auction --agents linear,linear,linear");
  EXPECT_EQ(protocol.exit_code, 2);
}

// On the flagship every snapshot's red lines exclude every option of some issue (docs/FLAGSHIP.md),
// so `negotiate --at` cannot start a session: it says why, names the red lines in force and how
// to negotiate the snapshot as if some were conceded. Those options run the session over what is
// left, and the agreement breaks none of the red lines still in force.
std::string flagship() { return (source_dir() / "scenarios/russia-ukraine").string(); }

TEST(NegotiateCli, FlagshipSnapshotWhoseRedLinesLeaveNothingToSignSaysWhyAndHowToProceed) {
  const auto run = run_cli("negotiate '" + flagship() + "' --at 2022-03 --agents conceder,conceder");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("note: --at 2022-03 means"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("red lines exclude every option of crimea"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("Red lines in force: Russia.crimea"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--drop-red-line PARTY.ISSUE"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--without-red-lines"), std::string::npos) << run.err;
}

TEST(NegotiateCli, FlagshipSnapshotNegotiatedAsIfTwoRedLinesWereConceded) {
  // Russia drops its Crimea red line, Ukraine its Donetsk-Luhansk one: the pair the red-line sweep
  // names as reopening the March 2022 ZOPA. Ukraine's Crimea and Russia's Donetsk-Luhansk red lines hold.
  const auto run = run_cli("negotiate '" + flagship() + "' --at 2022-03-antalya-istanbul --agents conceder,conceder "
                           "--drop-red-line Russia.crimea --drop-red-line Ukraine.donetsk_luhansk --json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  ASSERT_TRUE(json["agreement"].is_object()) << run.out;
  EXPECT_NE(json["agreement"]["crimea"], "recognised-russian");  // Ukraine's red line
  for (const char* rejected : {"status-deferred", "returned-to-ukraine"})  // Russia's red line
    EXPECT_NE(json["agreement"]["donetsk_luhansk"], rejected);
  EXPECT_EQ(json["red_lines"]["dropped"], (nlohmann::json{"Russia.crimea", "Ukraine.donetsk_luhansk"}));
  const auto& in_force = json["red_lines"]["in_force"];
  EXPECT_NE(std::find(in_force.begin(), in_force.end(), "Ukraine.crimea"), in_force.end()) << in_force;
  EXPECT_EQ(std::find(in_force.begin(), in_force.end(), "Russia.crimea"), in_force.end()) << in_force;
  // The text output says which red lines were dropped.
  const auto text = run_cli("negotiate '" + flagship() + "' --at 2022-03 --agents conceder,conceder --without-red-lines");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("red lines: all dropped (the additive model alone)"), std::string::npos) << text.out;
  // A key that names no red line is refused with the list of those in force.
  const auto unknown = run_cli("negotiate '" + flagship() + "' --at 2022-03 --agents conceder,conceder --drop-red-line Russia.moon");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no red line 'Russia.moon' (red lines in force: Russia.crimea"), std::string::npos) << unknown.err;
}

// The same concessions as a what-if (--shock, the grammar of analyze and of serve's What-if):
// the session is the one --drop-red-line runs, and its scenario says it was shocked.
TEST(NegotiateCli, ShocksNegotiateAWhatIf) {
  const std::string base = "negotiate '" + flagship() + "' --at 2022-03-antalya-istanbul --agents conceder,conceder --json ";
  const auto dropped = run_cli(base + "--drop-red-line Russia.crimea --drop-red-line Ukraine.donetsk_luhansk");
  const auto shocked = run_cli(base + "--shock Russia.red-line.crimea=off --shock Ukraine.red-line.donetsk_luhansk=off");
  ASSERT_EQ(dropped.exit_code, 0) << dropped.err;
  ASSERT_EQ(shocked.exit_code, 0) << shocked.err;
  const auto a = nlohmann::json::parse(dropped.out), b = nlohmann::json::parse(shocked.out);
  EXPECT_EQ(a["agreement"], b["agreement"]);
  EXPECT_EQ(b["shocks"], (nlohmann::json{"Russia.red-line.crimea=off", "Ukraine.red-line.donetsk_luhansk=off"}));
  EXPECT_NE(b["scenario"].get<std::string>().find("[shocked: Russia.red-line.crimea=off"), std::string::npos) << b["scenario"];
  const auto bad = run_cli(base + "--shock Russia.reservation=2");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("must stay in [0, 1]"), std::string::npos) << bad.err;
}

TEST(AgentsCli, ListsEveryAgentWithParameters) {
  const auto run = run_cli("agents");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const auto* name : {"hardliner", "boulware", "conceder", "tft", "hardheaded", "agentk", "stated", "combi", "frequency",
                           "bayesian", "veto"})
    EXPECT_NE(run.out.find(name), std::string::npos) << name;
  const auto json = nlohmann::json::parse(run_cli("agents --kind acceptance --json").out);
  ASSERT_GE(json.size(), 4u);
  for (const auto& entry : json) EXPECT_EQ(entry["kind"], "acceptance");
  EXPECT_EQ(run_cli("agents --kind robots").exit_code, 2);
}

}  // namespace
}  // namespace parley::test
