// Gahboninho — 2nd at ANAC 2011 (M. Ben Adar, N. Sofy, A. Elimelech, "Gahboninho: Strategy for
// Balancing Pressure and Compromise in Automated Negotiation", in Complex Automated
// Negotiations, Springer 2013), implemented from that description; GENIUS's
// agents.anac.y2011.Gahboninho was read to settle constants. Differences: docs/agents/gahboninho.md.
//
// A bully: it opens with its best bid, then for 40 offers (while t < 0.15) steps its demand down
// from 1 to 0.925 so that an opponent can profile it, and accepts only offers above 0.95. After
// that its demand follows GahboninhoTarget (anac.hpp): high, and the higher the "noise" — its
// estimate of how much the opponent still explores — the higher still; it panics only in the
// last moments and finally offers the best bid the opponent ever made ("frenzy"). It accepts an
// offer worth at least its compromising factor times its current demand.
// Its bids are the outcomes whose every value is at least as good for it as the value in the
// opponent's first bid (plus the opponent's best bid); a demand picks the cheapest such bid
// worth at least the demand. The noise is re-estimated every 20 opponent bids from how similar
// the opponent's recent values are to its own and whether the opponent's bids got worse for
// the opponent (judged with HardHeaded's frequency model).
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "../components.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {

namespace {
constexpr double kPlayerShare = 1.0 / 8;  // PlayerCount = 8 in the original
}  // namespace

double GahboninhoTarget::next(double t, double discount, double noise, double best_received) {
  if (!first_given) {
    first_given = true;
    return previous;
  }
  const double d = discount > 0.001 && discount <= 1 ? discount : 1;
  double low = std::pow(d, 2 * t);
  double high = low * (1 + 6 * noise * std::pow(d, 5));
  const bool not_panicking = best_received <= 2 * kPlayerShare || t <= 1 - 3 * (panic_end - panic_start) / panic_rounds;
  if (t < 0.85 * d) {
    low *= std::max(best_received, 0.9125);
  } else if (t <= 0.92 * d) {
    compromise = 0.94;
    low *= std::max(best_received, 0.84);
    high /= low;
  } else if (t <= 0.94 * d) {
    compromise = 0.93;
    low *= std::max(best_received, 0.775);
    high /= low;
  } else if (t <= 0.985 * low && not_panicking) {  // the original compares t with 0.985·Min here
    compromise = 0.91;
    max_decrease = 0.001;
    low *= std::max(best_received, 0.7);
    high /= low;
    panic_start = panic_end = t;
  } else if (t <= 0.9996 && not_panicking) {
    panic_end = t;
    ++panic_rounds;
    max_decrease = 0.001 + 0.01 * (t - 0.985) / 0.015;
    if (3 * kPlayerShare > best_received) {
      low *= 3.5 * kPlayerShare;
      compromise = 0.8;
    } else {
      low *= best_received;
      compromise = 0.95;
    }
    high /= low;
  } else {
    compromise = 0.92;
    if (best_received < 2 * kPlayerShare) {
      low = 2 * kPlayerShare;
      high = 1;
    } else {
      high = low = best_received;
      frenzy = true;
    }
    max_decrease = 1;
  }
  high = std::max(high, low);
  double target = std::min(1.0, high - (high - low) * t);
  if (target + max_decrease < previous) target = previous - max_decrease;
  else if (target - 0.005 > previous) target = previous + 0.005;
  previous = target;
  return target;
}

