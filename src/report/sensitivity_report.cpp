#include "parley/report/sensitivity_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "parley/model/tolerance.hpp"
#include "report/report_text.hpp"

namespace parley::report {
namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

std::string sweep_text(const Scenario& scenario, const analysis::SensitivitySweep& sweep) {
  std::string out;
  if (!sweep.margin && sweep.issues.empty()) return "sensitivity: not computed (" + sweep.reason + ")\n";
  if (sweep.margin)
    out += fmt::format("ZOPA margin {:+.4f} ({}): the best outcome's smallest surplus over a reservation value\n", *sweep.margin,
                       tolerance::margin_open(*sweep.margin) ? "open" : "empty");
  else
    out += "ZOPA empty, no margin: " + sweep.reason + "\n";
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    out += "  reservation " + text::threshold_sentence(scenario, sweep, p) + "\n";
  out += "  blocking issues: " + text::blocking_issues(scenario, sweep) + "\n";
  if (!sweep.issues.empty()) {
    std::size_t width = 5;
    for (const auto& issue : scenario.space.issues()) width = std::max(width, issue.name().size());
    out += fmt::format("  {:<{}}  {:>17}  {}\n", "issue", width, "margin if neutral", "blocks");
    for (const auto& issue : sweep.issues)
      out += fmt::format("  {:<{}}  {:>17}  {}\n", scenario.space.issue(issue.issue).name(), width,
                         issue.margin ? fmt::format("{:+.4f}", *issue.margin) : "-", issue.blocks ? "yes" : "no");
  }
  return out;
}

Json sweep_json(const Scenario& scenario, const analysis::SensitivitySweep& sweep) {
  Json thresholds = Json::array(), issues = Json::array();
  for (std::size_t p = 0; p < sweep.thresholds.size(); ++p) {
    const auto& t = sweep.thresholds[p];
    thresholds.push_back({{"party", scenario.parties[p].name},
                          {"reservation", t.reservation},
                          {"threshold", optional_number(t.threshold)},
                          {"change", optional_number(t.change())}});
  }
  for (const auto& issue : sweep.issues)
    issues.push_back({{"issue", scenario.space.issue(issue.issue).name()},
                      {"margin_if_neutral", optional_number(issue.margin)},
                      {"blocks", issue.blocks}});
  return Json{{"margin", optional_number(sweep.margin)},
              {"zopa", sweep.margin ? Json(tolerance::margin_open(*sweep.margin) ? "open" : "empty") : sweep.issues.empty() ? Json(nullptr) : Json("empty")},
              {"reservation_thresholds", thresholds},
              {"issues", issues},
              {"reason", sweep.reason.empty() ? Json(nullptr) : Json(sweep.reason)}};
}

}  // namespace parley::report
