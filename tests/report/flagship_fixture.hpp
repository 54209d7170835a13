// The shipped flagship scenario and its reports, built once per test binary: as shipped, and with
// its red lines removed (the additive model alone, where every snapshot has a ZOPA and the
// simulated sessions run; the shipped flagship's red lines leave nothing to sign).
#pragma once

#include "parley/io/yaml_timeline.hpp"
#include "parley/report/flagship_report.hpp"
#include "support/test_paths.hpp"

namespace parley::report::test_fixture {

inline const Timeline& flagship() {
  static const Timeline loaded = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  return loaded;
}

inline const TimelineReport& flagship_report() {
  static const TimelineReport built = build_timeline_report(flagship());
  return built;
}

inline const Timeline& flagship_without_red_lines() {
  static const Timeline stripped = [] {
    auto timeline = flagship();
    for (auto& snapshot : timeline.snapshots) snapshot.red_lines.clear();
    return timeline;
  }();
  return stripped;
}

inline const TimelineReport& report_without_red_lines() {
  static const TimelineReport built = build_timeline_report(flagship_without_red_lines());
  return built;
}

}  // namespace parley::report::test_fixture
