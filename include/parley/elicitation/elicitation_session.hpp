// parley::elicitation::ElicitationSession — building a party's additive utility from a
// person's comparisons of packages, one well-chosen question at a time (docs/elicitation.md,
// "Eliciting from a person").
//
// Data flow: OutcomeSpace ──next_question()──▶ a pair of packages ──the person──▶ answer()
// ──▶ the feasible polytope of part-worths shrinks ──▶ estimate(), weight_ranges(), and the
// next question. The CLI (`parley elicit`) and its tests drive it through run_dialogue().
//
// The polytope G: part-worths x[i][k] in [0, 1], caps x[i][k] <= m[i], sum m[i] = 1 (the LP
// model of learn_utility.hpp); an answer "a over b" adds u(a) − u(b) >= δ, "a and b are about
// the same" adds |u(a) − u(b)| <= δ, with δ = min(min_margin, half the largest margin the
// answers allow) so that G is never empty (inconsistent answers are set aside as
// learn_utility does, and reported).
//  * The estimate is the centroid of G (the mean part-worths of a uniform point of G), estimated
//    by hit-and-run (Smith 1984: 1,000 burn-in and 20,000 recorded steps, random directions
//    from the seed, started at the LP point deepest inside G). It is symmetric in what the
//    answers do not say (no answers: every value alike, up to sampling noise), where an LP
//    vertex would favour the first-listed values; being a mean of points of G it satisfies
//    every kept answer. Without an interior (answers that leave no room) the LP estimate of
//    learn_utility is used.
//  * Weight ranges: given the best and worst value of each issue under the estimate, the
//    smallest and largest weight x[i][best] over G with x[i][worst] = 0 and sum of the best
//    part-worths 1 (two LPs per issue). A range still wide means the answers do not yet pin
//    that weight; "given the best and worst value" is said wherever the ranges are shown.
//  * Next question: candidate pairs of packages that differ in one issue (which value is
//    better) or in two (a trade-off), built on the estimate's best package; each candidate's
//    range [lo, hi] of u(a) − u(b) over G is computed by two LPs and the candidate with the
//    largest min(hi, −lo) is asked — the pair on which the utilities still allowed disagree
//    most evenly: either answer cuts G at least that deep. Ties go to the earlier candidate.
//    When there are more candidates than `candidate_pairs`, single-issue pairs are all kept
//    and trade-offs are sampled with the seed. No candidate with min(hi, −lo) > settled
//    (1e-6) means the answers decide every candidate: next_question() returns nullopt.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::elicitation {

struct ElicitationOptions {
  double min_margin = 0.01;           // "a over b" means by at least this (utility scale of G)
  std::size_t candidate_pairs = 400;  // candidates scored per question
  std::uint64_t seed = 1;
};

enum class Answer { first, second, same };

struct Question {
  Outcome first, second;
  double low = 0, high = 0;  // range of u(first) − u(second) over the polytope when asked
};

struct WeightRange {
  double low = 0, high = 1;
  bool known = false;  // false when the oriented polytope is empty (answers contradict the orientation)
};

class ElicitationSession {
 public:
  ElicitationSession(const OutcomeSpace& space, const ElicitationOptions& options = {});
  ~ElicitationSession();
  ElicitationSession(ElicitationSession&&) noexcept;

  std::optional<Question> next_question();
  void answer(const Question& question, Answer answer);

  const AdditiveUtility& estimate() const;
  const std::vector<WeightRange>& weight_ranges() const;
  const std::vector<OutcomeComparison>& statements() const;
  std::size_t set_aside() const;  // answers inconsistent with the others (not used)

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// A person answering questions: the terminal (run_dialogue over stdin/stdout) or, in tests,
// a hidden utility.
struct DialogueResult {
  std::size_t questions = 0;
  bool stopped_by_person = false;   // "q" or end of input
  bool settled = false;             // no informative question was left
};

// Asks up to max_questions questions on `out`, reading answers from `in` ("a", "b", "=" for
// about the same, "q" to stop; anything else is asked again), and prints after each answer
// what is still undetermined. Each question prints both packages in full, one line each as
// "  A: issue=value, ..." / "  B: ...", then the prompt "Which do you prefer: a, b or = (q to stop)? ".
DialogueResult run_dialogue(ElicitationSession& session, const OutcomeSpace& space, std::size_t max_questions,
                            std::istream& in, std::ostream& out);

}  // namespace parley::elicitation
