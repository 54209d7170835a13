// parley::analysis red lines — hard constraints in the agreement space.
//
// Data flow:
//   Scenario (parties with RedLineConstraints, e.g. scenario_at of a dated snapshot)
//     ──restrict_to_red_lines()──▶ RedLineRestriction: the scenario over the options no party
//        rejects (or the issues on which every option is rejected: nothing can be signed)
//     ──analyze() / sensitivity_sweep()──▶ results over the permitted outcomes, outcomes in the
//        original option indices (they call restrict_to_red_lines themselves)
//   Scenario ──red_line_sweep()──▶ RedLineSweep: is the ZOPA open without red lines, with them,
//        and with each single red line dropped (which one concession would reopen it); when no
//        single one does, which pairs of concessions do.
//
// How red lines combine with additive utilities (docs/algorithms/red_lines.md): a red line
// removes options, it does not change utilities. An outcome is rational for party i when
// u_i(o) ≥ r_i (the model's tolerance) AND o picks no option i rejects. Because red lines are
// per issue, the permitted outcomes form a product space — each issue keeps the options no party
// rejects — so every additive algorithm (frontier merge, ZOPA count, reference points, sweep) runs
// unchanged on the restricted space, and its outcomes map back option by option. The Pareto
// frontier is then the frontier of the permitted outcomes; utilities are those of the original
// scenario. Red lines are public statements: every agent of a simulated session negotiates over
// the permitted outcomes only.
// Supported on labelled (categorical, ordinal) issues with additive utilities; anything else is
// an InputError naming the party and issue.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/model/error.hpp"
#include "parley/model/scenario.hpp"

namespace parley::analysis {

struct RedLineRestriction {
  std::optional<Scenario> scenario;                // permitted options only, red lines cleared; unset when closed
  std::vector<std::vector<std::uint32_t>> kept;    // kept[i][k'] = original index of option k' of issue i
  std::vector<std::size_t> closed_issues;          // issues on which every option is rejected by someone
  std::string reason;                              // "red lines exclude every option of crimea (...)" when closed

  bool closed() const { return !closed_issues.empty(); }
};

// The identity restriction (a copy) when no party has red lines.
RedLineRestriction restrict_to_red_lines(const Scenario& scenario);

// An outcome of the restricted scenario in the original option indices.
Outcome to_original(const RedLineRestriction& restriction, const Outcome& restricted);

// The scenario with every red line removed (the additive model alone).
Scenario without_red_lines(Scenario scenario);

// A red line's name: "<party name>.<issue name>", e.g. "Russia.crimea" (as shocks name parties).
std::string red_line_key(const Scenario& scenario, std::size_t party, const RedLineConstraint& red_line);
// The red lines of the scenario by key, in party order then file order.
std::vector<std::string> red_line_keys(const Scenario& scenario);

// Which red lines a simulated session leaves out (the CLI's --without-red-lines and
// --drop-red-line, serve's "red_lines" field): none by default; dropping one negotiates as if
// that party had made the concession the red-line sweep names.
struct RedLineChoice {
  bool drop_all = false;
  std::vector<std::string> drop;  // keys as red_line_key gives them
  bool any() const { return drop_all || !drop.empty(); }
};
// The scenario with the chosen red lines removed. InputError (field `where`) naming the red lines
// in force when a key matches none.
Scenario drop_red_lines(Scenario scenario, const RedLineChoice& choice, const SourceLocation& where);
// "red lines: all dropped (the additive model alone)", "red lines: dropped Russia.crimea", or
// "red lines: respected (3)"; "" when the scenario has none and none were asked to be dropped.
std::string red_line_choice_label(const Scenario& scenario, const RedLineChoice& choice);

// What a simulated session runs on: the outcomes no red line in force excludes. When the red
// lines leave nothing to sign, InputError (field `where`) saying which issues they close, which
// red lines are in force, and that `how_to_proceed` (the caller's words for dropping them) would
// negotiate the snapshot as if conceded.
RedLineRestriction negotiable_space(const Scenario& scenario, const RedLineChoice& choice, const SourceLocation& where,
                                    const std::string& how_to_proceed);

struct RedLineEffect {
  std::size_t party = 0;
  std::size_t red_line = 0;              // index into the party's red_lines
  std::optional<double> margin;          // ZOPA margin with this one red line dropped; null: nothing permitted
  bool open = false;                     // the ZOPA is open with this one red line dropped
};

// ZOPA open / margin per variant; "open" is the ZOPA test of zopa.hpp (the model's tolerance).
struct RedLineSweep {
  bool any = false;                        // the scenario has red lines
  bool open_without = false;               // the additive model alone has a ZOPA
  std::optional<double> margin_without;
  bool open_with = false;                  // with every red line
  std::optional<double> margin_with;       // null when the red lines exclude every outcome
  std::string closed_reason;               // set when the red lines exclude every outcome
  std::vector<std::size_t> closed_issues;  // the issues on which they exclude every option
  std::vector<RedLineEffect> effects;      // one per red line, party order then file order
  // When the red lines close the ZOPA and no single one dropped reopens it: every pair of red
  // lines whose removal together reopens it (indices into `effects`).
  struct Pair {
    std::size_t first = 0, second = 0;
    std::optional<double> margin;
  };
  std::vector<Pair> reopening_pairs;
  bool red_lines_close() const { return open_without && !open_with; }
};

RedLineSweep red_line_sweep(const Scenario& scenario);

}  // namespace parley::analysis
