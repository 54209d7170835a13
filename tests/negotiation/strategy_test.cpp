// Defining properties of the offering strategies, acceptance conditions and opponent models,
// checked through sessions and against independent computations.
#include <cmath>

#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/boa.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

// Utilities (for their maker) of the offers each negotiator made in a session.
std::vector<std::vector<double>> offers_by_party(const PreparedScenario& prepared, const std::vector<std::string>& specs,
                                                 int rounds) {
  OfferRecorder recorder(prepared.scenario());
  SessionConfig config;
  config.rounds = rounds;
  run_session(prepared, specs, config, &recorder);
  std::vector<std::vector<double>> offers(prepared.party_count());
  for (const auto& offer : recorder.offers()) offers[offer.party].push_back(offer.utilities[offer.party]);
  return offers;
}

TEST(TimeDependent, TargetFollowsTheGeniusFormula) {
  // target(t) = Pmin + (Pmax - Pmin)(1 - k - (1 - k) t^(1/e))
  EXPECT_DOUBLE_EQ(time_dependent_target(0.5, 1, 0, 0.2, 1.0), 0.6);
  EXPECT_DOUBLE_EQ(time_dependent_target(0.25, 2, 0, 0, 1), 0.5);
  EXPECT_DOUBLE_EQ(time_dependent_target(0.0, 0.2, 0.1, 0, 1), 0.9);
  EXPECT_DOUBLE_EQ(time_dependent_target(1.0, 0.2, 0, 0.3, 0.9), 0.3);
  EXPECT_DOUBLE_EQ(time_dependent_target(0.7, 0, 0, 0.3, 0.9), 0.9);  // e = 0: never concedes
}

TEST(TimeDependent, BoulwareTargetStaysAboveConcederTarget) {
  for (double t = 0; t <= 1.0; t += 0.01)
    EXPECT_GE(time_dependent_target(t, 0.2, 0, 0.1, 1), time_dependent_target(t, 2, 0, 0.1, 1)) << t;
  // and in sessions against the same hardliner, round by round
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 5));
  const auto boulware = offers_by_party(prepared, {"boulware:accept=never", "hardliner:accept=never"}, 50)[0];
  const auto conceder = offers_by_party(prepared, {"conceder:accept=never", "hardliner:accept=never"}, 50)[0];
  ASSERT_EQ(boulware.size(), conceder.size());
  for (std::size_t r = 0; r < boulware.size(); ++r) EXPECT_GE(boulware[r], conceder[r] - 1e-12) << "round " << r + 1;
  EXPECT_GT(boulware[25], conceder[25]);  // strictly apart mid-way
}

TEST(TimeDependent, OffersTheLowestOutcomeAtOrAboveTheTarget) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 5, 9));
  const auto& space = prepared.scenario().space;
  const auto& utility = prepared.scenario().parties[0].utility;
  const auto offers = offers_by_party(prepared, {"linear", "hardliner"}, 20)[0];
  for (std::size_t r = 0; r < offers.size(); ++r) {
    const double target = time_dependent_target(static_cast<double>(r + 1) / 20, 1, 0, prepared.index(0).min_utility(),
                                                prepared.index(0).max_utility());
    double oracle = 2;  // brute force: min utility >= target
    for (std::uint64_t id = 0; id < *space.cardinality().as_u64(); ++id) {
      const double u = utility(space.from_id(id));
      if (u >= target - 1e-12) oracle = std::min(oracle, u);
    }
    EXPECT_DOUBLE_EQ(offers[r], oracle) << "round " << r + 1;
  }
}

TEST(Hardliner, NeverConcedes) {
  const PreparedScenario prepared(test::random_scenario(2, 5, 4, 2));
  for (const auto* opponent : {"conceder", "tft", "random", "agentk-target", "hardheaded", "boulware-frequency"}) {
    const auto offers = offers_by_party(prepared, {"hardliner", opponent}, 40)[0];
    ASSERT_FALSE(offers.empty());
    for (double u : offers) EXPECT_DOUBLE_EQ(u, prepared.index(0).max_utility()) << opponent;
  }
}

TEST(TitForTat, MirrorsTheOpponentsConcession) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 8, 4));
  // Against a hardliner there is nothing to mirror: tit-for-tat holds its best.
  for (const auto* spec : {"tft", "tft:mode=averaged", "tft:mode=random,noise=0"}) {
    const auto offers = offers_by_party(prepared, {spec, "hardliner"}, 30)[0];
    for (double u : offers) EXPECT_DOUBLE_EQ(u, prepared.index(0).max_utility()) << spec;
  }
  // Against a conceder it concedes too: its last offer is clearly below its first.
  for (const auto* spec : {"tft", "tft:mode=averaged", "tft:mode=random,noise=0"}) {
    const auto against_conceder = offers_by_party(prepared, {spec, "conceder:accept=never"}, 30)[0];
    EXPECT_LT(against_conceder.back(), against_conceder.front() - 0.05) << spec;
  }
}

