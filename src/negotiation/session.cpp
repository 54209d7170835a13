// run_session: checks the configuration, builds agents, runs the protocol loop and computes
// the result's utilities (plain and discounted) and distances to the reference points.
#include "parley/negotiation/session.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/elicitation_channel.hpp"
#include "session_run.hpp"

namespace parley::negotiation {
namespace {

double euclidean(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += (a[i] - b[i]) * (a[i] - b[i]);
  return std::sqrt(sum);
}

void check_config(const PreparedScenario& prepared, const SessionConfig& config, const std::vector<std::size_t>& parties) {
  const auto bad = [](const std::string& problem) { throw InputError(SourceLocation{"", 0, "session"}, problem); };
  if (config.rounds < 0) bad("the number of rounds must not be negative");
  if (!(config.time_limit >= 0) || !std::isfinite(config.time_limit)) bad("the time limit must be a finite number >= 0");
  if (config.rounds == 0 && config.time_limit == 0) bad("a session needs a deadline: rounds > 0 or a time limit > 0");
  if (config.action_timeout < 0) bad("the action timeout must not be negative");
  if (config.model_quality.enabled) check_model_quality(config.model_quality);
  if (parties.size() < 2) bad("a negotiation needs at least two negotiating parties");
  if (config.protocol == Protocol::sao && parties.size() != 2)
    bad(fmt::format("protocol sao is bilateral but {} parties negotiate; use saop or mediated", parties.size()));
  for (std::size_t k = 0; k < parties.size(); ++k) {
    if (parties[k] >= prepared.party_count()) bad(fmt::format("party index {} is out of range", parties[k]));
    if (std::count(parties.begin(), parties.end(), parties[k]) > 1)
      bad(fmt::format("party '{}' is listed twice", prepared.scenario().parties[parties[k]].name));
    if (config.protocol == Protocol::mediated && config.mediator.party == parties[k])
      bad(fmt::format("party '{}' cannot both mediate and negotiate", prepared.scenario().parties[parties[k]].name));
  }
}

// The uncertain parties' channels, one per negotiator (null for full information).
using Channels = std::vector<std::unique_ptr<ElicitationChannel>>;

void record_uncertainty(const PreparedScenario& prepared, const SessionConfig& config, const Channels& channels,
                        SessionResult& result) {
  if (!config.uncertainty) return;
  const auto& scenario = prepared.scenario();
  const std::size_t n = scenario.parties.size();
  result.estimated_utilities.assign(n, std::nullopt);
  result.elicitation_costs.assign(n, 0.0);
  result.elicitation_queries.assign(n, 0);
  for (std::size_t p = 0; p < n; ++p) {
    const auto* uncertain = config.uncertainty->party(p);
    if (uncertain == nullptr) continue;
    const OwnPreferences* estimate = uncertain->estimate.get();
    for (std::size_t k = 0; k < result.parties.size(); ++k)
      if (result.parties[k] == p && channels[k]) {
        estimate = channels[k]->latest_estimate().get();
        result.elicitation_costs[p] = channels[k]->total_cost();
        result.elicitation_queries[p] = channels[k]->queries();
      }
    result.estimated_utilities[p] =
        result.agreement ? estimate->utility(*result.agreement) : scenario.parties[p].reservation_value;
  }
}

void finish(const PreparedScenario& prepared, SessionResult& result) {
  const auto& scenario = prepared.scenario();
  result.utilities.clear();
  result.discounted_utilities.clear();
  for (const auto& party : scenario.parties) {
    const double u = result.agreement ? party.utility(*result.agreement) : party.reservation_value;
    result.utilities.push_back(u);
    result.discounted_utilities.push_back(u * std::pow(party.discount_factor, result.t));
  }
  const auto& frontier = prepared.frontier();
  if (frontier.computed() && frontier.size() > 0) result.pareto_distance = analysis::distance_to_frontier(frontier, result.utilities);
  const auto& references = prepared.references();
  if (references.nash) result.nash_distance = euclidean(result.utilities, references.nash->utilities);
  if (references.kalai_smorodinsky)
    result.kalai_smorodinsky_distance = euclidean(result.utilities, references.kalai_smorodinsky->utilities);
}

}  // namespace

std::string_view to_string(Protocol protocol) {
  switch (protocol) {
    case Protocol::sao: return "sao";
    case Protocol::saop: return "saop";
    case Protocol::mediated: return "mediated";
  }
  return "?";
}

std::optional<Protocol> protocol_from_string(std::string_view text) {
  for (auto p : {Protocol::sao, Protocol::saop, Protocol::mediated})
    if (to_string(p) == text) return p;
  return std::nullopt;
}

std::string_view to_string(EndReason reason) {
  switch (reason) {
    case EndReason::agreement: return "agreement";
    case EndReason::deadline: return "deadline";
    case EndReason::walk_away: return "walk_away";
    case EndReason::agent_failure: return "agent_failure";
  }
  return "?";
}

NegotiatorView negotiator_view(const PreparedScenario& prepared, std::size_t party, std::vector<std::size_t> others,
                               const Deadline& deadline, std::uint64_t seed) {
  const auto& scenario = prepared.scenario();
  const Party& own = scenario.parties.at(party);
  std::vector<std::string> names;
  for (const auto& p : scenario.parties) names.push_back(p.name);
  NegotiatorView::Own preferences{std::make_shared<KnownPreferences>(own.utility, prepared.index(party)),
                                  own.reservation_value, own.discount_factor};
  return NegotiatorView(scenario.space, std::move(preferences), deadline, party, std::move(others), std::move(names), seed);
}

std::vector<std::size_t> negotiating_parties(const PreparedScenario& prepared, const SessionConfig& config) {
  if (!config.parties.empty()) return config.parties;
  std::vector<std::size_t> parties;
  for (std::size_t p = 0; p < prepared.party_count(); ++p)
    if (!(config.protocol == Protocol::mediated && config.mediator.party == p)) parties.push_back(p);
  return parties;
}

SessionResult run_session(const PreparedScenario& prepared, const std::vector<std::string>& agent_specs,
                          const SessionConfig& config, TraceSink* trace) {
  const auto parties = negotiating_parties(prepared, config);
  if (agent_specs.size() != parties.size()) {
    std::string names;
    for (auto p : parties) names += (names.empty() ? "" : ", ") + prepared.scenario().parties[p].name;
    throw InputError(SourceLocation{"", 0, "agents"},
                     fmt::format("{} agent(s) given for {} negotiating parties ({})", agent_specs.size(),
                                 parties.size(), names));
  }
  // Under uncertainty agents are built from the scenario in which their utilities are estimates.
  const Scenario& seen = config.uncertainty ? config.uncertainty->agent_scenario() : prepared.scenario();
  std::vector<std::unique_ptr<Agent>> agents;
  for (std::size_t k = 0; k < parties.size(); ++k) agents.push_back(make_agent(agent_specs[k], seen, parties[k]));
  return run_session_with_agents(prepared, std::move(agents), config, trace);
}

SessionResult run_session_with_agents(const PreparedScenario& prepared, std::vector<std::unique_ptr<Agent>> agents,
                          const SessionConfig& config, TraceSink* trace) {
  const auto parties = negotiating_parties(prepared, config);
  check_config(prepared, config, parties);
  if (agents.size() != parties.size())
    throw InputError(SourceLocation{"", 0, "agents"},
                     fmt::format("{} agents for {} negotiating parties", agents.size(), parties.size()));
  const auto start = std::chrono::steady_clock::now();
  SessionRun run(prepared, config, trace, agents, parties);
  // Each agent gets its own stream derived from the session seed (SplitMix64 constants), so
  // adding an agent never shifts another's randomness. The views live until the session ends.
  std::vector<NegotiatorView> views;
  Channels channels(agents.size());
  views.reserve(agents.size());
  for (std::size_t k = 0; k < agents.size(); ++k) {
    std::vector<std::size_t> others;
    for (auto p : parties)
      if (p != parties[k]) others.push_back(p);
    views.push_back(negotiator_view(prepared, parties[k], std::move(others), config.deadline(),
                                    config.seed * 0x9E3779B97F4A7C15ULL + (k + 1) * 0xBF58476D1CE4E5B9ULL));
    if (const auto* uncertain = config.uncertainty ? config.uncertainty->party(parties[k]) : nullptr) {
      const auto& party = prepared.scenario().parties[parties[k]];
      NegotiatorView::Own own{uncertain->estimate, party.reservation_value, party.discount_factor, &uncertain->user_model,
                              nullptr};
      if (uncertain->can_elicit) {
        channels[k] = std::make_unique<ElicitationChannel>(prepared.scenario().space, party.utility, uncertain->user_model,
                                                           uncertain->elicitation_cost, config.uncertainty->options().estimate,
                                                           uncertain->estimate);
        own.user_model = &channels[k]->user_model();
        own.elicitation = channels[k].get();
      }
      std::vector<std::string> names;
      for (const auto& p : prepared.scenario().parties) names.push_back(p.name);
      views[k] = NegotiatorView(prepared.scenario().space, std::move(own), config.deadline(), views[k].self(),
                                views[k].others(), std::move(names), views[k].seed());
    }
  }
  for (std::size_t k = 0; k < agents.size() && !run.ended(); ++k) run.guarded(k, [&] { agents[k]->begin(views[k]); });
  if (!run.ended()) {
    if (config.protocol == Protocol::mediated) run_mediated(run);
    else run_alternating_offers(run);
  }
  SessionResult result = std::move(run.result);
  result.parties = parties;
  for (const auto& agent : agents) result.agents.push_back(agent->spec());
  finish(prepared, result);
  record_uncertainty(prepared, config, channels, result);
  result.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

// --- SessionRun ---------------------------------------------------------------------------

SessionRun::SessionRun(const PreparedScenario& prepared_, const SessionConfig& config_, TraceSink* trace,
                       std::vector<std::unique_ptr<Agent>>& agents_, std::vector<std::size_t> parties_)
    : prepared(prepared_), config(config_), agents(agents_), parties(std::move(parties_)), trace_(trace),
      start_(std::chrono::steady_clock::now()) {}

double SessionRun::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

double SessionRun::time_at(int round) const {
  return config.deadline().time_at(round, config.time_limit > 0 ? elapsed() : 0.0);
}

bool SessionRun::past_deadline(int round) const {
  if (config.rounds > 0 && round > config.rounds) return true;
  return config.time_limit > 0 && elapsed() >= config.time_limit;
}

void SessionRun::fail(std::size_t k, std::string why) {
  if (ended_) return;
  result.acting_party = parties[k];
  result.failure = std::move(why);
  record(TraceEvent{TraceKind::failure, result.rounds, result.t, parties[k], nullptr, false, result.failure});
  end(EndReason::agent_failure, result.rounds, result.t);
}

void SessionRun::end(EndReason reason, int round, double t) {
  if (ended_) return;
  ended_ = true;
  if (config.model_quality.enabled) measure_models(round, t);
  result.reason = reason;
  result.rounds = round;
  result.t = t;
  record(TraceEvent{TraceKind::end, round, t, result.acting_party.value_or(SIZE_MAX),
                    result.agreement ? &*result.agreement : nullptr, result.agreement.has_value(), to_string(reason)});
}

void SessionRun::model_checkpoint(int round, double t) {
  const auto& times = config.model_quality.times;
  if (!config.model_quality.enabled || next_model_time_ >= times.size() || t < times[next_model_time_]) return;
  while (next_model_time_ < times.size() && times[next_model_time_] <= t) ++next_model_time_;
  measure_models(round, t);
}

// Every model every agent keeps of another negotiator, against that negotiator's true utility
// (never an estimate under uncertainty), each as a trace event too.
void SessionRun::measure_models(int round, double t) {
  const auto& scenario = prepared.scenario();
  for (std::size_t k = 0; k < agents.size(); ++k)
    for (const std::size_t opponent : parties) {
      if (opponent == parties[k]) continue;
      const OpponentModel* model = agents[k]->opponent_model(opponent);
      if (model == nullptr) continue;
      auto& reports = result.opponent_models;
      auto report = std::find_if(reports.begin(), reports.end(),
                                 [&](const auto& r) { return r.party == parties[k] && r.opponent == opponent; });
      if (report == reports.end()) report = reports.insert(reports.end(), OpponentModelReport{parties[k], opponent, {}});
      const auto quality = model_quality(scenario.space, scenario.parties[opponent].utility, *model, config.model_quality.limit);
      report->measures.push_back({round, t, quality});
      TraceEvent event{TraceKind::model_quality, round, t, parties[k]};
      event.opponent = opponent;
      event.quality = &report->measures.back().quality;
      record(event);
    }
}

bool SessionRun::notify_others(std::size_t k, ActionKind kind, const Outcome* offer, int round, double t) {
  const ObservedAction action{parties[k], kind, offer, round, t};
  for (std::size_t other = 0; other < agents.size(); ++other)
    if (other != k && !guarded(other, [&] { agents[other]->observe(action); })) return false;
  return true;
}

}  // namespace parley::negotiation
