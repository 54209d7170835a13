// Opponent models: Hindriks & Tykhonov's Bayesian model and HardHeaded's frequency model,
// checked against hand computations, a hard opponent over a whole deadline, a conceding
// opponent's true utility (Pearson correlation over the outcome space, as Baarslag et al.
// measure model quality) and a 10^10 space (no enumeration per update).
#include <cmath>

#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

// price 1..5 (ordered) and colour red/green/blue (categorical).
OutcomeSpace price_colour() {
  return OutcomeSpace({Issue::integer_range("price", 1, 5),
                       Issue::with_labels("colour", IssueKind::categorical, {"red", "green", "blue"})});
}

double predict(const OpponentModel& model, std::initializer_list<std::uint32_t> values) {
  const std::vector<std::uint32_t> v(values);
  return model.predict(v.data());
}

TEST(OpponentModels, AHardOpponentRepeatingOneBidStaysModelledRight) {
  // The opponent demands price=1 (index 0), colour=red every round of a 100-round deadline.
  const OutcomeSpace space = price_colour();
  const Outcome demand{0, 0};
  for (const char* spec : {"bayesian", "frequency"}) {
    auto model = make_opponent_model(spec);
    model->begin(space);
    std::vector<double> at40;
    for (int round = 1; round <= 100; ++round) {
      model->observe(demand, round / 100.0);
      if (round == 40 || round == 100) {
        std::vector<double> predictions;
        for (std::uint64_t id = 0; id < *space.cardinality().as_u64(); ++id) {
          const Outcome o = space.from_id(id);
          predictions.push_back(model->predict(o.data()));
        }
        // The demanded bid is the best outcome; its values beat every alternative.
        const double best = predict(*model, {0, 0});
        for (double p : predictions) EXPECT_LE(p, best + 1e-12) << spec << " round " << round;
        EXPECT_GT(predict(*model, {0, 0}), predict(*model, {0, 1})) << spec << " round " << round;
        EXPECT_GT(predict(*model, {0, 0}), predict(*model, {0, 2})) << spec << " round " << round;
        EXPECT_GT(predict(*model, {0, 0}), predict(*model, {1, 0})) << spec << " round " << round;
        if (round == 40) {
          at40 = predictions;
        } else if (std::string(spec) == "bayesian") {
          EXPECT_EQ(predictions, at40) << "repeats must not be re-counted";
        }
      }
    }
  }
}

// Pearson correlation, over the whole outcome space, of a model's predictions with the
// opponent's true utility (Baarslag et al.'s opponent-model quality measure).
double model_quality(const OpponentModel& model, const OutcomeSpace& space, const UtilityFunction& truth) {
  double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  const auto count = *space.cardinality().as_u64();
  for (std::uint64_t id = 0; id < count; ++id) {
    const Outcome o = space.from_id(id);
    const double x = model.predict(o.data()), y = truth(o);
    sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
  }
  const double n = static_cast<double>(count);
  return (sxy - sx * sy / n) / std::sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
}

TEST(BayesianModel, LearnsTimeDependentOpponents) {
  // Conceder, linear and Boulware opponents on a random 4-issue scenario: after 100 rounds the
  // model's predictions correlate with the opponent's true utility over the whole space.
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 17));
  const auto& space = prepared.scenario().space;
  struct Offers final : TraceSink {
    std::vector<Outcome> seen;
    void record(const TraceEvent& e) override {
      if (e.kind == TraceKind::offer && e.party == 1) seen.push_back(*e.outcome);
    }
  };
  for (const auto& [opponent, least] : std::vector<std::pair<std::string, double>>{
           {"conceder:accept=never", 0.75}, {"linear:accept=never", 0.6}, {"boulware:accept=never", 0.45}}) {
    Offers offers;
    SessionConfig config;
    config.rounds = 100;
    run_session(prepared, {"hardliner:accept=never", opponent}, config, &offers);
    ASSERT_EQ(offers.seen.size(), 100u);
    auto model = make_opponent_model("bayesian");
    model->begin(space);
    for (std::size_t n = 0; n < offers.seen.size(); ++n) model->observe(offers.seen[n], static_cast<double>(n + 1) / 100);
    EXPECT_GT(model_quality(*model, space, prepared.scenario().parties[1].utility), least) << opponent;
  }
}

