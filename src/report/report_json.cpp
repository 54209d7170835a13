// report_to_json: the report model as data (schema: docs/cli/report.md, "JSON").
#include "parley/report/report_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/forecast/scenario_issues.hpp"
#include "parley/negotiation/outcome_json.hpp"
#include "parley/negotiation/session_json.hpp"
#include "parley/report/analysis_json.hpp"
#include "parley/report/glossary.hpp"
#include "parley/report/sensitivity_report.hpp"
#include "report/report_text.hpp"

namespace parley::report {
namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

Json judgement_json(const Judgement& judgement) {
  return Json{{"value", judgement.value}, {"why", judgement.why}, {"set_in", judgement.set_in}};
}

Json citation_json(const TimelineReport& report, const Citation& c) {
  return Json{{"source", c.source},
              {"form", std::string(to_string(c.form))},
              {"speaker", c.speaker.empty() ? Json(nullptr) : Json(c.speaker)},
              {"about", c.about.empty() ? Json(nullptr) : Json(c.about)},
              {"quote", c.quote},
              {"date", c.date ? Json(to_string(*c.date)) : Json(nullptr)},
              {"broken", evidence::has_problem(report.citations, c)}};
}

Json citations_json(const TimelineReport& report, const std::vector<Citation>& citations) {
  Json out = Json::array();
  for (const auto& c : citations) out.push_back(citation_json(report, c));
  return out;
}

Json positions_json(const TimelineReport& report, const SnapshotReport& snapshot) {
  Json out = Json::array();
  const auto& timeline = *report.timeline;
  for (std::size_t a = 0; a < report.actors.size(); ++a)
    for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
      const auto& shown = snapshot.positions[a][i];
      if (!shown.position) continue;
      const auto& p = *shown.position;
      out.push_back(Json{{"actor", p.actor},
                         {"issue", p.issue},
                         {"options", p.options},
                         {"stance", std::string(to_string(p.stance))},
                         {"stated_in", timeline.snapshots[shown.snapshot_index].id},
                         {"carried", shown.snapshot_index < snapshot.index},
                         {"summary", p.summary},
                         {"because", p.because},
                         {"citations", citations_json(report, p.citations)}});
    }
  return out;
}

Json preferences_json(const Timeline& timeline, const std::vector<PartyPreferences>& all) {
  Json out = Json::array();
  for (const auto& preferences : all) {
    Json issues = Json::array();
    for (std::size_t i = 0; i < preferences.issues.size(); ++i) {
      const auto& issue = timeline.space.issue(i);
      const auto& pref = preferences.issues[i];
      Json evaluations = Json::object();
      for (std::size_t k = 0; k < issue.size(); ++k) evaluations[issue.label(k)] = pref.evaluations[k];
      issues.push_back(Json{{"issue", issue.name()},
                            {"weight", {{"value", pref.weight}, {"why", pref.why_weight}}},
                            {"evaluations", {{"value", evaluations}, {"why", pref.why_evaluations}}},
                            {"set_in", pref.set_in}});
    }
    out.push_back(Json{{"party", preferences.party},
                       {"reservation", judgement_json(preferences.reservation)},
                       {"capability", judgement_json(preferences.capability)},
                       {"salience", preferences.salience ? judgement_json(*preferences.salience) : Json(nullptr)},
                       {"issues", issues}});
  }
  return out;
}

Json red_lines_json(const TimelineReport& report, const SnapshotReport& snapshot) {
  Json lines = Json::array();
  for (const auto& at : snapshot.red_lines) {
    const auto& r = *at.red_line;
    lines.push_back(Json{{"party", r.party},
                         {"issue", r.issue},
                         {"rejects", r.rejects},
                         {"stance", std::string(to_string(r.stance))},
                         {"stated_in", report.timeline->snapshots[at.snapshot_index].id},
                         {"summary", r.summary},
                         {"because", r.because},
                         {"citations", citations_json(report, r.citations)}});
  }
  const auto& sweep = snapshot.red_line_sweep;
  Json effects = Json::array();
  for (const auto& effect : sweep.effects)
    effects.push_back(Json{{"red_line", text::red_line_description(snapshot.scenario, effect)},
                           {"margin_without_it", optional_number(effect.margin)},
                           {"zopa_open_without_it", effect.open}});
  Json pairs = Json::array();
  for (const auto& pair : sweep.reopening_pairs)
    pairs.push_back(Json{{"red_lines", {text::red_line_description(snapshot.scenario, sweep.effects[pair.first]),
                                        text::red_line_description(snapshot.scenario, sweep.effects[pair.second])}},
                         {"margin_without_them", optional_number(pair.margin)}});
  return Json{{"in_force", lines},
              {"reopening_pairs", pairs},
              {"zopa_open_without_red_lines", sweep.open_without},
              {"margin_without_red_lines", optional_number(sweep.margin_without)},
              {"zopa_open_with_red_lines", sweep.open_with},
              {"margin_with_red_lines", optional_number(sweep.margin_with)},
              {"closed_reason", sweep.closed_reason},
              {"red_lines_close_the_zopa", sweep.red_lines_close()},
              {"single_concessions", effects},
              {"verdict", text::red_line_verdict(snapshot)}};
}

