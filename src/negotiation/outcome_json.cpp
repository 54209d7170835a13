// An outcome as {issue name: value label} (outcome_json.hpp).
#include "parley/negotiation/outcome_json.hpp"

#include <nlohmann/json.hpp>

namespace parley::negotiation {

nlohmann::ordered_json outcome_json(const OutcomeSpace& space, const Outcome& outcome) {
  auto labels = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < space.issue_count(); ++i) labels[space.issue(i).name()] = space.issue(i).label(outcome[i]);
  return labels;
}

}  // namespace parley::negotiation
