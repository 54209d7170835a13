#include "report/report_text.hpp"

#include <fmt/format.h>

#include "parley/model/tolerance.hpp"
#include "parley/report/glossary.hpp"

namespace parley::report::text {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string joined;
  for (const auto& item : items) joined += (joined.empty() ? "" : separator) + item;
  return joined;
}

std::string issue_label(const std::string& name) {
  std::string label = name;
  for (auto& c : label)
    if (c == '_') c = ' ';
  return label;
}

std::string option_label(const std::string& option) {
  std::string label = option;
  for (auto& c : label)
    if (c == '-' || c == '_') c = ' ';
  return label;
}

std::string red_line_description(const Scenario& scenario, const analysis::RedLineEffect& effect) {
  return scenario.parties[effect.party].red_lines[effect.red_line].description;
}

Numbers Numbers::tagged(const TimelineReport& report, const SnapshotReport& snapshot) {
  Numbers numbers;
  numbers.report_ = &report;
  numbers.snapshot_ = &snapshot;
  return numbers;
}

std::string Numbers::operator()(std::string digits, std::string_view reason) const {
  if (!report_) return digits;
  std::string tagged;
  tagged += kTagMark;
  tagged += reason;
  tagged += kTagSplit;
  tagged += digits;
  tagged += kTagMark;
  return tagged;
}

std::string Numbers::reservation(std::string digits, std::string_view party) const {
  if (!report_) return digits;
  return (*this)(std::move(digits), reservation_reason(*report_, *snapshot_, party));
}

std::string reservation_reason(const TimelineReport& report, const SnapshotReport& snapshot, std::string_view party) {
  const auto& timeline = *report.timeline;
  std::vector<const PartyPreferences*> all;
  for (const auto& p : snapshot.snapshot->preferences) all.push_back(&p);
  for (const auto& p : snapshot.snapshot->wider_table) all.push_back(&p);
  for (const auto* preferences : all) {
    const auto* bloc = timeline.find_bloc(preferences->party);
    if ((bloc ? bloc->name : actor_name(timeline, preferences->party)) != party) continue;
    const auto& judgement = preferences->reservation;
    std::string why = judgement.why;
    if (!judgement.set_in.empty()) why += " (set in " + judgement.set_in + ")";
    std::vector<std::string> shocks;
    for (const auto& shock : report.shocks) shocks.push_back(shock.spec);
    if (!shocks.empty()) why += " The value shown is after the shocks " + join(shocks, ", ") + ".";
    return why;
  }
  return definition("reservation value");  // a party the snapshot's preferences do not name: only the term is known
}

namespace {
std::string margin_text(const std::optional<double>& margin, const Numbers& numbers) {
  return margin ? "margin " + numbers(fmt::format("{:+.3f}", *margin), definition("margin")) : "nothing permitted";
}
}  // namespace

std::string red_line_verdict(const SnapshotReport& snapshot, const Numbers& numbers) {
  const auto& sweep = snapshot.red_line_sweep;
  if (!sweep.any) return "";
  std::vector<std::string> closed;
  for (auto i : sweep.closed_issues) closed.push_back(issue_label(snapshot.scenario.space.issue(i).name()));
  const std::string with = closed.empty() ? margin_text(sweep.margin_with, numbers)
                                          : "nothing can be signed: one side or the other rejects every option of " + join(closed, " and ");
  if (sweep.open_with)
    return fmt::format("the ZOPA stays open with the red lines ({}; {} without them): no red line excludes every package both "
                       "sides prefer to no deal",
                       with, margin_text(sweep.margin_without, numbers));
  if (!sweep.open_without)
    return fmt::format("the ZOPA is empty even without the red lines ({}); with them: {}", margin_text(sweep.margin_without, numbers), with);
  std::vector<std::string> reopen;
  for (const auto& effect : sweep.effects)
    if (effect.open) reopen.push_back(fmt::format("{} ({})", red_line_description(snapshot.scenario, effect), margin_text(effect.margin, numbers)));
  std::string concessions;
  if (!reopen.empty()) {
    concessions = "Dropping one alone reopens it: " + join(reopen, "; ") + ".";
  } else {
    std::vector<std::string> pairs;
    for (const auto& pair : sweep.reopening_pairs)
      pairs.push_back(fmt::format("{} and {} ({})", red_line_description(snapshot.scenario, sweep.effects[pair.first]),
                                  red_line_description(snapshot.scenario, sweep.effects[pair.second]), margin_text(pair.margin, numbers)));
    concessions = "No single red line, dropped alone, reopens it; " +
                  (pairs.empty() ? std::string("nor does any pair.") : "two concessions together do: " + join(pairs, "; or ") + ".");
  }
  return fmt::format("the red lines close the ZOPA (open without them, {}; with them: {}). {}", margin_text(sweep.margin_without, numbers), with,
                     concessions);
}

