// build_timeline_report: runs every analysis of one snapshot after another (see
// flagship_report.hpp for what is computed, docs/REPORT.md for why).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "parley/forecast/scenario_issues.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/report/flagship_report.hpp"

namespace parley::report {
namespace {

bool has_issue_position(const Timeline& timeline, const Actor& actor) {
  for (const auto& snapshot : timeline.snapshots)
    for (const auto& position : snapshot.positions)
      if (position.actor == actor.id && !position.issue.empty()) return true;
  return false;
}

// Actors with a position on an issue, principals first, each group in the timeline's order.
std::vector<std::string> reported_actors(const Timeline& timeline) {
  std::vector<std::string> principals, others;
  for (const auto& actor : timeline.actors)
    if (has_issue_position(timeline, actor)) (actor.role == "principal" ? principals : others).push_back(actor.id);
  principals.insert(principals.end(), others.begin(), others.end());
  return principals;
}

std::vector<std::size_t> principal_parties(const Scenario& scenario) {
  std::vector<std::size_t> parties;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    if (scenario.parties[p].role == "principal") parties.push_back(p);
  return parties;
}

// A mediator who states a position on an issue in this very snapshot is taken to mediate in it.
const Actor* active_mediator(const Timeline& timeline, const Snapshot& snapshot) {
  for (const auto& actor : timeline.actors) {
    if (actor.role.find("mediator") == std::string::npos) continue;
    for (const auto& position : snapshot.positions)
      if (position.actor == actor.id && !position.issue.empty()) return &actor;
  }
  return nullptr;
}

// Sessions run over the outcomes no red line excludes (red lines are public statements); the
// agreement is reported in the snapshot scenario's own option indices.
SimulationRun run_simulation(const negotiation::PreparedScenario& prepared, const analysis::RedLineRestriction& restriction,
                             SimulationRun run) {
  negotiation::OfferRecorder recorder(prepared.scenario());
  run.result = negotiation::run_session(prepared, run.agents, run.config, &recorder);
  if (run.result.agreement) run.result.agreement = analysis::to_original(restriction, *run.result.agreement);
  run.offers = recorder.offers();
  return run;
}

std::string filled_in_issues(const Scenario& scenario, const StatedPackage& package) {
  std::string names;
  for (std::size_t i = 0; i < package.filled_in.size(); ++i)
    if (package.filled_in[i]) names += (names.empty() ? "" : ", ") + scenario.space.issue(i).name();
  return names;
}

std::vector<SimulationRun> simulations(const Timeline& timeline, SnapshotReport& snapshot,
                                       const TimelineReportOptions& options) {
  const auto principals = principal_parties(snapshot.scenario);
  if (principals.size() != 2) return {};
  const auto restriction = analysis::restrict_to_red_lines(snapshot.scenario);
  if (restriction.closed()) {
    std::string issues;
    for (auto i : restriction.closed_issues) issues += (issues.empty() ? "" : " and ") + snapshot.scenario.space.issue(i).name();
    snapshot.simulation_problem = "one side or the other rejects every option of " + issues +
                                  ", so there is no package both would sign and no session is run";
    return {};
  }
  const auto& scenario = *restriction.scenario;
  const std::size_t a = principals[0], b = principals[1];
  const negotiation::PreparedScenario prepared(scenario);
  negotiation::SessionConfig config;
  config.protocol = negotiation::Protocol::sao;
  config.rounds = options.rounds;
  config.seed = options.seed;
  config.parties = {a, b};
  const auto package_a = stated_package_of(timeline, snapshot.index, scenario, a);
  const auto package_b = stated_package_of(timeline, snapshot.index, scenario, b);
  const auto stated_a = stated_agent_spec(scenario, package_a.outcome);
  const auto stated_b = stated_agent_spec(scenario, package_b.outcome);
  const auto filled_a = filled_in_issues(scenario, package_a), filled_b = filled_in_issues(scenario, package_b);
  const auto& name_a = scenario.parties[a].name;
  const auto& name_b = scenario.parties[b].name;

  std::vector<SimulationRun> runs;
  runs.push_back(run_simulation(prepared, restriction, {fmt::format("{} waits, {} holds its stated positions", name_a, name_b),
                                           fmt::format("{} is \"ready to wait\" (Boulware, e = 0.2); {} offers only the package of its cited positions", name_a, name_b),
                                           {"", filled_b}, config, {"boulware", stated_b}}));
  runs.push_back(run_simulation(prepared, restriction, {fmt::format("{} holds its stated positions, {} waits", name_a, name_b),
                                           fmt::format("the mirror image: {} offers only its cited package, {} concedes late", name_a, name_b),
                                           {filled_a, ""}, config, {stated_a, "boulware"}}));
  runs.push_back(run_simulation(prepared, restriction, {"both patient", "both concede late (Boulware, e = 0.2) down to their reservation values",
                                           {"", ""}, config, {"boulware", "boulware"}}));
  if (const auto* mediator = active_mediator(timeline, *snapshot.snapshot)) {
    auto mediated = config;
    mediated.protocol = negotiation::Protocol::mediated;
    mediated.mediator = negotiation::parse_mediator_spec("veto", {});
    runs.push_back(run_simulation(
        prepared, restriction, {fmt::format("{} mediates a single text", mediator->name),
                   fmt::format("{} ({}) proposes one change at a time to a single draft; each side vetoes changes that hurt it "
                               "below its aspiration; the draft is signed if both prefer it to no deal",
                               mediator->name, mediator->role),
                   {"", ""}, mediated, {"boulware", "boulware"}}));
  }
  return runs;
}

void add_forecasts(const Timeline& timeline, SnapshotReport& snapshot) {
  try {
    snapshot.forecast_inputs = forecast::issues_from_timeline(timeline, snapshot.index);
    for (const auto& input : snapshot.forecast_inputs)
      if (input.not_forecast.empty()) snapshot.forecasts.push_back(forecast::forecast_issue(input.issue));
  } catch (const InputError& error) {
    snapshot.forecasts.clear();
    snapshot.forecast_problem = error.problem();
  }
}

}  // namespace

StatedPackage stated_package_of(const Timeline& timeline, std::size_t index, const Scenario& scenario, std::size_t party) {
  const auto& utility = scenario.parties[party].utility.additive();
  const Actor* actor = nullptr;
  for (const auto& candidate : timeline.actors)
    if (candidate.name == scenario.parties[party].name) actor = &candidate;
  StatedPackage package{Outcome(scenario.space.issue_count(), 0), std::vector<bool>(scenario.space.issue_count(), false)};
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    const auto& evaluations = utility.evaluations[i];
    std::vector<std::size_t> candidates;
    if (actor)
      if (const auto at = forecast::latest_issue_position(timeline, index, actor->id, issue.name()))
        for (const auto& option : at->position->options)
          if (const auto k = issue.find(option)) candidates.push_back(*k);
    if (candidates.empty()) {
      package.filled_in[i] = true;
      for (std::size_t k = 0; k < issue.size(); ++k) candidates.push_back(k);
    }
    // The candidate it values most; the first on a tie.
    package.outcome[i] = static_cast<std::uint32_t>(*std::max_element(
        candidates.begin(), candidates.end(), [&](std::size_t x, std::size_t y) { return evaluations[x] < evaluations[y]; }));
  }
  return package;
}

