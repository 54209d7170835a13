// SVG charts of the timeline report (internal to the report module).
//  * positions_chart: one ordered issue over the snapshots — a row per option (the issue's
//    order, first option at the top), a column per snapshot; each actor's stated options as a
//    coloured marker (filled: stated, hollow: inferred, a bar when it names several options),
//    joined across snapshots; the Nash package's option as a grey square. Actor a is drawn in
//    actor_colour(a) (a of TimelineReport::actors); the legend is the page's.
//  * utility_space_chart: Russia vs Ukraine (the first two parties) at one snapshot, drawn by
//    render_utility_plot (utility_plot.hpp) with one simulated session's offers.
#pragma once

#include <string>

#include "parley/report/flagship_report.hpp"

namespace parley::report::charts {

const std::string& actor_colour(std::size_t actor);
std::string positions_chart(const TimelineReport& report, std::size_t issue);
std::string utility_space_chart(const SnapshotReport& snapshot, const SimulationRun* run);

// An SVG document without its XML declaration, for inlining in HTML.
std::string inline_svg(const std::string& document);

}  // namespace parley::report::charts