Json forecasts_json(const Timeline& timeline, const SnapshotReport& snapshot) {
  Json out = Json::array();
  for (const auto& input : snapshot.forecast_inputs) {
    const auto& issue = timeline.space.issue(*timeline.space.find_issue(input.issue.name));
    Json actors = Json::array();
    for (std::size_t k = 0; k < input.issue.stances.size(); ++k) {
      const auto& stance = input.issue.stances[k];
      const auto& reason = input.reasons[k];
      actors.push_back(Json{{"actor", reason.actor},
                            {"options", reason.options},
                            {"stance", std::string(to_string(reason.stance))},
                            {"stated_in", timeline.snapshots[reason.stated_in].id},
                            {"position", {{"value", stance.position}, {"why", reason.position_why}}},
                            {"capability", {{"value", stance.capability}, {"why", reason.capability_why}}},
                            {"salience", {{"value", stance.salience}, {"why", reason.salience_why}}}});
    }
    Json entry{{"issue", input.issue.name}, {"actors", actors}, {"left_out", input.left_out},
               {"not_forecast", input.not_forecast.empty() ? Json(nullptr) : Json(input.not_forecast)}};
    const auto model = [&](const std::optional<double>& value) {
      return value ? Json{{"value", *value}, {"option", issue.label(forecast::nearest_value(issue, *value))}} : Json(nullptr);
    };
    for (const auto& f : snapshot.forecasts)
      if (f.issue == input.issue.name) {
        entry["median"] = model(f.median);
        entry["compromise"] = model(f.compromise);
        entry["nash"] = model(f.nash);
        entry["bdm"] = model(f.bdm ? std::optional<double>(f.bdm->forecast()) : std::nullopt);
      }
    out.push_back(entry);
  }
  return out;
}

Json concessions_json(const Scenario& scenario, const std::vector<analysis::PartyConcessions>& all) {
  const auto list = [&](const std::vector<analysis::Concession>& concessions) {
    Json out = Json::array();
    for (const auto& c : concessions)
      out.push_back(Json{{"issue", scenario.space.issue(c.issue).name()},
                         {"option", scenario.space.issue(c.issue).label(c.option)},
                         {"utility", c.utility}});
    return out;
  };
  Json out = Json::array();
  for (const auto& entry : all)
    out.push_back(Json{{"party", scenario.parties[entry.party].name},
                       {"gives", list(entry.gives)},
                       {"accepts", list(entry.accepts)},
                       {"total", entry.total},
                       {"why", "utility given up against the party's best option on each issue: weight x (best evaluation - "
                               "evaluation of the package's option); 'gives' on issues it decides, 'accepts' on issues others decide"}});
  return out;
}

