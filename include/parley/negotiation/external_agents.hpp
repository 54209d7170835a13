// parley::negotiation external agents — agents written outside the catalog (the Python
// package's Python agents), usable wherever a spec string is: sessions and tournaments.
//
// Data flow: a binding registers a factory under a spec name ("python:MyAgent")
//   ──register_external_agent()──▶ the registry ──check_agent_spec() / make_agent()──▶ the
//   factory builds a fresh Agent per session (agent_spec.hpp looks here before parsing).
// Registered names must not parse as catalog specs (the Python package uses the prefix
// "python:"). The registry is process-wide and thread-safe; a tournament resolves its specs
// while it runs, so a name stays registered until the caller unregisters it.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "parley/model/scenario.hpp"
#include "parley/negotiation/agent.hpp"

namespace parley::negotiation {

using ExternalAgentFactory = std::function<std::unique_ptr<Agent>(const Scenario& scenario, std::size_t party)>;

// Registers (or replaces) the factory of `spec`.
void register_external_agent(const std::string& spec, ExternalAgentFactory factory);
void unregister_external_agent(const std::string& spec);
// The factory registered under `spec`, or null.
std::shared_ptr<const ExternalAgentFactory> find_external_agent(std::string_view spec);

}  // namespace parley::negotiation
