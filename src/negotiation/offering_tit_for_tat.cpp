// Tit-for-tat offering (after Faratin, Sierra and Jennings 1998), measured in the agent's own
// utility of the opponent's offers x_1, x_2, ... (a concession by the opponent raises x):
//  * relative:        the agent shrinks its demand above P_min in the ratio the opponent shrank
//                     its distance from the agent's ideal, δ offers ago:
//                     target ← P_min + (target − P_min) · (P_max − x_{n−δ+1}) / (P_max − x_{n−δ}).
//  * random_absolute: the agent concedes the same absolute amount the opponent did, δ offers
//                     ago, plus a seeded random concession in [0, noise].
//  * averaged:        the agent concedes the opponent's average concession over its last
//                     `window` offers.
// A retreat by the opponent is mirrored too (the target rises, capped at P_max).
#include <algorithm>

#include "components.hpp"
#include "parley/model/random.hpp"

namespace parley::negotiation::components {
namespace {

class TitForTat final : public OfferingStrategy {
 public:
  TitForTat(TitForTatMode mode, int delay, int window, double noise)
      : mode_(mode), delay_(static_cast<std::size_t>(delay)), window_(static_cast<std::size_t>(window)), noise_(noise) {}

  void begin(AgentState& state) override {
    target_ = state.max_target;
    seen_ = 0;
  }

  double target(AgentState& state) override {
    const auto& x = state.received;
    for (; seen_ < x.size(); ++seen_) mirror(state, x, seen_ + 1);
    return target_;
  }

  double next_offer(AgentState& state, Outcome& out) override { return state.choose_near(target(state), out); }

 private:
  // Reacts to the opponent's n-th offer (1-based).
  void mirror(AgentState& state, const std::vector<double>& x, std::size_t n) {
    switch (mode_) {
      case TitForTatMode::relative: {
        if (n < delay_ + 1) return;
        const double before = state.max_target - x[n - delay_ - 1];
        const double after = state.max_target - x[n - delay_];
        if (before > 1e-12) target_ = state.min_target + (target_ - state.min_target) * (after / before);
        break;
      }
      case TitForTatMode::random_absolute: {
        if (n < delay_ + 1) return;
        target_ -= x[n - delay_] - x[n - delay_ - 1];
        if (noise_ > 0) target_ -= noise_ * uniform_unit(state.rng);
        break;
      }
      case TitForTatMode::averaged: {
        if (n < window_ + 1) return;
        target_ -= (x[n - 1] - x[n - 1 - window_]) / static_cast<double>(window_);
        break;
      }
    }
    target_ = std::clamp(target_, state.min_target, state.max_target);
  }

  TitForTatMode mode_;
  std::size_t delay_, window_;
  double noise_;
  double target_ = 1;
  std::size_t seen_ = 0;
};

}  // namespace

std::unique_ptr<OfferingStrategy> tit_for_tat(TitForTatMode mode, int delay, int window, double noise) {
  return std::make_unique<TitForTat>(mode, delay, window, noise);
}

}  // namespace parley::negotiation::components
