// render_html_report / write_html_report: one self-contained HTML page (inline CSS, inline SVG,
// no scripts, no external assets) laid out for an analyst: the overview first (how the
// picture moved, positions over time), then one section per snapshot.
#include <filesystem>


#include <fmt/format.h>

#include "parley/io/safe_write.hpp"
#include "parley/model/error.hpp"
#include "parley/report/flagship_report.hpp"
#include "parley/report/svg_canvas.hpp"
#include "report/report_charts.hpp"
#include "report/report_text.hpp"

namespace parley::report {
namespace {

std::string esc(const std::string& text) { return xml_escape(text); }

constexpr const char* kStyle = R"css(
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;margin:0;background:#f4f5f7;line-height:1.45}
main{max-width:1180px;margin:0 auto;padding:24px 32px 64px;background:#fff}
h1{font-size:28px;margin:8px 0 4px}h2{font-size:22px;margin:40px 0 8px;padding-top:12px;border-top:3px solid #2c3e50}
h3{font-size:16px;margin:22px 0 6px;color:#2c3e50}
.lede{color:#555;max-width:900px}.muted{color:#777;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 10px}
th,td{border-bottom:1px solid #e2e4e8;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.opt{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
.cite{margin:3px 0 0;padding-left:8px;border-left:3px solid #d0d4da;color:#444;font-size:12px}
.cite q{font-style:italic}.inferred{color:#8a6d00;font-size:11px;font-weight:600}
.carried{color:#888;font-size:11px}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;font-size:13px}
.open{background:#dff3e4;color:#1b6b35}.empty{background:#fbe2e2;color:#9b1c1c}
.kv{display:grid;grid-template-columns:170px 1fr;gap:4px 12px;font-size:14px;margin:8px 0}
.kv div:nth-child(odd){color:#555}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:8px 18px}
svg{max-width:100%;height:auto}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:10px}
.side{border:1px solid #e2e4e8;border-radius:6px;padding:8px 10px;background:#fafbfc}
.side b{display:block;margin-bottom:4px}
nav a{margin-right:14px;font-size:13px}
.key{margin-right:16px;font-size:13px;white-space:nowrap}.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
.sq{display:inline-block;width:9px;height:9px;border:2px solid #777;margin-right:5px;vertical-align:-1px}
)css";

std::string citations_html(const Timeline& timeline, const std::vector<Citation>& citations) {
  std::string html;
  for (const auto& c : citations) {
    const std::string who = c.speaker.empty() ? "narrated by the source" : text::speaker_name(timeline, c.speaker);
    html += fmt::format(R"(<div class="cite"><q>{}</q><br><span class="muted">{} · {}{}</span></div>)", esc(c.quote), esc(who),
                        esc(text::source_label(timeline, c.source)), c.date ? " · said " + to_string(*c.date) : "");
  }
  return html;
}

std::string position_html(const TimelineReport& report, const SnapshotReport& snapshot, const ShownPosition& shown) {
  if (!shown.position) return R"(<span class="muted">no position</span>)";
  const auto& p = *shown.position;
  std::string html = fmt::format(R"(<span class="opt">{}</span>)", esc(text::options_of(shown)));
  if (p.stance == Stance::inferred) html += R"( <span class="inferred">INFERRED</span>)";
  if (shown.snapshot_index < snapshot.index)
    html += fmt::format(R"( <span class="carried">(as of {})</span>)", esc(report.timeline->snapshots[shown.snapshot_index].title));
  html += "<br>" + esc(p.summary);
  if (p.stance == Stance::inferred && !p.because.empty()) html += fmt::format(R"(<div class="muted">Why inferred: {}</div>)", esc(p.because));
  return html + citations_html(*report.timeline, p.citations);
}

void positions_section(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  const auto& timeline = *report.timeline;
  out += "<h3>Positions side by side</h3><table><tr><th>issue</th>";
  std::vector<std::size_t> shown;
  for (std::size_t a = 0; a < report.actors.size(); ++a)
    for (const auto& position : snapshot.positions[a])
      if (position.position) {
        shown.push_back(a);
        break;
      }
  for (auto a : shown) out += "<th>" + esc(text::actor_name(timeline, report.actors[a])) + "</th>";
  out += "</tr>";
  for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
    out += fmt::format(R"(<tr><td class="opt"><b>{}</b></td>)", esc(timeline.space.issue(i).name()));
    for (auto a : shown) out += "<td>" + position_html(report, snapshot, snapshot.positions[a][i]) + "</td>";
    out += "</tr>";
  }
  out += "</table>";
}

void agreement_section(std::string& out, const SnapshotReport& snapshot) {
  const auto& scenario = snapshot.scenario;
  const bool open = text::zopa_open(snapshot);
  out += "<h3>Zone of possible agreement</h3><div class=\"kv\">";
  out += fmt::format(R"(<div>ZOPA</div><div><span class="badge {}">{}</span> {}</div>)", open ? "open" : "empty",
                     open ? "OPEN" : "EMPTY", esc(text::zopa_status(snapshot)));
  out += "<div>blocking issues</div><div>" + esc(text::blocking_issues(snapshot)) + "</div>";
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    out += fmt::format("<div>{}</div><div>{}</div>", p == 0 ? "reservation sweep" : "", esc(text::threshold_sentence(snapshot.scenario, snapshot.sweep, p)));
  out += "</div>";
  if (!snapshot.sweep.issues.empty()) {
    out += R"(<table><tr><th>issue set aside (neutral for both)</th><th class="num">ZOPA margin</th><th>effect</th></tr>)";
    for (const auto& issue : snapshot.sweep.issues) {
      const std::string effect = !issue.margin ? "-" : issue.blocks ? "opens the ZOPA (blocking)"
                                 : open ? "ZOPA stays open" : "not enough alone";
      out += fmt::format(R"(<tr><td class="opt">{}</td><td class="num">{}</td><td>{}</td></tr>)",
                         esc(scenario.space.issue(issue.issue).name()),
                         issue.margin ? fmt::format("{:+.3f}", *issue.margin) : "-", effect);
    }
    out += "</table>";
  }
}

void packages_section(std::string& out, const SnapshotReport& snapshot) {
  const auto& scenario = snapshot.scenario;
  const auto& ref = snapshot.analysis.reference;
  out += "<h3>Bargaining solutions next to the forecasts</h3><table><tr><th>issue</th><th>Nash</th><th>Kalai–Smorodinsky</th>"
         "<th>max welfare</th><th>BDM forecast</th><th>compromise forecast</th></tr>";
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    std::string bdm = "-", compromise = "-";
    for (const auto& f : snapshot.forecasts)
      if (f.issue == issue.name()) {
        if (f.bdm) bdm = fmt::format("{} <span class=\"muted\">({:.0f})</span>", esc(nearest_option(issue, f.bdm->forecast())), f.bdm->forecast());
        if (f.compromise) compromise = fmt::format("{} <span class=\"muted\">({:.0f})</span>", esc(nearest_option(issue, *f.compromise)), *f.compromise);
      }
    out += fmt::format(R"(<tr><td class="opt"><b>{}</b></td><td class="opt">{}</td><td class="opt">{}</td><td class="opt">{}</td><td class="opt">{}</td><td class="opt">{}</td></tr>)",
                       esc(issue.name()), esc(text::point_option(scenario, ref.nash, i)),
                       esc(text::point_option(scenario, ref.kalai_smorodinsky, i)), esc(text::point_option(scenario, ref.max_welfare, i)),
                       bdm, compromise);
  }
  std::string parties;
  for (const auto& party : scenario.parties) parties += (parties.empty() ? "" : " / ") + party.name;
  out += fmt::format("<tr><td><b>utilities</b><br><span class=\"muted\">{}</span></td>", esc(parties));
  for (const auto* point : {&ref.nash, &ref.kalai_smorodinsky, &ref.max_welfare})
    out += "<td class=\"num\">" + (*point ? esc(text::utilities((*point)->utilities)) : std::string("none")) + "</td>";
  out += "<td colspan=\"2\" class=\"muted\">forecasts on a 0–100 scale from the first option to the last, mapped to the nearest option</td></tr></table>";
  if (!snapshot.forecast_problem.empty()) out += "<p class=\"muted\">Forecasts not computed: " + esc(snapshot.forecast_problem) + "</p>";
}

void simulations_section(std::string& out, const SnapshotReport& snapshot) {
  if (snapshot.simulations.empty()) return;
  out += "<h3>Simulated negotiations</h3><table><tr><th>session</th><th>strategies and why</th><th>result</th></tr>";
  for (const auto& run : snapshot.simulations) {
    std::string agents;
    for (std::size_t k = 0; k < run.agents.size(); ++k)
      agents += fmt::format("{}{}: <span class=\"opt\">{}</span>", k ? "<br>" : "",
                            esc(snapshot.scenario.parties[run.config.parties[k]].name), esc(run.agents[k]));
    out += fmt::format("<tr><td><b>{}</b><br><span class=\"muted\">{}, {} rounds, seed {}</span></td><td>{}<div class=\"muted\">{}</div></td><td>{}</td></tr>",
                       esc(run.name), negotiation::to_string(run.config.protocol), run.config.rounds, run.config.seed,
                       esc(run.why), agents, esc(text::simulation_result(snapshot.scenario, run, true)));
  }
  out += "</table>";
}

void claims_section(std::string& out, const TimelineReport& report, const std::string& snapshot_id) {
  for (const auto& claim : report.timeline->claims) {
    if (claim.snapshot != snapshot_id) continue;
    out += fmt::format("<h3>Contested: {}</h3><div class=\"claims\">", esc(claim.topic));
    for (const auto& side : claim.sides)
      out += fmt::format("<div class=\"side\"><b>{}</b>{}{}</div>",
                         esc(side.label.empty() ? text::actor_name(*report.timeline, side.actor) : side.label), esc(side.claim),
                         citations_html(*report.timeline, side.citations));
    out += "</div>";
  }
}

void overview_section(std::string& out, const TimelineReport& report) {
  out += "<h2 id=\"overview\">How the picture moved</h2><table><tr><th>snapshot</th><th>ZOPA</th><th class=\"num\">margin</th>";
  const auto& parties = report.snapshots.front().scenario.parties;
  for (const auto& party : parties) out += "<th class=\"num\">" + esc(party.name) + " reservation → threshold</th>";
  out += "<th>Nash utilities</th><th>blocking issues</th></tr>";
  for (const auto& s : report.snapshots) {
    const bool open = text::zopa_open(s);
    out += fmt::format(R"(<tr><td><a href="#{}">{}</a><br><span class="muted">{}</span></td><td><span class="badge {}">{}</span></td><td class="num">{}</td>)",
                       esc(s.snapshot->id), esc(s.snapshot->title), to_string(s.snapshot->date), open ? "open" : "empty",
                       open ? "open" : "empty", s.sweep.margin ? fmt::format("{:+.3f}", *s.sweep.margin) : "-");
    for (std::size_t p = 0; p < parties.size(); ++p) {
      const auto& t = p < s.sweep.thresholds.size() ? s.sweep.thresholds[p] : analysis::ReservationThreshold{};
      out += "<td class=\"num\">" +
             (t.threshold ? fmt::format("{:.2f} → {:.2f}", t.reservation, *t.threshold) : fmt::format("{:.2f} → none", t.reservation)) +
             "</td>";
    }
    out += "<td class=\"num\">" + (s.analysis.reference.nash ? esc(text::utilities(s.analysis.reference.nash->utilities)) : "none") + "</td>";
    out += "<td>" + esc(open ? "-" : text::blocking_issues(s)) + "</td></tr>";
  }
  out += "</table><p class=\"muted\">Margin: the best over all outcomes of the smallest surplus over a reservation value "
         "(≥ 0 exactly when a ZOPA exists). Threshold: the reservation value at which the ZOPA opens (if it is empty) or "
         "closes (if it is open), the other side's held fixed. Blocking issue: one whose neutralisation — both sides "
         "content with any of its options — opens the ZOPA. Definitions: docs/algorithms/sensitivity.md.</p>";
  out += "<h3>Positions over time, per issue</h3><p class=\"muted\">Filled marker: stated; hollow: inferred; a bar joins "
         "several acceptable options; grey square: the Nash package. Options run from Russia's maximal demand (top) to "
         "Ukraine's (bottom).</p><p>";
  for (std::size_t a = 0; a < report.actors.size(); ++a)
    out += fmt::format(R"(<span class="key"><span class="dot" style="background:{}"></span>{}</span>)", charts::actor_colour(a),
                       esc(text::actor_name(*report.timeline, report.actors[a])));
  out += R"(<span class="key"><span class="sq"></span>Nash package</span></p><div class="charts">)";
  for (std::size_t i = 0; i < report.timeline->space.issue_count(); ++i)
    out += "<div>" + charts::inline_svg(charts::positions_chart(report, i)) + "</div>";
  out += "</div>";
}

void snapshot_section(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  const auto& s = *snapshot.snapshot;
  out += fmt::format(R"(<h2 id="{}">{} <span class="muted">{} · window {} to {}</span></h2><p class="lede">{}</p>)", esc(s.id),
                     esc(s.title), to_string(s.date), to_string(s.window_from), to_string(s.window_to), esc(s.summary));
  positions_section(out, report, snapshot);
  agreement_section(out, snapshot);
  packages_section(out, snapshot);
  simulations_section(out, snapshot);
  // The last alternating-offers session ("both patient"): the plot draws offers per negotiator.
  const SimulationRun* plotted = nullptr;
  for (const auto& run : snapshot.simulations)
    if (run.config.protocol != negotiation::Protocol::mediated) plotted = &run;
  out += "<h3>Utility space</h3><p class=\"muted\">Every outcome (a sample), the Pareto frontier, the reservation values "
         "(dashed), the Nash and Kalai–Smorodinsky points, and the offers of the simulated session \"" +
         esc(plotted ? plotted->name : std::string("-")) + "\".</p>";
  out += charts::inline_svg(charts::utility_space_chart(snapshot, plotted));
  claims_section(out, report, s.id);
}

}  // namespace

std::string render_html_report(const TimelineReport& report) {
  const auto& timeline = *report.timeline;
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head><body><main>",
                                esc(timeline.name), kStyle);
  out += fmt::format("<h1>{}</h1><p class=\"lede\">{}</p>", esc(timeline.name), esc(timeline.description));
  out += "<nav><a href=\"#overview\">overview</a>";
  for (const auto& s : report.snapshots) out += fmt::format("<a href=\"#{}\">{}</a>", esc(s.snapshot->id), esc(s.snapshot->title));
  out += "<a href=\"#sources\">sources</a></nav>";
  if (!report.snapshots.empty()) overview_section(out, report);
  for (const auto& snapshot : report.snapshots) snapshot_section(out, report, snapshot);
  out += "<h2 id=\"sources\">Sources</h2><table><tr><th>source</th><th>published</th><th>how the date was established</th></tr>";
  for (const auto& source : timeline.sources)
    out += fmt::format("<tr><td><b>{}</b><br>{}</td><td class=\"num\">{}</td><td class=\"muted\">{}</td></tr>", esc(source.outlet),
                       esc(source.title), to_string(source.published), esc(source.date_basis));
  out += "</table><p class=\"muted\">Generated by parley report. Every number is a judgement written in the scenario files with its reason; "
         "every quote is checked against its source by <code>parley evidence verify</code>.</p></main></body></html>\n";
  return out;
}

std::filesystem::path write_html_report(const TimelineReport& report, const std::filesystem::path& dir, bool force) {
  const auto file = dir / "index.html";
  std::error_code error;
  if (std::filesystem::symlink_status(file, error).type() != std::filesystem::file_type::not_found && !force)
    throw InputError(SourceLocation{file.string(), 0, ""}, "a report already exists here; add --force to overwrite it");
  std::filesystem::create_directories(dir, error);
  if (error) throw InputError(SourceLocation{dir.string(), 0, ""}, "cannot create the folder: " + error.message());
  io::write_file_atomically(file, render_html_report(report), force ? io::WriteMode::replace : io::WriteMode::create_new);
  return file;
}

}  // namespace parley::report
