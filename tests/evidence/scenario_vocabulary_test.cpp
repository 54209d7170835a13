// Scenario-aware extraction: the flagship's issues, options, people, actors and source dates
// (scenarios/russia-ukraine, shipped with the repository) reach the statements.
#include <gtest/gtest.h>

#include <algorithm>

#include "evidence/evidence_test_support.hpp"
#include "parley/evidence/scenario_vocabulary.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence::test {
namespace {

std::filesystem::path flagship() { return parley::test::source_dir() / "scenarios" / "russia-ukraine"; }

const IssueKeywords& issue_entry(const ExtractorOptions& o, const std::string& issue) {
  const auto found = std::find_if(o.lexicon.issues.begin(), o.lexicon.issues.end(),
                                  [&](const IssueKeywords& k) { return k.issue == issue; });
  if (found == o.lexicon.issues.end()) throw std::runtime_error("no issue " + issue);
  return *found;
}

bool has(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

TEST(EvidenceScenarioVocabulary, IssuesAreTheScenarioIdsWithOptionWords) {
  const auto options = load_scenario_vocabulary(flagship());
  const auto timeline = io::read_timeline(flagship());
  ASSERT_EQ(options.lexicon.issues.size(), timeline.space.issue_count());
  for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
    EXPECT_EQ(options.lexicon.issues[i].issue, timeline.space.issue(i).name());
    EXPECT_EQ(options.lexicon.issues[i].options.size(), timeline.space.issue(i).labels().size());
  }
  const auto& donbas = issue_entry(options, "donetsk_luhansk");
  EXPECT_TRUE(has(donbas.keywords, "donetsk"));  // from the id
  EXPECT_TRUE(has(donbas.keywords, "donbas"));   // from the scenario's lexicon
  const auto& crimea = issue_entry(options, "crimea");
  // the label "recognised-russian" gives "recogni" (its stem) and the lexicon "sovereign"
  const auto& recognised = crimea.options[0];
  EXPECT_EQ(recognised.option, "recognised-russian");
  EXPECT_TRUE(has(recognised.keywords, "recogni"));
  EXPECT_TRUE(has(recognised.keywords, "sovereign"));
  // names never tell an option apart: "Russia", "Kremlin", "Zelensky" are speakers
  for (const auto& o : crimea.options) {
    EXPECT_FALSE(has(o.keywords, "russia")) << o.option;
    EXPECT_FALSE(has(o.keywords, "kremlin")) << o.option;
  }
  // people and actors, with ids; actors are their own party
  const auto kremlin = options.directory.find("the Kremlin");
  ASSERT_TRUE(kremlin);
  EXPECT_EQ(options.directory.entries[*kremlin].id, "kremlin");
  const auto moscow = options.directory.find("Moscow");
  ASSERT_TRUE(moscow);
  EXPECT_EQ(options.directory.entries[*moscow].id, "russia");
  EXPECT_FALSE(options.directory.entries[*moscow].person);
  EXPECT_EQ(options.sources.size(), timeline.sources.size());
}

TEST(EvidenceScenarioVocabulary, UnknownLexiconIssueIsAnError) {
  const auto timeline = io::read_timeline(flagship());
  IssueLexicon extra{{{"donbass", {"donbass"}, {}}}};
  try {
    (void)scenario_vocabulary(timeline, extra);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("unknown issue 'donbass'"), std::string::npos) << e.what();
  }
  IssueLexicon bad_option{{{"crimea", {}, {{"recognized", {"x"}}}}}};
  EXPECT_THROW((void)scenario_vocabulary(timeline, bad_option), InputError);
}

TEST(EvidenceScenarioVocabulary, StatementsCarryScenarioIdsOptionsFormsAndDates) {
  const AttributionExtractor extractor(load_scenario_vocabulary(flagship()));
  const auto a = extractor.extract_file(flagship() / "sources" / "huffpost-2022-02-28.txt");
  EXPECT_EQ(a.source_id, "huffpost-2022-02-28");
  EXPECT_EQ(a.date.value_or(""), "2022-02-28");  // the text states no full date; the scenario does
  EXPECT_EQ(a.date_from, "scenario");

  const Statement* kremlin = statement_with(a, "Russia is sticking firm to two demands");
  ASSERT_NE(kremlin, nullptr);
  EXPECT_EQ(kremlin->speaker_id, "kremlin");
  EXPECT_EQ(kremlin->party, "russia");
  EXPECT_EQ(kremlin->form, CitationForm::reported);
  EXPECT_TRUE(has(kremlin->issues, "crimea"));
  EXPECT_TRUE(has(kremlin->issues, "armed_forces"));
  const auto option_for = [](const Statement& s, const std::string& issue) -> std::string {
    for (const auto& o : s.options) {
      if (o.issue == issue) return o.option;
    }
    return "";
  };
  EXPECT_EQ(option_for(*kremlin, "crimea"), "recognised-russian");
  EXPECT_EQ(option_for(*kremlin, "armed_forces"), "demilitarised");

  const Statement* ceasefire = statement_with(a, "Ukraine wants an immediate cease-fire");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_EQ(ceasefire->speaker_id, "zelensky_office");  // "Zelenskyy’s office", an alias
  EXPECT_EQ(option_for(*ceasefire, "ceasefire"), "immediate");

  const Statement* podolyak = statement_with(a, "the Russian side is still extremely biased");
  ASSERT_NE(podolyak, nullptr);
  EXPECT_EQ(podolyak->form, CitationForm::said);
  EXPECT_EQ(podolyak->speaker_id, "podolyak");

  // the outlet's own sentence about an actor and an issue
  const Statement* narration = statement_with(a, "have hit Russia with unprecedented sanctions");
  ASSERT_NE(narration, nullptr);
  EXPECT_EQ(narration->form, CitationForm::narrated);
  EXPECT_EQ(narration->about, "united_states");
  EXPECT_FALSE(narration->source.has_value());
  EXPECT_TRUE(narration->speaker.empty());
}

// Without a scenario nothing changes: no narration, the default lexicon, dates from the text.
TEST(EvidenceScenarioVocabulary, PlainExtractionHasNoNarration) {
  const AttributionExtractor extractor;
  const auto a = extractor.extract_file(flagship() / "sources" / "huffpost-2022-02-28.txt");
  EXPECT_TRUE(a.source_id.empty());
  for (const auto& s : a.statements) EXPECT_NE(s.form, CitationForm::narrated) << content_text(a, s);
}

}  // namespace
}  // namespace parley::evidence::test
