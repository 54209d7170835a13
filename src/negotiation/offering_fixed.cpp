// Offering strategies that ignore the opponent: uniformly random acceptable offers, and a
// fixed "stated position" (a party's public position, e.g. taken from the news).
#include <algorithm>

#include "components.hpp"

namespace parley::negotiation::components {
namespace {

// Offers a seeded random outcome whose utility is at least P_min.
class RandomOffers final : public OfferingStrategy {
 public:
  double target(AgentState& state) override { return state.min_target; }
  double next_offer(AgentState& state, Outcome& out) override {
    return state.index->random_in(state.min_target, state.max_target, state.rng, out);
  }
};

// Always offers the same outcome.
class StatedPosition final : public OfferingStrategy {
 public:
  explicit StatedPosition(Outcome position) : position_(std::move(position)) {}
  void begin(AgentState& state) override {
    if (position_.empty()) position_ = state.index->best();
    utility_ = state.utility(position_);
  }
  double target(AgentState&) override { return utility_; }
  double next_offer(AgentState&, Outcome& out) override {
    std::copy(position_.begin(), position_.end(), out.begin());
    return utility_;
  }

 private:
  Outcome position_;
  double utility_ = 0;
};

}  // namespace

std::unique_ptr<OfferingStrategy> random_offers() { return std::make_unique<RandomOffers>(); }
std::unique_ptr<OfferingStrategy> stated_position(Outcome position) {
  return std::make_unique<StatedPosition>(std::move(position));
}

}  // namespace parley::negotiation::components
