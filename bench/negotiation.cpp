// Negotiation engine benchmarks (docs/perf/negotiation.md):
//  * TimeDependentRound/1000: µs per round of two time-dependent agents on a 1,000-outcome
//    additive scenario (NegMAS: about 500 µs per round for two aspiration agents).
//  * AgentRounds/<scenario>/<agent>: rounds per second of each built-in agent against a fixed
//    opponent (a hardliner that never accepts; BOA agents also have acceptance switched off so
//    that their sessions run the full length) on ANAC 2011 Laptop, Camera, Energy (when
//    ../shared/data is present) and a 10^10-outcome additive scenario.
// Scenario preparation (indices, frontier) is done once, outside the timed loop, as a
// tournament does; each iteration builds the agents and runs one session.
#include <filesystem>
#include <map>
#include <memory>

#include <benchmark/benchmark.h>

#include "parley/analysis/random_scenario.hpp"
#include "parley/io/load.hpp"
#include "parley/negotiation/session.hpp"

namespace {

using namespace parley;
using namespace parley::negotiation;

constexpr int kRounds = 2000;

// BOA agents get accept=never; the competition agents (standalone) keep their own acceptance.
const std::vector<std::string> kBoaAgents{"hardliner", "boulware", "linear", "conceder", "tft", "tft:mode=random",
                                          "tft:mode=averaged", "boulware-frequency", "agentk-target", "random", "stated",
                                          "boa:offer=boulware,model=bayesian", "boa:offer=boulware,model=cuhk-frequency",
                                          "boa:offer=boulware,model=smith-frequency"};
const std::vector<std::string> kCompetitionAgents{"hardheaded", "agentk", "gahboninho", "thenegotiator", "iamhaggler2011",
                                                  "micro", "atlas3", "parsagent", "ponpoko", "agreeableagent2018", "agentgg",
                                                  "yushu", "iamcrazyhaggler", "bramagent", "agentlg", "inoxagent",
                                                  "cuhkagent", "omac", "caduceus", "thefawkes"};

std::shared_ptr<PreparedScenario> random_scenario(std::size_t issues, std::size_t values, bool analysis) {
  analysis::RandomScenarioSpec spec;
  spec.issues = issues;
  spec.values_per_issue = values;
  spec.seed = 42;
  PrepareOptions options;
  options.analysis = analysis;
  return std::make_shared<PreparedScenario>(analysis::random_additive_scenario(spec), options);
}

void run_rounds(benchmark::State& state, const PreparedScenario& prepared, const std::string& a, const std::string& b) {
  SessionConfig config;
  config.rounds = kRounds;
  std::int64_t rounds = 0;
  for (auto _ : state) {
    const auto result = run_session(prepared, {a, b}, config);
    rounds += result.rounds;
    benchmark::DoNotOptimize(result.offers);
  }
  state.counters["rounds/s"] = benchmark::Counter(static_cast<double>(rounds), benchmark::Counter::kIsRate);
  state.counters["us_per_round"] =
      benchmark::Counter(static_cast<double>(rounds) * 1e-6, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void register_all() {
  // 10 x 10 x 10 = 1,000 outcomes
  auto thousand = random_scenario(3, 10, true);
  benchmark::RegisterBenchmark("TimeDependentRound/1000", [thousand](benchmark::State& state) {
    run_rounds(state, *thousand, "boulware:accept=never", "conceder:accept=never");
  })->Unit(benchmark::kMillisecond);

  std::vector<std::pair<std::string, std::shared_ptr<PreparedScenario>>> scenarios;
  const std::filesystem::path shared = PARLEY_SHARED_DATA;
  for (const char* name : {"Laptop", "Camera", "Energy"}) {
    const auto folder = shared / "genius/anac/y2011" / name;
    if (std::filesystem::exists(folder))
      scenarios.emplace_back(name, std::make_shared<PreparedScenario>(io::load_scenario(folder)));
  }
  scenarios.emplace_back("Additive1e10", random_scenario(10, 10, false));  // 10^10 outcomes
  for (const auto& [name, prepared] : scenarios) {
    std::vector<std::pair<std::string, std::string>> agents;  // (label, spec)
    for (const auto& agent : kBoaAgents)
      agents.emplace_back(agent, agent + (agent.find(':') == std::string::npos ? ":" : ",") + "accept=never");
    for (const auto& agent : kCompetitionAgents) agents.emplace_back(agent, agent);
    for (const auto& [label, spec] : agents)
      benchmark::RegisterBenchmark(("AgentRounds/" + name + "/" + label).c_str(),
                                   [prepared = prepared, spec = spec](benchmark::State& state) {
                                     run_rounds(state, *prepared, spec, "hardliner:accept=never");
                                   })
          ->Unit(benchmark::kMillisecond);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