TEST(TitForTat, AbsoluteModeConcedesWhatTheOpponentConceded) {
  // A scripted opponent whose offers are worth x_n to the tit-for-tat agent; the agent's
  // target must drop by exactly x_n - x_{n-1} per offer (noise 0), seen in its offers' floor.
  const PreparedScenario prepared(test::random_scenario(2, 3, 10, 8));
  const auto& index = prepared.index(0);
  auto agent = make_agent("boa:offer=tft(mode=random,noise=0),accept=never", prepared.scenario(), 0);
  agent->begin(test::view_of(prepared, 0, 1, 1, 10));
  Outcome scratch, offer(prepared.scenario().space.issue_count());
  std::vector<double> seen;
  for (int n = 1; n <= 4; ++n) {
    const double x = 0.1 * n;  // the opponent concedes 0.1 per offer in our utility
    index.at_least(x, scratch);
    const double exact = prepared.scenario().parties[0].utility(scratch);
    seen.push_back(exact);
    agent->observe(ObservedAction{1, ActionKind::offer, &scratch, n, n / 10.0});
  }
  agent->act(TurnState{5, 0.5, &scratch, 1}, offer);
  const double conceded = seen.back() - seen.front();
  const double offered = prepared.scenario().parties[0].utility(offer);
  EXPECT_GE(offered, index.max_utility() - conceded - 1e-12);
  Outcome floor;
  EXPECT_DOUBLE_EQ(offered, index.at_least(index.max_utility() - conceded, floor));
}

TEST(AcceptNext, AcceptsExactlyWhenTheOfferBeatsItsNextOffer) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 6, 12));
  const auto& space = prepared.scenario().space;
  const auto& utility = prepared.scenario().parties[0].utility;
  const auto& index = prepared.index(0);
  for (double a : {1.0, 1.1}) {
    for (double b : {0.0, 0.05}) {
      const std::string spec = "boa:offer=linear,accept=next(a=" + std::to_string(a) + ",b=" + std::to_string(b) + ")";
      auto agent = make_agent(spec, prepared.scenario(), 0);
      agent->begin(test::view_of(prepared, 0, 1, 1, 100));
      Outcome offer(space.issue_count()), next;
      for (std::uint64_t id = 0; id < *space.cardinality().as_u64(); id += 7) {
        const Outcome standing = space.from_id(id);
        const double t = static_cast<double>(id % 100) / 100;
        const double next_utility =
            index.at_least(time_dependent_target(t, 1, 0, index.min_utility(), index.max_utility()), next);
        const bool should = a * utility(standing) + b >= next_utility - 1e-12;
        const auto kind = agent->act(TurnState{static_cast<int>(id % 100), t, &standing, 1}, offer);
        EXPECT_EQ(kind == ActionKind::accept, should) << spec << " id " << id;
      }
    }
  }
}

TEST(Acceptance, ConstTimeAndNeverDoWhatTheySay) {
  const auto prepared = test::prepared_buyer_seller();
  const auto& utility = prepared.scenario().parties[0].utility;
  Outcome offer(2);
  const Outcome cheap{0, 0}, dear{4, 3};  // worth 1.0 and 0.0 to the buyer
  auto constant = make_agent("boa:offer=hardliner,accept=const(c=0.5)", prepared.scenario(), 0);
  constant->begin(test::view_of(prepared, 0, 1, 1, 10));
  EXPECT_EQ(constant->act(TurnState{1, 0.1, &cheap, 1}, offer), ActionKind::accept);
  EXPECT_EQ(constant->act(TurnState{1, 0.1, &dear, 1}, offer), ActionKind::offer);
  auto timed = make_agent("boa:offer=hardliner,accept=time(T=0.8)", prepared.scenario(), 0);
  timed->begin(test::view_of(prepared, 0, 1, 1, 10));
  EXPECT_EQ(timed->act(TurnState{7, 0.7, &dear, 1}, offer), ActionKind::offer);
  EXPECT_EQ(timed->act(TurnState{8, 0.8, &dear, 1}, offer), ActionKind::accept);
  auto never = make_agent("boa:offer=conceder,accept=never", prepared.scenario(), 0);
  never->begin(test::view_of(prepared, 0, 1, 1, 10));
  EXPECT_EQ(never->act(TurnState{10, 1.0, &cheap, 1}, offer), ActionKind::offer);
  EXPECT_DOUBLE_EQ(utility(cheap), 1.0);
}

