// Phrases shared by the terminal summary and the HTML report, so that both say the same thing
// in the same words (internal to the report module).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/report/flagship_report.hpp"

namespace parley::report::text {

// How a phrase writes its numbers. Plain (the default): digits, as the terminal summary and the
// JSON show them. Tagged (the HTML page): each number carries its reason — a glossary definition
// for a computed number, the scenario's written `why` for a reservation value — and
// html_report turns every tagged number into the number with its reason one click away.
// A tag is RS reason US digits RS (ASCII record and unit separators, 0x1E and 0x1F).
class Numbers {
 public:
  Numbers() = default;
  static Numbers tagged(const TimelineReport& report, const SnapshotReport& snapshot);
  // `digits` tagged with `reason`, or `digits` alone when plain.
  std::string operator()(std::string digits, std::string_view reason) const;
  // A party's reservation value (party name as in the snapshot's scenarios) with its written why.
  std::string reservation(std::string digits, std::string_view party) const;

 private:
  const TimelineReport* report_ = nullptr;
  const SnapshotReport* snapshot_ = nullptr;
};
constexpr char kTagMark = '\x1e';
constexpr char kTagSplit = '\x1f';

// The written reason of a party's reservation value at a snapshot (its `why`, where it was set,
// and the shocks when any were applied); the party by its name in the snapshot's scenarios.
std::string reservation_reason(const TimelineReport& report, const SnapshotReport& snapshot, std::string_view party);

std::string join(const std::vector<std::string>& items, const std::string& separator);
// An issue name as shown to readers: "kherson_zaporizhzhia" -> "kherson zaporizhzhia".
std::string issue_label(const std::string& name);
// An option as shown to readers: "kherson-zaporizhzhia" ids become "kherson zaporizhzhia".
std::string option_label(const std::string& option);
// What the red lines do to the ZOPA: close it (and which single one, dropped, reopens it), leave
// it open (and with what margin), or nothing (empty without red lines).
std::string red_line_verdict(const SnapshotReport& snapshot, const Numbers& numbers = {});
// The red line of a sweep effect: "Ukraine will not sign crimea = recognised-russian".
std::string red_line_description(const Scenario& scenario, const analysis::RedLineEffect& effect);

// One paragraph in plain words: is there a deal both prefer to no deal, what the red lines do,
// which issue blocks, where the forecasts land, what the simulated sessions did.
std::string plain_reading(const SnapshotReport& snapshot, const Numbers& numbers = {});

// "recognised-russian" / "renounced-neutral | deferred"; "" when there is no position.
std::string options_of(const ShownPosition& shown);
// "u = 0.612 / 0.388" (party order).
std::string utilities(const std::vector<double>& values, const Numbers& numbers = {});
// "open: 1 234 outcomes, margin +0.052" / "empty: margin -0.081".
std::string zopa_status(const SnapshotReport& snapshot, const Numbers& numbers = {});
bool zopa_open(const SnapshotReport& snapshot);
// Names of the blocking issues, or a sentence saying why none is listed.
std::string blocking_issues(const Scenario& scenario, const analysis::SensitivitySweep& sweep);
std::string blocking_issues(const SnapshotReport& snapshot);
// "Russia 0.450: the ZOPA closes if it rises above 0.520 (+0.070)" for one party of the sweep.
std::string threshold_sentence(const Scenario& scenario, const analysis::SensitivitySweep& sweep, std::size_t party,
                               const Numbers& numbers = {});
// "agreement in round 37: crimea=..., u = ..." / "no agreement (deadline, 100 rounds)".
std::string simulation_result(const Scenario& scenario, const SimulationRun& run, bool with_outcome,
                              const Numbers& numbers = {});
// The option a reference point picks on issue i, or "-".
std::string point_option(const Scenario& scenario, const std::optional<analysis::AgreementPoint>& point, std::size_t issue);
// Name of an actor id (the id when unknown); person name with party for a speaker id.
std::string actor_name(const Timeline& timeline, const std::string& id);
std::string speaker_name(const Timeline& timeline, const std::string& id);
// "Meduza, 2025-08-01" for a source id.
std::string source_label(const Timeline& timeline, const std::string& id);

// The wider table in plain words (empty without one): who decides what, the three-sided ZOPA with
// and without red lines, who would veto the bilateral Nash package, what each side gives at the
// wider table's Nash point.
std::string wider_table_reading(const SnapshotReport& snapshot, const Numbers& numbers = {});
// "russia_belarus on government: consistent (mandate-questioned)" per check, or empty.
std::vector<std::string> bloc_findings(const Timeline& timeline, const SnapshotReport& snapshot);
// "sanctions = phased relief (0.052)" items of concessions, largest first.
std::string concession_list(const Scenario& scenario, const std::vector<analysis::Concession>& concessions,
                            const Numbers& numbers = {});

}  // namespace parley::report::text
