// Agreement-space analysis benchmarks (docs/perf/analysis.md records the figures).
//
//   build-<you>/bench/parley_bench_analysis --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// * full analysis (frontier, all reference points, ZOPA, opposition, best/worst) of ANAC
//   Energy (y2011, 390,625 outcomes) and Travel (y2010, 188,160) — NegMAS needs 1.8 s / ~1 s
//   for the frontier alone by enumeration;
// * exact frontier + reference points of seeded random additive scenarios with 10, 20 and 40
//   issues of 10 values (10^10, 10^20, 10^40 outcomes), two parties, and 10 issues for 3 parties;
// * full analysis of the 10^10 random scenario with reservation values (ZOPA by meet in the middle);
// * the exact frontier of ANAC 2014 `10issues` (nonlinear, 10^10 outcomes) by branch and bound.
// * binary trade-off issues (issue 13, `binary_tradeoff_scenario`): the merge's time, work and
//   the memory it holds besides the result (`merge_bytes`).
// Scenarios from ../shared/data are skipped with a message when absent.
#include <filesystem>
#include <map>

#include <benchmark/benchmark.h>

#include "parley/analysis/analyze.hpp"
#include "parley/analysis/random_scenario.hpp"
#include "parley/io/load.hpp"

namespace {

using namespace parley;

// Loads a shared-data scenario once; nullptr when the data is absent.
const Scenario* shared_scenario(const std::string& relative) {
  static std::map<std::string, std::optional<Scenario>> cache;
  auto [it, fresh] = cache.try_emplace(relative);
  if (fresh) {
    const auto path = std::filesystem::path(PARLEY_SHARED_DATA) / relative;
    if (std::filesystem::exists(path)) it->second = io::load_scenario(path);
  }
  return it->second ? &*it->second : nullptr;
}

void full_analysis(benchmark::State& state, const std::string& relative) {
  const auto* scenario = shared_scenario(relative);
  if (!scenario) {
    state.SkipWithError(("shared data " + relative + " is absent").c_str());
    return;
  }
  std::size_t frontier_size = 0;
  for (auto _ : state) {
    const auto result = analysis::analyze(*scenario);
    frontier_size = result.frontier.size();
    benchmark::DoNotOptimize(result.reference.nash);
  }
  state.counters["frontier"] = static_cast<double>(frontier_size);
  state.counters["outcomes"] = scenario->space.cardinality().as_double();
}

void BM_FullAnalysisEnergy(benchmark::State& state) { full_analysis(state, "genius/anac/y2011/Energy"); }
void BM_FullAnalysisTravel(benchmark::State& state) { full_analysis(state, "genius/anac/y2010/Travel"); }
BENCHMARK(BM_FullAnalysisEnergy)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullAnalysisTravel)->Unit(benchmark::kMillisecond);

// Frontier and reference points of a random additive scenario: args = issues, parties.
void BM_RandomAdditiveFrontier(benchmark::State& state) {
  const auto scenario = analysis::random_additive_scenario({.parties = static_cast<std::size_t>(state.range(1)),
                                                            .issues = static_cast<std::size_t>(state.range(0)),
                                                            .values_per_issue = 10,
                                                            .seed = 2026});
  std::size_t frontier_size = 0;
  for (auto _ : state) {
    const auto frontier = analysis::pareto_frontier(scenario);
    const auto reference = analysis::reference_points(scenario, frontier);
    frontier_size = frontier.size();
    benchmark::DoNotOptimize(reference.nash);
  }
  state.counters["frontier"] = static_cast<double>(frontier_size);
}
BENCHMARK(BM_RandomAdditiveFrontier)->Args({10, 2})->Args({20, 2})->Args({40, 2})->Args({10, 3})->Args({20, 3})->Args({10, 4})->Unit(benchmark::kMillisecond);

// Everything, with reservation values so that the ZOPA count is real work (meet in the middle).
void BM_RandomAdditiveFullAnalysisWithReservations(benchmark::State& state) {
  const auto scenario = analysis::random_additive_scenario(
      {.parties = 2, .issues = static_cast<std::size_t>(state.range(0)), .values_per_issue = 10, .seed = 2026,
       .max_reservation = 0.6});
  for (auto _ : state) {
    const auto result = analysis::analyze(scenario);
    benchmark::DoNotOptimize(result.zopa.rational_outcomes);
  }
}
BENCHMARK(BM_RandomAdditiveFullAnalysisWithReservations)->Arg(10)->Arg(12)->Unit(benchmark::kMillisecond);

void BM_NonlinearFrontier10Issues(benchmark::State& state) {
  const auto* scenario = shared_scenario("genius/anac/y2014/10issues");
  if (!scenario) {
    state.SkipWithError("shared data genius/anac/y2014/10issues is absent");
    return;
  }
  analysis::ParetoFrontier frontier;
  for (auto _ : state) frontier = analysis::pareto_frontier(*scenario);
  state.counters["frontier"] = static_cast<double>(frontier.size());
  state.counters["nodes"] = static_cast<double>(frontier.search_nodes);
  state.SetLabel(std::string(to_string(frontier.method)));
}
BENCHMARK(BM_NonlinearFrontier10Issues)->Unit(benchmark::kMillisecond);

// N binary issues, each a pure trade-off (args: issues, equal weights 1 / random 0): the
// frontier has N + 1 points (equal) or about N² / 4 (random).
void BM_BinaryIssuesFrontier(benchmark::State& state) {
  const auto scenario =
      analysis::binary_tradeoff_scenario(static_cast<std::size_t>(state.range(0)), state.range(1) == 1);
  analysis::ParetoFrontier frontier;
  for (auto _ : state) frontier = analysis::pareto_frontier(scenario);
  state.counters["frontier"] = static_cast<double>(frontier.size());
  state.counters["work"] = static_cast<double>(frontier.comparisons);
  state.counters["merge_bytes"] = static_cast<double>(frontier.merge_bytes);
}
BENCHMARK(BM_BinaryIssuesFrontier)->Args({1000, 1})->Args({4000, 1})->Args({300, 0})->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// Four parties, 10 values per issue (issue 12's cases: before the divide-and-conquer skyline
// 6 / 10 / 14 issues took 0.08 / 1.7 / 198 s). Arg = issues.
void BM_FourPartyFrontier(benchmark::State& state) {
  const auto scenario = analysis::random_additive_scenario(
      {.parties = 4, .issues = static_cast<std::size_t>(state.range(0)), .values_per_issue = 10, .seed = 1});
  analysis::ParetoFrontier frontier;
  for (auto _ : state) frontier = analysis::pareto_frontier(scenario);
  state.counters["frontier"] = static_cast<double>(frontier.size());
  state.counters["comparisons"] = static_cast<double>(frontier.comparisons);
  state.counters["computed"] = frontier.computed() ? 1 : 0;
}
BENCHMARK(BM_FourPartyFrontier)->Arg(6)->Arg(10)->Arg(12)->Arg(14)->Unit(benchmark::kMillisecond)->Iterations(1);