std::string plain_reading(const SnapshotReport& snapshot, const Numbers& numbers) {
  const auto& scenario = snapshot.scenario;
  std::vector<std::string> parties;
  for (const auto& party : scenario.parties) parties.push_back(party.name);
  const auto both = join(parties, " and ");
  std::string text = fmt::format("{} ({}). ", snapshot.snapshot->title, to_string(snapshot.snapshot->date));
  const auto& zopa = snapshot.analysis.zopa;
  if (zopa_open(snapshot))
    text += fmt::format("There is a zone of possible agreement: {} packages that {} each prefer to no deal. ",
                        zopa.rational_outcomes ? zopa.rational_outcomes->decimal : std::string("some"), both);
  else
    text += fmt::format("No package is acceptable to both {}: the zone of possible agreement is empty. ", both);
  const auto& sweep = snapshot.red_line_sweep;
  if (sweep.red_lines_close()) {
    std::vector<std::string> closed;
    for (auto i : sweep.closed_issues) closed.push_back(issue_label(scenario.space.issue(i).name()));
    std::size_t single = 0;
    for (const auto& effect : sweep.effects) single += effect.open ? 1 : 0;
    text += "Without the red lines there would be one; " +
            (closed.empty() ? std::string("with them no package is left that both would sign. ")
                            : "with them one side or the other rejects every option of " + join(closed, " and ") + ". ");
    if (single > 0)
      text += fmt::format("{} single concession{} would reopen it (listed under the red lines). ", single, single == 1 ? "" : "s");
    else if (!sweep.reopening_pairs.empty())
      text += fmt::format("No single concession reopens it; it takes two at once ({} such pair{}, listed under the red lines). ",
                          sweep.reopening_pairs.size(), sweep.reopening_pairs.size() == 1 ? "" : "s");
    else
      text += "Not even two concessions at once reopen it. ";
  } else if (sweep.any && sweep.open_with) {
    text += "The red lines leave it open: " + red_line_verdict(snapshot, numbers) + ". ";
  }
  std::vector<std::string> blocking;
  for (const auto& issue : snapshot.sweep.issues)
    if (issue.blocks) blocking.push_back(issue_label(scenario.space.issue(issue.issue).name()));
  if (!blocking.empty()) text += "Settling any one of these issues alone would open it: " + join(blocking, ", ") + ". ";
  std::vector<std::string> forecasts;
  for (const auto& f : snapshot.forecasts)
    if (f.compromise)
      if (const auto i = scenario.space.find_issue(f.issue))
        forecasts.push_back(fmt::format("{} → {}", issue_label(f.issue), option_label(nearest_option(scenario.space.issue(*i), *f.compromise))));
  if (!forecasts.empty())
    text += "Weighing what every actor said by its capability and salience, the compromise forecasts land on " + join(forecasts, "; ") + ". ";
  if (!snapshot.simulations.empty()) {
    std::size_t agreed = 0;
    for (const auto& run : snapshot.simulations) agreed += run.result.agreement ? 1 : 0;
    text += fmt::format("Of {} simulated sessions, {} end in agreement.", snapshot.simulations.size(), agreed);
  } else if (!snapshot.simulation_problem.empty()) {
    text += "No session was simulated: there is no package either side would sign.";
  }
  return text;
}

std::string options_of(const ShownPosition& shown) {
  if (!shown.position) return "";
  std::string joined;
  for (const auto& option : shown.position->options) joined += (joined.empty() ? "" : " | ") + option;
  return joined;
}

std::string utilities(const std::vector<double>& values, const Numbers& numbers) {
  std::string joined;
  for (double u : values) joined += (joined.empty() ? "" : " / ") + numbers(fmt::format("{:.3f}", u), definition("utility"));
  return "u = " + joined;
}

bool zopa_open(const SnapshotReport& snapshot) { return snapshot.analysis.zopa.nonempty.value_or(false); }

