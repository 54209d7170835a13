// parley::analysis::reference_points — the classic bargaining solutions on the frontier.
//
// Data flow: Scenario + ParetoFrontier ──reference_points()──▶ ReferencePoints.
// Definitions (DESIGN.md), with r_i the reservation value of party i:
//  * nash: the rational frontier point (u_i ≥ r_i for all i) maximising Π(u_i − r_i).
//  * kalai_smorodinsky: the rational frontier point maximising min_i (u_i − r_i)/(ideal_i − r_i),
//    ideal_i = the best utility of party i over rational outcomes (a party with ideal_i = r_i
//    contributes ratio 1).
//  * kalai (GENIUS / ANL): the frontier point minimising Σ_{i<j} |u_i − u_j|.
//  * max_welfare: maximises Σ_i u_i. egalitarian: maximises min_i u_i (over all outcomes;
//    both are attained on the frontier).
// A point is null when the frontier is not computed, or (nash, kalai_smorodinsky) when no
// outcome is rational. Ties (criteria within the tolerance, tolerance::clearly_greater) go to the earliest point in frontier order.
#pragma once

#include <optional>
#include <vector>

#include "parley/analysis/pareto_frontier.hpp"

namespace parley::analysis {

struct AgreementPoint {
  Outcome outcome;
  std::vector<double> utilities;  // party order
};

struct ReferencePoints {
  std::optional<AgreementPoint> nash;
  std::optional<AgreementPoint> kalai_smorodinsky;
  std::optional<AgreementPoint> kalai;
  std::optional<AgreementPoint> max_welfare;
  std::optional<AgreementPoint> egalitarian;
};

ReferencePoints reference_points(const Scenario& scenario, const ParetoFrontier& frontier);

// Point k of the frontier as an AgreementPoint.
AgreementPoint frontier_point(const ParetoFrontier& frontier, std::size_t k);

}  // namespace parley::analysis
