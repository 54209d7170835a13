#include "parley/model/user_model.hpp"

namespace parley {

std::vector<OutcomeComparison> stated_comparisons(const UserModel& model) {
  std::vector<OutcomeComparison> result;
  result.reserve(model.comparisons.size() + model.ranking.size());
  for (std::size_t k = 1; k < model.ranking.size(); ++k) result.push_back({model.ranking[k], model.ranking[k - 1], false});
  result.insert(result.end(), model.comparisons.begin(), model.comparisons.end());
  return result;
}

}  // namespace parley