namespace {

constexpr int kFirstActions = 40;
constexpr int kStatisticsWindow = 20;            // opponent bids between noise estimates
constexpr std::size_t kCandidateLimit = 200'000; // parley's bound on its own bid list

class Gahboninho final : public Agent {
 public:
  explicit Gahboninho(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    const auto& space = view.space();
    discount_ = view.discount_factor() > 0.001 && view.discount_factor() <= 1 ? view.discount_factor() : 1;
    noise_ = 0.4 * discount_;
    target_ = {};
    first_actions_ = kFirstActions;
    model_ = components::frequency_model(0.2, 1);
    model_->begin(space);
    offsets_.assign(space.issue_count() + 1, 0);
    for (std::size_t i = 0; i < space.issue_count(); ++i) offsets_[i + 1] = offsets_[i] + space.issue(i).size();
    outgoing_.assign(offsets_.back(), 0);
    incoming_.assign(offsets_.back(), 0);
    outgoing_count_ = 0;
    received_ = 0;
    countdown_ = kStatisticsWindow;
    best_.reset();
    bids_.clear();
    previous_similarity_ = 0.2;
    previous_best_ = 1;
    worst_for_them_ = 1, previous_worst_for_them_ = 1, window_worst_for_them_ = 1;
    noise_rate_ = 0.01;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const bool has_offer = turn.standing_offer != nullptr && turn.standing_proposer != view_->self();
    const double offered = has_offer ? view_->utility(*turn.standing_offer) : -1;
    if (first_actions_ > 0 && offered > 0.95) return ActionKind::accept;
    const double best_received = best_ ? best_->first : 0;
    const double threshold = target_.compromise * target_.next(turn.t, discount_, noise_, best_received);
    if (has_offer && offered >= threshold) return ActionKind::accept;
    if (received_ <= 1) {  // until it has seen two opponent bids: its best bid
      propose(index_->best(), offer);
      return ActionKind::offer;
    }
    if (first_actions_ >= 0 && turn.t < 0.15) {
      propose(at_least(0.925 + (1 - 0.925) / kFirstActions * first_actions_), offer);
      --first_actions_;
    } else {
      const double demand = target_.next(turn.t, discount_, noise_, best_received);
      propose(target_.frenzy && best_ ? best_->second : at_least(demand), offer);
    }
    return ActionKind::offer;
  }

