// parley::report::render_utility_plot — the utility space of two parties after a session.
//
// Data flow: PreparedScenario + the offers of a session (negotiation::OfferRecorder) + its
// result ──render_utility_plot──▶ SVG text (the CLI's `negotiate --plot`).
// Drawn for the pair (x party, y party): every outcome as a grey dot (a seeded sample of
// `max_points` when the space is larger), the exact Pareto frontier of the pair, the
// reservation values as dashed lines, the Nash and Kalai–Smorodinsky points of the pair, each
// negotiator's offers in order (a line through them, first and last marked), and the agreement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/negotiation/trace.hpp"

namespace parley::report {

struct UtilityPlotInput {
  const negotiation::PreparedScenario* prepared = nullptr;
  std::size_t x_party = 0, y_party = 1;
  const std::vector<negotiation::OfferRecorder::Offer>* offers = nullptr;  // may be null
  std::optional<Outcome> agreement;
  std::string title;
  std::size_t max_points = 4000;  // outcomes drawn at most
  std::uint64_t seed = 1;         // sample of a large space
};

std::string render_utility_plot(const UtilityPlotInput& input, double width = 900, double height = 700);

}  // namespace parley::report