TEST(BayesianModel, UpdatesWithoutEnumeratingAHugeSpace) {
  // 10 issues x 10 values = 10^10 outcomes: 500 distinct bids must be cheap to learn from.
  std::vector<Issue> issues;
  for (int i = 0; i < 10; ++i) issues.push_back(Issue::integer_range("i" + std::to_string(i), 0, 9));
  const OutcomeSpace space(std::move(issues));
  auto model = make_opponent_model("bayesian");
  model->begin(space);
  Outcome bid(10, 0);
  for (int n = 0; n < 500; ++n) {
    bid[static_cast<std::size_t>(n % 10)] = static_cast<std::uint32_t>((n / 10) % 10);
    model->observe(bid, n / 500.0);
  }
  const double p = model->predict(bid.data());
  EXPECT_TRUE(std::isfinite(p));
  EXPECT_GE(p, 0.0);
  EXPECT_LE(p, 1.0 + 1e-12);
}

TEST(FrequencyModel, FollowsHardHeadedsUpdateRule) {
  // Three issues, learnCoef 0.2: golden value g = 0.2 / 3.
  const OutcomeSpace space({Issue::integer_range("a", 0, 2), Issue::integer_range("b", 0, 2), Issue::integer_range("c", 0, 2)});
  auto model = make_opponent_model("frequency");
  model->begin(space);
  model->observe(Outcome{0, 0, 0}, 0.1);
  model->observe(Outcome{0, 1, 2}, 0.9);  // only issue a unchanged; no time factor
  const double g = 0.2 / 3, total = 1 + g;
  const double wa = (1.0 / 3 + g) / total, wb = (1.0 / 3) / total;
  // Evaluations start at 1; the values of every bid after the first gain 1, scaled by the
  // issue's highest count: a: 0 -> 2/2, others 1/2; b: 1 -> 2/2, others 1/2; c: 2 -> 2/2, others 1/2.
  EXPECT_NEAR(predict(*model, {0, 1, 2}), wa + wb + wb, 1e-12);
  EXPECT_NEAR(predict(*model, {0, 0, 0}), wa + wb * 0.5 + wb * 0.5, 1e-12);
  EXPECT_NEAR(predict(*model, {1, 2, 1}), wa * 0.5 + wb * 0.5 + wb * 0.5, 1e-12);
}

TEST(FrequencyModel, AnUnchangedIssuesWeightIsCapped) {
  // Issue a never changes, b and c always do: a's weight rises to the cap 1 − n·g/(1 + g).
  const OutcomeSpace space({Issue::integer_range("a", 0, 1), Issue::integer_range("b", 0, 1), Issue::integer_range("c", 0, 1)});
  auto model = make_opponent_model("frequency");
  model->begin(space);
  for (int n = 0; n < 200; ++n) model->observe(Outcome{0, static_cast<std::uint32_t>(n % 2), static_cast<std::uint32_t>(n % 2)}, 0);
  const double g = 0.2 / 3, cap = 1 - 3 * g / (1 + g);
  // a's value 0 has count 200 (199 counted bids), value 1 count 1: the difference of two
  // predictions that differ only in a isolates a's weight.
  const double wa = (predict(*model, {0, 0, 0}) - predict(*model, {1, 0, 0})) / (1 - 1.0 / 200);
  EXPECT_LE(wa, cap + 1e-12);
  EXPECT_GT(wa, cap - (g / (1 + g)) - 1e-12);  // within one step of the cap
}

TEST(ModelGuidedOffers, SampleTheWholeBandAboveTheTarget) {
  // Thousands of outcomes lie in the band: the 64 candidates must reach its top, not only
  // the 64 lowest entries.
  const PreparedScenario prepared(test::random_scenario(2, 5, 7, 3));  // 16,807 outcomes
  const auto& index = prepared.index(0);
  CandidateBuffer buffer(5, 64);
  RandomEngine rng(5);
  const double lo = 0.5, hi = 0.6;
  index.sample_band(lo, hi, rng, buffer);
  ASSERT_EQ(buffer.size(), 64u);
  double low = 1, high = 0;
  for (std::size_t k = 0; k < buffer.size(); ++k) {
    EXPECT_GE(buffer.utility(k), lo - 1e-12);
    EXPECT_LE(buffer.utility(k), hi + 1e-12);
    low = std::min(low, buffer.utility(k)), high = std::max(high, buffer.utility(k));
  }
  EXPECT_LT(low, lo + 0.01);
  EXPECT_GT(high, hi - 0.01);
}

}  // namespace
}  // namespace parley::negotiation
