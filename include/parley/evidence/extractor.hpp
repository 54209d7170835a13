// parley::evidence::AttributionExtractor — who said what, about which issue, in news text.
//
// Data flow: article text (UTF-8) ──ICU sentence breaks, quote pairing──▶ quote-aware
// sentence units ──RE2 cue patterns (speech verbs, "according to")──▶ content / source /
// cue spans ──speaker resolution (names, surnames, titles, pronouns; SpeakerDirectory)──▶
// speaker and party ──IssueMatcher──▶ issues ──▶ ArticleEvidence.
// Rules and their limits: docs/algorithms/evidence.md. No statistical model is involved.
//
// An extractor compiles its patterns and ICU break iterator once; reuse it for many
// articles. It is not thread-safe (the break iterator has state): use one per thread.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "parley/evidence/issue_lexicon.hpp"
#include "parley/evidence/speaker_directory.hpp"
#include "parley/evidence/statement.hpp"

namespace parley::evidence {

// A source a scenario lists: an article read from `file` takes the scenario's id and date.
struct KnownSource {
  std::string id;
  std::filesystem::path file;
  std::string published;  // ISO yyyy-mm-dd
};

struct ExtractorOptions {
  SpeakerDirectory directory;                        // empty: parties stay unknown
  IssueLexicon lexicon = default_negotiation_lexicon();
  std::vector<KnownSource> sources;                  // scenario_vocabulary() fills these
  // Also report the outlet's own sentences that name a directory actor and touch an issue
  // (form narrated, pattern "narration"): the material of `narrated` citations.
  bool narration = false;
};

class AttributionExtractor {
 public:
  explicit AttributionExtractor(ExtractorOptions options = {});
  ~AttributionExtractor();
  AttributionExtractor(AttributionExtractor&&) noexcept;
  AttributionExtractor& operator=(AttributionExtractor&&) noexcept;

  // `text` must be valid UTF-8 (InputError naming `file_name` otherwise).
  ArticleEvidence extract(std::string text, const std::string& file_name) const;
  // Reads the file (InputError when missing or not UTF-8) and extracts.
  ArticleEvidence extract_file(const std::filesystem::path& path) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::evidence
