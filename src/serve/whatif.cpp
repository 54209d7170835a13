// What-if: `parley analyze --json --at --shock --sweep` on request (every what-if of the page,
// set-asides and red-line concessions included, is a shock) and the utility space of any two parties.
#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "parley/analysis/analyze.hpp"
#include "parley/analysis/red_lines.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/report/analysis_json.hpp"
#include "parley/report/sensitivity_report.hpp"
#include "serve/workbench_state.hpp"

namespace parley::serve {

namespace {

constexpr std::size_t max_shocks = 200;
constexpr std::size_t max_sample = 1500;  // outcomes drawn as the grey cloud of the plot

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The equivalent command line.
std::string command_line(const Workbench::State& state, const detail::WhatIf& what_if) {
  std::string line = "parley analyze " + shell_quote(state.path.string());
  if (!what_if.at.empty()) line += " --at " + shell_quote(what_if.at);
  for (const auto& shock : what_if.shocks) line += " --shock " + shell_quote(shock);
  return line + " --sweep --json";
}

// The analysis of a what-if takes its frontier, reference points and ZOPA from the workbench's
// cache: the page asks for the same scenario at every redraw.
analysis::AnalysisOptions cached(analysis::StatisticsCache& cache) {
  analysis::AnalysisOptions options;
  options.cache = &cache;
  return options;
}

}  // namespace

namespace detail {

WhatIf read_what_if(const Workbench::State& state, const nlohmann::json& request) {
  WhatIf what_if;
  what_if.at = string_field(request, "at");
  what_if.shocks = string_list_field(request, "shocks", max_shocks);
  std::vector<analysis::Shock> shocks;
  for (const auto& spec : what_if.shocks) shocks.push_back(analysis::parse_shock(spec));
  what_if.scenario = analysis::apply_shocks(state.scenario_at(what_if.at), shocks);
  return what_if;
}

}  // namespace detail

Json Workbench::preferences(std::string_view at) const {
  const auto s = state();
  const auto scenario = s->scenario_at(at);
  Json parties = Json::array();
  for (const auto& party : scenario.parties) {
    Json entry{{"name", party.name}, {"reservation", party.reservation_value}, {"additive", party.utility.is_additive()}};
    if (party.utility.is_additive()) {
      const auto& additive = party.utility.additive();
      Json weights = Json::object(), evaluations = Json::object();
      for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
        const auto& issue = scenario.space.issue(i);
        weights[issue.name()] = additive.weights[i];
        Json values = Json::object();
        for (std::size_t v = 0; v < issue.size(); ++v) values[issue.label(v)] = additive.evaluations[i][v];
        evaluations[issue.name()] = values;
      }
      entry["weights"] = weights;
      entry["evaluations"] = evaluations;
    }
    // Red lines drawn in this snapshot, by the key a red-line shock names (PARTY.red-line.ISSUE=off).
    Json red_lines = Json::array();
    for (const auto& line : party.red_lines) {
      Json rejected = Json::array();
      for (const auto k : line.rejected) rejected.push_back(scenario.space.issue(line.issue).label(k));
      red_lines.push_back(Json{{"key", analysis::red_line_key(scenario, static_cast<std::size_t>(&party - scenario.parties.data()), line)},
                               {"issue", scenario.space.issue(line.issue).name()},
                               {"rejects", rejected},
                               {"description", line.description}});
    }
    entry["red_lines"] = red_lines;
    parties.push_back(entry);
  }
  return Json{{"at", at}, {"parties", parties}};
}

Json Workbench::analyze(const nlohmann::json& request) const {
  detail::expect_object(request, {"at", "shocks", "sweep"});
  const auto s = state();
  const auto what_if = detail::read_what_if(*s, request);
  const bool sweep = detail::bool_field(request, "sweep", true);
  const auto result = analysis::analyze(what_if.scenario, cached(impl_->statistics));
  auto out = report::analysis_to_json(what_if.scenario, result);
  out["shocks"] = what_if.shocks;  // as `parley analyze --json`: the specs applied
  if (sweep) {
    auto entry = report::sweep_json(what_if.scenario, analysis::sensitivity_sweep(what_if.scenario));
    if (!what_if.at.empty() || s->timeline) entry["snapshot"] = what_if.at;
    out["sensitivity"] = Json::array({entry});
  }
  out["what_if"] = Json{{"at", what_if.at}, {"shocks", what_if.shocks}, {"command", command_line(*s, what_if)}};
  return out;
}

Json Workbench::pair(const nlohmann::json& request) const {
  detail::expect_object(request, {"at", "shocks", "x", "y"});
  const auto s = state();
  const auto what_if = detail::read_what_if(*s, request);
  const auto& scenario = what_if.scenario;
  const auto x = detail::party_index(scenario, detail::string_field(request, "x", scenario.parties[0].name), "x");
  const auto y = detail::party_index(scenario, detail::string_field(request, "y", scenario.parties[1].name), "y");
  if (x == y) throw ApiError(400, "x and y must be two different parties");

  // The pair's own agreement space: the scenario restricted to the two parties.
  Scenario two = scenario;
  two.parties = {scenario.parties[x], scenario.parties[y]};
  const auto result = analysis::analyze(two, cached(impl_->statistics));
  Json frontier = Json::array();
  if (result.frontier.computed())
    for (std::size_t k = 0; k < result.frontier.size(); ++k) {
      const auto point = analysis::frontier_point(result.frontier, k);
      frontier.push_back({point.utilities[0], point.utilities[1]});
    }
  auto point = [&](const std::optional<analysis::AgreementPoint>& p) {
    return p ? report::agreement_point_json(two.space, *p) : Json(nullptr);
  };
  // A seeded sample of outcomes (all of them when the space is small) for the cloud.
  Json sample = Json::array();
  const auto count = scenario.space.cardinality();
  if (scenario.space.enumerable(max_sample)) {
    for (std::uint64_t id = 0; id < *count.as_u64(); ++id) {
      const auto outcome = scenario.space.from_id(id);
      sample.push_back({two.parties[0].utility(outcome), two.parties[1].utility(outcome)});
    }
  } else {
    std::mt19937_64 random(1);
    Outcome outcome(scenario.space.issue_count());
    for (std::size_t n = 0; n < max_sample; ++n) {
      for (std::size_t i = 0; i < outcome.size(); ++i)
        outcome[i] = static_cast<std::uint32_t>(random() % scenario.space.issue(i).size());
      sample.push_back({two.parties[0].utility(outcome), two.parties[1].utility(outcome)});
    }
  }
  return Json{{"x", scenario.parties[x].name},
              {"y", scenario.parties[y].name},
              {"reservation", {scenario.parties[x].reservation_value, scenario.parties[y].reservation_value}},
              {"frontier", frontier},
              {"frontier_reason", result.frontier.reason},
              {"nash", point(result.reference.nash)},
              {"kalai_smorodinsky", point(result.reference.kalai_smorodinsky)},
              {"max_welfare", point(result.reference.max_welfare)},
              {"zopa_nonempty", result.zopa.nonempty ? Json(*result.zopa.nonempty) : Json(nullptr)},
              {"sample", sample},
              {"sampled", !scenario.space.enumerable(max_sample)}};
}

}  // namespace parley::serve
