// The registry of external agents (external_agents.hpp): a map guarded by a mutex; factories
// are shared so that a lookup stays valid while another thread unregisters the name.
#include "parley/negotiation/external_agents.hpp"

#include <map>
#include <mutex>

namespace parley::negotiation {

namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const ExternalAgentFactory>, std::less<>> factories;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

}  // namespace

void register_external_agent(const std::string& spec, ExternalAgentFactory factory) {
  auto shared = std::make_shared<const ExternalAgentFactory>(std::move(factory));
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.factories[spec] = std::move(shared);
}

void unregister_external_agent(const std::string& spec) {
  std::shared_ptr<const ExternalAgentFactory> released;  // destroyed after the lock is dropped
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  if (const auto it = r.factories.find(spec); it != r.factories.end()) {
    released = std::move(it->second);
    r.factories.erase(it);
  }
}

std::shared_ptr<const ExternalAgentFactory> find_external_agent(std::string_view spec) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  const auto it = r.factories.find(spec);
  return it == r.factories.end() ? nullptr : it->second;
}

}  // namespace parley::negotiation
