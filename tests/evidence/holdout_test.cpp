// The held-out evaluation on the flagship: gold counts checked against an independent count
// of the scenario's positions, and a floor under today's agreement so a regression shows.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "evidence/evidence_test_support.hpp"
#include "parley/evidence/holdout.hpp"
#include "parley/io/yaml_timeline.hpp"

namespace parley::evidence::test {
namespace {

std::filesystem::path flagship() { return parley::test::source_dir() / "scenarios" / "russia-ukraine"; }

TEST(EvidenceHoldout, FlagshipGoldIsEveryPositionCitingTheSource) {
  const auto timeline = io::read_timeline(flagship());
  const auto report = holdout_evaluation(timeline, load_issue_lexicon_or_empty(flagship() / "scenario.yaml"));
  ASSERT_EQ(report.sources.size(), timeline.sources.size());
  std::size_t triples = 0;
  for (std::size_t s = 0; s < timeline.sources.size(); ++s) {
    std::set<std::tuple<std::string, std::string, std::string>> gold;
    for (const auto& snapshot : timeline.snapshots) {
      for (const auto& p : snapshot.positions) {
        bool cites = false;
        for (const auto& c : p.citations) cites = cites || c.source == timeline.sources[s].id;
        if (!cites || p.issue.empty()) continue;
        for (const auto& o : p.options) gold.insert({p.actor, p.issue, o});
      }
    }
    const auto& row = report.sources[s];
    EXPECT_EQ(row.source, timeline.sources[s].id);
    EXPECT_EQ(row.triples.hand_made, gold.size()) << row.source;
    EXPECT_LE(row.triples.matched, std::min(row.triples.suggested, row.triples.hand_made));
    EXPECT_LE(row.citations.matched, std::min(row.citations.suggested, row.citations.hand_made));
    triples += gold.size();
  }
  EXPECT_EQ(report.overall.triples.hand_made, triples);
  // today's figures (docs/cli/evidence_suggest.md): 22 of 46 triples (20 of 28 stated), 27 of 39 pairs, 22 of 57 citations
  EXPECT_GE(report.overall.triples.matched, 22u);
  EXPECT_GE(report.overall.pairs.matched, 27u);
  EXPECT_GE(report.overall.citations.matched, 22u);
  EXPECT_GE(report.overall.stated.matched, 20u);
  EXPECT_GE(report.overall.triples.precision(), 0.5);
}

}  // namespace
}  // namespace parley::evidence::test
