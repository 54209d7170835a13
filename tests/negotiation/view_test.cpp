// The negotiator's view: an agent sees its own preferences and nothing of the other parties'.
// Checked at compile time (the view and the agent interface have no way to reach a scenario,
// another party's utility, the frontier or the reference points) and by behaviour (every
// built-in agent acts identically when only its opponent's private preferences change).
#include <type_traits>

#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

template <class V> concept ExposesScenario = requires(const V& v) { v.scenario(); };
template <class V> concept ExposesPrepared = requires(const V& v) { v.prepared(); };
template <class V> concept ExposesFrontier = requires(const V& v) { v.frontier(); };
template <class V> concept ExposesReferences = requires(const V& v) { v.references(); };
template <class V> concept ExposesParties = requires(const V& v) { v.parties(); };
template <class V> concept ExposesPartyByIndex = requires(const V& v) { v.party(std::size_t{1}); };
template <class V> concept ExposesIndexByParty = requires(const V& v) { v.index(std::size_t{1}); };
template <class V> concept ExposesUtilityByParty = requires(const V& v, const Outcome& o) { v.utility(std::size_t{1}, o); };
template <class V> concept ExposesReservationByParty = requires(const V& v) { v.reservation_value(std::size_t{1}); };
template <class V> concept ExposesDiscountByParty = requires(const V& v) { v.discount_factor(std::size_t{1}); };

static_assert(!ExposesScenario<NegotiatorView> && !ExposesPrepared<NegotiatorView>);
static_assert(!ExposesFrontier<NegotiatorView> && !ExposesReferences<NegotiatorView>);
static_assert(!ExposesParties<NegotiatorView> && !ExposesPartyByIndex<NegotiatorView>);
static_assert(!ExposesIndexByParty<NegotiatorView> && !ExposesUtilityByParty<NegotiatorView>);
static_assert(!ExposesReservationByParty<NegotiatorView> && !ExposesDiscountByParty<NegotiatorView>);
// Nor do the preferences object or the per-turn structs lead anywhere else.
static_assert(!ExposesScenario<OwnPreferences> && !ExposesPartyByIndex<OwnPreferences>);
static_assert(!ExposesScenario<TurnState> && !ExposesScenario<ObservedAction>);
// The protocol gives an agent a view and nothing else.
static_assert(std::is_same_v<decltype(&Agent::begin), void (Agent::*)(const NegotiatorView&)>);

TEST(NegotiatorView, HoldsTheOwnPartysPreferencesAndDeadline) {
  const auto prepared = test::prepared_buyer_seller(0.25, 0.9);
  const auto view = negotiator_view(prepared, 1, {0}, Deadline{50, 0, TimelineKind::genius}, 7);
  EXPECT_EQ(view.self(), 1u);
  EXPECT_EQ(view.others(), std::vector<std::size_t>{0});
  EXPECT_EQ(view.party_name(0), "buyer");
  EXPECT_DOUBLE_EQ(view.reservation_value(), 0.25);
  EXPECT_DOUBLE_EQ(view.discount_factor(), 0.9);
  EXPECT_EQ(view.deadline().rounds, 50);
  EXPECT_EQ(view.deadline().timeline, TimelineKind::genius);
  EXPECT_EQ(view.seed(), 7u);
  EXPECT_FALSE(view.preferences().is_estimate());
  const auto& space = prepared.scenario().space;
  for (std::uint64_t id = 0; id < *space.cardinality().as_u64(); ++id) {
    const Outcome o = space.from_id(id);
    EXPECT_DOUBLE_EQ(view.utility(o), prepared.scenario().parties[1].utility(o));
  }
  EXPECT_EQ(&view.index(), &prepared.index(1));
}

// Every offer party 0 makes against a scripted opponent, as outcomes.
struct OwnOffers final : TraceSink {
  std::vector<Outcome> offers;
  std::vector<std::string> actions;
  void record(const TraceEvent& event) override {
    if (event.party != 0) return;
    actions.emplace_back(to_string(event.kind));
    if (event.kind == TraceKind::offer) offers.push_back(*event.outcome);
  }
};

OwnOffers play_against_script(const PreparedScenario& prepared, const std::string& spec) {
  // The opponent replays the same outcomes whatever its preferences are.
  const auto& space = prepared.scenario().space;
  auto script = [&space](const TurnState& turn, Outcome& offer) {
    offer = space.from_id(static_cast<std::uint64_t>(turn.round * 37) % *space.cardinality().as_u64());
    return ActionKind::offer;
  };
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent(spec, prepared.scenario(), 0));
  agents.push_back(std::make_unique<test::ScriptedAgent>(script));
  SessionConfig config;
  config.rounds = 60;
  config.seed = 11;
  OwnOffers own;
  run_session_with_agents(prepared, std::move(agents), config, &own);
  return own;
}

TEST(NegotiatorView, BuiltInAgentsIgnoreTheOpponentsPrivatePreferences) {
  // Same own party; the opponent's utility, reservation value and discount differ. An agent
  // that read any of them (directly or through the frontier) would act differently.
  Scenario a = test::random_scenario(2, 4, 5, 31);
  Scenario b = a;
  b.parties[1].utility = test::random_scenario(2, 4, 5, 99).parties[0].utility;
  b.parties[1].reservation_value = 0.6;
  b.parties[1].discount_factor = 0.5;
  const PreparedScenario pa(a), pb(b);
  ASSERT_NE(pa.references().nash->utilities, pb.references().nash->utilities);
  std::size_t checked = 0;
  for (const auto& doc : agent_catalog()) {
    if (doc.kind != "agent" || doc.name == "boa") continue;
    const auto in_a = play_against_script(pa, doc.name), in_b = play_against_script(pb, doc.name);
    EXPECT_EQ(in_a.actions, in_b.actions) << doc.name;
    EXPECT_EQ(in_a.offers, in_b.offers) << doc.name;
    EXPECT_FALSE(in_a.actions.empty()) << doc.name;
    ++checked;
  }
  EXPECT_GE(checked, 10u);
}

}  // namespace
}  // namespace parley::negotiation
