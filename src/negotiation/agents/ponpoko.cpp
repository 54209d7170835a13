// PonPokoAgent — winner of ANAC 2017 (T. Matsune; described in R. Aydoğan, K. Fujita, T.
// Baarslag, C. M. Jonker, T. Ito, "ANAC 2017: Repeated Multilateral Negotiation League",
// Advances in Automated Negotiations, Springer 2021), implemented from that description;
// GENIUS's agent (agents.anac.y2017.ponpokoagent) was read to settle details. Differences are
// listed in docs/agents/ponpoko.md.
//
// At the start of a session it draws one of five patterns (ponpoko_band, anac.hpp) so that
// opponents cannot learn its strategy across sessions. Every turn the pattern gives a band
// [low, high]: it accepts a standing offer worth more than low, otherwise it offers a bid drawn
// uniformly from its outcomes with utility in the band. When the band holds no outcome it
// lowers low in steps of 0.0001 until it does. It has no opponent model.
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {

PonPokoBand ponpoko_band(int pattern, double t) {
  switch (pattern) {
    case 0: return {1 - 0.1 * t - 0.1 * std::abs(std::sin(t * 40)), 1 - 0.1 * t};
    case 1: return {1 - 0.22 * t, 1};
    case 2: return {1 - 0.1 * t - 0.15 * std::abs(std::sin(t * 20)), 1 - 0.1 * t};
    case 3: return {t > 0.99 ? 1 - 0.3 * t : 1 - 0.1 * t, 1 - 0.05 * t};
    default: return {1 - 0.21 * t * std::abs(std::sin(t * 20)), 1 - 0.15 * t * std::abs(std::sin(t * 20))};
  }
}

namespace {

constexpr int kPatterns = 5;
constexpr double kLowerStep = 0.0001;  // how far it lowers `low` per try when the band is empty

class PonPoko final : public Agent {
 public:
  PonPoko(std::string spec, std::optional<int> pattern) : spec_(std::move(spec)), fixed_(pattern) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    pattern_ = fixed_ ? *fixed_ : static_cast<int>(uniform_index(rng_, kPatterns));
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    PonPokoBand band = ponpoko_band(pattern_, turn.t);
    if (turn.standing_offer != nullptr && view_->utility(*turn.standing_offer) > band.low) return ActionKind::accept;
    Outcome& bid = scratch_;
    bid.resize(view_->space().issue_count());
    const double u = index_->random_in(band.low, band.high, rng_, bid);
    if (u < band.low - tolerance::kUtilityTolerance || u > band.high + tolerance::kUtilityTolerance) {
      // Empty band: the first step of `low` that reaches an outcome at or below `high`.
      const double below = index_->next_below(band.high + 2 * tolerance::kUtilityTolerance, bid);
      if (below >= 0) {
        band.low -= kLowerStep * std::ceil((band.low - below) / kLowerStep - 1e-9);
        index_->random_in(std::min(band.low, below), band.high, rng_, bid);
      }
    }
    std::copy(bid.begin(), bid.end(), offer.begin());
    return ActionKind::offer;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, ponpoko_band(pattern_, t).low);
  }

  const std::string& spec() const override { return spec_; }

 private:
  std::string spec_;
  std::optional<int> fixed_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  int pattern_ = 0;
  Outcome scratch_;
};

}  // namespace

AgentDefinition ponpoko_agent() {
  return {{"agent", "ponpoko",
           "PonPokoAgent (ANAC 2017 winner): one of five oscillating or linear utility bands drawn per session; random bids inside the band, accepts offers above its lower edge",
           {{"pattern", "random", "the band pattern: random (drawn from the session seed, as the original) or 0-4"}},
           "Aydogan, Fujita, Baarslag, Jonker, Ito: ANAC 2017: Repeated Multilateral Negotiation League. Advances in Automated Negotiations (Springer 2021); PonPokoAgent by T. Matsune"},
          [](const Params& params, const std::string& spec) {
            std::optional<int> pattern;
            if (params.text("pattern") != "random") pattern = params.integer("pattern", 0, kPatterns - 1);
            return std::make_unique<PonPoko>(spec, pattern);
          }};
}

}  // namespace parley::negotiation
