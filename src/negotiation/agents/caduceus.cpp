// Caduceus — winner of ANAC 2016 (individual utility; T. D. Güneş, E. Arditi, R. Aydoğan,
// "Collective Voice of Experts in Multilateral Negotiation", PRIMA 2017, LNCS 10621), the
// "incremental portfolio" of that paper, implemented from its description; GENIUS's agent
// (agents.anac.y2016.caduceus) was read to settle the constants. Differences are listed in
// docs/agents/caduceus.md.
//
// A portfolio of expert agents, each run on the agent's own view and told everything the agent
// is told. Until t = 0.83·δ (δ its discount factor) it offers its best outcome whatever is on
// the table. After that every expert is asked to act: the experts that accept and the experts
// that offer each sum their expertise scores; when the accepters outweigh the offerers it
// accepts, when the offerers outweigh it offers one of their bids drawn with probability
// proportional to their scores, and on a tie it offers its best outcome. The original's
// portfolio is ParsAgent, RandomDance, Kawaii, Atlas3 and Caduceus2015 with scores
// 500 : 10 : 5 : 3 : 1; parley has ParsAgent and Atlas3, which keep their scores 500 : 3.
#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {

AgentDefinition parsagent_agent();  // agents/parsagent.cpp
AgentDefinition atlas3_agent();     // agents/atlas3.cpp

namespace {

constexpr double kBestBidPhase = 0.83;  // share of the (discounted) time spent on its best bid
// Mixed into the seed of its own draw so that it is not the experts' stream (they get the
// agent's seed, as in the original, where all share the session's random seed).
constexpr std::uint64_t kPickStream = 0xCAD0CE05ULL;

struct Expert {
  std::unique_ptr<Agent> agent;
  double score;
  Outcome bid;  // what it offered this turn
};

std::unique_ptr<Agent> make_expert(const AgentDefinition& definition) {
  const SpecNode node{definition.doc.name, {}};
  return definition.make(Params(node, definition.doc, definition.doc.name), definition.doc.name);
}

class Caduceus final : public Agent {
 public:
  explicit Caduceus(std::string spec) : spec_(std::move(spec)) {
    experts_.push_back({make_expert(parsagent_agent()), 500, {}});
    experts_.push_back({make_expert(atlas3_agent()), 3, {}});
    double total = 0;
    for (const auto& e : experts_) total += e.score;
    for (auto& e : experts_) e.score /= total;
  }

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    best_ = view_->index().best();
    rng_.seed(view.seed() ^ kPickStream);
    for (auto& e : experts_) {
      e.agent->begin(*view_);
      e.bid.assign(view.space().issue_count(), 0);
    }
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    if (turn.t < kBestBidPhase * discount()) {
      std::copy(best_.begin(), best_.end(), offer.begin());
      return ActionKind::offer;
    }
    double accepts = 0, offers = 0;
    std::vector<std::size_t> bidders;
    for (std::size_t i = 0; i < experts_.size(); ++i) {
      auto& e = experts_[i];
      const ActionKind kind = e.agent->act(turn, e.bid);
      // A walk-away is neither vote, as in the original (it counts only accepts and offers).
      if (kind == ActionKind::accept) accepts += e.score;
      if (kind == ActionKind::offer) offers += e.score, bidders.push_back(i);
    }
    if (accepts > offers && turn.standing_offer != nullptr) return ActionKind::accept;
    const Outcome& bid = offers > accepts ? pick(bidders) : best_;
    std::copy(bid.begin(), bid.end(), offer.begin());
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    for (auto& e : experts_) e.agent->observe(action);
  }

  // The mediated protocol (not in the original): the experts' votes weighed by their scores.
  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    double yes = 0, no = 0;
    for (auto& e : experts_) (e.agent->vote(draft, proposal, t, rule) ? yes : no) += e.score;
    return yes >= no;
  }

  const std::string& spec() const override { return spec_; }

 private:
  double discount() const {
    const double d = view_->discount_factor();
    return d > 0 && d <= 1 ? d : 1;
  }

  // One of the bidders' bids, drawn with probability proportional to their scores.
  const Outcome& pick(const std::vector<std::size_t>& bidders) {
    double total = 0;
    for (const auto i : bidders) total += experts_[i].score;
    double x = uniform_unit(rng_) * total;
    for (const auto i : bidders) {
      x -= experts_[i].score;
      if (x < 0) return experts_[i].bid;
    }
    return experts_[bidders.back()].bid;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  std::vector<Expert> experts_;
  Outcome best_;
  RandomEngine rng_;
};

}  // namespace

AgentDefinition caduceus_agent() {
  return {{"agent", "caduceus",
           "Caduceus (ANAC 2016 winner): its best bid until t = 0.83, then a portfolio of experts (ParsAgent, Atlas3) votes, weighted by expertise, whether to accept, and one expert's bid is drawn by weight",
           {},
           "Gunes, Arditi, Aydogan: Collective Voice of Experts in Multilateral Negotiation. PRIMA 2017, LNCS 10621 (Springer); ANAC 2016"},
          [](const Params&, const std::string& spec) { return std::make_unique<Caduceus>(spec); }};
}

}  // namespace parley::negotiation