std::string zopa_status(const SnapshotReport& snapshot, const Numbers& numbers) {
  const auto& zopa = snapshot.analysis.zopa;
  const std::string margin = snapshot.sweep.margin ? margin_text(snapshot.sweep.margin, numbers) : "margin n/a";
  if (!zopa.nonempty) return "unknown (" + zopa.reason + ")";
  if (!*zopa.nonempty && !snapshot.sweep.margin && !snapshot.red_line_sweep.closed_issues.empty())
    return "empty: the red lines exclude every option of an issue";
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

std::string threshold_sentence(const Scenario& scenario, const analysis::SensitivitySweep& sweep, std::size_t party,
                               const Numbers& numbers) {
  const auto& name = scenario.parties[party].name;
  if (party >= sweep.thresholds.size()) return fmt::format("{}: not computed ({})", name, sweep.reason);
  const auto& t = sweep.thresholds[party];
  const auto reservation = numbers.reservation(fmt::format("{:.3f}", t.reservation), name);
  if (!t.threshold)
    return fmt::format("{} {}: no reservation value opens the ZOPA ({})", name, reservation,
                       sweep.margin ? "the others cannot all be satisfied" : "the red lines leave nothing to sign");
  const double change = *t.change();
  const auto threshold = numbers(fmt::format("{:.3f}", *t.threshold), definition("threshold"));
  if (change >= 0)
    return fmt::format("{} {}: the ZOPA closes if it rises above {} ({})", name, reservation, threshold,
                       numbers(fmt::format("+{:.3f}", change), definition("threshold")));
  return fmt::format("{} {}: the ZOPA opens if it falls to {} ({})", name, reservation, threshold,
                     numbers(fmt::format("{:.3f}", change), definition("threshold")));
}

std::string simulation_result(const Scenario& scenario, const SimulationRun& run, bool with_outcome, const Numbers& numbers) {
  const auto& result = run.result;
  if (result.agreement) {
    std::string text = fmt::format("agreement in round {}, {}", result.rounds, utilities(result.utilities, numbers));
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

std::string concession_list(const Scenario& scenario, const std::vector<analysis::Concession>& concessions,
                            const Numbers& numbers) {
  std::vector<std::string> items;
  for (const auto& c : concessions)
    items.push_back(fmt::format("{} = {} ({})", issue_label(scenario.space.issue(c.issue).name()),
                                option_label(scenario.space.issue(c.issue).label(c.option)),
                                numbers(fmt::format("{:.3f}", c.utility), definition("utility given up"))));
  return items.empty() ? "nothing" : join(items, ", ");
}

std::string wider_table_reading(const SnapshotReport& snapshot, const Numbers& numbers) {
  if (!snapshot.wider) return "";
  const auto& wider = *snapshot.wider_scenario;
  const auto& w = *snapshot.wider;
  std::vector<std::string> owned;
  for (std::size_t i = 0; i < snapshot.deciders.size(); ++i)
    if (snapshot.deciders[i].owners) {
      std::vector<std::string> who;
      for (const auto p : snapshot.deciders[i].parties) who.push_back(wider.parties[p].name);
      owned.push_back(fmt::format("{} by {}", issue_label(wider.space.issue(i).name()), join(who, " and ")));
    }
  std::vector<std::string> names;
  for (const auto& party : wider.parties) names.push_back(party.name);
  std::string text = fmt::format("At the wider table ({}; decided outside the bilateral table: {}): ", join(names, ", "),
                                 owned.empty() ? "nothing" : join(owned, "; "));
  const auto& with = w.with_red_lines.zopa;
  if (with.nonempty.value_or(false))
    text += fmt::format("the ZOPA is open with the red lines ({} outcomes, {}). ",
                        with.rational_outcomes ? with.rational_outcomes->decimal : "some", margin_text(w.margin_with, numbers));
  else
    text += "the red lines leave nothing all three would sign. ";
  const auto& without = w.without_red_lines.zopa;
  text += fmt::format("Without red lines {} packages are rational for all three ({}). ",
                      without.rational_outcomes ? without.rational_outcomes->decimal : "?",
                      w.margin_without ? margin_text(w.margin_without, numbers) : "margin n/a");
  if (w.bilateral_nash) {
    const std::string model = w.bilateral_without_red_lines ? " (additive model alone)" : "";
    if (w.vetoes.empty()) {
      text += fmt::format("The bilateral Nash package{} is rational for every party at the wider table too. ", model);
    } else {
      std::vector<std::string> vetoes;
      for (const auto p : w.vetoes) {
        const auto& gives = w.bilateral_concessions[p].gives;
        vetoes.push_back(fmt::format("{} ({} against its reservation {}; it would have to give {})", wider.parties[p].name,
                                     numbers(fmt::format("{:.3f}", w.bilateral_nash->utilities[p]), definition("utility")),
                                     numbers.reservation(fmt::format("{:.2f}", wider.parties[p].reservation_value), wider.parties[p].name),
                                     concession_list(wider, gives, numbers)));
      }
      text += fmt::format("The bilateral Nash package{} would be vetoed by {}. ", model, join(vetoes, "; "));
    }
  }
  if (w.reference) {
    std::vector<std::string> gives;
    for (const auto& entry : w.concessions)
      gives.push_back(fmt::format("{} gives {}", wider.parties[entry.party].name, concession_list(wider, entry.gives, numbers)));
    text += fmt::format("At the wider table's Nash package{}: {}.", w.reference_without_red_lines ? " (additive model alone)" : "",
                        join(gives, "; "));
  }
  return text;
}

std::vector<std::string> bloc_findings(const Timeline& timeline, const SnapshotReport& snapshot) {
  std::vector<std::string> findings;
  for (const auto& check : snapshot.blocs) {
    std::vector<std::string> said;
    for (const auto& m : check.members) said.push_back(fmt::format("{} {}", actor_name(timeline, m.actor), join(m.position->options, " | ")));
    findings.push_back(fmt::format("{} on {}: {} ({})", check.bloc->name, issue_label(timeline.space.issue(check.issue).name()),
                                   check.consistent() ? "consistent" : "INCONSISTENT", join(said, "; ")));
  }
  return findings;
}

}  // namespace parley::report::text
