// check_config: everything about a tournament that can be checked before loading scenarios.
#include "parley/tournament/tournament_config.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/model/did_you_mean.hpp"
#include "parley/tournament/uncertainty_setup.hpp"

namespace parley::tournament {
namespace {

[[noreturn]] void bad(const std::string& field, const std::string& problem) {
  throw InputError(SourceLocation{"", 0, field}, problem);
}

void check_specs(const std::vector<std::string>& specs, const std::string& field) {
  for (const auto& spec : specs) negotiation::check_agent_spec(spec);
  for (std::size_t k = 0; k < specs.size(); ++k)
    if (std::find(specs.begin(), specs.begin() + static_cast<std::ptrdiff_t>(k), specs[k]) !=
        specs.begin() + static_cast<std::ptrdiff_t>(k))
      bad(field, fmt::format("agent '{}' is listed twice", specs[k]));
}

}  // namespace

void check_config(const TournamentConfig& config) {
  if (config.agents.empty()) bad("agents", "a tournament needs at least one agent");
  check_specs(config.agents, "agents");
  check_specs(config.opponents, "opponents");
  for (const auto& opponent : config.opponents)
    if (std::find(config.agents.begin(), config.agents.end(), opponent) != config.agents.end())
      bad("opponents", fmt::format("'{}' is listed both as an agent and as an opponent", opponent));
  if (config.repetitions < 1) bad("repetitions", fmt::format("must be at least 1, not {}", config.repetitions));
  if (config.rounds < 1) bad("rounds", fmt::format("must be at least 1, not {}", config.rounds));
  if (!negotiation::timeline_from_string(config.timeline))
    bad("timeline", unknown_name("timeline", config.timeline, std::vector<std::string>{"parley", "genius"}));
  if (config.max_assignments < 1 || config.max_assignments > kAssignmentLimit)
    bad("max-assignments", fmt::format("must be in [1, {}], not {}", kAssignmentLimit, config.max_assignments));
  if (config.protocol != "auto" && !negotiation::protocol_from_string(config.protocol))
    bad("protocol", unknown_name("protocol", config.protocol, std::vector<std::string>{"auto", "sao", "saop", "mediated"}));
  if (config.model_quality) negotiation::check_model_quality({true, config.model_quality_times});
  if (!config.model_quality_times.empty() && !config.model_quality)
    bad("model-quality", "times to measure opponent models were given but model quality is off");
  if (!config.uncertainty.empty()) {
    (void)uncertainty_options(config.uncertainty, config.estimator, config.seed);
  }
}

}  // namespace parley::tournament
