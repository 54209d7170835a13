// Throughput of attribution extraction on the PolNeAR train texts (../shared/data/polnear):
// bytes/s and sentences/s (ICU sentences), one extractor on one thread. TABARI, the reference
// event coder, codes 1,000–2,000 sentences per second; parley aims at 100× that.
//   build/bench/parley_bench_evidence --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "parley/evidence/extractor.hpp"
#include "parley/evidence/utf8_text.hpp"

namespace {

std::vector<std::string> train_texts() {
  std::vector<std::string> texts;
  const std::filesystem::path folder = std::filesystem::path(PARLEY_SHARED_DATA) / "polnear/train/text";
  if (!std::filesystem::is_directory(folder)) return texts;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) texts.push_back(parley::evidence::read_utf8_file(file));
  return texts;
}

void BM_ExtractPolnearTrain(benchmark::State& state) {
  static const std::vector<std::string> texts = train_texts();
  if (texts.empty()) {
    state.SkipWithError("../shared/data/polnear/train is absent");
    return;
  }
  const parley::evidence::AttributionExtractor extractor;
  std::size_t bytes = 0;
  std::size_t sentences = 0;
  std::size_t statements = 0;
  for (auto _ : state) {
    for (const auto& text : texts) {
      const auto article = extractor.extract(text, "train");
      bytes += text.size();
      sentences += article.sentence_count;
      statements += article.statements.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["statements/s"] = benchmark::Counter(static_cast<double>(statements), benchmark::Counter::kIsRate);
  state.counters["articles"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_ExtractPolnearTrain)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

// One short news paragraph: per-article overhead (ICU iterator reset, speaker table).
void BM_ExtractOneParagraph(benchmark::State& state) {
  const std::string text =
      "\xE2\x80\x9CWe had no choice,\xE2\x80\x9D Russian President Vladimir Putin said on Tuesday. "
      "Mykhailo Podolyak, an adviser to Zelenskyy, told Ukraine\xE2\x80\x99s Pravda that the negotiations were "
      "extremely difficult. According to the Kremlin, the talks will resume next week.";
  const parley::evidence::AttributionExtractor extractor;
  for (auto _ : state) benchmark::DoNotOptimize(extractor.extract(text, "paragraph"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ExtractOneParagraph);

}  // namespace

BENCHMARK_MAIN();
