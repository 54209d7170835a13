// render_html_report / write_html_report: one self-contained HTML page (inline CSS, inline SVG,
// no scripts, no external assets) laid out for an analyst: the overview first (how the
// picture moved, positions over time), then one section per snapshot.
#include <filesystem>


#include <fmt/format.h>

#include "parley/io/safe_write.hpp"
#include "parley/model/error.hpp"
#include "parley/report/flagship_report.hpp"
#include "parley/report/glossary.hpp"
#include "parley/svg/svg_canvas.hpp"
#include "report/report_charts.hpp"
#include "report/report_text.hpp"

namespace parley::report {
namespace {

std::string esc(const std::string& text) { return svg::xml_escape(text); }

// Free text from the scenario files: escaped, with `backticked` words set as code (the files use
// Markdown's convention), never shown with literal backticks.
std::string prose(const std::string& text) {
  const auto escaped = svg::xml_escape(text);
  std::string out;
  bool open = false;
  for (char c : escaped) {
    if (c == '`') {
      out += open ? "</code>" : "<code>";
      open = !open;
    } else {
      out += c;
    }
  }
  if (open) out += "</code>";
  return out;
}

// A number with its reason one click away (folded by default).
std::string why_number(const std::string& number, const std::string& why) {
  return fmt::format(R"(<details class="why"><summary>{}</summary><span class="because">{}</span></details>)", esc(number), esc(why));
}

constexpr const char* kStyle = R"css(
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;margin:0;background:#f4f5f7;line-height:1.45}
main{max-width:1180px;margin:0 auto;padding:24px 32px 64px;background:#fff}
h1{font-size:28px;margin:8px 0 4px}h2{font-size:22px;margin:40px 0 8px;padding-top:12px;border-top:3px solid #2c3e50}
h3{font-size:16px;margin:22px 0 6px;color:#2c3e50}
.lede{color:#555;max-width:900px}.muted{color:#777;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 10px}
th,td{border-bottom:1px solid #e2e4e8;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
td,th{overflow-wrap:break-word}.badge{white-space:nowrap}
.opt{font-size:13px}
.cite{margin:3px 0 0;padding-left:8px;border-left:3px solid #d0d4da;color:#444;font-size:12px}
.cite q{font-style:italic}.cite.reported,.cite.narrated{border-left-style:dotted;color:#555}
.form{font-size:11px;color:#666;font-variant:small-caps}.broken{background:#9b1c1c;color:#fff;font-size:11px;font-weight:700;padding:0 5px;border-radius:3px}
.spec{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;overflow-wrap:anywhere;word-break:break-all}
.filled{color:#8a6d00;font-size:11px;font-style:italic}details.why{display:inline-block}details.why>summary{display:inline;list-style:none;cursor:pointer;text-decoration:underline dotted}
details.why>summary::-webkit-details-marker{display:none}
td,th,p,li,.kv>div{position:relative}
details.why .because{display:block;position:absolute;left:0;z-index:5;width:max-content;max-width:min(420px,max(240px,100%));
font-size:12px;font-weight:400;text-align:left;color:#333;background:#fafbfc;padding:6px 8px;border:1px solid #c8cdd4;
border-left:3px solid #2c3e50;box-shadow:0 2px 6px rgba(0,0,0,.12);white-space:normal;box-sizing:border-box}
td.num details.why .because,td:last-child details.why .because{left:auto;right:0}
.shocked{background:#fff3cd;border:2px solid #c79100;padding:8px 12px;font-weight:600}.inferred{color:#8a6d00;font-size:11px;font-weight:600}
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
nav a{margin-right:14px;font-size:13px;display:inline-block}
abbr[title]{text-decoration:underline dotted;cursor:help}
.plain{background:#f6f8fb;border-left:4px solid #2c3e50;padding:8px 12px;max-width:900px}
.glossary dt{font-weight:600;margin-top:6px}.glossary dd{margin:0 0 4px 0;color:#444}
@media (max-width:900px){main{padding:12px 14px 40px}.charts{grid-template-columns:1fr}.kv{grid-template-columns:1fr}.kv div:nth-child(odd){font-weight:600;margin-top:4px}
table{font-size:12px}th,td{padding:4px 5px}h1{font-size:23px}}
@media print{@page{size:A4;margin:14mm}body{background:#fff;font-size:11px}main{max-width:none;padding:0}nav{display:none}
h2{break-before:page;border-top:none}h2#overview{break-before:auto}table,svg,.side{break-inside:avoid}.charts{grid-template-columns:1fr 1fr}
a{color:inherit;text-decoration:none}details.why summary{text-decoration:none}}
.key{margin-right:16px;font-size:13px;white-space:nowrap}.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
.sq{display:inline-block;width:9px;height:9px;border:2px solid #777;margin-right:5px;vertical-align:-1px}
)css";

// Where write_html_report puts a source's text beside the page: sources/<id>.txt.
std::string source_file_name(const Source& source) { return source.id + ".txt"; }

// A glossary term with its definition as a tooltip (parley/report/glossary.hpp).
std::string term(const std::string& name, const std::string& shown) {
  return fmt::format(R"(<abbr title="{}">{}</abbr>)", esc(definition(name)), esc(shown));
}

// A phrase of report_text written with tagged numbers: escaped, each tagged number shown with its
// reason one click away. A separator that does not form a tag (none should) is dropped.
std::string phrase(const std::string& tagged) {
  std::string out;
  std::size_t at = 0;
  while (at < tagged.size()) {
    const auto open = tagged.find(text::kTagMark, at);
    out += esc(tagged.substr(at, open == std::string::npos ? std::string::npos : open - at));
    if (open == std::string::npos) break;
    const auto split = tagged.find(text::kTagSplit, open + 1);
    const auto close = split == std::string::npos ? split : tagged.find(text::kTagMark, split + 1);
    if (close == std::string::npos) {
      at = open + 1;
      continue;
    }
    out += why_number(tagged.substr(split + 1, close - split - 1), tagged.substr(open + 1, split - open - 1));
    at = close + 1;
  }
  std::erase(out, text::kTagSplit);
  return out;
}

// A speaker's own words go in quotation marks (<q>); the quote is stripped of the source's own
// marks around it, so that the page never shows doubled marks (`adults."”`). Reported speech
// and narration are the source's words, not the speaker's: shown without quotation marks, in a
// different style, introduced by who reports it.
std::string strip_outer_quote_marks(std::string quote) {
  for (const std::string mark : {"\"", "“", "”", "«", "»"}) {
    if (quote.starts_with(mark)) quote.erase(0, mark.size());
    for (const std::string tail : {"", ".", ",", "?", "!"})
      if (quote.ends_with(mark + tail) && quote.size() >= mark.size() + tail.size()) {
        quote.erase(quote.size() - mark.size() - tail.size(), mark.size());
        break;
      }
  }
  return quote;
}

std::string citation_html(const TimelineReport& report, const Citation& c) {
  const auto& timeline = *report.timeline;
  const auto* source = timeline.find_source(c.source);
  const std::string outlet = source ? source->outlet : c.source;
  const std::string source_link = fmt::format(R"(<a href="#src-{}">{}</a>)", esc(c.source), esc(text::source_label(timeline, c.source)));
  const std::string when = c.date ? " · said " + to_string(*c.date) : "";
  const std::string broken = evidence::has_problem(report.citations, c)
                                 ? R"( <span class="broken" title="parley evidence verify finds a problem with this citation">BROKEN CITATION</span>)"
                                 : "";
  switch (c.form) {
    case CitationForm::said:
      return fmt::format(R"(<div class="cite said"><q>{}</q>{}<br><span class="muted">{}, own words · {}{}</span></div>)",
                         esc(strip_outer_quote_marks(c.quote)), broken, esc(text::speaker_name(timeline, c.speaker)), source_link, when);
    case CitationForm::reported:
      return fmt::format(R"(<div class="cite reported"><span class="form">{} reports what {} said (paraphrase):</span> {}{}<br><span class="muted">{}{}</span></div>)",
                         esc(outlet), esc(text::speaker_name(timeline, c.speaker)), esc(c.quote), broken, source_link, when);
    case CitationForm::narrated:
      break;
  }
  return fmt::format(R"(<div class="cite narrated"><span class="form">{}'s own account (about {}):</span> {}{}<br><span class="muted">{}{}</span></div>)",
                     esc(outlet), esc(text::actor_name(timeline, c.about)), esc(c.quote), broken, source_link, when);
}

std::string citations_html(const TimelineReport& report, const std::vector<Citation>& citations) {
  std::string html;
  for (const auto& c : citations) html += citation_html(report, c);
  return html;
}

std::string position_html(const TimelineReport& report, const SnapshotReport& snapshot, const ShownPosition& shown) {
  if (!shown.position) return R"(<span class="muted">no position</span>)";
  const auto& p = *shown.position;
  std::vector<std::string> labels;
  for (const auto& option : p.options) labels.push_back(text::option_label(option));
  std::string html = fmt::format(R"(<span class="opt"><b>{}</b></span>)", esc(text::join(labels, " | ")));
  if (p.stance == Stance::inferred) html += R"( <span class="inferred">INFERRED</span>)";
  if (shown.snapshot_index < snapshot.index)
    html += fmt::format(R"( <span class="carried">(as of {})</span>)", esc(report.timeline->snapshots[shown.snapshot_index].title));
  html += "<br>" + prose(p.summary);
  if (p.stance == Stance::inferred && !p.because.empty()) html += fmt::format(R"(<div class="muted">Why inferred: {}</div>)", prose(p.because));
  return html + citations_html(report, p.citations);
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
    out += fmt::format(R"(<tr><td class="opt"><b>{}</b></td>)", esc(text::issue_label(timeline.space.issue(i).name())));
    for (auto a : shown) out += "<td>" + position_html(report, snapshot, snapshot.positions[a][i]) + "</td>";
    out += "</tr>";
  }
  out += "</table>";
}

void agreement_section(std::string& out, const SnapshotReport& snapshot, const text::Numbers& numbers) {
  const auto& scenario = snapshot.scenario;
  const bool open = text::zopa_open(snapshot);
  out += "<h3>" + term("ZOPA", "Zone of possible agreement") + "</h3><div class=\"kv\">";
  out += fmt::format(R"(<div>ZOPA</div><div><span class="badge {}">{}</span> {}</div>)", open ? "open" : "empty",
                     open ? "OPEN" : "EMPTY", phrase(text::zopa_status(snapshot, numbers)));
  out += "<div>" + term("blocking issue", "blocking issues") + "</div><div>" + esc(text::blocking_issues(snapshot)) + "</div>";
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    out += fmt::format("<div>{}</div><div>{}</div>", p == 0 ? term("reservation value", "reservation sweep") : "", phrase(text::threshold_sentence(snapshot.scenario, snapshot.sweep, p, numbers)));
  out += "</div>";
  if (!snapshot.sweep.issues.empty()) {
    out += "<table><tr><th>issue set aside (neutral for both)</th><th class=\"num\">ZOPA " + term("margin", "margin") + "</th><th>effect</th></tr>";
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

// The forecast input, one table per issue: every actor with a position there, where it stands,
// its capability and salience, each number with its reason one click away.
void forecast_inputs_html(std::string& out, const SnapshotReport& snapshot) {
  if (snapshot.forecast_inputs.empty()) return;
  out += "<details><summary>Forecast input: who stands where, with what weight, and why</summary><p class=\"muted\">"
         "Every actor with a position on the issue at this snapshot (stated or carried; principals, allies and third parties) "
         "takes part; actors without one are left out. Position: the option's point on the 0–100 scale (the mean when a "
         "position names several). Defaults: <code>docs/algorithms/forecast.md</code> in the parley repository.</p>";
  for (const auto& input : snapshot.forecast_inputs) {
    out += fmt::format("<h4>{}</h4>", esc(input.issue.name));
    if (!input.not_forecast.empty()) out += "<p class=\"muted\">Not forecast: " + esc(input.not_forecast) + "</p>";
    if (input.issue.stances.empty()) continue;
    out += "<table><tr><th>actor</th><th>position</th><th class=\"num\">scale</th><th class=\"num\">capability</th><th class=\"num\">salience</th></tr>";
    for (std::size_t k = 0; k < input.issue.stances.size(); ++k) {
      const auto& stance = input.issue.stances[k];
      const auto& reason = input.reasons[k];
      const std::string carried = reason.stated_in < snapshot.index ? " (carried)" : "";
      out += fmt::format("<tr><td>{}</td><td>{}{}{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                         esc(stance.actor), esc(text::join(reason.options, " | ")), carried,
                         reason.stance == Stance::inferred ? " <span class=\"inferred\">INFERRED</span>" : "",
                         why_number(fmt::format("{:.0f}", stance.position), reason.position_why),
                         why_number(fmt::format("{:g}", stance.capability), reason.capability_why),
                         why_number(fmt::format("{:.2f}", stance.salience), reason.salience_why));
    }
    out += "</table>";
    for (const auto& left : input.left_out) out += "<p class=\"muted\">Left out: " + esc(left) + "</p>";
  }
  out += "</details>";
}

// The red lines in force, each cited like a position, and what they do to the ZOPA.
void red_lines_section(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  if (!snapshot.red_line_sweep.any) return;
  out += "<h3>" + term("red line", "Red lines") + ": what each side will not sign</h3><table><tr><th>party</th><th>issue</th><th>will not sign</th><th>evidence</th></tr>";
  for (const auto& at : snapshot.red_lines) {
    const auto& r = *at.red_line;
    std::vector<std::string> labels;
    for (const auto& option : r.rejects) labels.push_back(text::option_label(option));
    std::string evidence = esc(r.summary);
    if (r.stance == Stance::inferred) evidence += R"( <span class="inferred">INFERRED</span><div class="muted">Why inferred: )" + esc(r.because) + "</div>";
    if (at.snapshot_index < snapshot.index)
      evidence += fmt::format(R"( <span class="carried">(stated {}, carried)</span>)", esc(report.timeline->snapshots[at.snapshot_index].title));
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}{}</td></tr>", esc(text::actor_name(*report.timeline, r.party)),
                       esc(text::issue_label(r.issue)), esc(text::join(labels, " · ")), evidence, citations_html(report, r.citations));
  }
  out += "</table><p><b>" + phrase(text::red_line_verdict(snapshot, text::Numbers::tagged(report, snapshot))) + "</b></p>";
}

// Every number of the snapshot's model with its written reason, folded.
void judgements_section(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  const auto& timeline = *report.timeline;
  out += "<details><summary>The model's numbers and why: weights, evaluations, reservation values, capabilities</summary>";
  std::vector<const PartyPreferences*> all;
  for (const auto& preferences : snapshot.snapshot->preferences) all.push_back(&preferences);
  for (const auto& preferences : snapshot.snapshot->wider_table) all.push_back(&preferences);  // the wider table's parties
  for (const auto* shown : all) {
    const auto& preferences = *shown;
    const auto* bloc = timeline.find_bloc(preferences.party);
    out += fmt::format("<h4>{}</h4><div class=\"kv\"><div>reservation value</div><div>{}</div><div>capability</div><div>{}</div>",
                       esc(bloc ? bloc->name + " (wider table)" : text::actor_name(timeline, preferences.party)), why_number(fmt::format("{:.2f}", preferences.reservation.value), preferences.reservation.why),
                       why_number(fmt::format("{:g}", preferences.capability.value), preferences.capability.why));
    if (preferences.salience)
      out += "<div>salience</div><div>" + why_number(fmt::format("{:.2f}", preferences.salience->value), preferences.salience->why) + "</div>";
    out += "</div><table><tr><th>issue</th><th class=\"num\">weight (points)</th><th>evaluations (0 = worst, 1 = best)</th></tr>";
    for (std::size_t i = 0; i < preferences.issues.size(); ++i) {
      const auto& issue = timeline.space.issue(i);
      const auto& pref = preferences.issues[i];
      std::vector<std::string> evaluations;
      for (std::size_t k = 0; k < issue.size(); ++k) evaluations.push_back(fmt::format("{} {:.2f}", text::option_label(issue.label(k)), pref.evaluations[k]));
      out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>", esc(issue.name()),
                         why_number(fmt::format("{:g}", pref.weight), pref.why_weight + (pref.set_in.empty() ? "" : " (set in " + pref.set_in + ")")),
                         why_number(text::join(evaluations, " · "), pref.why_evaluations));
    }
    out += "</table>";
  }
  out += "</details>";
}

// The wider table: who decides which issue, the three-sided ZOPA beside the bilateral one, who
// would veto the bilateral Nash package, what each side gives, and the blocs' consistency.
void wider_table_section(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  if (!snapshot.wider && snapshot.blocs.empty()) return;
  const auto& timeline = *report.timeline;
  const auto numbers = text::Numbers::tagged(report, snapshot);
  out += "<h3>The West at the table: who decides, and the three-sided picture</h3>";
  if (snapshot.wider) {
    const auto& wider = *snapshot.wider_scenario;
    const auto& w = *snapshot.wider;
    out += "<table><tr><th>issue</th><th>decided by</th><th>why</th></tr>";
    for (std::size_t i = 0; i < snapshot.deciders.size(); ++i) {
      const auto& d = snapshot.deciders[i];
      if (!d.owners) continue;
      std::vector<std::string> who;
      for (const auto p : d.parties) who.push_back(wider.parties[p].name);
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}{}</td></tr>", esc(text::issue_label(wider.space.issue(i).name())),
                         esc(text::join(who, ", ")), prose(d.owners->why), citations_html(report, d.owners->citations));
    }
    out += "</table><p class=\"muted\">Other issues are decided by Russia and Ukraine. The West's numbers and their reasons are "
           "with the other parties' under \"The model's numbers and why\".</p>";
    const auto zopa_number = [&](const analysis::AnalysisResult& result, const std::optional<double>& margin, const std::string& what) {
      const auto& zopa = result.zopa;
      const std::string count = zopa.rational_outcomes ? zopa.rational_outcomes->decimal : "?";
      return why_number(fmt::format("{} outcomes, margin {}", count, margin ? fmt::format("{:+.3f}", *margin) : "none"),
                        fmt::format("Packages {} rational for all three parties (utility at least the reservation value), counted "
                                    "exactly ({}); margin: the least satisfied party's surplus over its reservation at the best "
                                    "package for it, negative or none when there is no such package. {}",
                                    what, std::string(analysis::to_string(zopa.method)), zopa.reason));
    };
    out += "<div class=\"kv\"><div>" + term("ZOPA", "ZOPA, three sides") + "</div><div>" +
           zopa_number(w.with_red_lines, w.margin_with, "that break no red line and are") + "</div>";
    out += "<div>without red lines</div><div>" + zopa_number(w.without_red_lines, w.margin_without, "(the additive model alone)") + "</div>";
    if (w.bilateral_nash)
      for (std::size_t p = w.principal_count; p < wider.parties.size(); ++p)
        out += fmt::format("<div>{} at the bilateral Nash</div><div>{} {}</div>", esc(wider.parties[p].name),
                           why_number(fmt::format("{:.3f}", w.bilateral_nash->utilities[p]),
                                      "Its utility for the Nash package of the Russia-Ukraine table" +
                                          std::string(w.bilateral_without_red_lines ? " (additive model alone, since the red lines leave nothing to sign)" : "") +
                                          ": the sum of its weights times its evaluations of the package's options."),
                           std::find(w.vetoes.begin(), w.vetoes.end(), p) != w.vetoes.end()
                               ? "<b>below its reservation value " +
                                     phrase(numbers.reservation(fmt::format("{:.2f}", wider.parties[p].reservation_value), wider.parties[p].name)) +
                                     ": it would veto it</b>"
                               : std::string("at least its reservation value"));
    out += "</div><p>" + phrase(text::wider_table_reading(snapshot, numbers)) + "</p>";
    if (w.reference) {
      out += fmt::format("<table><tr><th>at the wider table's Nash package{}</th><th>gives (issues it decides)</th><th>accepts (decided by others)</th><th class=\"num\">utility given up</th></tr>",
                         w.reference_without_red_lines ? " (additive model alone)" : "");
      for (const auto& entry : w.concessions)
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>", esc(wider.parties[entry.party].name),
                           phrase(text::concession_list(wider, entry.gives, numbers)), phrase(text::concession_list(wider, entry.accepts, numbers)),
                           why_number(fmt::format("{:.3f}", entry.total),
                                      "Per issue: weight × (its best evaluation − the evaluation of the package's option), summed; "
                                      "the number after each option is that issue's share."));
      out += "</table>";
    }
  }
  const auto findings = text::bloc_findings(timeline, snapshot);
  if (!timeline.blocs.empty()) {
    out += "<p><b>Blocs</b> (actors taken to speak with one voice; their positions checked for a shared option):</p><ul>";
    for (const auto& bloc : timeline.blocs) {
      std::vector<std::string> members;
      for (const auto& m : bloc.members) members.push_back(text::actor_name(timeline, m));
      out += fmt::format("<li>{}: {}. {}{}</li>", esc(bloc.name), esc(text::join(members, ", ")), prose(bloc.why), citations_html(report, bloc.citations));
    }
    for (const auto& finding : findings) out += "<li>" + esc(finding) + "</li>";
    if (findings.empty()) out += "<li class=\"muted\">No two members of a bloc state a position on the same issue at this snapshot.</li>";
    out += "</ul>";
  }
}

void packages_section(std::string& out, const SnapshotReport& snapshot, const text::Numbers& numbers) {
  const auto& scenario = snapshot.scenario;
  const auto& ref = snapshot.analysis.reference;
  out += "<h3>Bargaining solutions next to the forecasts</h3><table><tr><th>issue</th><th>" + term("Nash", "Nash") + "</th><th>" +
         term("Kalai–Smorodinsky", "Kalai–Smorodinsky") + "</th><th>max welfare</th><th>" + term("BDM", "BDM forecast") + "</th><th>" +
         term("compromise", "compromise forecast") + "</th></tr>";
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    std::string bdm = "-", compromise = "-";
    for (const auto& f : snapshot.forecasts)
      if (f.issue == issue.name()) {
        if (f.bdm) bdm = fmt::format("{} <span class=\"muted\">({:.0f})</span>", esc(nearest_option(issue, f.bdm->forecast())), f.bdm->forecast());
        if (f.compromise) compromise = fmt::format("{} <span class=\"muted\">({:.0f})</span>", esc(nearest_option(issue, *f.compromise)), *f.compromise);
      }
    for (const auto& input : snapshot.forecast_inputs)
      if (input.issue.name == issue.name() && !input.not_forecast.empty())
        bdm = compromise = "<span class=\"muted\" title=\"" + esc(input.not_forecast) + "\">not forecast</span>";
    out += fmt::format(R"(<tr><td class="opt"><b>{}</b></td><td class="opt">{}</td><td class="opt">{}</td><td class="opt">{}</td><td class="opt">{}</td><td class="opt">{}</td></tr>)",
                       esc(issue.name()), esc(text::point_option(scenario, ref.nash, i)),
                       esc(text::point_option(scenario, ref.kalai_smorodinsky, i)), esc(text::point_option(scenario, ref.max_welfare, i)),
                       bdm, compromise);
  }
  std::string parties;
  for (const auto& party : scenario.parties) parties += (parties.empty() ? "" : " / ") + party.name;
  out += fmt::format("<tr><td><b>utilities</b><br><span class=\"muted\">{}</span></td>", esc(parties));
  for (const auto* point : {&ref.nash, &ref.kalai_smorodinsky, &ref.max_welfare})
    out += "<td class=\"num\">" + (*point ? phrase(text::utilities((*point)->utilities, numbers)) : std::string("none")) + "</td>";
  out += "<td colspan=\"2\" class=\"muted\">forecasts on a 0–100 scale from the first option to the last, mapped to the nearest option</td></tr></table>";
  if (!snapshot.forecast_problem.empty()) out += "<p class=\"muted\">Forecasts not computed: " + esc(snapshot.forecast_problem) + "</p>";
  forecast_inputs_html(out, snapshot);
}

void simulations_section(std::string& out, const SnapshotReport& snapshot, const text::Numbers& numbers) {
  if (snapshot.simulations.empty()) {
    if (!snapshot.simulation_problem.empty())
      out += "<h3>Simulated negotiations</h3><p>None: " + esc(snapshot.simulation_problem) + ".</p>";
    return;
  }
  out += "<h3>Simulated negotiations</h3><table><tr><th>session</th><th>strategies and why</th><th>result</th></tr>";
  for (const auto& run : snapshot.simulations) {
    std::string agents;
    for (std::size_t k = 0; k < run.agents.size(); ++k)
      agents += fmt::format("{}{}: <span class=\"spec\">{}</span>{}", k ? "<br>" : "",
                            esc(snapshot.scenario.parties[run.config.parties[k]].name), esc(run.agents[k]),
                            k < run.filled_in.size() && !run.filled_in[k].empty()
                                ? " <span class=\"filled\">filled in, no source gives these options: " + esc(run.filled_in[k]) + "</span>"
                                : "");
    out += fmt::format("<tr><td><b>{}</b><br><span class=\"muted\">{}, {} rounds, seed {}</span></td><td><span class=\"reason\">{}</span><div class=\"muted\">{}</div></td><td>{}</td></tr>",
                       esc(run.name), negotiation::to_string(run.config.protocol), run.config.rounds, run.config.seed,
                       esc(run.why), agents, phrase(text::simulation_result(snapshot.scenario, run, true, numbers)));
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
                         citations_html(report, side.citations));
    out += "</div>";
  }
}

void overview_section(std::string& out, const TimelineReport& report) {
  out += "<h2 id=\"overview\">How the picture moved</h2><table><tr><th>snapshot</th><th>" + term("ZOPA", "ZOPA") +
         "</th><th class=\"num\">" + term("margin", "margin") + "</th>";
  const auto& parties = report.snapshots.front().scenario.parties;
  for (const auto& party : parties)
    out += "<th class=\"num\">" + esc(party.name) + " " + term("reservation value", "reservation") + " → " + term("threshold", "threshold") + "</th>";
  out += "<th>" + term("Nash", "Nash") + " " + term("utility", "utilities") + "</th><th>" + term("blocking issue", "blocking issues") + "</th></tr>";
  for (const auto& s : report.snapshots) {
    const bool open = text::zopa_open(s);
    const auto numbers = text::Numbers::tagged(report, s);
    out += fmt::format(R"(<tr><td><a href="#{}">{}</a><br><span class="muted">{}</span></td><td><span class="badge {}">{}</span></td><td class="num">{}</td>)",
                       esc(s.snapshot->id), esc(s.snapshot->title), to_string(s.snapshot->date), open ? "open" : "empty",
                       open ? "open" : "empty", s.sweep.margin ? phrase(numbers(fmt::format("{:+.3f}", *s.sweep.margin), definition("margin"))) : "-");
    for (std::size_t p = 0; p < parties.size(); ++p) {
      const auto t = p < s.sweep.thresholds.size() ? s.sweep.thresholds[p] : analysis::ReservationThreshold{s.scenario.parties[p].reservation_value, std::nullopt};
      const auto reservation = numbers.reservation(fmt::format("{:.2f}", t.reservation), parties[p].name);
      const auto threshold = t.threshold ? numbers(fmt::format("{:.2f}", *t.threshold), definition("threshold")) : std::string("none");
      out += "<td class=\"num\">" + phrase(reservation + " → " + threshold) + "</td>";
    }
    out += "<td class=\"num\">" + (s.analysis.reference.nash ? phrase(text::utilities(s.analysis.reference.nash->utilities, numbers)) : "none") + "</td>";
    out += "<td>" + esc(open ? "-" : text::blocking_issues(s)) + "</td></tr>";
  }
  out += "</table><p class=\"muted\">Margin: the best over all outcomes of the smallest surplus over a reservation value "
         "(≥ 0 exactly when a ZOPA exists). Threshold: the reservation value at which the ZOPA opens (if it is empty) or "
         "closes (if it is open), the other side's held fixed. Blocking issue: one whose neutralisation — both sides "
         "content with any of its options — opens the ZOPA. Definitions: <code>docs/algorithms/sensitivity.md</code> in the parley repository.</p>";
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
                     esc(s.title), to_string(s.date), to_string(s.window_from), to_string(s.window_to), prose(s.summary));
  const auto numbers = text::Numbers::tagged(report, snapshot);
  out += "<p class=\"plain\"><b>In plain words.</b> " + phrase(text::plain_reading(snapshot, numbers)) + "</p>";
  positions_section(out, report, snapshot);
  judgements_section(out, report, snapshot);
  red_lines_section(out, report, snapshot);
  agreement_section(out, snapshot, numbers);
  wider_table_section(out, report, snapshot);
  packages_section(out, snapshot, numbers);
  simulations_section(out, snapshot, numbers);
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

void reading_section(std::string& out, const TimelineReport& report) {
  out += "<h2 id=\"reading\">How to read this report</h2><dl class=\"glossary\">";
  for (const auto& t : glossary()) out += fmt::format("<dt>{}</dt><dd>{}</dd>", esc(t.name), esc(t.definition));
  out += "</dl><p class=\"muted\">Own words of a speaker are in quotation marks; reported speech and an outlet's narration are "
         "in a dotted frame without quotation marks. Positions marked INFERRED rest on the reason given; positions carried from "
         "an earlier snapshot say since when. Options a simulated party plays although no source gives them are marked filled in.</p>";
  if (!report.timeline->caveats.empty()) {
    out += "<h3>Limits to keep in mind</h3><ul>";
    for (const auto& caveat : report.timeline->caveats) out += "<li>" + esc(caveat) + "</li>";
    out += "</ul>";
  }
}

// What was checked, stated from the check that ran when the page was made.
std::string citation_footer(const TimelineReport& report) {
  const auto& c = report.citations;
  std::string html = fmt::format(
      "<p class=\"muted\" id=\"checked\">Generated by parley report. Checked when this page was generated, with the same "
      "check as <code>parley evidence verify</code>: {} — every quote against its source text (typography aside), every "
      "speaker and actor against the scenario's people and actors, every date against the timeline and its source, and every "
      "stated position for a citation of the actor's own in the snapshot's window. ",
      esc(evidence::counts_text(c)));
  if (c.ok()) return html + "All verified.</p>";
  html += fmt::format("<b>{} problem{} found</b>; each citation concerned is marked BROKEN CITATION on the page:</p><ul class=\"muted\">",
                      c.problems.size(), c.problems.size() == 1 ? "" : "s");
  for (const auto& problem : c.problems)
    html += fmt::format("<li>{}:{}: {}: {}</li>", esc(problem.where.file), problem.where.line, esc(problem.context), esc(problem.problem));
  return html + "</ul>";
}

}  // namespace

std::string render_html_report(const TimelineReport& report) {
  const auto& timeline = *report.timeline;
  const std::string shocked = shocks_label(report.shocks);
  const std::string title = shocked.empty() ? timeline.name : timeline.name + " (" + shocked + ")";
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{}</style></head><body><main>",
                                esc(title), kStyle);
  out += fmt::format("<h1>{}</h1>", esc(title));
  if (!shocked.empty())
    out += "<p class=\"shocked\">This is a SHOCKED scenario, not the one the sources describe: before any analysis every snapshot was changed by " +
           esc(shocked.substr(std::string("shocked: ").size())) + ".</p>";
  out += fmt::format("<p class=\"lede\">{}</p>", prose(timeline.description));
  out += "<nav><a href=\"#overview\">overview</a>";
  for (const auto& s : report.snapshots) out += fmt::format("<a href=\"#{}\">{}</a>", esc(s.snapshot->id), esc(s.snapshot->title));
  out += "<a href=\"#reading\">how to read</a><a href=\"#sources\">sources</a></nav>";
  if (!report.snapshots.empty()) overview_section(out, report);
  reading_section(out, report);
  for (const auto& snapshot : report.snapshots) snapshot_section(out, report, snapshot);
  out += "<h2 id=\"sources\">Sources</h2><table><tr><th>source</th><th>published</th><th>how the date was established</th></tr>";
  for (const auto& source : timeline.sources)
    out += fmt::format("<tr id=\"src-{}\"><td><b>{}</b><br>{}<br><a href=\"sources/{}\">the text as received</a></td><td class=\"num\">{}</td><td class=\"muted\">{}</td></tr>",
                       esc(source.id), esc(source.outlet), esc(source.title), esc(source_file_name(source)), to_string(source.published),
                       esc(source.date_basis));
  out += "</table>" + citation_footer(report) + "</main></body></html>\n";
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
  // The sources beside the page, so that every citation links to the text it quotes.
  std::filesystem::create_directories(dir / "sources", error);
  if (error) throw InputError(SourceLocation{(dir / "sources").string(), 0, ""}, "cannot create the folder: " + error.message());
  for (const auto& source : report.timeline->sources)
    io::write_file_atomically(dir / "sources" / source_file_name(source), source.text, io::WriteMode::replace);
  return file;
}

}  // namespace parley::report
