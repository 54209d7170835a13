// Simulate: `parley negotiate --json --shock ...` on request (the session runs on the current
// what-if), with the offers for the plot and the trace.
#include <sstream>

#include <fmt/format.h>

#include "parley/analysis/red_lines.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/report/analysis_json.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/negotiation/session_json.hpp"
#include "parley/negotiation/trace.hpp"
#include "serve/workbench_state.hpp"

namespace parley::serve {

namespace {

// A session in the browser is interactive: its deadline is bounded so that one request cannot
// occupy the server for long (the CLI has no such bound).
constexpr long long max_rounds = 10'000;

negotiation::SessionConfig session_config(const nlohmann::json& request, const Scenario& scenario) {
  using namespace negotiation;
  SessionConfig config;
  config.rounds = static_cast<int>(detail::integer_field(request, "rounds", 1, max_rounds, 100));
  config.seed = static_cast<std::uint64_t>(detail::integer_field(request, "seed", 0, std::numeric_limits<long long>::max(), 1));
  for (const auto& name : detail::string_list_field(request, "parties", scenario.parties.size()))
    config.parties.push_back(detail::party_index(scenario, name, "parties"));
  std::vector<std::string> names;
  for (const auto& party : scenario.parties) names.push_back(party.name);
  config.mediator = parse_mediator_spec(detail::string_field(request, "mediator", "hillclimb"), names);
  const auto protocol = detail::string_field(request, "protocol", "auto");
  if (protocol == "auto") {
    const auto count = config.parties.empty() ? scenario.parties.size() : config.parties.size();
    config.protocol = count == 2 ? Protocol::sao : Protocol::saop;
  } else if (const auto parsed = protocol_from_string(protocol)) {
    config.protocol = *parsed;
  } else {
    throw ApiError(400, fmt::format("field 'protocol' must be auto, sao, saop or mediated, got '{}'", protocol));
  }
  if (config.protocol != Protocol::mediated) config.mediator.party.reset();
  return config;
}

}  // namespace

Json Workbench::negotiate(const nlohmann::json& request) const {
  detail::expect_object(request, {"at", "shocks", "agents", "protocol", "mediator", "parties", "rounds", "seed",
                                  "without_red_lines", "drop_red_lines"});
  const auto s = state();
  const auto specs = detail::string_list_field(request, "agents", 64);
  if (specs.empty()) throw ApiError(400, "field 'agents' must list one agent spec per negotiating party");
  for (const auto& spec : specs) negotiation::check_agent_spec(spec);
  // Red lines are public, as in `parley negotiate`: the session runs over the outcomes none of
  // them excludes, unless the request drops some (or all) of them; the answer says which.
  const auto what_if = detail::read_what_if(*s, request);
  const auto& written = what_if.scenario;
  const analysis::RedLineChoice choice{detail::bool_field(request, "without_red_lines", false),
                                       detail::string_list_field(request, "drop_red_lines", 256)};
  if (choice.drop_all && !choice.drop.empty()) throw ApiError(400, "give either 'without_red_lines' or 'drop_red_lines', not both");
  const auto config = session_config(request, written);  // bad fields first; party indices are those of the restriction
  const auto restriction = analysis::negotiable_space(
      written, choice, SourceLocation{"", 0, choice.drop.empty() ? "" : "drop_red_lines"},
      "To negotiate as if some were conceded, list them in 'drop_red_lines' (\"PARTY.ISSUE\"), or set 'without_red_lines' "
      "for the additive model alone");
  negotiation::PrepareOptions prepare;
  prepare.cache = &impl_->statistics;
  const negotiation::PreparedScenario prepared(*restriction.scenario, prepare);
  const auto& scenario = prepared.scenario();

  std::ostringstream trace;
  negotiation::JsonlTraceWriter writer(trace, scenario);
  negotiation::OfferRecorder recorder(scenario);
  negotiation::TeeSink tee({&writer, &recorder});
  const auto result = negotiation::run_session(prepared, specs, config, &tee);

  auto out = negotiation::session_result_json(scenario, config, result);
  Json offers = Json::array();
  for (const auto& offer : recorder.offers())
    offers.push_back(Json{{"party", offer.party < scenario.parties.size() ? Json(scenario.parties[offer.party].name) : Json(nullptr)},
                          {"round", offer.round},
                          {"utilities", offer.utilities}});
  out["offer_list"] = offers;
  out["trace"] = trace.str();
  out["red_lines"] = report::red_line_choice_json(written, choice);
  out["shocks"] = what_if.shocks;
  return out;
}

}  // namespace parley::serve
