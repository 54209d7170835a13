// Helpers for the evidence tests: extract from a string and look statements up by content.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "parley/evidence/extractor.hpp"
#include "support/test_paths.hpp"

namespace parley::evidence::test {

inline ArticleEvidence extract_text(const std::string& text, ExtractorOptions options = {}) {
  const AttributionExtractor extractor(std::move(options));
  return extractor.extract(text, "inline.txt");
}

inline std::string content_text(const ArticleEvidence& article, const Statement& statement) {
  std::string out;
  for (const auto& span : statement.content) {
    if (!out.empty()) out += " | ";
    out += span.in(article.text);
  }
  return out;
}

inline std::string span_text(const ArticleEvidence& article, const std::optional<ByteSpan>& span) {
  return span ? std::string(span->in(article.text)) : std::string("<none>");
}

// The first statement whose content holds `needle`; fails the test when there is none.
inline const Statement* statement_with(const ArticleEvidence& article, std::string_view needle) {
  for (const auto& statement : article.statements) {
    if (content_text(article, statement).find(needle) != std::string::npos) return &statement;
  }
  ADD_FAILURE() << "no statement whose content holds '" << needle << "'";
  return nullptr;
}

// ../shared/seeds (next to the shared data), or an empty path when absent.
inline std::filesystem::path seeds_folder() {
  const auto data = parley::test::shared_data("");
  if (data.empty()) return {};
  const auto seeds = data.parent_path().parent_path() / "seeds";  // shared/data/ -> shared/seeds
  return std::filesystem::is_directory(seeds) ? seeds : std::filesystem::path{};
}

}  // namespace parley::evidence::test
