// CUHKAgent — winner of ANAC 2012 (J. Hao and H.-f. Leung, "ABiNeS: An Adaptive Bilateral
// Negotiating Strategy over Multiple Items", IAT 2012; "CUHKAgent: An Adaptive Negotiation
// Strategy for Bilateral Negotiations over Multiple Items", in Novel Insights in Agent-based
// Complex Automated Negotiation, Springer 2014), implemented from those descriptions.
// Differences: docs/agents/cuhkagent.md.
//
// Acceptance threshold l(t) around a non-exploitation point λ: before λ it exploits the
// opponent, conceding from its best utility u_max towards u_max·δ^(1−λ) as (t/λ)^α (α = 2);
// from λ on it follows the discount, l(t) = u_max·δ^(1−t) (δ = its discount factor; with no
// discount l stays at u_max). λ starts at λ₀ + (1 − λ₀)·δ^β (λ₀ = 0.08; β = 1.8 for δ > 0.75,
// 1.5 for δ > 0.5, else 1.2) and, after each opponent offer, is postponed the more the
// opponent concedes: λ = λ_start + w·(1 − λ_start)·c^γ (w = 0.1, γ = 10), c = the opponent's
// concession degree, the squared share of its last 10 offers that it made only once. l is
// never below the reservation value.
// Bids: its best bid first; then the opponent's best offer (for CUHKAgent) when that reaches l,
// else among outcomes sampled across [l, l + 0.05] the one its CUHK frequency model (per-issue
// value counts over the opponent's offers) rates best for the opponent.
// Acceptance: an offer worth at least l(t) or at least its own next bid; after t = 0.9985 one
// worth at least the opponent's best offer minus 0.01.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "../components.hpp"
#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kAlpha = 2;             // concession exponent before λ
constexpr double kMinLambda = 0.08;      // λ₀
constexpr double kPostponeWeight = 0.1;  // w
constexpr double kPostponePower = 10;    // γ
constexpr std::size_t kDegreeWindow = 10;
constexpr double kBand = 0.05;           // width of the band above l its bids come from
constexpr std::size_t kCandidates = 64;
constexpr double kEndgame = 0.9985;
constexpr double kEndgameMargin = 0.01;
constexpr std::size_t kModelHistory = 100;

class CuhkAgent final : public Agent {
 public:
  explicit CuhkAgent(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    u_max_ = index_->max_utility();
    const double d = view.discount_factor();
    discount_ = d > 0 && d < 1 ? d : 1;
    const double beta = discount_ > 0.75 ? 1.8 : discount_ > 0.5 ? 1.5 : 1.2;
    lambda_start_ = lambda_ = kMinLambda + (1 - kMinLambda) * std::pow(discount_, beta);
    model_ = components::cuhk_frequency_model(kModelHistory);
    model_->begin(view.space());
    candidates_ = CandidateBuffer(view.space().issue_count(), kCandidates);
    times_offered_.clear();
    received_.clear();
    best_received_.reset();
    opened_ = false;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double t = turn.t;
    const double l = threshold(t);
    if (!opened_) {
      opened_ = true;
      std::copy(index_->best().begin(), index_->best().end(), offer.begin());
      return ActionKind::offer;
    }
    const double next = choose(l, offer);
    if (turn.standing_offer != nullptr && turn.standing_proposer != view_->self()) {
      const double offered = view_->utility(*turn.standing_offer);
      if (offered >= l || offered >= next) return ActionKind::accept;
      if (t > kEndgame && best_received_ && offered >= best_received_->first - kEndgameMargin) return ActionKind::accept;
    }
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    const Outcome& bid = *action.offer;
    received_.push_back(bid);
    ++times_offered_[bid];
    const double u = view_->utility(bid);
    if (!best_received_ || u > best_received_->first) best_received_.emplace(u, bid);
    model_->observe(bid, action.t);
    const double c = concession_degree();
    lambda_ = lambda_start_ + kPostponeWeight * (1 - lambda_start_) * std::pow(c, kPostponePower);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, threshold(t));
  }

  const std::string& spec() const override { return spec_; }

  // One model for every opponent (the agent was written for two parties).
  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;
    const auto& others = view_->others();
    return std::find(others.begin(), others.end(), party) != others.end() ? model_.get() : nullptr;
  }

 private:
  double threshold(double t) const {
    double l = u_max_ * std::pow(discount_, 1 - t);
    if (t < lambda_) {
      const double floor = u_max_ * std::pow(discount_, 1 - lambda_);
      l = u_max_ - (u_max_ - floor) * std::pow(t / lambda_, kAlpha);
    }
    return std::max(l, view_->reservation_value());
  }

  // The squared share of the last 10 offers (all offers while fewer) made only once so far.
  double concession_degree() const {
    const std::size_t n = received_.size();
    const std::size_t first = n > kDegreeWindow ? n - kDegreeWindow : 0;
    double once = 0;
    for (std::size_t k = first; k < n; ++k) once += times_offered_.at(received_[k]) == 1 ? 1 : 0;
    const double share = once / static_cast<double>(kDegreeWindow);
    return share * share;
  }

  // Writes its next bid for threshold l and returns its utility.
  double choose(double l, Outcome& offer) {
    if (best_received_ && best_received_->first >= l) {
      std::copy(best_received_->second.begin(), best_received_->second.end(), offer.begin());
      return best_received_->first;
    }
    index_->sample_band(l, std::min(l + kBand, u_max_), rng_, candidates_);
    if (candidates_.size() == 0) return index_->at_least(std::min(l, u_max_), offer);
    std::size_t chosen = 0;
    double top = model_->predict(candidates_.values(0));
    for (std::size_t k = 1; k < candidates_.size(); ++k) {
      const double predicted = model_->predict(candidates_.values(k));
      if (predicted > top) top = predicted, chosen = k;
    }
    candidates_.copy_to(chosen, offer);
    return candidates_.utility(chosen);
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double u_max_ = 1, discount_ = 1, lambda_start_ = 1, lambda_ = 1;
  std::unique_ptr<OpponentModel> model_;
  CandidateBuffer candidates_;
  std::map<Outcome, int> times_offered_;
  std::vector<Outcome> received_;
  std::optional<std::pair<double, Outcome>> best_received_;
  bool opened_ = false;
};

}  // namespace

AgentDefinition cuhkagent_agent() {
  return {{"agent", "cuhkagent",
           "CUHKAgent (ANAC 2012 winner): exploits until a non-exploitation point set by the discount and postponed when the opponent concedes, then follows the discount; bids its CUHK frequency model rates best for the opponent just above its threshold, or the opponent's best offer once that reaches it",
           {},
           "Hao, Leung: ABiNeS: An Adaptive Bilateral Negotiating Strategy over Multiple Items (IAT 2012); CUHKAgent, in Novel Insights in Agent-based Complex Automated Negotiation (Springer 2014)"},
          [](const Params&, const std::string& spec) { return std::make_unique<CuhkAgent>(spec); }};
}

}  // namespace parley::negotiation
