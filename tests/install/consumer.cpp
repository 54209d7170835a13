// Uses the installed library the way an outside program would: load a scenario, compute its
// frontier and run a session. Prints "outcomes=N frontier=K reason=R" for run.sh to check.
#include <iostream>

#include "parley/analysis/pareto_frontier.hpp"
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
    std::cout << "outcomes=" << scenario.space.cardinality().decimal() << " frontier=" << frontier.size()
              << " reason=" << parley::negotiation::to_string(result.reason) << "\n";
  } catch (const parley::InputError& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  }
}
