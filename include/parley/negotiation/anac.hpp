// parley::negotiation published-agent formulas — the pure functions behind the ANAC agents
// (src/negotiation/agents/), exposed so that tests can check them against the papers and
// users can reuse them in their own agents. docs/agents/ describes each agent.
#pragma once

namespace parley::negotiation {

// HardHeaded's concession p(t) (van Krimpen et al. 2013): Ka = e = 0.05; with a discount
// factor below 0.9 the curve reaches P_min + (P_max − P_min)·d at t = d and then falls to
// P_min with exponent 1/30. `discount` outside (0, 1] counts as 1.
double hardheaded_target(double t, double discount, double p_min, double p_max);

}  // namespace parley::negotiation
