// ElicitationChannel: places elicited bids in the party's ranking by its true utility and
// charges the cost (elicitation_channel.hpp).
#include "parley/negotiation/elicitation_channel.hpp"

#include <algorithm>
#include <stdexcept>

#include "parley/model/tolerance.hpp"
#include "parley/negotiation/uncertainty.hpp"

namespace parley::negotiation {

ElicitationChannel::ElicitationChannel(const OutcomeSpace& space, const UtilityFunction& truth, UserModel model,
                                       double cost_per_query, UtilityEstimator estimator,
                                       std::shared_ptr<const OwnPreferences> estimate, const IndexOptions& index)
    : space_(&space), truth_(&truth), model_(std::move(model)), cost_per_query_(cost_per_query),
      estimator_(std::move(estimator)), estimate_(std::move(estimate)), index_options_(index) {}

bool ElicitationChannel::is_ranked(const Outcome& bid) const {
  return std::find(model_.ranking.begin(), model_.ranking.end(), bid) != model_.ranking.end();
}

std::size_t ElicitationChannel::elicit_rank(const Outcome& bid) {
  if (!space_->is_valid(bid)) throw std::invalid_argument("elicited bid does not fit the outcome space");
  auto& ranking = model_.ranking;
  if (const auto known = std::find(ranking.begin(), ranking.end(), bid); known != ranking.end())
    return static_cast<std::size_t>(known - ranking.begin());
  // After every ranked bid the user does not clearly prefer to it (ties keep their order).
  const double u = truth_->utility(bid);
  const auto place = std::find_if(ranking.begin(), ranking.end(),
                                  [&](const Outcome& ranked) { return tolerance::clearly_greater(truth_->utility(ranked), u); });
  const auto position = static_cast<std::size_t>(place - ranking.begin());
  ranking.insert(place, bid);
  total_cost_ += cost_per_query_;
  ++queries_;
  return position;
}

std::shared_ptr<const OwnPreferences> ElicitationChannel::reestimate() {
  estimate_ = std::make_shared<const EstimatedPreferences>(*space_, UtilityFunction(estimator_(*space_, model_)), index_options_);
  return estimate_;
}

}  // namespace parley::negotiation
