// Agents under preference uncertainty (negotiation/uncertainty.hpp, elicitation_channel.hpp):
// the view holds the estimate, never the true utility (by behaviour: every catalog agent acts
// the same when only the hidden true utility changes), elicitation places bids by the true
// utility and charges its cost to the result, and elicit-boulware spends within its budget.
// The ranking draw and the estimator are injected test doubles, so these tests need no LP.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include <gtest/gtest.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/elicitation_channel.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

// The ranking: the first `bids` outcome ids sorted by the true utility (worst first).
RankingDraw first_ids_by_truth() {
  return [](const OutcomeSpace& space, const UtilityFunction& truth, const UserModel& model, std::uint64_t) {
    std::vector<Outcome> ranking;
    for (std::uint64_t id = 0; id < model.ranked_bids && id < *space.cardinality().as_u64(); ++id)
      ranking.push_back(space.from_id(id));
    std::stable_sort(ranking.begin(), ranking.end(),
                     [&](const Outcome& a, const Outcome& b) { return truth.utility(a) < truth.utility(b); });
    return ranking;
  };
}

// A ranking that ignores the true utility (so two truths give the same user model).
RankingDraw fixed_ranking() {
  return [](const OutcomeSpace& space, const UtilityFunction&, const UserModel& model, std::uint64_t) {
    std::vector<Outcome> ranking;
    for (std::uint64_t id = 0; id < model.ranked_bids; ++id) ranking.push_back(space.from_id(id * 7 % *space.cardinality().as_u64()));
    return ranking;
  };
}

// An estimate from the ranking's size and its best bid: equal weights, evaluations rising with
// the value index (deliberately unlike the fixtures' true utilities), the best ranked bid's
// values raised to 1.
UtilityEstimator rising_estimate() {
  return [](const OutcomeSpace& space, const UserModel& model) {
    AdditiveUtility estimate;
    const std::size_t n = space.issue_count();
    const double tilt = 1.0 / static_cast<double>(model.ranking.size() + 1);
    for (std::size_t i = 0; i < n; ++i) {
      estimate.weights.push_back(1.0 / static_cast<double>(n));
      std::vector<double> evaluations;
      const auto size = space.issue(i).size();
      for (std::size_t k = 0; k < size; ++k)
        evaluations.push_back(size == 1 ? 1.0 : (1 - tilt) * static_cast<double>(k) / static_cast<double>(size - 1) + tilt * (k == 0));
      if (!model.ranking.empty()) evaluations[model.ranking.back()[i]] = 1.0;
      estimate.evaluations.push_back(evaluations);
    }
    return estimate;
  };
}

UncertaintyOptions ranked(std::size_t bids, double cost, RankingDraw draw = first_ids_by_truth()) {
  auto options = parse_uncertainty_spec(fmt::format("ranked:{},cost={}", bids, cost));
  options.draw_ranking = std::move(draw);
  options.estimate = rising_estimate();
  options.estimator = "rising";
  return options;
}

TEST(UncertaintySpec, ParsesProfilesAndRankedAndRefusesMistakes) {
  const auto profiles = parse_uncertainty_spec("profiles");
  EXPECT_EQ(profiles.source, UncertaintySource::profiles);
  EXPECT_FALSE(profiles.cost.has_value());
  const auto priced = parse_uncertainty_spec("profiles:cost=0.02");
  EXPECT_DOUBLE_EQ(*priced.cost, 0.02);
  const auto rank = parse_uncertainty_spec("ranked:10,cost=0.005");
  EXPECT_EQ(rank.source, UncertaintySource::ranked);
  EXPECT_EQ(rank.ranked_bids, 10u);
  EXPECT_DOUBLE_EQ(*rank.cost, 0.005);
  EXPECT_EQ(parse_uncertainty_spec("ranked:bids=20").ranked_bids, 20u);
  for (const char* bad : {"", "ranked", "ranked:1", "ranked:ten", "ranked:10,cost=2", "ranked:10,cost=x",
                          "profiles:10", "rank:10", "ranked:10,speed=3"})
    EXPECT_THROW(parse_uncertainty_spec(bad), InputError) << bad;
}

TEST(Uncertainty, ProfilesWithoutAHiddenUtilityAreRefusedWithAHint) {
  const PreparedScenario prepared(test::buyer_seller());
  auto options = parse_uncertainty_spec("profiles");
  options.draw_ranking = first_ids_by_truth();
  options.estimate = rising_estimate();
  try {
    PreparedUncertainty(prepared, options);
    FAIL() << "no party hides its utility";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("ranked:N"), std::string::npos) << error.what();
  }
  auto missing = parse_uncertainty_spec("ranked:4");
  EXPECT_THROW(PreparedUncertainty(prepared, missing), InputError);  // no injected functions
}

