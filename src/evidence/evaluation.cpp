#include "parley/evidence/evaluation.hpp"

#include <algorithm>
#include <tuple>

#include <unicode/utf8.h>

#include "parley/evidence/utf8_text.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence {

namespace {

std::u32string to_utf32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

std::size_t overlap(const Fragments& a, const Fragments& b) {
  std::size_t shared = 0;
  for (const auto& x : a) {
    for (const auto& y : b) {
      const auto begin = std::max(x.begin, y.begin);
      const auto end = std::min(x.end, y.end);
      if (end > begin) shared += end - begin;
    }
  }
  return shared;
}

// Greedy one-to-one assignment over candidate pairs, largest overlap first.
std::size_t assign(std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> pairs, std::size_t predicted,
                   std::size_t gold) {
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
    return std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
  });
  std::vector<bool> used_predicted(predicted), used_gold(gold);
  std::size_t matched = 0;
  for (const auto& [size, p, g] : pairs) {
    if (used_predicted[p] || used_gold[g]) continue;
    used_predicted[p] = used_gold[g] = true;
    ++matched;
  }
  return matched;
}

double ratio(std::size_t numerator, std::size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace

std::string_view to_string(Role role) {
  switch (role) {
    case Role::content: return "content";
    case Role::source: return "source";
    case Role::cue: return "cue";
  }
  return "content";
}

std::string_view to_string(MatchRule rule) { return rule == MatchRule::exact ? "exact" : "overlap"; }

double MatchCounts::precision() const { return ratio(matched, predicted); }
double MatchCounts::recall() const { return ratio(matched, gold); }
double MatchCounts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

MatchCounts& MatchCounts::operator+=(const MatchCounts& other) {
  predicted += other.predicted;
  gold += other.gold;
  matched += other.matched;
  return *this;
}

MatchCounts match_spans(const std::vector<Fragments>& predicted, const std::vector<Fragments>& gold, MatchRule rule) {
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> pairs;
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    for (std::size_t g = 0; g < gold.size(); ++g) {
      const std::size_t shared = overlap(predicted[p], gold[g]);
      const bool fits = rule == MatchRule::exact ? predicted[p] == gold[g] : shared > 0;
      if (fits) pairs.emplace_back(shared, p, g);
    }
  }
  return {predicted.size(), gold.size(), assign(std::move(pairs), predicted.size(), gold.size())};
}

EvaluationReport evaluate_article(const ArticleEvidence& evidence, const GoldDocument& gold) {
  const std::u32string text = to_utf32(evidence.text);
  const CodePointIndex index(evidence.text);
  const auto to_fragments = [&](const std::vector<ByteSpan>& spans) {
    Fragments fragments;
    for (const auto& s : spans) fragments.push_back({index.code_point(s.begin), index.code_point(s.end)});
    return normalise_fragments(std::move(fragments), text);
  };
  std::array<std::vector<Fragments>, 3> predicted, expected;
  for (const auto& statement : evidence.statements) {
    predicted[0].push_back(to_fragments(statement.content));
    predicted[1].push_back(statement.source ? to_fragments({*statement.source}) : Fragments{});
    predicted[2].push_back(statement.cue ? to_fragments({*statement.cue}) : Fragments{});
  }
  for (const auto& attribution : gold.attributions) {
    expected[0].push_back(normalise_fragments(attribution.content, text));
    expected[1].push_back(normalise_fragments(attribution.source, text));
    expected[2].push_back(normalise_fragments(attribution.cue, text));
  }
  EvaluationReport report;
  report.documents = 1;
  report.bytes = evidence.text.size();
  report.sentences = evidence.sentence_count;
  report.statements = evidence.statements.size();
  for (std::size_t role = 0; role < 3; ++role) {
    // Relations without a span in this role (no source) are not spans to find.
    std::vector<Fragments> p, g;
    std::copy_if(predicted[role].begin(), predicted[role].end(), std::back_inserter(p), [](const auto& f) { return !f.empty(); });
    std::copy_if(expected[role].begin(), expected[role].end(), std::back_inserter(g), [](const auto& f) { return !f.empty(); });
    for (const auto rule : {MatchRule::exact, MatchRule::overlap}) {
      report.counts[role][static_cast<std::size_t>(rule)] = match_spans(p, g, rule);
    }
  }
  // Relations: contents overlap and sources overlap (or both lack one).
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> pairs;
  for (std::size_t p = 0; p < predicted[0].size(); ++p) {
    for (std::size_t g = 0; g < expected[0].size(); ++g) {
      const std::size_t shared = overlap(predicted[0][p], expected[0][g]);
      const bool sources_agree = (predicted[1][p].empty() && expected[1][g].empty()) ||
                                 overlap(predicted[1][p], expected[1][g]) > 0;
      if (shared > 0 && sources_agree) pairs.emplace_back(shared, p, g);
    }
  }
  report.relations = {predicted[0].size(), expected[0].size(), assign(std::move(pairs), predicted[0].size(), expected[0].size())};
  return report;
}

