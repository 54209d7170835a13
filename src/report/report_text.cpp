#include "report/report_text.hpp"

#include <fmt/format.h>

#include "parley/model/tolerance.hpp"

namespace parley::report::text {

std::string options_of(const ShownPosition& shown) {
  if (!shown.position) return "";
  std::string joined;
  for (const auto& option : shown.position->options) joined += (joined.empty() ? "" : " | ") + option;
  return joined;
}

std::string utilities(const std::vector<double>& values) {
  std::string joined;
  for (double u : values) joined += fmt::format("{}{:.3f}", joined.empty() ? "" : " / ", u);
  return "u = " + joined;
}

bool zopa_open(const SnapshotReport& snapshot) { return snapshot.analysis.zopa.nonempty.value_or(false); }

std::string zopa_status(const SnapshotReport& snapshot) {
  const auto& zopa = snapshot.analysis.zopa;
  const std::string margin = snapshot.sweep.margin ? fmt::format("margin {:+.3f}", *snapshot.sweep.margin) : "margin n/a";
  if (!zopa.nonempty) return "unknown (" + zopa.reason + ")";
  if (!*zopa.nonempty) return "empty, " + margin;
  const std::string count = zopa.rational_outcomes ? zopa.rational_outcomes->decimal + " rational outcomes" : "rational outcomes exist";
  return fmt::format("open, {}, {}", count, margin);
}

std::string blocking_issues(const Scenario& scenario, const analysis::SensitivitySweep& sweep) {
  if (sweep.issues.empty()) return "not computed (" + sweep.reason + ")";
  if (sweep.margin && tolerance::margin_open(*sweep.margin)) return "none (the ZOPA is open)";
  std::string names;
  for (const auto& issue : sweep.issues)
    if (issue.blocks) names += (names.empty() ? "" : ", ") + scenario.space.issue(issue.issue).name();
  return names.empty() ? "no single issue (settling any one alone does not open the ZOPA)" : names;
}

std::string blocking_issues(const SnapshotReport& snapshot) { return blocking_issues(snapshot.scenario, snapshot.sweep); }

std::string threshold_sentence(const Scenario& scenario, const analysis::SensitivitySweep& sweep, std::size_t party) {
  const auto& name = scenario.parties[party].name;
  if (party >= sweep.thresholds.size()) return name + ": not computed";
  const auto& t = sweep.thresholds[party];
  if (!t.threshold) return fmt::format("{} {:.3f}: no reservation value opens the ZOPA (the others cannot all be satisfied)", name, t.reservation);
  const double change = *t.change();
  if (change >= 0)
    return fmt::format("{} {:.3f}: the ZOPA closes if it rises above {:.3f} (+{:.3f})", name, t.reservation, *t.threshold, change);
  return fmt::format("{} {:.3f}: the ZOPA opens if it falls to {:.3f} ({:.3f})", name, t.reservation, *t.threshold, change);
}

std::string simulation_result(const Scenario& scenario, const SimulationRun& run, bool with_outcome) {
  const auto& result = run.result;
  if (result.agreement) {
    std::string text = fmt::format("agreement in round {}, {}", result.rounds, utilities(result.utilities));
    if (with_outcome) text += ": " + scenario.space.describe(*result.agreement);
    return text;
  }
  return fmt::format("no agreement ({}, {} rounds)", negotiation::to_string(result.reason), result.rounds);
}

std::string point_option(const Scenario& scenario, const std::optional<analysis::AgreementPoint>& point, std::size_t issue) {
  return point ? scenario.space.issue(issue).label(point->outcome[issue]) : "-";
}

std::string actor_name(const Timeline& timeline, const std::string& id) {
  const auto* actor = timeline.find_actor(id);
  return actor ? actor->name : id;
}

std::string speaker_name(const Timeline& timeline, const std::string& id) {
  const auto* person = timeline.find_person(id);
  if (!person) return id;
  return fmt::format("{} ({})", person->name, actor_name(timeline, person->party));
}

std::string source_label(const Timeline& timeline, const std::string& id) {
  const auto* source = timeline.find_source(id);
  return source ? fmt::format("{}, {}", source->outlet, to_string(source->published)) : id;
}

}  // namespace parley::report::text