TEST(Uncertainty, TheViewHoldsTheEstimateAndTheRankingNotTheTrueUtility) {
  const PreparedScenario prepared(test::buyer_seller());
  SessionConfig config;
  config.rounds = 20;
  config.uncertainty = std::make_shared<const PreparedUncertainty>(prepared, ranked(4, 0.0));
  const auto* buyer = config.uncertainty->party(0);
  ASSERT_NE(buyer, nullptr);
  EXPECT_EQ(buyer->user_model.ranking.size(), 4u);

  struct Seen {
    std::vector<double> seen;
    bool estimate = false;
    std::size_t ranked = 0;
    bool channel = false;
  };
  struct Spy final : Agent {
    explicit Spy(Seen& out) : out_(out) {}
    Seen& out_;
    void begin(const NegotiatorView& view) override {
      out_.estimate = view.preferences().is_estimate();
      out_.ranked = view.user_model() ? view.user_model()->ranking.size() : 0;
      out_.channel = view.elicitation() != nullptr;
      for (std::uint64_t id = 0; id < *view.space().cardinality().as_u64(); ++id)
        out_.seen.push_back(view.utility(view.space().from_id(id)));
    }
    ActionKind act(const TurnState&, Outcome& offer) override { return offer.assign(2, 0), ActionKind::offer; }
    void observe(const ObservedAction&) override {}
    bool vote(const Outcome&, const Outcome&, double, VoteRule) override { return true; }
    const std::string& spec() const override { return name; }
    std::string name = "spy";
  };
  Seen what;
  const Seen* seen = &what;
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(std::make_unique<Spy>(what));
  agents.push_back(make_agent("hardliner", config.uncertainty->agent_scenario(), 1));
  const auto result = run_session_with_agents(prepared, std::move(agents), config);

  EXPECT_TRUE(seen->estimate);
  EXPECT_EQ(seen->ranked, 4u);
  EXPECT_TRUE(seen->channel);
  const auto& space = prepared.scenario().space;
  std::size_t differ = 0;
  for (std::uint64_t id = 0; id < seen->seen.size(); ++id) {
    const Outcome o = space.from_id(id);
    EXPECT_DOUBLE_EQ(seen->seen[id], buyer->estimate->utility(o));
    differ += std::abs(seen->seen[id] - prepared.scenario().parties[0].utility(o)) > 1e-6 ? 1 : 0;
  }
  EXPECT_GT(differ, space.cardinality().as_u64().value() / 2);
  // The agents are built from the scenario of estimates; the result keeps the true utilities.
  EXPECT_DOUBLE_EQ(config.uncertainty->agent_scenario().parties[0].utility(space.from_id(5)), buyer->estimate->utility(space.from_id(5)));
  ASSERT_EQ(result.estimated_utilities.size(), 2u);
  EXPECT_TRUE(result.estimated_utilities[0].has_value());
  EXPECT_DOUBLE_EQ(result.elicitation_costs[0], 0.0);
}

// The same agent, the same user model and estimate; only the hidden true utility differs.
struct OwnActions final : TraceSink {
  std::vector<std::string> actions;
  void record(const TraceEvent& event) override {
    if (event.party != 0) return;
    std::string action(to_string(event.kind));
    if (event.outcome)
      for (auto value : *event.outcome) action += " " + std::to_string(value);
    actions.push_back(action);
  }
};

OwnActions play_uncertain(const Scenario& scenario, const std::string& spec) {
  const PreparedScenario prepared(scenario);
  SessionConfig config;
  config.rounds = 60;
  config.seed = 5;
  config.uncertainty = std::make_shared<const PreparedUncertainty>(prepared, ranked(6, 0.01, fixed_ranking()));
  const auto& space = prepared.scenario().space;
  auto script = [&space](const TurnState& turn, Outcome& offer) {
    offer = space.from_id(static_cast<std::uint64_t>(turn.round * 37) % *space.cardinality().as_u64());
    return ActionKind::offer;
  };
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent(spec, config.uncertainty->agent_scenario(), 0));
  agents.push_back(std::make_unique<test::ScriptedAgent>(script));
  OwnActions own;
  run_session_with_agents(prepared, std::move(agents), config, &own);
  return own;
}