Json optional_number_json(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

// The wider table (null without one): who decides each issue, the three-sided analysis beside the
// bilateral one, what each party gives, and who would veto the bilateral Nash package.
Json wider_table_json(const TimelineReport& report, const SnapshotReport& snapshot) {
  if (!snapshot.wider) return nullptr;
  const auto& timeline = *report.timeline;
  const auto& wider = *snapshot.wider_scenario;
  const auto& w = *snapshot.wider;
  const auto names = [&](const Scenario& scenario, const std::vector<std::size_t>& parties) {
    Json out = Json::array();
    for (const auto p : parties) out.push_back(scenario.parties[p].name);
    return out;
  };
  Json deciders = Json::array();
  for (std::size_t i = 0; i < wider.space.issue_count(); ++i) {
    const auto& d = snapshot.deciders[i];
    deciders.push_back(Json{{"issue", wider.space.issue(i).name()},
                            {"decided_by", names(wider, d.parties)},
                            {"not_at_the_bilateral_table", snapshot.bilateral_deciders[i].outside},
                            {"why", d.owners ? d.owners->why : "no issue_owners entry: decided by the principals"},
                            {"citations", d.owners ? citations_json(report, d.owners->citations) : Json::array()}});
  }
  Json parties = Json::array();
  for (const auto& party : wider.parties) parties.push_back(party.name);
  Json bilateral = nullptr;
  if (w.bilateral_nash)
    bilateral = Json{{"package", agreement_point_json(wider.space, *w.bilateral_nash)},
                     {"without_red_lines", w.bilateral_without_red_lines},
                     {"vetoed_by", names(wider, w.vetoes)},
                     {"concessions", concessions_json(wider, w.bilateral_concessions)}};
  return Json{{"parties", parties},
              {"preferences", preferences_json(timeline, snapshot.snapshot->wider_table)},
              {"deciders", deciders},
              {"analysis", analysis_to_json(wider, w.with_red_lines)},
              {"analysis_without_red_lines", analysis_to_json(analysis::without_red_lines(wider), w.without_red_lines)},
              {"margin", optional_number_json(w.margin_with)},
              {"margin_without_red_lines", optional_number_json(w.margin_without)},
              {"reference", w.reference ? Json{{"package", agreement_point_json(wider.space, *w.reference)},
                                               {"without_red_lines", w.reference_without_red_lines},
                                               {"concessions", concessions_json(wider, w.concessions)}}
                                        : Json(nullptr)},
              {"bilateral_nash", bilateral}};
}

Json blocs_json(const TimelineReport& report, const SnapshotReport& snapshot) {
  Json out = Json::array();
  for (const auto& check : snapshot.blocs) {
    Json members = Json::array();
    for (const auto& m : check.members)
      members.push_back(Json{{"actor", m.actor}, {"options", m.position->options}, {"stated_in", report.timeline->snapshots[m.snapshot_index].id}});
    out.push_back(Json{{"bloc", check.bloc->id},
                       {"issue", report.timeline->space.issue(check.issue).name()},
                       {"members", members},
                       {"common", check.common},
                       {"consistent", check.consistent()}});
  }
  return out;
}

// Each simulated session is the shared session result (docs/formats/session_result.md), as
// `parley negotiate --json --at SNAPSHOT` writes it for the same agents, seed and deadline; the
// report puts its name, the evidence behind the strategies and the deadline first, and marks on
// each seat the issues of a stated package that no source gives.
Json simulations_json(const SnapshotReport& snapshot) {
  Json out = Json::array();
  for (const auto& run : snapshot.simulations) {
    Json entry{{"name", run.name}, {"why", run.why}, {"deadline", run.config.rounds}};
    auto session = negotiation::session_result_json(snapshot.scenario, run.config, run.result);
    for (auto& [key, value] : session.items()) entry[key] = std::move(value);
    auto& seats = entry["negotiators"];
    for (std::size_t k = 0; k < seats.size(); ++k) seats[k]["filled_in"] = k < run.filled_in.size() ? run.filled_in[k] : "";
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

nlohmann::ordered_json report_to_json(const TimelineReport& report) {
  const auto& timeline = *report.timeline;
  Json shocks = Json::array();
  for (const auto& shock : report.shocks) shocks.push_back(shock.spec);
  Json snapshots = Json::array();
  for (const auto& snapshot : report.snapshots) {
    const auto& s = *snapshot.snapshot;
    snapshots.push_back(Json{{"id", s.id},
                             {"date", to_string(s.date)},
                             {"window", {to_string(s.window_from), to_string(s.window_to)}},
                             {"title", s.title},
                             {"summary", s.summary},
                             {"positions", positions_json(report, snapshot)},
                             {"preferences", preferences_json(timeline, s.preferences)},
                             {"red_lines", red_lines_json(report, snapshot)},
                             {"analysis", analysis_to_json(snapshot.scenario, snapshot.analysis)},
                             {"sensitivity", sweep_json(snapshot.scenario, snapshot.sweep)},
                             {"forecasts", forecasts_json(timeline, snapshot)},
                             {"forecast_problem", snapshot.forecast_problem},
                             {"simulations", simulations_json(snapshot)},
                             {"simulation_problem", snapshot.simulation_problem},
                             {"wider_table", wider_table_json(report, snapshot)},
                             {"blocs", blocs_json(report, snapshot)}});
  }
  Json definitions = Json::object();
  for (const auto& [field, meaning] : field_definitions()) definitions[field] = meaning;
  return Json{{"schema", "parley.report/2"},
              {"name", timeline.name},
              {"shocks", shocks},
              {"citation_check", evidence::to_json(report.citations)},
              {"snapshots", snapshots},
              {"definitions", definitions}};
}

}  // namespace parley::report