TEST(Acceptance, CombiAcceptsTheBestOfTheRecentWindowAfterT) {
  const auto prepared = test::prepared_buyer_seller();
  const auto& utility = prepared.scenario().parties[0].utility;
  auto agent = make_agent("boa:offer=hardliner,accept=combi(T=0.9)", prepared.scenario(), 0);
  agent->begin(test::view_of(prepared, 0, 1, 1, 100));
  // Offers received at t = 0.5 (good, outside the final window), 0.85 (medium), 0.95 (medium).
  const Outcome good{1, 0}, medium{2, 1}, worse{3, 1};
  ASSERT_GT(utility(good), utility(medium));
  ASSERT_GT(utility(medium), utility(worse));
  Outcome offer(2);
  agent->observe(ObservedAction{1, ActionKind::offer, &good, 50, 0.5});
  agent->observe(ObservedAction{1, ActionKind::offer, &medium, 85, 0.85});
  EXPECT_EQ(agent->act(TurnState{85, 0.85, &medium, 1}, offer), ActionKind::offer);  // before T
  agent->observe(ObservedAction{1, ActionKind::offer, &medium, 95, 0.95});
  // window [0.9, 0.95]... = [t - (1 - t), t] = [0.9, 0.95]: best there is `medium`
  EXPECT_EQ(agent->act(TurnState{95, 0.95, &medium, 1}, offer), ActionKind::accept);
  agent->observe(ObservedAction{1, ActionKind::offer, &worse, 96, 0.96});
  EXPECT_EQ(agent->act(TurnState{96, 0.96, &worse, 1}, offer), ActionKind::offer);  // worse than medium at 0.95
}

TEST(Stated, AlwaysOffersItsPositionAndAcceptsOnlyBetter) {
  const auto prepared = test::prepared_buyer_seller();
  OfferRecorder recorder(prepared.scenario());
  SessionConfig config;
  config.rounds = 20;
  const auto result = run_session(prepared, {"stated:price=3,delivery=7d", "conceder"}, config, &recorder);
  const Outcome position{2, 2};
  const auto position_utilities = utilities_of(prepared.scenario(), position);
  for (const auto& offer : recorder.offers()) {
    if (offer.party == 0) {
      EXPECT_EQ(offer.utilities, position_utilities);
    }
  }
  ASSERT_TRUE(result.agreement);
  EXPECT_GE(result.utilities[0], position_utilities[0] - 1e-12);
}

TEST(OpponentModels, LearnTheOpponentsFavouriteValues) {
  const auto prepared = test::prepared_buyer_seller();
  for (const auto* model : {"frequency", "bayesian"}) {
    // The seller keeps asking price=5 and varies delivery: the model must rate price=5 above price=1.
    auto agent = make_agent(std::string("boa:offer=hardliner,accept=never,model=") + model, prepared.scenario(), 0);
    agent->begin(test::view_of(prepared, 0, 1, 1, 10));
    const std::vector<Outcome> asks{{4, 2}, {4, 3}, {4, 2}, {4, 1}, {4, 2}};
    for (std::size_t n = 0; n < asks.size(); ++n)
      agent->observe(ObservedAction{1, ActionKind::offer, &asks[n], static_cast<int>(n + 1), 0.1 * static_cast<double>(n)});
    const auto& state = dynamic_cast<const BoaAgent&>(*agent).state();
    ASSERT_EQ(state.models.size(), 1u);
    const std::uint32_t high[] = {4, 2}, low[] = {0, 2};
    EXPECT_GT(state.models[0]->predict(high), state.models[0]->predict(low)) << model;
  }
}

TEST(BoulwareFrequency, PicksTheBidBestForTheOpponentNearItsTarget) {
  // With the model, the chosen offer predicts at least as well for the opponent as the plain
  // lowest-above-target offer, and stays within the window above the target.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 21));
  const auto offers = offers_by_party(prepared, {"boulware-frequency", "conceder:accept=never"}, 40)[0];
  const double top = prepared.index(0).max_utility();
  for (std::size_t r = 0; r < offers.size(); ++r) {
    const double target = time_dependent_target(static_cast<double>(r + 1) / 40, 0.05, 0, prepared.index(0).min_utility(), top);
    EXPECT_GE(offers[r], target - 1e-12);
    EXPECT_LE(offers[r], target + 0.05 + 1e-12);
  }
}

}  // namespace
}  // namespace parley::negotiation
