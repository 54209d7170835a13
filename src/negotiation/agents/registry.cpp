#include "registry.hpp"

namespace parley::negotiation {

#define PARLEY_AGENT(name) AgentDefinition name##_agent();
#include "agents.def"
#undef PARLEY_AGENT

const std::vector<AgentDefinition>& standalone_agents() {
  static const std::vector<AgentDefinition> agents{
#define PARLEY_AGENT(name) name##_agent(),
#include "agents.def"
#undef PARLEY_AGENT
  };
  return agents;
}

}  // namespace parley::negotiation
