// Tournament throughput: sessions per second for the standard tournament of issue #5 —
// 8 agents × 10 scenarios × 2 roles × 10 repetitions = 1,600 sessions with a 1,000-round
// deadline — on 1 and 2 threads (parallel efficiency = rate(2) / (2 · rate(1))).
//
// Scenarios: 10 seeded random bilateral additive scenarios (analysis::random_additive_scenario,
// 3 to 7 issues of 4 to 8 values, reservation values up to 0.3, so they are the same on every
// machine without the shared data). The 8 ranked agents each play both roles against one
// fixed opponent (linear concession), which gives the issue's 2 roles per agent; a second
// benchmark runs the full round robin (8·7 ordered pairs = 5,600 sessions). Scenario
// preparation is done once, outside the timed region (a tournament does it once per process).
// Run: build-<you>/bench/parley_bench_tournament --benchmark_min_time=1x (see docs/perf/tournament.md).
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "parley/analysis/random_scenario.hpp"
#include "parley/tournament/run_tournament.hpp"

namespace {

using namespace parley;
using namespace parley::tournament;

std::vector<ScenarioInput> standard_scenarios() {
  std::vector<ScenarioInput> inputs;
  for (std::uint64_t k = 0; k < 10; ++k) {
    analysis::RandomScenarioSpec spec;
    spec.parties = 2;
    spec.issues = 3 + k % 5;
    spec.values_per_issue = 4 + k % 5;
    spec.max_reservation = 0.3;
    spec.seed = 1000 + k;
    auto scenario = analysis::random_additive_scenario(spec);
    scenario.name = "random-" + std::to_string(k);
    inputs.push_back({"", "", std::move(scenario)});
  }
  return inputs;
}

TournamentConfig standard_config(bool round_robin) {
  TournamentConfig config;
  config.agents = {"boulware", "conceder", "hardheaded", "tft", "agentk", "random", "timedep:e=0.5",
                   "boa:offer=boulware,accept=combi,model=frequency"};
  if (!round_robin) config.opponents = {"linear"};
  config.repetitions = 10;
  config.rounds = 1000;
  config.seed = 5;
  return config;
}

const Tournament& standard_tournament(bool round_robin) {
  static const Tournament anac = prepare_tournament(standard_config(false), standard_scenarios());
  static const Tournament all_pairs = prepare_tournament(standard_config(true), standard_scenarios());
  return round_robin ? all_pairs : anac;
}

void run(benchmark::State& state, bool round_robin) {
  const auto& tournament = standard_tournament(round_robin);
  const int threads = static_cast<int>(state.range(0));
  std::uint64_t rounds = 0;
  for (auto _ : state) {
    const auto records = run_sessions(tournament, 0, tournament.session_count(), threads);
    for (const auto& record : records) rounds += record["rounds"].get<std::uint64_t>();
    benchmark::DoNotOptimize(records.data());
  }
  const auto sessions = static_cast<double>(tournament.session_count() * state.iterations());
  state.counters["sessions"] = static_cast<double>(tournament.session_count());
  state.counters["sessions_per_s"] = benchmark::Counter(sessions, benchmark::Counter::kIsRate);
  state.counters["rounds_per_s"] = benchmark::Counter(static_cast<double>(rounds), benchmark::Counter::kIsRate);
}

void BM_StandardTournament(benchmark::State& state) { run(state, false); }
void BM_RoundRobinTournament(benchmark::State& state) { run(state, true); }

void BM_PrepareScenarios(benchmark::State& state) {
  const auto inputs = standard_scenarios();
  for (auto _ : state) benchmark::DoNotOptimize(prepare_tournament(standard_config(false), inputs));
}

BENCHMARK(BM_StandardTournament)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RoundRobinTournament)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PrepareScenarios)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
