// AgentK-style adaptive offering (after Kawaguchi, Fujita and Ito, ANAC 2010): the agent
// estimates from the opponent's offers (in its own utility) their mean μ and spread σ, guesses
// the best it can still expect, e_max = μ + (1 − μ)·d with d = √12·σ (the width of a uniform
// distribution with that spread), and lowers its target towards e_max with time:
//   target(t) = P_max − (P_max − e_max)·t^α,  α = 1 + τ + 10μ − 2τμ,
// never below P_min. Offers are drawn at random (seeded) from the band just above the target,
// which keeps the opponent guessing; with an opponent model the best predicted one is taken.
#include <algorithm>
#include <cmath>

#include "components.hpp"

namespace parley::negotiation::components {
namespace {

class AgentK final : public OfferingStrategy {
 public:
  explicit AgentK(double tau) : tau_(tau) {}

  double target(AgentState& state) override {
    const auto& received = state.received;
    for (; seen_ < received.size(); ++seen_) sum_ += received[seen_], sum_squares_ += received[seen_] * received[seen_];
    if (seen_ == 0) return state.max_target;
    const double n = static_cast<double>(seen_);
    const double mean = sum_ / n;
    const double variance = std::max(0.0, sum_squares_ / n - mean * mean);
    const double spread = std::min(1.0, std::sqrt(12 * variance));
    const double expected_max = std::min(state.max_target, mean + (1 - mean) * spread);
    const double alpha = 1 + tau_ + 10 * mean - 2 * tau_ * mean;
    const double target = state.max_target - (state.max_target - expected_max) * std::pow(std::clamp(state.t, 0.0, 1.0), alpha);
    return std::clamp(target, state.min_target, state.max_target);
  }

  double next_offer(AgentState& state, Outcome& out) override {
    const double lo = target(state);
    if (!state.models.empty()) return state.choose_near(lo, out);
    return state.index->random_in(lo, std::min(state.max_target, lo + state.model_window), state.rng, out);
  }

 private:
  double tau_;
  std::size_t seen_ = 0;
  double sum_ = 0, sum_squares_ = 0;
};

}  // namespace

std::unique_ptr<OfferingStrategy> agentk(double tau) { return std::make_unique<AgentK>(tau); }

}  // namespace parley::negotiation::components
