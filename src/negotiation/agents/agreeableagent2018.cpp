// AgreeableAgent2018 — winner of ANAC 2018 (S. Mirzayi, University of Tehran; described in the
// competition report, R. Aydoğan, K. Fujita, T. Baarslag, C. M. Jonker, T. Ito, "ANAC 2018:
// Repeated Multilateral Negotiation League", Advances in Automated Negotiations, Springer
// 2021), implemented from that description;
// GENIUS's agent (agents.anac.y2018.agreeableagent2018) was read to settle constants.
// Differences are listed in docs/agents/agreeableagent2018.md.
//
// Target: 1 until t = 0.2, then P_min + (P_max − P_min)(1 − τ^10) with τ = (t − 0.2)/0.8,
// never below 0.8. Before the model time (t = 0.2 / 0.3 / 0.4 for fewer than 1,000 / 10,000 /
// more outcomes) it offers the outcome nearest the target. Afterwards it considers the
// outcomes strictly inside (target − δ, target + δ), δ = 0.05(1 − (P_min + (P_max − P_min)
// (1 − t^10))), and draws one by roulette wheel weighted by the summed frequency-model
// utilities of its opponents (one model per opponent: value frequency / bids × the issue's
// weight, the standard deviation of its value counts, normalised, over the issue count).
// When the range is empty or every weight is 0, the original's exception handler offers its
// best bid instead (and does not consider accepting in that turn); parley does the same.
// Acceptance: the standing offer when it is worth at least its next bid, or from t = 0.99 when
// it is worth at least its reservation value. It opens with its best bid.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/opponent_model.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kTimeToConcede = 0.2, kConcessionFactor = 0.1, kMinimumUtility = 0.8, kNeighbourhood = 0.05;
constexpr double kLateAcceptance = 0.99;
constexpr std::size_t kRangeLimit = 10'000;  // parley's bound on the outcomes weighed per turn
constexpr std::size_t kSampled = 1'024;     // outcomes sampled across the range on huge spaces

// One opponent's frequency model as AgreeableAgent2018 keeps it (an OpponentModel so that a
// session can measure it; the agent itself calls observe(bid) and utility()).
class FrequencyModel final : public OpponentModel {
 public:
  explicit FrequencyModel(const OutcomeSpace& space) {
    for (std::size_t i = 0; i < space.issue_count(); ++i) counts_.emplace_back(space.issue(i).size(), 0.0);
    weights_.assign(space.issue_count(), 0);
  }

  void observe(const Outcome& bid) {
    ++bids_;
    for (std::size_t i = 0; i < bid.size(); ++i) ++counts_[i][bid[i]];
    weight_sum_ = 0;
    for (std::size_t i = 0; i < counts_.size(); ++i) {
      const auto& c = counts_[i];
      double mean = 0, spread = 0;
      for (const double x : c) mean += x;
      mean /= static_cast<double>(c.size());
      for (const double x : c) spread += (x - mean) * (x - mean);
      weights_[i] = std::sqrt(spread / static_cast<double>(c.size()));
      weight_sum_ += weights_[i];
    }
  }

  void begin(const OutcomeSpace&) override {}  // built for its space
  void observe(const Outcome& bid, double) override { observe(bid); }
  double predict(const std::uint32_t* values) const override { return utility(values); }

  double utility(const std::uint32_t* values) const {
    if (bids_ == 0 || weight_sum_ == 0) return 0;
    double sum = 0;
    for (std::size_t i = 0; i < counts_.size(); ++i)
      sum += counts_[i][values[i]] / static_cast<double>(bids_) * (weights_[i] / weight_sum_);
    return sum / static_cast<double>(counts_.size());
  }

 private:
  std::vector<std::vector<double>> counts_;  // [issue][value]
  std::vector<double> weights_;
  double weight_sum_ = 0;
  std::size_t bids_ = 0;
};

