// Converting a two-party scenario whose one categorical issue has n values, YAML -> GeniusWeb
// -> GENIUS -> YAML, each written and read back. Every reader looks up every label and the
// GeniusWeb reader and writer handle objects of n keys, so any per-value linear search makes
// this quadratic; the Complexity fit shows the growth (figures in docs/perf/io.md). The unit
// test tests/io/many_values_test.cpp bounds the label comparisons instead of timing.
#include <filesystem>
#include <fstream>
#include <string>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "parley/io/load.hpp"

namespace {

namespace fs = std::filesystem;

// Block-style YAML: party a values v_k at k/(n-1), party b the reverse.
void write_scenario(const fs::path& file, std::size_t n) {
  std::ofstream out(file);
  out << "parley: 1\nname: many values\nissues:\n  - name: big\n    type: categorical\n    values:\n";
  for (std::size_t k = 0; k < n; ++k) out << "      - v" << k << '\n';
  out << "parties:\n";
  for (const bool reversed : {false, true}) {
    out << fmt::format("  - name: {}\n    utility:\n      weights: {{big: 1}}\n      evaluations:\n        big:\n",
                       reversed ? "b" : "a");
    for (std::size_t k = 0; k < n; ++k)
      out << fmt::format("          v{}: {}\n", k, static_cast<double>(reversed ? n - 1 - k : k) / static_cast<double>(n - 1));
  }
}

void BM_ConvertManyValues(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto folder = fs::temp_directory_path() / fmt::format("parley-bench-convert-{}", n);
  fs::remove_all(folder);
  fs::create_directories(folder);
  write_scenario(folder / "in.yaml", n);
  for (auto _ : state) {
    for (const auto* out : {"geniusweb", "genius", "out.yaml"}) fs::remove_all(folder / out);
    const auto original = parley::io::load_scenario(folder / "in.yaml");
    parley::io::save_scenario(original, folder / "geniusweb", parley::io::ScenarioFormat::geniusweb_json, false);
    const auto from_geniusweb = parley::io::load_scenario(folder / "geniusweb");
    parley::io::save_scenario(from_geniusweb, folder / "genius", parley::io::ScenarioFormat::genius_xml, false);
    const auto from_genius = parley::io::load_scenario(folder / "genius");
    parley::io::save_scenario(from_genius, folder / "out.yaml", parley::io::ScenarioFormat::yaml, false);
    benchmark::DoNotOptimize(parley::io::load_scenario(folder / "out.yaml"));
  }
  state.SetComplexityN(state.range(0));
  fs::remove_all(folder);
}
BENCHMARK(BM_ConvertManyValues)->RangeMultiplier(10)->Range(1'000, 100'000)->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace

BENCHMARK_MAIN();
