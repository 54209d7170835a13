// BRAMAgent — ANAC 2011 finalist (R. Fishel, M. Bercovitch, Y. Gal, Ben-Gurion University;
// "BRAM Agent", in Complex Automated Negotiations: Theories, Models, and Software
// Competitions, Springer 2013; also Baarslag et al., "Evaluating practical negotiating agents",
// Artificial Intelligence 198, 2013), implemented from that description; GENIUS's
// agents.anac.y2011.BramAgent and its BOA decoupling (BRAMAgent_Offering, BRAMAgentSAS) were
// read to settle constants. Differences: docs/agents/bramagent.md.
//
// Threshold: best − (best − worst)·f, where worst is the lowest of its own bids in its bid
// array (its best bid until the array is built, so the threshold starts at its best utility)
// and f = 0.07 before t = 60/180, 0.15 before 150/180, 0.3 before 175/180, then 0.8 (the
// 3-minute clock of ANAC 2011).
// Opponent model: per issue, the counts of each value in the opponent's last 10 offers.
// Bids: its best bid while it collects the opponent's first 10 offers; then 10 bids whose
// values are drawn issue by issue from those counts, and the one best for itself if that
// beats the threshold; otherwise a step through its own bids sorted by utility (best first):
// a random move of −4..+3 positions (−1..+1 with 50 bids or fewer) from its last position,
// kept only if the bid there is worth the threshold (else it repeats its previous bid).
// Acceptance: an offer worth the threshold, or worth the bid it is about to make.
#include <algorithm>
#include <deque>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "ranked_bids.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr std::size_t kWindow = 10;           // OPPONENT_ARRAY_SIZE
constexpr int kModelBids = 10;                // bids drawn from the opponent model per turn
constexpr std::size_t kSmallArray = 50;       // at most this many bids: smaller random moves
constexpr std::size_t kSampledBids = 10'000;  // bid array of spaces the index does not enumerate

double flexibility(double t) {
  if (t < 60.0 / 180) return 0.07;
  if (t < 150.0 / 180) return 0.15;
  if (t < 175.0 / 180) return 0.3;
  return 0.8;
}

class BRAMAgent final : public Agent {
 public:
  explicit BRAMAgent(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    best_ = index_->max_utility();
    worst_ = best_;
    threshold_ = best_;
    window_.clear();
    built_ = false;
    size_ = 0;
    position_ = 0;
    interval_ = 8;
    offset_ = 4;
    previous_ = index_->best();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    threshold_ = best_ - (best_ - worst_) * flexibility(turn.t);
    if (turn.standing_offer == nullptr || turn.standing_proposer == view_->self()) {
      std::copy(index_->best().begin(), index_->best().end(), offer.begin());
      return ActionKind::offer;
    }
    const double offered = view_->utility(*turn.standing_offer);
    if (offered >= threshold_) return ActionKind::accept;
    const bool collecting = window_.size() < kWindow;
    if (!collecting) window_.pop_front();
    window_.push_back(*turn.standing_offer);
    double planned = best_;
    if (collecting) std::copy(index_->best().begin(), index_->best().end(), offer.begin());
    else planned = bid_to_offer(offer);
    return offered >= planned ? ActionKind::accept : ActionKind::offer;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, best_ - (best_ - worst_) * flexibility(t));
  }

  const std::string& spec() const override { return spec_; }

 private:
  // The best of 10 bids drawn from the opponent model if it beats the threshold, else a step
  // through its own bids. Writes the bid to `offer`; returns its utility.
  double bid_to_offer(Outcome& offer) {
    Outcome drawn(offer.size());
    double best_drawn = threshold_;
    bool found = false;
    for (int k = 0; k < kModelBids; ++k) {
      // Each issue's value with probability (its count in the window) / 10.
      for (std::size_t i = 0; i < drawn.size(); ++i) drawn[i] = window_[uniform_index(rng_, window_.size())][i];
      const double u = view_->utility(drawn);
      if (u > best_drawn) best_drawn = u, found = true, std::copy(drawn.begin(), drawn.end(), offer.begin());
    }
    if (found) return best_drawn;
    if (!built_) build();
    const int step = static_cast<int>(uniform_index(rng_, static_cast<std::uint64_t>(interval_))) - offset_;
    const auto last = static_cast<std::ptrdiff_t>(size_) - 1;
    const std::size_t next = static_cast<std::size_t>(std::clamp(static_cast<std::ptrdiff_t>(position_) + step, std::ptrdiff_t{0}, last));
    Outcome candidate(offer.size());
    const double u = bids_.at(next, candidate);
    if (u >= threshold_) previous_ = candidate, position_ = next;
    std::copy(previous_.begin(), previous_.end(), offer.begin());
    return view_->utility(previous_);
  }

  // Its bids sorted by utility, best first: every outcome the index enumerates (the original
  // collects random distinct bids for up to 2 s, which is every bid of a small domain), else
  // 10,000 random distinct outcomes and its best (ranked_bids.hpp).
  void build() {
    built_ = true;
    bids_ = RankedBids(*view_, index_->min_utility(), kSampledBids, rng_);
    size_ = bids_.size();
    if (size_ <= kSmallArray) interval_ = 3, offset_ = 1;
    worst_ = bids_.utility(size_ - 1);
    position_ = 0;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double best_ = 1, worst_ = 1, threshold_ = 1;
  std::deque<Outcome> window_;
  RankedBids bids_;
  bool built_ = false;
  std::size_t size_ = 0, position_ = 0;
  int interval_ = 8, offset_ = 4;
  Outcome previous_;
};

}  // namespace

AgentDefinition bramagent_agent() {
  return {{"agent", "bramagent",
           "BRAMAgent (ANAC 2011 finalist): threshold best − (best − worst)·{0.07, 0.15, 0.3, 0.8} by time; bids drawn from the value counts of the opponent's last 10 offers when they beat the threshold, else a random walk over its own sorted bids",
           {},
           "Fishel, Bercovitch, Gal: BRAM Agent. Complex Automated Negotiations (Springer 2013); ANAC 2011"},
          [](const Params&, const std::string& spec) { return std::make_unique<BRAMAgent>(spec); }};
}

}  // namespace parley::negotiation
