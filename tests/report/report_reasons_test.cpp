// Every number of the report has its reason. The report model as data (`parley report --json`)
// is walked: each number must sit inside an object with a non-empty `why` (a judgement, a
// simulation, a concession) or belong to a field the report's `definitions` explain
// (parley/report/glossary.hpp). The walk is first shown to catch a number without either.
// The HTML side (every decimal on the page one click from its reason) is checked in a browser:
// web/e2e/report.test.js.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/analysis/sensitivity.hpp"
#include "parley/report/glossary.hpp"
#include "parley/report/report_json.hpp"
#include "parley/svg/svg_canvas.hpp"
#include "report/flagship_fixture.hpp"

namespace parley::report {
namespace {

using Json = nlohmann::ordered_json;

bool has_why(const Json& object) {
  const auto why = object.find("why");
  return why != object.end() && why->is_string() && !why->get<std::string>().empty();
}

// JSON pointers of the numbers with no reason: neither an enclosing object with a `why`, nor a
// field (the nearest key other than `value`) in `definitions`.
void walk(const Json& node, const Json& definitions, const std::string& pointer, const std::string& field, bool explained,
          std::vector<std::string>& unexplained) {
  if (node.is_object()) {
    const bool here = explained || has_why(node);
    for (const auto& [key, child] : node.items())
      walk(child, definitions, pointer + "/" + key, key == "value" ? field : key, here, unexplained);
  } else if (node.is_array()) {
    for (std::size_t k = 0; k < node.size(); ++k) walk(node[k], definitions, pointer + "/" + std::to_string(k), field, explained, unexplained);
  } else if (node.is_number() && !explained) {
    const auto definition = definitions.find(field);
    if (definition == definitions.end() || !definition->is_string() || definition->get<std::string>().empty())
      unexplained.push_back(pointer);
  }
}

std::vector<std::string> unexplained_numbers(const Json& report) {
  std::vector<std::string> unexplained;
  const Json definitions = report.value("definitions", Json::object());
  walk(report, definitions, "", "", false, unexplained);
  return unexplained;
}

TEST(ReportReasons, TheWalkFindsANumberWithoutAReason) {
  const auto report = Json::parse(R"({
    "definitions": {"margin": "how far the best package is from satisfying everyone"},
    "snapshot": {"margin": 0.1, "count": 2,
                 "weight": {"value": 3, "why": "the source says so"},
                 "salience": {"value": 0.5, "why": ""},
                 "sessions": [{"why": "the strategies the articles describe", "rounds": 100}]}})");
  EXPECT_EQ(unexplained_numbers(report), (std::vector<std::string>{"/snapshot/count", "/snapshot/salience/value"}));
}

TEST(ReportReasons, EveryNumberOfTheFlagshipReportHasItsReason) {
  EXPECT_EQ(unexplained_numbers(report_to_json(test_fixture::flagship_report())), std::vector<std::string>{});
}

TEST(ReportReasons, EveryNumberHasItsReasonWhereTheZopaIsOpenAndSessionsRun) {
  // Without red lines every snapshot has a ZOPA: frontiers, reference points, thresholds and
  // simulated agreements appear, each of which must be explained too.
  EXPECT_EQ(unexplained_numbers(report_to_json(test_fixture::report_without_red_lines())), std::vector<std::string>{});
}

TEST(ReportReasons, EveryDefinitionIsWritten) {
  for (const auto& term : glossary()) EXPECT_FALSE(term.definition.empty()) << term.name;
  for (const auto& [field, meaning] : field_definitions()) EXPECT_FALSE(meaning.empty()) << field;
  EXPECT_THROW(definition("no such term"), std::out_of_range);
}

TEST(ReportReasons, TheHtmlTurnsEveryTaggedNumberIntoANumberWithItsReason) {
  // Tagged numbers never leak: neither the page nor the terminal summary holds a tag separator,
  // and the page folds the reservation value's written why under the overview's number.
  TimelineReportOptions options;
  options.shocks = {analysis::parse_shock("Russia.reservation-=0.1")};
  const auto shocked = build_timeline_report(test_fixture::flagship_without_red_lines(), options);
  for (const auto* report : {&test_fixture::flagship_report(), &shocked}) {
    const auto html = render_html_report(*report);
    const auto terminal = render_terminal_summary(*report);
    EXPECT_EQ(html.find('\x1e'), std::string::npos);
    EXPECT_EQ(html.find('\x1f'), std::string::npos);
    EXPECT_EQ(terminal.find('\x1e'), std::string::npos);
    EXPECT_EQ(terminal.find('\x1f'), std::string::npos);
  }
  const auto html = render_html_report(shocked);
  const auto& russia = *test_fixture::flagship().snapshots.front().find_preferences("russia");
  EXPECT_NE(html.find(svg::xml_escape(russia.reservation.why)), std::string::npos);
  EXPECT_NE(html.find("The value shown is after the shocks Russia.reservation-=0.1."), std::string::npos);
}

}  // namespace
}  // namespace parley::report
