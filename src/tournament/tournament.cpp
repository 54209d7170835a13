// prepare_tournament and Tournament: scenarios prepared once, sessions addressed by index.
#include "parley/tournament/tournament.hpp"

#include <algorithm>
#include <exception>

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include "parley/io/load.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/tournament/content_hash.hpp"
#include "parley/tournament/role_assignments.hpp"
#include "parley/tournament/seed.hpp"
#include "parley/tournament/uncertainty_setup.hpp"

namespace parley::tournament {
namespace {

std::string scenario_label(const ScenarioInput& input) {
  return input.path.empty() ? input.scenario.name : input.path;
}

[[noreturn]] void bad_scenario(const ScenarioInput& input, const std::string& field, const std::string& problem) {
  throw InputError(SourceLocation{scenario_label(input), 0, field}, problem);
}

// Protocol, mediator and negotiating parties of one scenario.
negotiation::SessionConfig session_config(const TournamentConfig& config, const ScenarioInput& input,
                                          const negotiation::PreparedScenario& prepared) {
  negotiation::SessionConfig session;
  session.rounds = config.rounds;
  session.timeline = *negotiation::timeline_from_string(config.timeline);  // checked by check_config
  session.model_quality.enabled = config.model_quality;
  session.model_quality.times = config.model_quality_times;
  std::vector<std::string> names;
  for (const auto& party : prepared.scenario().parties) names.push_back(party.name);
  if (config.protocol == "mediated") {
    session.protocol = negotiation::Protocol::mediated;
    try {
      session.mediator = negotiation::parse_mediator_spec(config.mediator, names);
    } catch (const InputError& e) {
      bad_scenario(input, "mediator", e.problem());
    }
  } else if (config.protocol == "auto") {
    session.protocol = negotiation::Protocol::saop;
    if (negotiation::negotiating_parties(prepared, session).size() == 2) session.protocol = negotiation::Protocol::sao;
  } else {
    session.protocol = *negotiation::protocol_from_string(config.protocol);
  }
  const auto negotiators = negotiation::negotiating_parties(prepared, session);
  if (session.protocol == negotiation::Protocol::sao && negotiators.size() != 2)
    bad_scenario(input, "protocol",
                 fmt::format("protocol sao is bilateral but {} parties negotiate; use saop, mediated or auto",
                             negotiators.size()));
  return session;
}

// Every agent must be able to play every side (e.g. a stated position names existing issues).
void check_agents_fit(const std::vector<std::string>& specs, const ScenarioInput& input,
                      const negotiation::PreparedScenario& prepared, const std::vector<std::size_t>& negotiators) {
  for (const auto& spec : specs)
    for (auto party : negotiators) {
      try {
        (void)negotiation::make_agent(spec, prepared.scenario(), party);
      } catch (const InputError& e) {
        bad_scenario(input, "agents",
                     fmt::format("agent '{}' cannot play party '{}': {}", spec,
                                 prepared.scenario().parties[party].name, e.problem()));
      }
    }
}

}  // namespace

std::vector<ScenarioInput> load_scenario_inputs(const std::vector<std::filesystem::path>& paths) {
  std::vector<ScenarioInput> inputs;
  for (const auto& given : paths)
    for (const auto& path : io::scenario_paths(given))
      inputs.push_back({path.string(), content_hash(path), io::load_scenario(path)});
  return inputs;
}

Tournament::Tournament(TournamentConfig config, std::vector<TournamentScenario> scenarios)
    : config_(std::move(config)), scenarios_(std::move(scenarios)) {
  agent_specs_ = config_.agents;
  agent_specs_.insert(agent_specs_.end(), config_.opponents.begin(), config_.opponents.end());
  for (const auto& scenario : scenarios_) {
    offsets_.push_back(per_repetition_);
    per_repetition_ += scenario.assignments.size();
  }
}

PlannedSession Tournament::session(std::uint64_t index) const {
  PlannedSession planned;
  planned.index = index;
  planned.repetition = static_cast<int>(index / per_repetition_);
  const std::uint64_t within = index % per_repetition_;
  const auto next = std::upper_bound(offsets_.begin(), offsets_.end(), within);
  planned.scenario = static_cast<std::size_t>(next - offsets_.begin()) - 1;
  planned.assignment = static_cast<std::size_t>(within - offsets_[planned.scenario]);
  planned.seed = session_seed(config_.seed, index);
  return planned;
}

std::vector<std::string> Tournament::session_agents(const PlannedSession& session) const {
  std::vector<std::string> specs;
  for (auto agent : scenarios_[session.scenario].assignments[session.assignment]) specs.push_back(agent_specs_[agent]);
  return specs;
}

Tournament prepare_tournament(const TournamentConfig& config, std::vector<ScenarioInput> inputs,
                              const negotiation::PrepareOptions& options) {
  check_config(config);
  if (inputs.empty()) throw InputError(SourceLocation{"", 0, "scenarios"}, "a tournament needs at least one scenario");
  // Preparation (offer indices, Pareto frontier) is the expensive part: once per scenario, in
  // parallel; the first failure in scenario order is reported, whatever thread hit it. Scenarios
  // of equal content (the same file listed twice, a copy under another name) share one
  // computation of their statistics, through a cache keyed by content unless the caller gave one.
  analysis::StatisticsCache cache(inputs.size());
  auto shared = options;
  if (shared.cache == nullptr) shared.cache = &cache;
  std::vector<std::shared_ptr<const negotiation::PreparedScenario>> prepared(inputs.size());
  std::vector<std::exception_ptr> failures(inputs.size());
  tbb::parallel_for(std::size_t{0}, inputs.size(), [&](std::size_t s) {
    try {
      prepared[s] = std::make_shared<const negotiation::PreparedScenario>(inputs[s].scenario, shared);
    } catch (...) {
      failures[s] = std::current_exception();
    }
  });
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
  // Preference uncertainty: each scenario's rankings and estimates, once, before any session.
  std::vector<std::shared_ptr<const negotiation::PreparedUncertainty>> uncertainty(inputs.size());
  if (!config.uncertainty.empty()) {
    tbb::parallel_for(std::size_t{0}, inputs.size(), [&](std::size_t s) {
      try {
        uncertainty[s] = prepare_uncertainty(*prepared[s], config.uncertainty, config.estimator,
                                             stream_seed(config.seed, s), options.index);
      } catch (const InputError& e) {
        failures[s] = std::make_exception_ptr(InputError(SourceLocation{scenario_label(inputs[s]), 0, "uncertainty"},
                                                         e.problem()));
      } catch (...) {
        failures[s] = std::current_exception();
      }
    });
    for (const auto& failure : failures)
      if (failure) std::rethrow_exception(failure);
  }

  std::vector<std::string> specs = config.agents;
  specs.insert(specs.end(), config.opponents.begin(), config.opponents.end());
  std::vector<TournamentScenario> scenarios;
  for (std::size_t s = 0; s < inputs.size(); ++s) {
    TournamentScenario entry{inputs[s].path, inputs[s].content_hash, prepared[s], {}, {}, {}, 0};
    entry.session = session_config(config, inputs[s], *prepared[s]);
    entry.session.uncertainty = uncertainty[s];
    entry.negotiators = negotiation::negotiating_parties(*prepared[s], entry.session);
    check_agents_fit(specs, inputs[s], *prepared[s], entry.negotiators);
    const RoleAssignmentRequest request{config.agents.size(), config.opponents.size(), entry.negotiators.size(),
                                        config.self_play, config.max_assignments, stream_seed(config.seed, s)};
    auto assignments = role_assignments(request);
    if (assignments.tuples.empty())
      bad_scenario(inputs[s], "agents",
                   fmt::format("{} parties negotiate but only {} distinct {} are given; add more or allow self-play",
                               entry.negotiators.size(), config.opponents.empty() ? config.agents.size() : config.opponents.size(),
                               config.opponents.empty() ? "agents" : "opponents"));
    entry.assignments = std::move(assignments.tuples);
    entry.assignment_count = assignments.total;
    scenarios.push_back(std::move(entry));
  }
  return Tournament(config, std::move(scenarios));
}

}  // namespace parley::tournament
