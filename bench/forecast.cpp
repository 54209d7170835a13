// Forecasting performance: the BDM expected-utility model on every DEU issue and on one
// synthetic issue with many actors (O(n²) per round), plus the closed-form models.
// Results: docs/perf/forecast.md.
#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>
#include <tbb/global_control.h>

#include "parley/forecast/bdm.hpp"
#include "parley/forecast/deu.hpp"
#include "parley/forecast/nash.hpp"
#include "parley/forecast/weighted_position.hpp"

namespace {

using namespace parley::forecast;

ForecastIssue synthetic_issue(std::size_t actors) {
  std::mt19937_64 rng(20240601);  // fixed seed: every run times the same issue
  std::uniform_real_distribution<double> unit(0, 1);
  ForecastIssue issue{"synthetic", {}, IssueScale{0, 100}, "bench"};
  for (std::size_t i = 0; i < actors; ++i)
    issue.stances.push_back({"actor" + std::to_string(i), 0.1 + unit(rng), 100 * unit(rng), 0.1 + 0.9 * unit(rng)});
  return issue;
}

const std::filesystem::path deu_file = std::filesystem::path(PARLEY_SHARED_DATA) / "deu/deu3.csv";

void BM_BdmAllDeuIssues(benchmark::State& state) {
  if (!std::filesystem::exists(deu_file)) {
    state.SkipWithError("../shared/data/deu/deu3.csv is absent");
    return;
  }
  const auto data = read_deu(deu_file);
  const BdmParameters parameters{.rounds = static_cast<int>(state.range(0))};
  for (auto _ : state)
    for (const auto& item : data.issues) benchmark::DoNotOptimize(run_bdm(item.issue, parameters).forecast());
  state.counters["issues"] = static_cast<double>(data.issues.size());
}
BENCHMARK(BM_BdmAllDeuIssues)->Arg(8)->MeasureProcessCPUTime()->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_DeuBacktestAllModels(benchmark::State& state) {
  if (!std::filesystem::exists(deu_file)) {
    state.SkipWithError("../shared/data/deu/deu3.csv is absent");
    return;
  }
  for (auto _ : state) {
    const auto data = read_deu(deu_file);
    benchmark::DoNotOptimize(backtest(data.issues).scores.front().mean_absolute_error);
  }
}
BENCHMARK(BM_DeuBacktestAllModels)->MeasureProcessCPUTime()->UseRealTime()->Unit(benchmark::kMillisecond);

// Time of `rounds` BDM rounds on one issue with `actors` actors, on at most `threads` threads.
void BM_BdmSyntheticIssue(benchmark::State& state) {
  const auto issue = synthetic_issue(static_cast<std::size_t>(state.range(0)));
  const BdmParameters parameters{.rounds = static_cast<int>(state.range(1))};
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(state.range(2)));
  for (auto _ : state) benchmark::DoNotOptimize(run_bdm(issue, parameters).forecast());
  state.counters["actors"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_BdmSyntheticIssue)
    ->ArgNames({"actors", "rounds", "threads"})
    ->Args({100, 8, 1})
    ->Args({300, 8, 1})
    ->Args({1000, 1, 1})
    ->Args({1000, 1, 2})
    ->Args({1000, 8, 1})
    ->Args({1000, 8, 2})
    ->Args({3000, 1, 2})
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_ClosedFormModels(benchmark::State& state) {
  const auto issue = synthetic_issue(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(compromise_position(issue.stances));
    benchmark::DoNotOptimize(weighted_median_position(issue.stances));
    benchmark::DoNotOptimize(nash_bargaining_position(issue));
  }
}
BENCHMARK(BM_ClosedFormModels)->Arg(1000)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