  // One model for every opponent (the agent was written for two parties).
  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;  // begin() was never called
    const auto& others = view_->others();
    return std::find(others.begin(), others.end(), party) != others.end() ? model_.get() : nullptr;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    ++received_;
    if (received_ == 1) learn_bids(*action.offer);
    else process(*action.offer);
    model_->observe(*action.offer, action.t);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, target_.compromise * target_.previous);
  }

  const std::string& spec() const override { return spec_; }

 private:
  // Its bid list: outcomes whose every value is, for the issue's own evaluation, at least as good
  // as the opponent's first bid's value. Enumerated when small enough; else the whole index.
  void learn_bids(const Outcome& first) {
    const auto& space = view_->space();
    const auto& function = view_->preferences().function();
    std::vector<std::vector<std::uint32_t>> relevant(space.issue_count());
    double effective = 1, product = 1;
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      for (std::uint32_t v = 0; v < space.issue(i).size(); ++v)
        if (!function.is_additive() || function.additive().evaluations[i][v] >= function.additive().evaluations[i][first[i]])
          relevant[i].push_back(v);
      effective *= static_cast<double>(relevant[i].size());
      product *= static_cast<double>(relevant[i].size());
    }
    noise_rate_ = std::clamp(0.01 * effective / 400, 0.003, 0.015);
    if (!function.is_additive() || product > static_cast<double>(kCandidateLimit)) return;  // use the whole index
    Outcome o(space.issue_count());
    std::vector<std::size_t> digit(space.issue_count(), 0);
    for (;;) {
      for (std::size_t i = 0; i < o.size(); ++i) o[i] = relevant[i][digit[i]];
      bids_.emplace(view_->utility(o), o);
      std::size_t i = 0;
      while (i < digit.size() && ++digit[i] == relevant[i].size()) digit[i++] = 0;
      if (i == digit.size()) break;
    }
  }

  // The cheapest bid of its list worth at least `demand` (its best bid when there is none).
  const Outcome& at_least(double demand) {
    if (!bids_.empty()) {
      const auto it = bids_.lower_bound(demand - 1e-12);
      return it == bids_.end() ? index_->best() : it->second;
    }
    scratch_.resize(view_->space().issue_count());
    index_->at_least(demand, scratch_);
    return scratch_;
  }

  void propose(const Outcome& bid, Outcome& offer) {
    std::copy(bid.begin(), bid.end(), offer.begin());
    ++outgoing_count_;
    for (std::size_t i = 0; i < bid.size(); ++i) ++outgoing_[offsets_[i] + bid[i]];
  }

  void process(const Outcome& bid) {
    if (countdown_ > 0) {
      const double u = view_->utility(bid);
      if (!best_ || u > best_->first) {
        best_.emplace(u, bid);
        if (!bids_.empty()) bids_.emplace(u, bid);
      }
      const double theirs = model_->predict(bid.data());
      window_worst_for_them_ = std::max(window_worst_for_them_, theirs);
      worst_for_them_ = std::min(worst_for_them_, theirs);
      --countdown_;
      for (std::size_t i = 0; i < bid.size(); ++i) ++incoming_[offsets_[i] + bid[i]];
      return;
    }
    // Every 20 bids: how alike are the opponent's recent values and its own?
    const auto& space = view_->space();
    const double n = static_cast<double>(space.issue_count());
    double similarity = 0;
    for (std::size_t i = 0; i < space.issue_count(); ++i)
      for (std::size_t s = offsets_[i]; s < offsets_[i + 1]; ++s) {
        if (outgoing_[s] == 0 || incoming_[s] == 0) continue;
        const double diff = static_cast<double>(outgoing_[s]) / static_cast<double>(outgoing_count_) -
                            static_cast<double>(incoming_[s]) / kStatisticsWindow;
        similarity += (1 / n) * (1 / static_cast<double>(space.issue(i).size())) * (1 - diff * diff);
      }
    const double best = best_ ? best_->first : 0;
    if (similarity > previous_similarity_) {
      noise_ += 0.05;  // the opponent is searching harder
    } else if (best < previous_best_ || worst_for_them_ < previous_worst_for_them_) {
      noise_ += noise_rate_;  // it just gave up some of its utility
    } else {
      noise_ -= noise_rate_;
      if (window_worst_for_them_ > worst_for_them_ * 1.2) noise_ -= noise_rate_;
      if (similarity * 1.1 < previous_similarity_) noise_ -= noise_rate_;
    }
    noise_ = std::clamp(noise_, 0.0, 1.0);
    previous_similarity_ = similarity;
    countdown_ = kStatisticsWindow;
    previous_best_ = best;
    window_worst_for_them_ = 1;
    previous_worst_for_them_ = worst_for_them_;
    std::fill(incoming_.begin(), incoming_.end(), 0);
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  double discount_ = 1, noise_ = 0.4, noise_rate_ = 0.01;
  GahboninhoTarget target_;
  int first_actions_ = kFirstActions;
  std::unique_ptr<OpponentModel> model_;
  std::vector<std::size_t> offsets_;
  std::vector<int> outgoing_, incoming_;
  int outgoing_count_ = 0, received_ = 0, countdown_ = kStatisticsWindow;
  std::optional<std::pair<double, Outcome>> best_;
  std::multimap<double, Outcome> bids_;
  Outcome scratch_;
  double previous_similarity_ = 0.2, previous_best_ = 1;
  double worst_for_them_ = 1, previous_worst_for_them_ = 1, window_worst_for_them_ = 1;
};

}  // namespace

AgentDefinition gahboninho_agent() {
  return {{"agent", "gahboninho",
           "Gahboninho (ANAC 2011, 2nd): a bully — 40 slowly falling early bids, then a high demand raised by its estimate of the opponent's exploring (noise), panic only in the last moments, finally the opponent's best bid",
           {},
           "Ben Adar, Sofy, Elimelech: Gahboninho: Strategy for Balancing Pressure and Compromise in Automated Negotiation. Complex Automated Negotiations (Springer 2013); ANAC 2011"},
          [](const Params&, const std::string& spec) { return std::make_unique<Gahboninho>(spec); }};
}

}  // namespace parley::negotiation
