// Loading community scenarios: every GENIUS folder of ../shared/data/genius (168 scenarios,
// 598 profile files), a few single folders, and every GeniusWeb domain. Figures are recorded
// in docs/perf/io.md. Benchmarks report an error and skip when the shared data is absent.
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/model/error.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path shared_data = PARLEY_SHARED_DATA;

// Every folder holding a GENIUS domain and at least two profiles, in path order.
std::vector<fs::path> genius_scenarios() {
  std::vector<fs::path> folders;
  if (!fs::exists(shared_data / "genius")) return folders;
  for (const auto& entry : fs::recursive_directory_iterator(shared_data / "genius"))
    if (entry.is_directory() && parley::io::is_genius_folder(entry.path())) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  return folders;
}

void BM_LoadAllGeniusScenarios(benchmark::State& state) {
  const auto folders = genius_scenarios();
  if (folders.empty()) {
    state.SkipWithError("shared data absent");
    return;
  }
  std::size_t loaded = 0;
  for (auto _ : state) {
    loaded = 0;
    for (const auto& folder : folders) {
      try {
        benchmark::DoNotOptimize(parley::io::read_genius_folder(folder));
        ++loaded;
      } catch (const parley::InputError&) {
        // other/laptopdomainNoBayes has one profile: not a negotiation
      }
    }
  }
  state.counters["scenarios"] = static_cast<double>(loaded);
}
BENCHMARK(BM_LoadAllGeniusScenarios)->Unit(benchmark::kMillisecond);

void BM_LoadGeniusFolder(benchmark::State& state, const std::string& relative) {
  const auto folder = shared_data / "genius" / relative;
  if (!fs::exists(folder)) {
    state.SkipWithError("shared data absent");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(parley::io::read_genius_folder(folder));
}
BENCHMARK_CAPTURE(BM_LoadGeniusFolder, laptop, std::string("anac/y2011/Laptop"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_LoadGeniusFolder, travel, std::string("anac/y2010/Travel"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_LoadGeniusFolder, y2014_50issues, std::string("anac/y2014/50issues"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_LoadGeniusFolder, journal_six_issues_70_profiles, std::string("other/journal_learning/six_issues"))
    ->Unit(benchmark::kMicrosecond);

void BM_LoadAllGeniusWebDomains(benchmark::State& state) {
  const auto root = shared_data / "geniusweb";
  if (!fs::exists(root)) {
    state.SkipWithError("shared data absent");
    return;
  }
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) folders.push_back(entry.path());
  for (auto _ : state)
    for (const auto& folder : folders) benchmark::DoNotOptimize(parley::io::read_geniusweb_folder(folder));
}
BENCHMARK(BM_LoadAllGeniusWebDomains)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
