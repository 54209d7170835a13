#include "parley/elicitation/learn_utility.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "elicitation/linear_program.hpp"
#include "elicitation/part_worth_program.hpp"
#include "parley/model/error.hpp"

namespace parley::elicitation {

AdditiveUtility utility_from_part_worths(const std::vector<std::vector<double>>& part_worths) {
  AdditiveUtility utility;
  double total = 0;
  for (const auto& values : part_worths) {
    const double low = *std::min_element(values.begin(), values.end());
    std::vector<double> shifted(values.size());
    for (std::size_t k = 0; k < values.size(); ++k) shifted[k] = std::max(0.0, values[k] - low);
    const double high = *std::max_element(shifted.begin(), shifted.end());
    if (high <= 1e-12) {
      utility.weights.push_back(0);
      utility.evaluations.emplace_back(values.size(), 1.0);
      continue;
    }
    for (auto& v : shifted) v = std::min(1.0, v / high);
    utility.weights.push_back(high);
    utility.evaluations.push_back(std::move(shifted));
    total += high;
  }
  if (total <= 0) {  // nothing separates any value: equal weights
    std::fill(utility.weights.begin(), utility.weights.end(), 1.0 / static_cast<double>(utility.weights.size()));
  } else {
    for (auto& w : utility.weights) w /= total;
  }
  return utility;
}

LearnedUtility learn_utility(const OutcomeSpace& space, const std::vector<OutcomeComparison>& statements,
                             const LearnOptions& options) {
  using detail::LinearProgram;
  detail::PartWorthProgram program(space, options.max_values);
  auto& lp = program.lp();
  const auto margin = lp.add_column(0.0, 1.0);
  std::vector<std::size_t> slacks;
  for (const auto& statement : statements) {
    const auto slack = lp.add_column(0.0, LinearProgram::infinity);
    slacks.push_back(slack);
    auto terms = program.difference_terms(statement.better, statement.worse);
    if (statement.indifferent) {
      auto upper = terms;
      terms.emplace_back(slack, 1.0);
      upper.emplace_back(slack, -1.0);
      lp.add_row(terms, -options.tie_tolerance, LinearProgram::infinity);
      lp.add_row(upper, -LinearProgram::infinity, options.tie_tolerance);
    } else {
      terms.emplace_back(slack, 1.0);
      terms.emplace_back(margin, -1.0);
      lp.add_row(terms, 0.0, LinearProgram::infinity);
    }
  }
  // Phase 1: the least total violation with every strict statement held by a small fixed margin.
  lp.set_column_bounds(margin, options.phase_one_margin, options.phase_one_margin);
  std::vector<std::pair<std::size_t, double>> violation;
  for (const auto slack : slacks) violation.emplace_back(slack, 1.0);
  const auto first = lp.solve(violation, false);
  if (!first) throw std::runtime_error("the utility-learning linear program has no optimum (GLPK)");
  // Phase 2: statements that needed slack are set aside; the others must hold exactly, and the
  // smallest margin among them is maximised.
  LearnedUtility result;
  result.statements = statements.size();
  for (std::size_t c = 0; c < statements.size(); ++c)
    if ((*first)[slacks[c]] > options.phase_one_margin / 10) {
      result.set_aside.push_back(c);
    } else {
      lp.set_column_bounds(slacks[c], 0.0, 0.0);
    }
  lp.set_column_bounds(margin, 0.0, 1.0);
  const auto second = lp.solve({{margin, 1.0}}, true);
  if (!second) throw std::runtime_error("the utility-learning linear program has no optimum (GLPK)");
  result.margin = (*second)[margin];
  result.utility = utility_from_part_worths(program.part_worths(*second));
  for (const auto& statement : statements) {
    const double d = result.utility.utility(statement.better) - result.utility.utility(statement.worse);
    const bool holds = statement.indifferent ? std::abs(d) <= std::max(options.tie_tolerance, tolerance::kUtilityTolerance)
                                             : tolerance::clearly_greater(d, 0.0);
    if (!holds) ++result.violated;
  }
  return result;
}

AdditiveUtility count_utility(const OutcomeSpace& space, const std::vector<Outcome>& ranking) {
  if (ranking.size() < 2) throw InputError("the counting estimate needs a ranking of at least two bids");
  std::vector<std::vector<double>> sums(space.issue_count()), means(space.issue_count());
  std::vector<std::vector<std::size_t>> counts(space.issue_count());
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    sums[i].assign(space.issue(i).size(), 0.0);
    counts[i].assign(space.issue(i).size(), 0);
  }
  const double last = static_cast<double>(ranking.size() - 1);
  for (std::size_t r = 0; r < ranking.size(); ++r)
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      sums[i][ranking[r][i]] += static_cast<double>(r) / last;
      ++counts[i][ranking[r][i]];
    }
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    double seen_total = 0;
    std::size_t seen = 0;
    for (std::size_t k = 0; k < sums[i].size(); ++k)
      if (counts[i][k] > 0) {
        seen_total += sums[i][k] / static_cast<double>(counts[i][k]);
        ++seen;
      }
    const double fallback = seen ? seen_total / static_cast<double>(seen) : 0.0;
    means[i].resize(sums[i].size());
    for (std::size_t k = 0; k < sums[i].size(); ++k)
      means[i][k] = counts[i][k] ? sums[i][k] / static_cast<double>(counts[i][k]) : fallback;
  }
  return utility_from_part_worths(means);
}

UtilityEstimator utility_estimator(const LearnOptions& options) {
  return [options](const OutcomeSpace& space, const UserModel& model) {
    return learn_utility(space, stated_comparisons(model), options).utility;
  };
}

}  // namespace parley::elicitation
