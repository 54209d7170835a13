// RankedBids — an agent's own bids sorted by its utility, best first, for the competition
// agents that walk a sorted bid list (BRAMAgent, AgentLG). Private to the negotiation module.
//
// When the party's OfferIndex enumerates the space (sorted/sampled layouts) the list is a view
// of the index's entries at or above a utility floor: rank k is entry count − 1 − k, nothing
// is copied. Otherwise (additive_search layout, huge spaces) it holds up to `sample` random
// distinct outcomes at or above the floor and the best outcome, sorted — the originals also
// built their lists from random bids when the domain was too large to enumerate.
#pragma once

#include <algorithm>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "parley/model/random.hpp"
#include "parley/negotiation/negotiator_view.hpp"
#include "parley/negotiation/offer_index.hpp"

namespace parley::negotiation {

class RankedBids {
 public:
  RankedBids() = default;
  RankedBids(const NegotiatorView& view, double floor, std::size_t sample, RandomEngine& rng) : index_(&view.index()) {
    if (index_->entry_count() > 0) {
      size_ = std::max<std::size_t>(1, index_->count_at_least(floor));
      return;
    }
    std::set<Outcome> seen{index_->best()};
    Outcome random(view.space().issue_count());
    const auto& issues = view.space().issues();
    for (std::size_t tries = 0; seen.size() < sample && tries < 4 * sample; ++tries) {
      for (std::size_t i = 0; i < random.size(); ++i) random[i] = static_cast<std::uint32_t>(uniform_index(rng, issues[i].size()));
      if (view.utility(random) >= floor) seen.insert(random);
    }
    for (const auto& bid : seen) sampled_.emplace_back(view.utility(bid), bid);
    std::stable_sort(sampled_.begin(), sampled_.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    size_ = sampled_.size();
  }

  std::size_t size() const { return size_; }

  // Writes the bid of rank `rank` (0 = best) to `out` and returns its utility.
  double at(std::size_t rank, Outcome& out) const {
    if (!sampled_.empty()) {
      std::copy(sampled_[rank].second.begin(), sampled_[rank].second.end(), out.begin());
      return sampled_[rank].first;
    }
    const std::size_t entry = index_->entry_count() - 1 - rank;
    index_->entry_outcome(entry, out);
    return index_->entry_utility(entry);
  }

  double utility(std::size_t rank) const {
    return sampled_.empty() ? index_->entry_utility(index_->entry_count() - 1 - rank) : sampled_[rank].first;
  }

 private:
  const OfferIndex* index_ = nullptr;
  std::size_t size_ = 0;
  std::vector<std::pair<double, Outcome>> sampled_;
};

}  // namespace parley::negotiation
