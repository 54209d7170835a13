// `parley evidence extract` and `parley evidence eval` end to end: the JSON contracts, the
// human output, and bad input (exit 2 with a message naming the file).
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_paths.hpp"

namespace parley {
namespace {

using nlohmann::json;

std::string fixture(const std::string& name) { return "'" + test::fixture("evidence/" + name).string() + "'"; }

// The text output's cue column shows "-" for a statement without a cue, which docs/cli/
// evidence.md says only a narration is: on the flagship sources every attributed statement
// has its cue and every narration prints "-".
TEST(EvidenceCli, OnlyNarrationsHaveNoCue) {
  const auto flagship = test::source_dir() / "scenarios/russia-ukraine";
  std::string files;
  for (const auto& entry : std::filesystem::directory_iterator(flagship / "sources")) {
    if (entry.path().extension() == ".txt") files += " '" + entry.path().string() + "'";
  }
  const std::string args = "evidence extract" + files + " --scenario '" + flagship.string() + "'";
  const auto as_json = test::run_cli(args + " --json");
  ASSERT_EQ(as_json.exit_code, 0) << as_json.err;
  std::size_t narrations = 0;
  for (const json& article : json::parse(as_json.out)) {
    for (const json& s : article["statements"]) {
      if (s["form"] == "narrated") {
        ++narrations;
        EXPECT_TRUE(s["cue"].is_null());
      } else {
        EXPECT_FALSE(s["cue"].is_null()) << s["pattern"] << ": " << s["content"].dump();
      }
    }
  }
  ASSERT_GT(narrations, 0u);
  const auto as_text = test::run_cli(args);
  ASSERT_EQ(as_text.exit_code, 0) << as_text.err;
  std::size_t dashes = 0;
  for (std::size_t at = as_text.out.find("  -  [narrated]"); at != std::string::npos;
       at = as_text.out.find("  -  [narrated]", at + 1)) {
    ++dashes;
  }
  EXPECT_EQ(dashes, narrations);
}

TEST(EvidenceCli, ExtractJsonOnTheGoldArticle) {
  const auto result = test::run_cli("evidence extract " + fixture("gold/text/a.txt") + " --people " +
                                    fixture("people.yaml") + " --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  ASSERT_EQ(out.size(), 1u);
  const json& statements = out[0]["statements"];
  ASSERT_EQ(statements.size(), 3u);  // the second, "Putin believes that ...", is an internal state
  // “We are ready,” Putin said.  — code points [0, 15), bytes [0, 19)
  const json& first = statements[0];
  EXPECT_EQ(first["content"][0]["begin"], 0);
  EXPECT_EQ(first["content"][0]["end"], 15);
  EXPECT_EQ(first["content"][0]["byte_end"], 19);
  EXPECT_EQ(first["source"]["text"], "Putin");
  EXPECT_EQ(first["cue"]["text"], "said");
  EXPECT_EQ(first["speaker"], "Vladimir Putin");
  EXPECT_EQ(first["party"], "Russia");
  EXPECT_EQ(first["kind"], "direct");
  EXPECT_EQ(first["pattern"], "quote_source_cue");
  EXPECT_EQ(first["inherited"], false);
  EXPECT_TRUE(first["issues"].is_array());
  // The talks, Podolyak said, are extremely difficult.
  EXPECT_EQ(statements[1]["cue"]["text"], "believes");
  EXPECT_EQ(statements[1]["form"], "reported");
  EXPECT_EQ(statements[2]["content"].size(), 2u);
  EXPECT_EQ(statements[2]["speaker"], "Mykhailo Podolyak");
  EXPECT_EQ(statements[2]["party"], "Ukraine");
  EXPECT_TRUE(out[0]["date"].is_null());
  EXPECT_EQ(out[0]["sentences"], 3);
}

TEST(EvidenceCli, FlagshipScenarioPeopleGiveParties) {
  const auto folder = test::source_dir() / "scenarios/russia-ukraine";
  if (!std::filesystem::exists(folder / "sources/washington-post-2022-04-12.txt")) GTEST_SKIP() << "no flagship";
  const auto result = test::run_cli("evidence extract '" + (folder / "sources/washington-post-2022-04-12.txt").string() +
                                    "' --scenario '" + folder.string() + "' --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json statements = json::parse(result.out)[0]["statements"];
  bool podolyak = false;
  bool putin = false;
  for (const auto& s : statements) {
    std::string content;
    for (const auto& span : s["content"]) content += span["text"].get<std::string>() + " ";
    if (content.find("negotiations are extremely difficult") != std::string::npos) {
      podolyak = true;
      EXPECT_EQ(s["speaker"], "Mykhailo Podolyak");
      EXPECT_EQ(s["party"], "ukraine");
    }
    if (content.find("we had no choice") != std::string::npos) {
      putin = true;
      EXPECT_EQ(s["speaker"], "Vladimir Putin");
      EXPECT_EQ(s["party"], "russia");
    }
  }
  EXPECT_TRUE(podolyak && putin) << result.out;
}

TEST(EvidenceCli, ExtractHumanOutputListsSpeakersAndCues) {
  const auto result = test::run_cli("evidence extract " + fixture("gold/text/b.txt"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Zelenskyy"), std::string::npos);
  EXPECT_NE(result.out.find("said"), std::string::npos);
  EXPECT_NE(result.out.find("the war must end now"), std::string::npos);
}

TEST(EvidenceCli, ScenarioLexiconTagsIssues) {
  const auto result = test::run_cli("evidence extract " + fixture("gold/text/b.txt") + " --lexicon " +
                                    fixture("lexicon.yaml") + " --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(json::parse(result.out)[0]["statements"][0]["issues"], json::array());
}

TEST(EvidenceCli, EvalJsonMatchesTheHandCountedScores) {
  const auto result = test::run_cli("evidence eval --gold " + fixture("gold") + " --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  EXPECT_EQ(out["documents"], 2);
  // counted by hand (tests/evidence/evaluation_test.cpp, HandAnnotatedGoldFolder): 4 gold,
  // 4 predictions, 3 exact contents (b.txt's runs past the gold's end), all sources exact
  EXPECT_EQ(out["spans"]["content"]["exact"]["matched"], 3);
  EXPECT_EQ(out["spans"]["content"]["exact"]["gold"], 4);
  EXPECT_EQ(out["spans"]["content"]["overlap"]["matched"], 4);
  EXPECT_DOUBLE_EQ(out["spans"]["content"]["overlap"]["precision"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(out["spans"]["source"]["exact"]["recall"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(out["spans"]["content"]["exact"]["f1"].get<double>(), 0.75);
  EXPECT_DOUBLE_EQ(out["relations"]["f1"].get<double>(), 1.0);
}

TEST(EvidenceCli, EvalHumanTable) {
  const auto result = test::run_cli("evidence eval --gold " + fixture("gold"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("content   exact"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("relation"), std::string::npos);
}

TEST(EvidenceCli, BadInputExitsTwoWithAClearMessage) {
  const auto missing = test::run_cli("evidence extract /nonexistent/article.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("error: /nonexistent/article.txt"), std::string::npos) << missing.err;
  EXPECT_NE(missing.err.find("file does not exist"), std::string::npos) << missing.err;

  const auto invalid = test::run_cli("evidence extract " + fixture("invalid_utf8.txt"));
  EXPECT_EQ(invalid.exit_code, 2);
  EXPECT_NE(invalid.err.find("invalid UTF-8"), std::string::npos) << invalid.err;
  EXPECT_NE(invalid.err.find("invalid_utf8.txt:1"), std::string::npos) << invalid.err;

  const auto people = test::run_cli("evidence extract " + fixture("gold/text/b.txt") + " --people " +
                                    fixture("bad_people.yaml"));
  EXPECT_EQ(people.exit_code, 2);
  EXPECT_NE(people.err.find("people[1].name"), std::string::npos) << people.err;

  const auto gold = test::run_cli("evidence eval --gold /nonexistent/gold");
  EXPECT_EQ(gold.exit_code, 2);
  EXPECT_NE(gold.err.find("no such folder"), std::string::npos) << gold.err;

  EXPECT_EQ(test::run_cli("evidence").exit_code, 2);          // a subcommand is required
  EXPECT_EQ(test::run_cli("evidence extract").exit_code, 2);  // FILE is required
}

}  // namespace
}  // namespace parley
