// parley::evidence::holdout_evaluation — does `suggest` reproduce a scenario's hand-made
// positions from their own sources?
//
// Data flow: Timeline ──for each source S: drop every position citing S, extract S with
// scenario_vocabulary(), suggest_snapshot()──▶ suggested positions and citations ──compare
// with the dropped (hand-made) positions──▶ HoldoutReport: per source and overall,
// precision and recall of
//   * (actor, issue, option) triples: a suggested position counts only when an option was
//     found (a position listing every option says nothing about the option);
//   * (actor, issue) pairs: whether the right parties and issues are proposed at all;
//   * citations: a suggested citation matches a hand-made one of the same actor and issue
//     when their quotes share a sentence of S (ICU sentences of the typography-normalised
//     text; one-to-one, in order).
// Gold triples use every option a hand-made position lists; `stated` restricts the gold to
// positions whose stance is stated (an inferred one reads between the lines, which a
// suggestion from the words alone is not meant to do). Positions on a topic (no issue)
// are not counted. The scenario's descriptions and `lexicon:` were written with the sources
// at hand, so this measures agreement with the author, not accuracy on unseen text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parley/evidence/scenario_vocabulary.hpp"
#include "parley/model/timeline.hpp"

namespace parley::evidence {

struct Agreement {
  std::size_t suggested = 0;
  std::size_t hand_made = 0;
  std::size_t matched = 0;
  double precision() const { return suggested ? static_cast<double>(matched) / static_cast<double>(suggested) : 0.0; }
  double recall() const { return hand_made ? static_cast<double>(matched) / static_cast<double>(hand_made) : 0.0; }
  Agreement& operator+=(const Agreement& other);
};

struct HoldoutRow {
  std::string source;   // source id; "overall" for the sum
  Agreement triples;    // (actor, issue, option)
  Agreement stated;     // the same, against the hand-made positions marked `stated` only
  Agreement pairs;      // (actor, issue)
  Agreement citations;  // same actor, issue and sentence
};

struct HoldoutReport {
  std::vector<HoldoutRow> sources;  // in the scenario's source order
  HoldoutRow overall;
};

// `lexicon`: the scenario's `lexicon:` (load_issue_lexicon_or_empty of its scenario.yaml).
HoldoutReport holdout_evaluation(const Timeline& timeline, const IssueLexicon& lexicon);

}  // namespace parley::evidence