std::vector<GoldPair> find_gold_pairs(const std::filesystem::path& folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) throw InputError(SourceLocation{folder.string(), 0, ""}, "no such folder");
  const bool polnear = std::filesystem::is_directory(folder / "text", ec) &&
                       std::filesystem::is_directory(folder / "attributions", ec);
  const auto text_folder = polnear ? folder / "text" : folder;
  const auto ann_folder = polnear ? folder / "attributions" : folder;
  std::vector<std::filesystem::path> texts;
  std::vector<std::string> anns;
  for (const auto& entry : std::filesystem::directory_iterator(text_folder)) {
    if (entry.path().extension() == ".txt") texts.push_back(entry.path());
  }
  for (const auto& entry : std::filesystem::directory_iterator(ann_folder)) {
    if (entry.path().extension() == ".ann") anns.push_back(entry.path().filename().string());
  }
  std::sort(texts.begin(), texts.end());
  std::sort(anns.begin(), anns.end());
  std::vector<GoldPair> pairs;
  for (const auto& text : texts) {
    const std::string stem = text.stem().string();
    // "<stem>.ann", or the alphabetically first "<stem>_<annotator>.ann"
    const auto exact = std::lower_bound(anns.begin(), anns.end(), stem + ".ann");
    if (exact != anns.end() && *exact == stem + ".ann") {
      pairs.push_back({text, ann_folder / *exact});
      continue;
    }
    const auto prefixed = std::lower_bound(anns.begin(), anns.end(), stem + "_");
    if (prefixed != anns.end() && prefixed->starts_with(stem + "_") &&
        prefixed->find('_', stem.size() + 1) == std::string::npos) {
      pairs.push_back({text, ann_folder / *prefixed});
    }
  }
  if (pairs.empty()) {
    throw InputError(SourceLocation{folder.string(), 0, ""},
                     "no article with annotations (expected text/ + attributions/, or <name>.txt next to <name>.ann)");
  }
  return pairs;
}

EvaluationReport evaluate_folder(const std::filesystem::path& folder, const AttributionExtractor& extractor) {
  EvaluationReport total;
  for (const auto& pair : find_gold_pairs(folder)) {
    const ArticleEvidence evidence = extractor.extract_file(pair.text);
    const CodePointIndex index(evidence.text);
    const GoldDocument gold = read_brat_attributions(pair.annotations, index.code_point(evidence.text.size()));
    const EvaluationReport one = evaluate_article(evidence, gold);
    total.documents += one.documents;
    total.bytes += one.bytes;
    total.sentences += one.sentences;
    total.statements += one.statements;
    for (std::size_t role = 0; role < 3; ++role) {
      for (std::size_t rule = 0; rule < 2; ++rule) total.counts[role][rule] += one.counts[role][rule];
    }
    total.relations += one.relations;
  }
  return total;
}

}  // namespace parley::evidence
