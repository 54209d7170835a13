// Nash bargaining over actors' ideal points on one issue.
//
// Data flow: ForecastIssue ──▶ the asymmetric Nash bargaining solution on the issue's scale.
// Definition (docs/algorithms/forecast.md): with the scale [L, U] (scale_of) and width
// W = U − L, actor k's utility for an outcome y is u_k(y) = 1 − |x_k − y| / W (1 at its
// ideal point, 0 at the far end of the scale); the disagreement utility is 0. The solution
// maximises Σ_k w_k · ln u_k(y) with bargaining power w_k = c_k · s_k (capability times
// salience) over y in [L, U]. The objective is concave, so the maximiser is unique; it is
// found by bisection on the (monotone) derivative to 1e-12 of the scale width.
#pragma once

#include "parley/forecast/stance.hpp"

namespace parley::forecast {

double nash_bargaining_position(const ForecastIssue& issue);

// Σ_k c_k s_k ln u_k(y): the Nash objective, -inf where some weighted actor has u_k = 0.
double nash_objective(const ForecastIssue& issue, double y);

}  // namespace parley::forecast
