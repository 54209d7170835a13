#include "parley/report/analysis_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/negotiation/outcome_json.hpp"

namespace parley::report {
namespace {

using nlohmann::ordered_json;

constexpr std::uint64_t kLargestExactDouble = std::uint64_t{1} << 53;

ordered_json optional_point(const OutcomeSpace& space, const std::optional<analysis::AgreementPoint>& point) {
  return point ? agreement_point_json(space, *point) : ordered_json(nullptr);
}

// A count as a JSON number, plus `<name>_exact` as a decimal string when a double cannot hold it.
void put_count(ordered_json& out, const char* name, const std::string& decimal, std::optional<std::uint64_t> u64,
               double approx) {
  if (u64)
    out[name] = *u64;
  else
    out[name] = approx;
  if (!u64 || *u64 > kLargestExactDouble) out[std::string(name) + "_exact"] = decimal;
}

}  // namespace

ordered_json red_line_choice_json(const Scenario& scenario, const analysis::RedLineChoice& choice) {
  return ordered_json{{"dropped_all", choice.drop_all},
                      {"dropped", choice.drop},
                      {"in_force", analysis::red_line_keys(analysis::drop_red_lines(scenario, choice, {scenario.source, 0, ""}))}};
}

ordered_json agreement_point_json(const OutcomeSpace& space, const analysis::AgreementPoint& point) {
  return ordered_json{{"outcome", negotiation::outcome_json(space, point.outcome)}, {"utilities", point.utilities}};
}

ordered_json analysis_to_json(const Scenario& scenario, const analysis::AnalysisResult& result) {
  const auto& space = scenario.space;
  ordered_json out;
  out["scenario"] = scenario.name;
  out["parties"] = ordered_json::array();
  out["reservation"] = ordered_json::array();
  for (const auto& party : scenario.parties) {
    out["parties"].push_back(party.name);
    out["reservation"].push_back(party.reservation_value);
  }
  out["issues"] = ordered_json::array();
  for (const auto& issue : space.issues()) out["issues"].push_back(issue.name());
  const auto cardinality = space.cardinality();
  put_count(out, "outcomes", cardinality.decimal(), cardinality.as_u64(), cardinality.as_double());

  const auto& frontier = result.frontier;
  out["pareto_method"] = std::string(to_string(frontier.method));
  if (frontier.computed()) {
    out["pareto_size"] = frontier.size();
    out["pareto"] = ordered_json::array();
    for (std::size_t k = 0; k < frontier.size(); ++k)
      out["pareto"].push_back(agreement_point_json(space, analysis::frontier_point(frontier, k)));
  } else {
    out["pareto_size"] = nullptr;
    out["pareto"] = nullptr;
    out["pareto_reason"] = frontier.reason;
  }
  out["nash"] = optional_point(space, result.reference.nash);
  out["kalai_smorodinsky"] = optional_point(space, result.reference.kalai_smorodinsky);
  out["kalai"] = optional_point(space, result.reference.kalai);
  out["max_welfare"] = optional_point(space, result.reference.max_welfare);
  out["egalitarian"] = optional_point(space, result.reference.egalitarian);

  ordered_json zopa = ordered_json::object();
  if (const auto& count = result.zopa.rational_outcomes)
    put_count(zopa, "outcomes", count->decimal, count->u64, count->approx);
  else
    zopa["outcomes"] = nullptr;
  zopa["nonempty"] = result.zopa.nonempty ? ordered_json(*result.zopa.nonempty) : ordered_json(nullptr);
  zopa["method"] = std::string(to_string(result.zopa.method));
  if (!result.zopa.reason.empty()) zopa["reason"] = result.zopa.reason;
  out["zopa"] = zopa;

  out["opposition"] = result.opposition ? ordered_json(*result.opposition) : ordered_json(nullptr);
  out["extremes"] = ordered_json::array();
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    out["extremes"].push_back({{"party", scenario.parties[p].name},
                               {"best", optional_point(space, result.extremes[p].best)},
                               {"worst", optional_point(space, result.extremes[p].worst)}});
  return out;
}

}  // namespace parley::report
