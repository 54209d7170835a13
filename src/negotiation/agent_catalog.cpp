// The documented catalog of agent components. The factory (agent_factory.cpp) takes every
// default from here, so `parley agents` and the behaviour cannot drift apart.
#include "agents/registry.hpp"
#include "parley/negotiation/agent_spec.hpp"

namespace parley::negotiation {
namespace {

const ParameterDoc kAccept{"accept", "next", "acceptance condition (see kind 'acceptance')"};
const ParameterDoc kModel{"model", "none", "opponent model: none, frequency, bayesian, cuhk-frequency, smith-frequency (see kind 'model')"};
const ParameterDoc kWindow{"window", "0.05", "utility band above the target in which a model picks the offer best for the opponents"};
const ParameterDoc kWalk{"walk", "never", "time in [0,1] from which the agent walks away instead of making an offer it would not accept"};
const ParameterDoc kK{"k", "0", "initial concession f(0), in [0,1]"};

std::vector<ParameterDoc> with_boa_keys(std::vector<ParameterDoc> own) {
  own.insert(own.end(), {kAccept, kModel, kWindow, kWalk});
  return own;
}

std::vector<ComponentDoc> build_catalog() {
  const ParameterDoc e{"e", "1", "concession exponent >= 0: 0 hardliner, <1 Boulware, 1 linear, >1 conceder"};
  const std::vector<ParameterDoc> tft{
      {"mode", "relative", "relative | random (absolute, plus a random concession) | averaged"},
      {"delay", "1", "relative/random: react to the opponent's concession this many offers ago (>= 1)"},
      {"span", "3", "averaged: average the opponent's concession over this many offers (>= 1)"},
      {"noise", "0.01", "random: largest extra random concession per offer, in [0,1]"}};
  const std::vector<ParameterDoc> agentk{{"tau", "1", "shape of the target curve, alpha = 1 + tau + 10 mu - 2 tau mu (>= 0)"}};
  const std::vector<ParameterDoc> stated{
      {"<issue>", "best value", "the position's value of that issue (label); unnamed issues take the party's best value"}};
  const std::string td = "time-dependent concession target(t) = Pmin + (Pmax - Pmin)(1 - f(t)), f(t) = k + (1-k) t^(1/e)";
  std::vector<ComponentDoc> catalog{
      {"agent", "hardliner", "never concedes: always offers its best outcome (time-dependent, e = 0)", with_boa_keys({kK})},
      {"agent", "boulware", "concedes late (time-dependent, e = 0.2)", with_boa_keys({kK})},
      {"agent", "linear", "concedes linearly in time (time-dependent, e = 1)", with_boa_keys({kK})},
      {"agent", "conceder", "concedes early (time-dependent, e = 2)", with_boa_keys({kK})},
      {"agent", "timedep", td, with_boa_keys({e, kK})},
      {"agent", "tft", "tit-for-tat: mirrors the opponent's concessions (Faratin et al. 1998)", with_boa_keys(tft)},
      {"agent", "boulware-frequency", "a simplification of HardHeaded: time-dependent e = 0.05 with HardHeaded's frequency model, offering the bid best for the opponent in the band above its target, AC_next (not HardHeaded's bid queue, floor or acceptance; see hardheaded)",
       with_boa_keys({{"e", "0.05", "concession exponent"}, kK})},
      {"agent", "agentk-target", "AgentK's target curve only: target from the mean and spread of the opponent's offers, random bids above it, AC_next (not AgentK's probabilistic acceptance; see agentk)", with_boa_keys(agentk)},
      {"agent", "random", "random offers with utility above its reservation value", with_boa_keys({})},
      {"agent", "stated", "a fixed stated position that never moves (e.g. a position from the news); accepts offers at least as good", with_boa_keys(stated)},
      {"agent", "boa", "compose an agent: offer=<offering>, accept=<acceptance>, model=<model>", with_boa_keys({{"offer", "", "offering strategy (see kind 'offering'), required"}})},
      {"offering", "timedep", td, {e, kK}},
      {"offering", "hardliner", "timedep with e = 0", {kK}},
      {"offering", "boulware", "timedep with e = 0.2", {kK}},
      {"offering", "linear", "timedep with e = 1", {kK}},
      {"offering", "conceder", "timedep with e = 2", {kK}},
      {"offering", "tft", "tit-for-tat in the agent's own utility of the opponent's offers", tft},
      {"offering", "agentk-target", "AgentK's adaptive target curve (Kawaguchi, Fujita and Ito 2010), without its acceptance", agentk},
      {"offering", "random", "uniformly random offers above the reservation value", {}},
      {"offering", "stated", "always the same outcome", stated},
      {"acceptance", "next", "AC_next(a, b): accept when a*u(offer) + b >= u(own next offer)",
       {{"a", "1", "scale"}, {"b", "0", "shift"}}},
      {"acceptance", "const", "AC_const(c): accept when u(offer) >= c", {{"c", "", "threshold in [0,1], required"}}},
      {"acceptance", "time", "AC_time(T): accept anything once t >= T", {{"T", "0.99", "time in [0,1]"}}},
      {"acceptance", "combi", "AC_combi(T, MAX^W): AC_next, or once t >= T accept an offer at least as good as the best received in the last 1 - t of time (Baarslag et al. 2014)",
       {{"T", "0.98", "time in [0,1]"}, {"a", "1", "AC_next scale"}, {"b", "0", "AC_next shift"}}},
      {"acceptance", "never", "never accepts (tests, stated positions that must not move)", {}},
      {"model", "none", "no opponent model", {}},
      {"model", "frequency", "HardHeaded's frequency model (ANAC 2011, as in GENIUS): an issue unchanged between consecutive bids gains learn/#issues weight (capped), offered values gain value_add",
       {{"learn", "0.2", "learnCoef in [0,1]: weight learnt per unchanged issue is learn / #issues"},
        {"value_add", "1", "added to a value's evaluation each time the opponent offers it"}}},
      {"model", "bayesian", "Hindriks and Tykhonov (2008) Bayesian model, scalable form: per-issue rank and evaluation-shape hypotheses, likelihood on the whole bid, repeated bids not re-counted",
       {{"sigma", "0.25", "spread of the Gaussian likelihood (> 0)"},
        {"step", "0.035", "expected concession of the opponent per new distinct bid"},
        {"floor", "0", "lowest utility the opponent is expected to give its own bids"}}},
      {"model", "cuhk-frequency", "CUHKAgent's frequency model (ANAC 2012, BOA form as in GENIUS): per-issue value counts over the opponent's offers, prediction = sum of the offered values' counts / sum of each issue's highest count; learns until more than `stored` different offers arrived",
       {{"stored", "100", "different opponent offers learnt from (a whole number >= 1)"}}},
      {"model", "smith-frequency", "Agent Smith's frequency model (ANAC 2010, BOA form): a value is worth its share of the opponent's offers, an issue weighs the share of its most offered value (renormalised)", {}},
      {"mediator", "hillclimb", "mediated single text: parties accept only changes no worse for them",
       {{"party", "", "scenario party acting as mediator (optional)"},
        {"stake", "1", "1: the mediator party never proposes changes that lower its own utility; 0: neutral"},
        {"explore", "0.2", "share of proposals drawn uniformly at random, in [0,1]"}}},
      {"mediator", "veto", "mediated single text: parties veto only changes that hurt them and fall below their aspiration",
       {{"party", "", "scenario party acting as mediator (optional)"},
        {"stake", "1", "as for hillclimb"},
        {"explore", "0.2", "as for hillclimb"}}},
  };
  // Standalone agents (agents/agents.def) follow the BOA agents, before the components.
  auto position = catalog.begin();
  while (position != catalog.end() && position->kind == "agent") ++position;
  for (const auto& definition : standalone_agents()) position = catalog.insert(position, definition.doc) + 1;
  return catalog;
}

}  // namespace

const std::vector<ComponentDoc>& agent_catalog() {
  static const std::vector<ComponentDoc> catalog = build_catalog();
  return catalog;
}

}  // namespace parley::negotiation
