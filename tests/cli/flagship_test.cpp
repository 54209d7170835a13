// The flagship scenario (scenarios/russia-ukraine): it loads, its evidence verifies from the
// CLI, tampering is caught, and in every snapshot the positions are the ones the source
// articles state — checked against the article files read independently of the reader.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/evidence/citation_check.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "support/temporary_copy.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

fs::path flagship() { return test::source_dir() / "scenarios/russia-ukraine"; }

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const Timeline& timeline() {
  static const Timeline loaded = io::read_timeline(flagship());
  return loaded;
}

// A copy of the flagship scenario that a test may tamper with.
class ScenarioCopy : public test::TemporaryCopy {
 public:
  ScenarioCopy() : TemporaryCopy(flagship()) {}
  std::string path() const { return "'" + folder().string() + "'"; }
};

TEST(FlagshipCli, ShippedScenarioVerifies) {
  const auto result = test::run_cli("evidence verify '" + flagship().string() + "'");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("verified"), std::string::npos) << result.out;
  const auto json = test::run_cli("evidence verify --json '" + flagship().string() + "'");
  ASSERT_EQ(json.exit_code, 0);
  const auto report = nlohmann::json::parse(json.out);
  EXPECT_TRUE(report["ok"].get<bool>());
  EXPECT_EQ(report["sources"].get<int>(), 5);
  EXPECT_GT(report["citations"].get<int>(), 100);
  EXPECT_TRUE(report["problems"].empty());
}

