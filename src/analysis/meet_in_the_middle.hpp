// Internal: exact count of rational outcomes of a two-party additive scenario by meet in the
// middle, for spaces far beyond enumeration (up to max_half² outcomes).
//
// Data flow: Scenario ──split issues into two halves of balanced size──▶ every partial sum
// (u0, u1) of each half ──sweep over half A by u0 with a Fenwick tree over half B's u1──▶ count.
// Outcome (a, b) is rational when tolerance::meets_reservation(a_i + b_i, r_i) for both parties
// (the policy of parley/model/tolerance.hpp; it is monotone in the sum, so the sweep applies).
#pragma once

#include <cstdint>
#include <optional>

#include "parley/model/scenario.hpp"

namespace parley::analysis::detail {

// nullopt when the scenario is not two-party additive or a half would exceed max_half outcomes.
std::optional<std::uint64_t> count_rational_meet_in_the_middle(const Scenario& scenario, std::uint64_t max_half);

}  // namespace parley::analysis::detail
