// Estimators by name and the GENIUS ranking draw, for agents under uncertainty (estimators.hpp).
#include "parley/elicitation/estimators.hpp"

#include <fmt/format.h>

#include "parley/elicitation/ranked_sample.hpp"
#include "parley/model/error.hpp"

namespace parley::elicitation {

UtilityEstimator utility_estimator_named(std::string_view name, std::string_view field) {
  if (name == "lp") return utility_estimator();
  if (name == "counting")
    return [](const OutcomeSpace& space, const UserModel& model) {
      if (model.ranking.size() < 2)
        throw InputError(SourceLocation{"", 0, "estimator"},
                         "the counting baseline needs a ranking of at least two bids; use the lp estimator");
      return count_utility(space, model.ranking);
    };
  throw InputError(SourceLocation{"", 0, std::string(field)},
                   fmt::format("unknown estimator '{}' (known: lp, counting)", name));
}

RankingDraw genius_ranking_draw() {
  return [](const OutcomeSpace& space, const UtilityFunction& truth, const UserModel& model, std::uint64_t seed) {
    return genius_ranked_sample(space, truth, model.ranked_bids, ranking_seed(model, seed));
  };
}

}  // namespace parley::elicitation