TEST(FlagshipCli, TamperedQuoteFailsWithItsLocation) {
  ScenarioCopy copy;
  copy.replace("snapshots/2025-08-karelia.yaml", "That's fine; we are ready to wait,", "That's fine; we are ready to talk,");
  const auto result = test::run_cli("evidence verify " + copy.path());
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_NE(result.out.find("2025-08-karelia.yaml:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("the quote is not in source 'meduza-2025-08-01'"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("ready to talk"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(": 1 problem in "), std::string::npos) << result.out;
}

TEST(FlagshipCli, EveryBrokenCitationIsListed) {
  ScenarioCopy copy;
  copy.replace("snapshots/2022-04-impasse.yaml", "so we are back to an impasse", "so we are back at an impasse");
  copy.replace("claims.yaml", "speaker: medinsky", "speaker: shoigu");
  copy.replace("sources/huffpost-2022-02-28.txt", "demilitarizing the country", "disarming the country");
  const auto result = test::run_cli("evidence verify --json " + copy.path());
  EXPECT_EQ(result.exit_code, 2);
  const auto report = nlohmann::json::parse(result.out);
  EXPECT_FALSE(report["ok"].get<bool>());
  std::size_t quotes = 0, speakers = 0;
  for (const auto& problem : report["problems"]) {
    const auto text = problem["problem"].get<std::string>();
    quotes += text.find("the quote is not in source") != std::string::npos;
    speakers += text.find("unknown speaker 'shoigu'") != std::string::npos;
  }
  // One tampered Putin quote, four citations of the edited HuffPost sentence (two positions and
  // Russia's two red lines of February 2022), one speaker.
  EXPECT_EQ(quotes, 1u + 4u);
  EXPECT_EQ(speakers, 1u);
}

TEST(FlagshipCli, UnreadableScenarioIsBadInput) {
  ScenarioCopy copy;
  copy.replace("snapshots/2022-03-antalya-istanbul.yaml", "option: recognised-russian", "option: recognized-russian");
  const auto result = test::run_cli("evidence verify " + copy.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("2022-03-antalya-istanbul.yaml:18:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("'recognized-russian' is not an option of issue 'crimea'"), std::string::npos) << result.err;
  const auto missing = test::run_cli("evidence verify /nonexistent/scenario");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("error: "), std::string::npos);
}

// --- per snapshot: the positions are the ones the articles state -------------------------

struct ExpectedPosition {
  std::string snapshot;
  std::string key;
  std::vector<std::string> options;  // empty for topic positions
  Stance stance;
  std::vector<std::string> words;    // one citation's quote holds all of them
};

void expect_position(const ExpectedPosition& expected) {
  SCOPED_TRACE(expected.snapshot + " " + expected.key);
  const auto* snapshot = timeline().find_snapshot_by_id(expected.snapshot);
  ASSERT_NE(snapshot, nullptr);
  const auto* position = snapshot->find_position(expected.key);
  ASSERT_NE(position, nullptr);
  EXPECT_EQ(position->options, expected.options);
  EXPECT_EQ(position->stance, expected.stance);
  bool found = false;
  for (const auto& citation : position->citations) {
    const auto* source = timeline().find_source(citation.source);
    ASSERT_NE(source, nullptr);
    // The article as it sits on disk, not the text the reader loaded.
    const auto article = read_file(flagship() / source->file);
    if (!evidence::quote_occurs(article, citation.quote)) continue;
    const auto quote = evidence::normalise_typography(citation.quote);
    const bool all = std::all_of(expected.words.begin(), expected.words.end(), [&](const std::string& word) {
      return quote.find(evidence::normalise_typography(word)) != std::string::npos;
    });
    if (!all) continue;
    if (expected.stance == Stance::stated && citation.form != CitationForm::narrated) {
      const auto* speaker = timeline().find_person(citation.speaker);
      ASSERT_NE(speaker, nullptr);
      if (speaker->party != position->actor) continue;  // a stated position is the actor's own words
    }
    found = true;
  }
  EXPECT_TRUE(found) << "no citation of the actor found in its source holds all of the expected words";
}

TEST(FlagshipPositions, FirstRoundInBelarus) {
  for (const auto& expected : std::vector<ExpectedPosition>{
           {"2022-02-first-round-belarus", "russia.crimea", {"recognised-russian"}, Stance::stated, {"Crimea"}},
           {"2022-02-first-round-belarus", "russia.armed_forces", {"demilitarised"}, Stance::stated, {"demilitarizing"}},
           {"2022-02-first-round-belarus", "russia.government", {"replaced"}, Stance::stated, {"denazification"}},
           {"2022-02-first-round-belarus", "ukraine.ceasefire", {"immediate"}, Stance::stated, {"immediate cease-fire"}},
           {"2022-02-first-round-belarus", "belarus.host", {}, Stance::stated, {"solutions to all the questions"}},
       })
    expect_position(expected);
}

TEST(FlagshipPositions, AntalyaAndIstanbul) {
  for (const auto& expected : std::vector<ExpectedPosition>{
           {"2022-03-antalya-istanbul", "russia.crimea", {"recognised-russian"}, Stance::stated, {"recognize Russian sovereignty over Crimea"}},
           {"2022-03-antalya-istanbul", "russia.donetsk_luhansk", {"independent-republics"}, Stance::stated, {"independence", "people's republics"}},
           {"2022-03-antalya-istanbul", "russia.nato", {"renounced-neutral"}, Stance::stated, {"status of neutrality in its constitution"}},
           {"2022-03-antalya-istanbul", "russia.government", {"recognised"}, Stance::stated, {"not seeking to \"overthrow\""}},
           {"2022-03-antalya-istanbul", "ukraine.nato", {"renounced-neutral", "deferred"}, Stance::stated, {"open to revising", "NATO"}},
           {"2022-03-antalya-istanbul", "ukraine.crimea", {"status-deferred"}, Stance::stated, {"compromise over the status"}},
           {"2022-03-antalya-istanbul", "turkey.ceasefire", {"on-signing", "immediate"}, Stance::stated, {"permanent cease-fire"}},
       })
    expect_position(expected);
}

TEST(FlagshipPositions, TheImpasse) {
  for (const auto& expected : std::vector<ExpectedPosition>{
           {"2022-04-impasse", "russia.ceasefire", {"until-goals-met"}, Stance::stated, {"will continue until its goals are met"}},
           {"2022-04-impasse", "russia.talks", {}, Stance::stated, {"Istanbul agreements", "impasse"}},
           {"2022-04-impasse", "ukraine.talks", {}, Stance::stated, {"taking place"}},
           {"2022-04-impasse", "belarus.alignment", {}, Stance::stated, {"blaming Britain and the United States"}},
       })
    expect_position(expected);
}

TEST(FlagshipPositions, SwitzerlandConferencePeriod) {
  for (const auto& expected : std::vector<ExpectedPosition>{
           {"2024-04-switzerland-conference", "belarus.peace-process", {}, Stance::stated, {"There can be no peace process"}},
           {"2024-04-switzerland-conference", "russia.peace-process", {}, Stance::stated, {"not based on realities"}},
           {"2024-04-switzerland-conference", "ukraine.peace-process", {}, Stance::inferred, {"more than a hundred states"}},
       })
    expect_position(expected);
  // No Ukrainian speaks in the 2024 source: every Ukrainian position must be marked inferred.
  for (const auto& position : timeline().find_snapshot_by_id("2024-04-switzerland-conference")->positions)
    if (position.actor == "ukraine") {
      EXPECT_EQ(position.stance, Stance::inferred) << position.key();
    }
}

TEST(FlagshipPositions, KareliaRussianDemands) {
  const std::string karelia = "2025-08-karelia";
  for (const auto& expected : std::vector<ExpectedPosition>{
           {karelia, "russia.donetsk_luhansk", {"annexed-by-russia"}, Stance::stated, {"complete withdrawal", "Donetsk, Luhansk"}},
           {karelia, "russia.kherson_zaporizhzhia", {"annexed-by-russia"}, Stance::stated, {"complete withdrawal", "Kherson, and Zaporizhzhia"}},
           {karelia, "russia.crimea", {"recognised-russian"}, Stance::stated, {"recognition of Russian sovereignty", "Crimea"}},
           {karelia, "russia.nato", {"renounced-neutral"}, Stance::stated, {"renunciation", "NATO"}},
           {karelia, "russia.sanctions", {"all-lifted"}, Stance::stated, {"lifting of Western sanctions"}},
           {karelia, "russia.government", {"mandate-questioned"}, Stance::stated, {"not based on the Ukrainian constitution"}},
           {karelia, "russia.children_prisoners", {"case-by-case"}, Stance::stated, {"legal guardians"}},
           {karelia, "ukraine.children_prisoners", {"full-return"}, Stance::stated, {"less than a fifth"}},
       })
    expect_position(expected);
}

TEST(FlagshipClaims, TheChildrenAreContestedSideBySide) {
  const ContestedClaim* children = nullptr;
  for (const auto& claim : timeline().claims)
    if (claim.id == "children-339") children = &claim;
  ASSERT_NE(children, nullptr);
  std::string russia, ukraine;
  for (const auto& side : children->sides)
    for (const auto& citation : side.citations)
      (side.actor == "russia" ? russia : side.actor == "ukraine" ? ukraine : russia) += citation.quote + " | ";
  EXPECT_NE(russia.find("thoroughly processed"), std::string::npos);
  EXPECT_NE(russia.find("50 people turned out to be adults"), std::string::npos);
  EXPECT_NE(ukraine.find("less than a fifth"), std::string::npos);
  EXPECT_NE(ukraine.find("only six"), std::string::npos);
  for (const char* id : {"talks-status-april-2022", "progress-march-2022"})
    EXPECT_TRUE(std::any_of(timeline().claims.begin(), timeline().claims.end(),
                            [&](const ContestedClaim& c) { return c.id == id; }))
        << id;
}

// The numbers of docs/FLAGSHIP.md ("What the numbers imply"), first computed by an
// independent Python enumeration of the YAML: a change to any judgement that moves them
// must update the document too.
TEST(FlagshipNumbers, RationalOutcomesPerSnapshotMatchTheDocumentedFigures) {
  const std::vector<std::pair<std::string, std::size_t>> documented = {
      {"2022-02-first-round-belarus", 30457}, {"2022-03-antalya-istanbul", 57806}, {"2022-04-impasse", 15303},
      {"2024-04-switzerland-conference", 1496}, {"2025-08-karelia", 28}};
  for (const auto& [id, expected] : documented) {
    const auto scenario = scenario_at(timeline(), id);
    const auto count = *scenario.space.cardinality().as_u64();
    ASSERT_EQ(count, 104976u);
    std::size_t rational = 0;
    for (std::uint64_t outcome = 0; outcome < count; ++outcome) {
      const auto utilities = utilities_of(scenario, scenario.space.from_id(outcome));
      bool all = true;
      for (std::size_t p = 0; p < utilities.size(); ++p)
        all = all && utilities[p] >= scenario.parties[p].reservation_value - 1e-9;  // the analysis tie tolerance
      rational += all;
    }
    EXPECT_EQ(rational, expected) << id;
  }
}

}  // namespace
}  // namespace parley
