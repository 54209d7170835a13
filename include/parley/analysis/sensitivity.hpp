// parley::analysis sensitivity — shocks to a scenario, and how far the ZOPA is from opening
// or closing.
//
// Data flow:
//   "Russia.reservation-=0.1" ──parse_shock()──▶ Shock ──apply_shock(s)()──▶ shocked Scenario
//   Scenario ──sensitivity_sweep()──▶ SensitivitySweep { margin, reservation thresholds,
//                                                        blocking issues }
// (definitions and proofs: docs/algorithms/sensitivity.md).
//
// Shock grammar:  PARTY "." TARGET OP NUMBER,  OP ∈ { =, +=, -=, *= }
//   TARGET := "reservation" | "weight." ISSUE | "evaluation." ISSUE "." VALUE
//         | PARTY ".red-line." ISSUE "=off"      a concession: PARTY's red lines on ISSUE dropped
//         | "set-aside." ISSUE                   the issue shelved: neutral for every party
// PARTY matches a party name case-insensitively. The new number x = OP(old, NUMBER) must lie in
// [0, 1]. A weight shock gives the issue weight exactly x and rescales the party's other weights
// proportionally so that they sum to 1 − x. Evaluation shocks set one value's evaluation.
// A set-aside is neutralise_issue() below (the sweep's "margin if neutral"), so every what-if
// the workbench offers — walk-away values, weights, evaluations, red lines, set-asides — is a
// shock and has a command line. Every mistake is an InputError with field "--shock" naming the
// spec and the problem.
//
// Definitions (utilities of the Pareto frontier F, reservation values r; rational and "open" as
// in parley/model/tolerance.hpp: meets_reservation, margin_open):
//  * ZOPA margin m = max over points p of F of min_i (u_i(p) − r_i). The ZOPA is non-empty iff
//    m ≥ 0 (a maximiser of min_i(u_i − r_i) can always be taken Pareto-optimal).
//  * Reservation threshold of party i: T_i = max { u_i(p) : p ∈ F, u_j(p) ≥ r_j for all j ≠ i }.
//    With the others' reservations fixed, the ZOPA is non-empty iff r_i ≤ T_i; so the ZOPA
//    opens when r_i falls by r_i − T_i, and closes when r_i rises above T_i. T_i is null when
//    no outcome satisfies the other parties (no value of r_i opens the ZOPA).
//  * Red lines (red_lines.hpp): margin and thresholds over the outcomes no red line excludes; when
//    they exclude every option of an issue, the margin is null, every threshold is null (no
//    reservation value opens the ZOPA) and `reason` says why; neutralising an issue lifts the red
//    lines on it.
//  * Blocking issue: with the ZOPA empty, issue k blocks when making it neutral — every party
//    valuing every option of k as its best (evaluations all 1: the disagreement on k is
//    settled to everybody's satisfaction, e.g. shelved) — opens the ZOPA. The margin with k
//    neutral is reported for every issue, so issues can be ranked even when none blocks alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/model/scenario.hpp"

namespace parley::analysis {

enum class ShockTarget { reservation, weight, evaluation, red_line, set_aside };
enum class ShockOperator { set, add, subtract, multiply };

struct Shock {
  std::string spec;    // as the user wrote it, for messages
  std::string party;   // as written; matched case-insensitively; empty for set_aside
  ShockTarget target = ShockTarget::reservation;
  std::string issue;   // weight, evaluation, red_line, set_aside
  std::string value;   // evaluation: the option's label
  ShockOperator op = ShockOperator::set;
  double amount = 0;
};

// Syntax only (InputError on malformed text).
Shock parse_shock(std::string_view spec);

// Applies one shock in place; InputError for an unknown party, issue or value, a non-additive
// party (weight, evaluation, set_aside), a red line the party has not drawn, or a result outside
// [0, 1]. The scenario stays valid.
void apply_shock(Scenario& scenario, const Shock& shock);
// All shocks in order; with any, the scenario's name gains " [shocked: SPEC, SPEC]" so that every
// output naming it (terminal, JSON, plots) says that it was changed.
Scenario apply_shocks(Scenario scenario, const std::vector<Shock>& shocks);

struct ReservationThreshold {
  double reservation = 0;            // r_i now
  std::optional<double> threshold;   // T_i; null when the other parties cannot all be satisfied
  // Change of r_i that flips the ZOPA: T_i − r_i. Positive: the ZOPA is open and closes once r_i
  // rises by more than this; negative: the ZOPA is empty and opens once r_i falls by |this|.
  std::optional<double> change() const {
    return threshold ? std::optional<double>(*threshold - reservation) : std::nullopt;
  }
};

struct IssueNeutralised {
  std::size_t issue = 0;
  std::optional<double> margin;      // ZOPA margin with the issue neutral; null: frontier not computed
  bool blocks = false;               // the ZOPA is empty now and opens with the issue neutral
};

struct SensitivitySweep {
  std::optional<double> margin;                  // null when the frontier is not computed
  std::vector<ReservationThreshold> thresholds;  // party order; empty when no frontier
  std::vector<IssueNeutralised> issues;          // issue order; empty when not every party is additive
  std::string reason;                            // why a part is missing; empty otherwise
};

// ZOPA margin (definition above); null when the frontier is not computed or empty.
std::optional<double> zopa_margin(const Scenario& scenario, const ParetoFrontier& frontier);

// T_i for every party (definition above); empty when the frontier is not computed.
std::vector<ReservationThreshold> reservation_thresholds(const Scenario& scenario, const ParetoFrontier& frontier);

// The scenario with issue k neutral for every (additive) party: evaluations of k all 1.
Scenario neutralise_issue(const Scenario& scenario, std::size_t issue);

SensitivitySweep sensitivity_sweep(const Scenario& scenario, const FrontierOptions& options = {});

}  // namespace parley::analysis