TEST(Uncertainty, NoCatalogAgentReachesItsTrueUtility) {
  Scenario a = test::random_scenario(2, 4, 5, 31);
  Scenario b = a;
  b.parties[0].utility = test::random_scenario(2, 4, 5, 77).parties[1].utility;  // another hidden truth
  std::size_t checked = 0;
  for (const auto& doc : agent_catalog()) {
    if (doc.kind != "agent" || doc.name == "boa") continue;
    // elicit-boulware's paid answers do depend on the truth (that is what it buys): without queries it must not.
    const std::string spec = doc.name == "elicit-boulware" ? "elicit-boulware:queries=0" : doc.name;
    const auto in_a = play_uncertain(a, spec), in_b = play_uncertain(b, spec);
    EXPECT_EQ(in_a.actions, in_b.actions) << spec;
    EXPECT_FALSE(in_a.actions.empty()) << spec;
    ++checked;
  }
  EXPECT_GE(checked, 10u);
  // (With queries elicit-boulware's answers come from the true utility: ElicitationChannel tests.)
}

TEST(ElicitationChannel, PlacesBidsByTheTrueUtilityAndChargesOncePerNewBid) {
  const Scenario scenario = test::buyer_seller();
  const auto& space = scenario.space;
  const auto& truth = scenario.parties[0].utility;
  UserModel model;
  model.ranking = first_ids_by_truth()(space, truth, UserModel{.ranked_bids = 3}, 0);
  auto estimate = std::make_shared<const EstimatedPreferences>(space, UtilityFunction(rising_estimate()(space, model)));
  ElicitationChannel channel(space, truth, model, 0.05, rising_estimate(), estimate);
  for (std::uint64_t id = 3; id < *space.cardinality().as_u64(); ++id) channel.elicit_rank(space.from_id(id));
  EXPECT_EQ(channel.queries(), *space.cardinality().as_u64() - 3);
  EXPECT_NEAR(channel.total_cost(), 0.05 * static_cast<double>(channel.queries()), 1e-12);
  const auto& ranking = channel.user_model().ranking;
  ASSERT_EQ(ranking.size(), *space.cardinality().as_u64());
  for (std::size_t k = 1; k < ranking.size(); ++k) EXPECT_LE(truth.utility(ranking[k - 1]), truth.utility(ranking[k]) + 1e-12);
  // A ranked bid is answered free, with its position.
  const double before = channel.total_cost();
  EXPECT_EQ(channel.elicit_rank(ranking[4]), 4u);
  EXPECT_DOUBLE_EQ(channel.total_cost(), before);
  EXPECT_THROW(channel.elicit_rank(Outcome{9, 9}), std::invalid_argument);
  // Re-estimating uses the grown user model and becomes the latest estimate.
  const auto fresh = channel.reestimate();
  EXPECT_TRUE(fresh->is_estimate());
  EXPECT_EQ(channel.latest_estimate().get(), fresh.get());
}

TEST(ElicitBoulware, SpendsWithinItsQueryCountAndBudgetAndTheResultChargesIt) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 4, 12));
  const auto run = [&](const std::string& spec, double cost) {
    SessionConfig config;
    config.rounds = 40;
    config.uncertainty = std::make_shared<const PreparedUncertainty>(prepared, ranked(4, cost));
    return run_session(prepared, {spec, "hardliner"}, config);
  };
  const auto by_count = run("elicit-boulware:queries=5,budget=1", 0.01);
  EXPECT_EQ(by_count.elicitation_queries[0], 5u);
  EXPECT_NEAR(by_count.elicitation_costs[0], 0.05, 1e-12);
  EXPECT_EQ(by_count.elicitation_queries[1], 0u);  // the hardliner never asks
  const auto by_budget = run("elicit-boulware:queries=50,budget=0.03", 0.01);
  EXPECT_EQ(by_budget.elicitation_queries[0], 3u);
  EXPECT_LE(by_budget.elicitation_costs[0], 0.03 + 1e-12);
  // Free elicitation with a large count ranks the whole space (64 outcomes): the estimate it
  // ends with is then learnt from the complete ranking.
  const auto everything = run("elicit-boulware:queries=1000,budget=0", 0.0);
  EXPECT_EQ(everything.elicitation_queries[0], 64u - 4u);
}

TEST(ElicitBoulware, WithFullInformationItIsTheBoulwareAgent) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 4, 12));
  SessionConfig config;
  config.rounds = 40;
  struct Offers final : TraceSink {
    std::vector<Outcome> offers;
    void record(const TraceEvent& event) override {
      if (event.party == 0 && event.kind == TraceKind::offer) offers.push_back(*event.outcome);
    }
  } mine, boulware;
  const auto a = run_session(prepared, {"elicit-boulware", "conceder"}, config, &mine);
  const auto b = run_session(prepared, {"boulware", "conceder"}, config, &boulware);
  EXPECT_EQ(mine.offers, boulware.offers);
  EXPECT_EQ(a.agreement, b.agreement);
  EXPECT_TRUE(a.estimated_utilities.empty());
}

}  // namespace
}  // namespace parley::negotiation