Outcome stated_package(const Timeline& timeline, std::size_t index, const Scenario& scenario, std::size_t party) {
  return stated_package_of(timeline, index, scenario, party).outcome;
}

std::string shocks_label(const std::vector<analysis::Shock>& shocks) {
  std::string specs;
  for (const auto& shock : shocks) specs += (specs.empty() ? "" : ", ") + shock.spec;
  return specs.empty() ? "" : "shocked: " + specs;
}

std::string stated_agent_spec(const Scenario& scenario, const Outcome& package) {
  std::string spec = "stated:";
  for (std::size_t i = 0; i < package.size(); ++i)
    spec += fmt::format("{}{}={}", i == 0 ? "" : ",", scenario.space.issue(i).name(), scenario.space.issue(i).label(package[i]));
  return spec;
}

std::string nearest_option(const Issue& issue, double scale_position) {
  return issue.label(forecast::nearest_value(issue, scale_position));
}

TimelineReport build_timeline_report(const Timeline& timeline, const TimelineReportOptions& options) {
  TimelineReport report;
  report.timeline = &timeline;
  report.actors = reported_actors(timeline);
  report.citations = evidence::verify_citations(timeline);
  report.shocks = options.shocks;
  for (std::size_t s = 0; s < timeline.snapshots.size(); ++s) {
    SnapshotReport snapshot;
    snapshot.snapshot = &timeline.snapshots[s];
    snapshot.index = s;
    snapshot.scenario = analysis::apply_shocks(scenario_at(timeline, timeline.snapshots[s]), options.shocks);
    snapshot.analysis = analysis::analyze(snapshot.scenario);
    snapshot.sweep = analysis::sensitivity_sweep(snapshot.scenario);
    snapshot.red_lines = red_lines_at(timeline, s);
    snapshot.red_line_sweep = analysis::red_line_sweep(snapshot.scenario);
    add_forecasts(timeline, snapshot);
    snapshot.bilateral_deciders = issue_deciders(timeline, timeline.snapshots[s], snapshot.scenario);
    snapshot.blocs = bloc_consistency(timeline, s);
    if (has_wider_table(timeline.snapshots[s])) {
      snapshot.wider_scenario = analysis::apply_shocks(wider_table_scenario_at(timeline, timeline.snapshots[s]), options.shocks);
      snapshot.deciders = issue_deciders(timeline, timeline.snapshots[s], *snapshot.wider_scenario);
      snapshot.wider = analysis::analyze_wider_table(snapshot.scenario, *snapshot.wider_scenario, snapshot.deciders);
    }
    for (const auto& actor : report.actors) {
      std::vector<ShownPosition> row;
      for (const auto& issue : timeline.space.issues()) {
        const auto at = forecast::latest_issue_position(timeline, s, actor, issue.name());
        row.push_back(at ? ShownPosition{at->position, at->snapshot_index} : ShownPosition{});
      }
      snapshot.positions.push_back(std::move(row));
    }
    if (options.simulate) snapshot.simulations = simulations(timeline, snapshot, options);
    report.snapshots.push_back(std::move(snapshot));
  }
  return report;
}

}  // namespace parley::report
