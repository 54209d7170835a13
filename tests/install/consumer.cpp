// Uses the installed library the way an outside program would: load a scenario, compute its
// frontier, run a session and learn a utility back from a ranking (the GLPK-backed elicitation
// module). Prints "outcomes=N frontier=K reason=R learned_violations=V" for run.sh to check.
#include <algorithm>
#include <iostream>
#include <vector>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/elicitation/learn_utility.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/session.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: parley_consumer SCENARIO\n";
    return 2;
  }
  try {
    const auto scenario = parley::io::load_scenario(argv[1]);
    const auto frontier = parley::analysis::pareto_frontier(scenario);
    const parley::negotiation::PreparedScenario prepared(scenario);
    parley::negotiation::SessionConfig config;
    config.rounds = 50;
    const auto result = parley::negotiation::run_session(prepared, {"boulware", "conceder"}, config);

    // The first party's strict preferences over all outcomes, as comparisons of neighbours in
    // its ranking; a utility learnt from them must satisfy every one.
    const auto& utility = scenario.parties[0].utility;
    std::vector<parley::Outcome> ranking;
    for (std::uint64_t id = 0; id < *scenario.space.cardinality().as_u64(); ++id) ranking.push_back(scenario.space.from_id(id));
    std::sort(ranking.begin(), ranking.end(), [&](const auto& a, const auto& b) { return utility(a) < utility(b); });
    std::vector<parley::OutcomeComparison> statements;
    for (std::size_t i = 1; i < ranking.size(); ++i)
      if (utility(ranking[i]) > utility(ranking[i - 1]) + 1e-6) statements.push_back({ranking[i], ranking[i - 1]});
    const auto learned = parley::elicitation::learn_utility(scenario.space, statements);

    std::cout << "outcomes=" << scenario.space.cardinality().decimal() << " frontier=" << frontier.size()
              << " reason=" << parley::negotiation::to_string(result.reason)
              << " learned_violations=" << learned.violated << "\n";
  } catch (const parley::InputError& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  }
}