class AgreeableAgent2018 final : public Agent {
 public:
  explicit AgreeableAgent2018(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    p_min_ = index_->min_utility();
    p_max_ = index_->max_utility();
    const auto& space = view.space();
    model_time_ = space.enumerable(999) ? 0.2 : space.enumerable(9'999) ? 0.3 : 0.4;
    models_.assign(view.others().size(), FrequencyModel(space));
    range_ = CandidateBuffer(space.issue_count(), index_->layout() == OfferIndex::Layout::additive_search ? kSampled : kRangeLimit);
    bid_.assign(space.issue_count(), 0);
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const bool planned = turn.standing_offer != nullptr && next_bid(turn.t);
    if (!planned) {  // opening move, or the original's fallback to its best bid
      std::copy(index_->best().begin(), index_->best().end(), offer.begin());
      return ActionKind::offer;
    }
    const double offered = view_->utility(*turn.standing_offer);
    if (offered >= view_->utility(bid_) ||
        (turn.t >= kLateAcceptance && offered >= view_->reservation_value()))
      return ActionKind::accept;
    std::copy(bid_.begin(), bid_.end(), offer.begin());
    return ActionKind::offer;
  }

  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;
    const auto& others = view_->others();
    const auto slot = std::find(others.begin(), others.end(), party);
    return slot == others.end() || models_.empty() ? nullptr : &models_[static_cast<std::size_t>(slot - others.begin())];
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    const auto& others = view_->others();
    const auto slot = std::find(others.begin(), others.end(), action.party);
    if (slot != others.end()) models_[static_cast<std::size_t>(slot - others.begin())].observe(*action.offer);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, std::max(target(t), kMinimumUtility));
  }

  const std::string& spec() const override { return spec_; }

 private:
  double concession(double t) const { return std::pow(t, 1 / kConcessionFactor); }  // f(t), k = 0

  double target(double t) const {
    if (t < kTimeToConcede) return 1;
    const double tau = (t - kTimeToConcede) / (1 - kTimeToConcede);
    return p_min_ + (p_max_ - p_min_) * (1 - concession(tau));
  }

  // Writes its next bid to bid_; false when the original would fall back to its best bid.
  bool next_bid(double t) {
    const double goal = std::max(target(t), kMinimumUtility);
    if (t < model_time_) {
      nearest(goal);
      return true;
    }
    // As the original, δ uses f of the raw time (not of τ).
    const double delta = t < kTimeToConcede ? 0 : kNeighbourhood * (1 - (p_min_ + (p_max_ - p_min_) * (1 - concession(t))));
    collect(goal - delta, goal + delta);
    if (range_.size() == 0) return false;
    if (range_.size() == 1) {
      range_.copy_to(0, bid_);
      return true;
    }
    std::vector<double> weight(range_.size());
    double total = 0;
    for (std::size_t k = 0; k < range_.size(); ++k) {
      for (const auto& model : models_) weight[k] += model.utility(range_.values(k));
      total += weight[k];
    }
    if (!(total > 0)) return false;
    const double draw = uniform_unit(rng_);
    double integrate = 0;
    for (std::size_t k = 0; k < range_.size(); ++k) {
      integrate += weight[k] / total;
      if (integrate >= draw) {
        range_.copy_to(k, bid_);
        return true;
      }
    }
    return false;  // rounding left the wheel short of the draw: the original's index overflow
  }

  // The outcome whose utility is nearest `goal` (ties: the one above).
  void nearest(double goal) {
    Outcome below(bid_.size());
    const double up = index_->at_least(goal, bid_);
    const double down = index_->next_below(goal, below);
    if (down >= 0 && (up < goal || goal - down < up - goal)) bid_ = below;
  }

  // The outcomes with utility strictly inside (lo, hi), at most kRangeLimit evenly spaced.
  void collect(double lo, double hi) {
    range_.clear();
    if (!(hi > lo)) return;
    if (index_->layout() == OfferIndex::Layout::additive_search) {
      index_->sample_band(lo, hi, rng_, range_);
      return;
    }
    const std::size_t n = index_->entry_count();
    std::size_t first = n - index_->count_at_least(lo), last = first;
    while (first < n && index_->entry_utility(first) <= lo) ++first;
    last = std::max(last, first);
    while (last < n && index_->entry_utility(last) < hi) ++last;
    const std::size_t size = last - first;
    Outcome scratch(bid_.size());
    for (std::size_t k = 0; k < std::min(size, kRangeLimit); ++k) {
      const std::size_t entry = size <= kRangeLimit ? first + k : first + k * size / kRangeLimit;
      index_->entry_outcome(entry, scratch);
      range_.push(scratch.data(), index_->entry_utility(entry));
    }
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double p_min_ = 0, p_max_ = 1, model_time_ = 0.2;
  std::vector<FrequencyModel> models_;  // one per opponent, in view.others() order
  CandidateBuffer range_;
  Outcome bid_;
};

}  // namespace

AgentDefinition agreeableagent2018_agent() {
  return {{"agent", "agreeableagent2018",
           "AgreeableAgent2018 (ANAC 2018 winner): holds 1 until t = 0.2, then a Boulware curve (1/e = 10) floored at 0.8; later picks bids near its target by a roulette wheel over the opponents' frequency-model utilities; accepts offers worth its next bid, or its reservation value after t = 0.99",
           {},
           "Aydogan, Fujita, Baarslag, Jonker, Ito: ANAC 2018: Repeated Multilateral Negotiation League. Advances in Automated Negotiations (Springer 2021); AgreeableAgent2018 by S. Mirzayi"},
          [](const Params&, const std::string& spec) { return std::make_unique<AgreeableAgent2018>(spec); }};
}

}  // namespace parley::negotiation
