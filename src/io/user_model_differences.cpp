#include "io/user_model_differences.hpp"

#include <cmath>

#include <fmt/format.h>

namespace parley::io {

void describe_user_model_changes(std::vector<std::string>& out, const std::string& party,
                                 const std::optional<UserModel>& before, const std::optional<UserModel>& after) {
  if (!before && !after) return;
  if (!after) {
    out.push_back(fmt::format("{}: the user model (uncertain preferences: ranked bids, elicitation cost{}) was dropped",
                              party, before->has_statements() ? ", stated comparisons" : ""));
    return;
  }
  if (!before) {
    out.push_back(fmt::format("{}: a user model appeared", party));
    return;
  }
  const auto count = [&](const char* what, std::size_t x, std::size_t y) {
    if (x != y) out.push_back(fmt::format("{}: {} changed from {} to {}", party, what, x, y));
  };
  count("ranked bids", before->ranked_bids, after->ranked_bids);
  count("errors", before->errors, after->errors);
  if (std::abs(before->elicitation_cost - after->elicitation_cost) > 1e-12)
    out.push_back(fmt::format("{}: elicitation cost changed from {} to {}", party, before->elicitation_cost,
                              after->elicitation_cost));
  if (before->fixed_seed != after->fixed_seed) out.push_back(fmt::format("{}: fixed_seed changed", party));
  if (before->experimental != after->experimental) out.push_back(fmt::format("{}: experimental changed", party));
  const auto stated = [](const UserModel& m) { return stated_comparisons(m).size(); };
  if (before->ranking.size() != after->ranking.size() || stated(*before) != stated(*after))
    out.push_back(fmt::format("{}: stated preferences changed from {} to {} comparisons", party, stated(*before),
                              stated(*after)));
}

}  // namespace parley::io
