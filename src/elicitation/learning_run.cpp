#include "parley/elicitation/learning_run.hpp"

#include <fmt/format.h>

#include "parley/elicitation/ranked_sample.hpp"
#include "parley/model/error.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::elicitation {
namespace {

std::size_t party_index(const Scenario& scenario, std::string_view name) {
  return require_party(scenario, name, SourceLocation{scenario.source});
}

std::size_t contradicted(const AdditiveUtility& utility, const std::vector<OutcomeComparison>& statements) {
  std::size_t count = 0;
  for (const auto& s : statements) {
    const double d = utility.utility(s.better) - utility.utility(s.worse);
    if (s.indifferent ? !tolerance::same_utility(d, 0.0) : !tolerance::clearly_greater(d, 0.0)) ++count;
  }
  return count;
}

}  // namespace

LearningRun run_learning(const Scenario& scenario, std::string_view name, const LearningRunOptions& options) {
  const auto p = party_index(scenario, name);
  const auto& party = scenario.parties[p];
  LearningRun run;
  run.party = party.name;
  run.truth_known = !party.user_model || party.user_model->utility_known;
  std::vector<OutcomeComparison> statements;
  if (party.user_model && party.user_model->has_statements()) {
    statements = stated_comparisons(*party.user_model);
    run.ranking = party.user_model->ranking;
    run.statements_from = fmt::format("the party's stated preferences ({} ranked bids, {} comparisons)",
                                      party.user_model->ranking.size(), party.user_model->comparisons.size());
  } else {
    const UserModel settings = party.user_model.value_or(UserModel{});
    const std::size_t bids = options.bids ? *options.bids : party.user_model ? settings.ranked_bids : 0;
    if (bids == 0)
      throw InputError(SourceLocation{scenario.source},
                       fmt::format("party '{}' has no user model: say how many ranked bids to draw (--bids N)", party.name));
    const std::uint64_t seed = options.seed ? *options.seed : ranking_seed(settings, genius_fixed_seed);
    run.ranking = genius_ranked_sample(scenario.space, party.utility, bids, seed);
    UserModel drawn;
    drawn.ranking = run.ranking;
    statements = stated_comparisons(drawn);
    run.statements_from = fmt::format("a GENIUS ranked sample of {} bids (seed {})", run.ranking.size(), seed);
  }
  run.statements = statements.size();

  const auto evaluate = [&](std::string method, AdditiveUtility utility) {
    EstimateReport report{std::move(method), std::move(utility)};
    report.violated = contradicted(report.utility, statements);
    if (run.truth_known) {
      report.rank = rank_fit(scenario.space, party.utility, report.utility, options.fit);
      if (options.frontier) report.frontier = frontier_fit(scenario, p, report.utility);
    }
    run.estimates.push_back(std::move(report));
  };
  evaluate("lp", learn_utility(scenario.space, statements).utility);
  if (run.ranking.size() >= 2 && (!party.user_model || party.user_model->comparisons.empty()))
    evaluate("counting", count_utility(scenario.space, run.ranking));
  return run;
}

}  // namespace parley::elicitation
