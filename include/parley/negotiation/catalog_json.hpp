// parley::negotiation::agent_catalog_json — the agent catalog (agent_spec.hpp) as JSON, the
// one form `parley agents --json` prints and `parley serve` answers /api/agents with:
// [{"kind", "name", "doc", "parameters": [{"name", "default", "doc"}], "source"}], source null
// for parley's own components. `kind` empty: every kind.
#pragma once

#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace parley::negotiation {

nlohmann::ordered_json agent_catalog_json(std::string_view kind = {});

}  // namespace parley::negotiation
