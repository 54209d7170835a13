#include "parley/evidence/extractor.hpp"

#include <algorithm>

#include "evidence/article_date.hpp"
#include "evidence/attribution_rules.hpp"
#include "evidence/cue_finder.hpp"
#include "evidence/quote_finder.hpp"
#include "evidence/sentence_units.hpp"
#include "evidence/speaker_resolver.hpp"
#include "parley/evidence/utf8_text.hpp"

namespace parley::evidence {

namespace {

constexpr std::size_t recent_units = 3;  // a pronoun refers back to a speaker at most this far

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A unit that is nothing but quotations ("“Q1.” “Q2.”"), possibly with a final mark after.
bool is_fully_quoted(std::string_view text, ByteSpan unit, const std::vector<ByteSpan>& quotes) {
  if (quotes.empty() || quotes.front().begin != unit.begin) return false;
  std::size_t pos = unit.begin;
  for (const auto& q : quotes) {
    for (; pos < q.begin; ++pos) {
      if (!is_space(text[pos])) return false;
    }
    pos = std::max(pos, q.end);
  }
  for (; pos < unit.end; ++pos) {
    if (!is_space(text[pos]) && text[pos] != '.') return false;
  }
  return true;
}

}  // namespace

struct AttributionExtractor::Impl {
  ExtractorOptions options;
  IssueMatcher issues;
  detail::CueFinder cues;
  mutable detail::SentenceSplitter splitter;  // stateful ICU iterator: one extractor per thread

  explicit Impl(ExtractorOptions o) : options(std::move(o)), issues(options.lexicon) {}
};

AttributionExtractor::AttributionExtractor(ExtractorOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {}
AttributionExtractor::~AttributionExtractor() = default;
AttributionExtractor::AttributionExtractor(AttributionExtractor&&) noexcept = default;
AttributionExtractor& AttributionExtractor::operator=(AttributionExtractor&&) noexcept = default;

ArticleEvidence AttributionExtractor::extract_file(const std::filesystem::path& path) const {
  return extract(read_utf8_file(path), path.string());
}

ArticleEvidence AttributionExtractor::extract(std::string text, const std::string& file_name) const {
  require_valid_utf8(text, file_name);
  ArticleEvidence article;
  article.file = file_name;
  article.text = std::move(text);
  const std::string_view view = article.text;
  article.date = detail::find_article_date(view);

  // Paragraphs are lines; quotations never cross them.
  std::vector<std::size_t> paragraph_starts{0};
  std::vector<ByteSpan> quotes;
  for (std::size_t start = 0; start <= view.size();) {
    const std::size_t end = std::min(view.find('\n', start), view.size());
    detail::find_quotes(view, {start, end}, quotes);
    if (end == view.size()) break;
    start = end + 1;
    paragraph_starts.push_back(start);
  }
  std::vector<ByteSpan> sentences;
  impl_->splitter.split(view, sentences);
  article.sentence_count = sentences.size();
  const std::vector<detail::Unit> units = detail::build_units(view, sentences, quotes, paragraph_starts);

  std::vector<detail::RawStatement> raw;
  std::vector<std::size_t> unit_of;  // unit index of each raw statement
  std::vector<ByteSpan> unit_quotes;
  std::vector<detail::CueMatch> unit_cues;
  std::size_t first_quote = 0;
  for (std::size_t u = 0; u < units.size(); ++u) {
    const ByteSpan span = units[u].span;
    while (first_quote < quotes.size() && quotes[first_quote].end <= span.begin) ++first_quote;
    unit_quotes.clear();
    for (std::size_t q = first_quote; q < quotes.size() && quotes[q].begin < span.end; ++q) {
      unit_quotes.push_back({std::max(quotes[q].begin, span.begin), std::min(quotes[q].end, span.end)});
    }
    unit_cues.clear();
    impl_->cues.find(view, span, unit_quotes, unit_cues);
    const std::size_t before = raw.size();
    detail::apply_attribution_rules({view, span, unit_quotes, unit_cues}, raw);
    // A unit made only of quotations, right after a statement, continues that speaker: in
    // the same paragraph as more content of that statement (as attribution corpora annotate
    // it), in a new paragraph as a statement of its own.
    if (raw.size() == before && !raw.empty() && unit_of.back() + 1 == u && is_fully_quoted(view, span, unit_quotes)) {
      if (units[unit_of.back()].paragraph == units[u].paragraph) {
        raw.back().content.push_back(span);
        unit_of.back() = u;
        continue;
      }
      detail::RawStatement follow_on;
      follow_on.content.push_back(span);
      follow_on.same_speaker_as_previous = true;
      follow_on.kind = StatementKind::direct;
      follow_on.pattern = "follow_on_quote";
      raw.push_back(std::move(follow_on));
    }
    unit_of.resize(raw.size(), u);
  }

  const detail::SpeakerResolver resolver(view, impl_->options.directory);
  std::vector<detail::Resolution> resolutions;
  resolutions.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    auto& r = raw[i];
    const detail::Resolution* previous = nullptr;
    if (i > 0 && unit_of[i] - unit_of[i - 1] <= recent_units) previous = &resolutions.back();
    detail::Resolution resolution;
    if (r.same_speaker_as_previous && i > 0) {
      resolution = resolutions.back();
    } else if (r.source || r.speaker_hint) {
      resolution = resolver.resolve(r.source ? *r.source : *r.speaker_hint, units[unit_of[i]].span.begin, previous);
    }
    resolutions.push_back(resolution);

    Statement statement;
    statement.content = std::move(r.content);
    statement.source = r.source;
    statement.cue = r.cue;
    statement.speaker = resolution.speaker;
    statement.speaker_resolved = resolution.resolved;
    statement.party = resolution.party;
    statement.kind = r.kind;
    statement.pattern = std::string(r.pattern);
    statement.inherited = r.same_speaker_as_previous;
    std::vector<std::string_view> texts;
    for (const auto& span : statement.content) texts.push_back(span.in(view));
    statement.issues = impl_->issues.issues_in(texts);
    article.statements.push_back(std::move(statement));
  }
  return article;
}

}  // namespace parley::evidence
