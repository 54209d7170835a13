// MiCRO — "Monotonic Concession with Reciprocal Offers" (D. de Jonge, "An Analysis of the Linear
// Bilateral ANAC Domains Using the MiCRO Benchmark Strategy", IJCAI 2022), implemented from the
// paper; public ports (NegMAS, NegoLog) were read to settle details. Differences are listed in
// docs/agents/micro.md.
//
// It walks the list ω_1, ω_2, … of all outcomes sorted by its own utility, best first. With m
// the number of different outcomes it has proposed and n the number of different outcomes the
// opponent has proposed, on its turn it is "ready to concede" when m ≤ n: it then proposes the
// next new outcome ω_{m+1}, unless that is below its reservation value; otherwise it repeats
// one of ω_1 … ω_m chosen uniformly at random. It accepts an offer worth at least the lowest
// outcome it is willing to propose on this turn (u(ω_{m+1}) when it concedes, else u(ω_m)) and
// at least its reservation value. With several opponents (SAOP) n is the smallest such count
// over the opponents: it concedes only as fast as the least conceding of them.
#include <algorithm>
#include <limits>
#include <optional>
#include <set>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

class MiCRO final : public Agent {
 public:
  explicit MiCRO(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    walk_entries_ = index_->layout() != OfferIndex::Layout::additive_search;
    rng_.seed(view.seed());
    sent_.clear();
    received_.assign(view.others().size(), {});
    next_.reset();
    exhausted_ = false;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const std::optional<Bid>& next = peek_next();
    const bool concede = sent_.size() <= fewest_received() && next &&
                         tolerance::meets_reservation(next->utility, view_->reservation_value());
    const double lowest = lowest_willing(concede);
    if (turn.standing_offer != nullptr) {
      const double u = view_->utility(*turn.standing_offer);
      if (u >= lowest - tolerance::kUtilityTolerance && tolerance::meets_reservation(u, view_->reservation_value()))
        return ActionKind::accept;
    }
    if (concede) {
      sent_.push_back(*next);
      next_.reset();
    } else if (sent_.empty()) {
      return ActionKind::walk_away;  // even its best outcome is below its reservation value
    }
    const Bid& chosen = concede ? sent_.back() : sent_[static_cast<std::size_t>(uniform_index(rng_, sent_.size()))];
    std::copy(chosen.outcome.begin(), chosen.outcome.end(), offer.begin());
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    const auto& others = view_->others();
    const auto slot = std::find(others.begin(), others.end(), action.party);
    if (slot != others.end()) received_[static_cast<std::size_t>(slot - others.begin())].insert(*action.offer);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    const std::optional<Bid>& next = peek_next();
    const bool concede = sent_.size() <= fewest_received() && next &&
                         tolerance::meets_reservation(next->utility, view_->reservation_value());
    return vote_by_aspiration(*view_, draft, proposal, rule, lowest_willing(concede));
  }

  const std::string& spec() const override { return spec_; }

 private:
  struct Bid {
    double utility;
    Outcome outcome;
  };

  std::size_t fewest_received() const {
    std::size_t n = std::numeric_limits<std::size_t>::max();
    for (const auto& set : received_) n = std::min(n, set.size());
    return received_.empty() ? 0 : n;
  }

  // The lowest utility it is willing to propose now: its next new outcome when it concedes,
  // else the lowest it has proposed (its best before its first proposal).
  double lowest_willing(bool concede) const {
    if (concede) return next_->utility;
    return sent_.empty() ? index_->max_utility() : sent_.back().utility;
  }

  // ω_{m+1}: the entry m places below the best (sorted and sampled layouts, ties included), or
  // one step down from ω_m (additive search over huge spaces); empty when the list is done.
  const std::optional<Bid>& peek_next() {
    if (next_ || exhausted_) return next_;
    Bid bid{0, Outcome(view_->space().issue_count())};
    if (sent_.empty()) {
      bid.outcome = index_->best();
      bid.utility = index_->max_utility();
    } else if (walk_entries_) {
      if (sent_.size() >= index_->entry_count()) return exhausted_ = true, next_;
      const std::size_t entry = index_->entry_count() - 1 - sent_.size();
      index_->entry_outcome(entry, bid.outcome);
      bid.utility = index_->entry_utility(entry);
    } else {
      bid.utility = index_->next_below(sent_.back().utility, bid.outcome);
      if (bid.utility < 0) return exhausted_ = true, next_;
    }
    next_ = std::move(bid);
    return next_;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  bool walk_entries_ = true;
  RandomEngine rng_;
  std::vector<Bid> sent_;                   // ω_1 … ω_m, each proposed at least once
  std::vector<std::set<Outcome>> received_;  // different outcomes each opponent proposed
  std::optional<Bid> next_;                  // ω_{m+1}, once looked up
  bool exhausted_ = false;
};

}  // namespace

AgentDefinition micro_agent() {
  return {{"agent", "micro",
           "MiCRO: walks its outcomes from the best down, proposing a new one only when the opponent has proposed at least as many different outcomes (else repeats a random earlier one); accepts what is at least as good as the lowest it would propose; never below its reservation value",
           {},
           "de Jonge: An Analysis of the Linear Bilateral ANAC Domains Using the MiCRO Benchmark Strategy. IJCAI 2022"},
          [](const Params&, const std::string& spec) { return std::make_unique<MiCRO>(spec); }};
}

}  // namespace parley::negotiation
