// Time-dependent offering (GENIUS): the target falls from P_max to P_min as t runs to 1;
// e < 1 concedes late (Boulware), e > 1 early (conceder), e = 0 never (hardliner).
#include <cmath>

#include "components.hpp"

namespace parley::negotiation::components {
namespace {

class TimeDependent final : public OfferingStrategy {
 public:
  TimeDependent(double e, double k) : e_(e), k_(k) {}
  double target(AgentState& state) override {
    return time_dependent_target(state.t, e_, k_, state.min_target, state.max_target);
  }
  double next_offer(AgentState& state, Outcome& out) override { return state.choose_near(target(state), out); }

 private:
  double e_, k_;
};

}  // namespace

std::unique_ptr<OfferingStrategy> time_dependent(double e, double k) { return std::make_unique<TimeDependent>(e, k); }

}  // namespace parley::negotiation::components
