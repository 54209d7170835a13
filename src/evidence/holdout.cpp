#include "parley/evidence/holdout.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

#include "evidence/sentence_units.hpp"
#include "parley/evidence/citation_check.hpp"
#include "parley/evidence/extractor.hpp"
#include "parley/evidence/suggest.hpp"

namespace parley::evidence {

Agreement& Agreement::operator+=(const Agreement& other) {
  suggested += other.suggested;
  hand_made += other.hand_made;
  matched += other.matched;
  return *this;
}

namespace {

using Triple = std::tuple<std::string, std::string, std::string>;
using Pair = std::pair<std::string, std::string>;

// Sentences of a source, on its typography-normalised text (where quotes are compared).
class SourceSentences {
 public:
  SourceSentences(const std::string& text, detail::SentenceSplitter& splitter) : normalised_(normalise_typography(text)) {
    std::vector<ByteSpan> sentences;
    splitter.split(normalised_, sentences);
    for (const auto& s : sentences) begins_.push_back(s.begin);
  }

  // The first and last sentence a quote touches, or nullopt when it is not in the text.
  std::optional<std::pair<std::size_t, std::size_t>> of(const std::string& quote) const {
    const std::string q = normalise_typography(quote);
    const auto at = q.empty() ? std::string::npos : normalised_.find(q);
    if (at == std::string::npos) return std::nullopt;
    return std::make_pair(index(at), index(at + q.size() - 1));
  }

 private:
  std::size_t index(std::size_t offset) const {
    const auto it = std::upper_bound(begins_.begin(), begins_.end(), offset);
    return it == begins_.begin() ? 0 : static_cast<std::size_t>(it - begins_.begin()) - 1;
  }
  std::string normalised_;
  std::vector<std::size_t> begins_;
};

struct CitationKey {
  std::string actor, issue;
  std::size_t first = 0, last = 0;
  bool operator<(const CitationKey& o) const { return std::tie(actor, issue, first, last) < std::tie(o.actor, o.issue, o.first, o.last); }
};

template <class T>
Agreement compare_sets(const std::set<T>& suggested, const std::set<T>& hand_made) {
  Agreement a{suggested.size(), hand_made.size(), 0};
  for (const auto& s : suggested) a.matched += hand_made.contains(s) ? 1 : 0;
  return a;
}

Agreement compare_citations(const std::set<CitationKey>& suggested, const std::set<CitationKey>& hand_made) {
  Agreement a{suggested.size(), hand_made.size(), 0};
  std::vector<bool> used(hand_made.size(), false);
  for (const auto& s : suggested) {
    std::size_t g = 0;
    for (const auto& h : hand_made) {
      if (!used[g] && h.actor == s.actor && h.issue == s.issue && h.first <= s.last && s.first <= h.last) {
        used[g] = true;
        ++a.matched;
        break;
      }
      ++g;
    }
  }
  return a;
}

}  // namespace

HoldoutReport holdout_evaluation(const Timeline& timeline, const IssueLexicon& lexicon) {
  HoldoutReport report;
  report.overall.source = "overall";
  detail::SentenceSplitter splitter;
  for (const auto& source : timeline.sources) {
    // the timeline without the hand-made positions that cite this source
    Timeline held_out = timeline;
    std::set<Triple> gold_triples;
    std::set<Triple> gold_stated;
    std::set<Pair> gold_pairs;
    std::set<CitationKey> gold_citations;
    const SourceSentences sentences(source.text, splitter);
    for (auto& snapshot : held_out.snapshots) {
      std::erase_if(snapshot.positions, [&](const Position& p) {
        const bool cites = std::any_of(p.citations.begin(), p.citations.end(), [&](const Citation& c) { return c.source == source.id; });
        if (!cites || p.issue.empty()) return cites;
        gold_pairs.insert({p.actor, p.issue});
        for (const auto& option : p.options) {
          gold_triples.insert({p.actor, p.issue, option});
          if (p.stance == Stance::stated) gold_stated.insert({p.actor, p.issue, option});
        }
        for (const auto& c : p.citations) {
          if (c.source != source.id) continue;
          if (const auto at = sentences.of(c.quote)) gold_citations.insert({p.actor, p.issue, at->first, at->second});
        }
        return true;
      });
    }

    const AttributionExtractor extractor(scenario_vocabulary(held_out, lexicon));
    ArticleEvidence article = extractor.extract(source.text, source.file);
    article.source_id = source.id;
    const DraftSnapshot draft = suggest_snapshot(held_out, article, {});

    std::set<Triple> triples;
    std::set<Pair> pairs;
    std::set<CitationKey> citations;
    for (const auto& p : draft.positions) {
      pairs.insert({p.actor, p.issue});
      if (p.option_found) {
        for (const auto& option : p.options) triples.insert({p.actor, p.issue, option});
      }
      for (const auto& c : p.citations) {
        if (const auto at = sentences.of(c.citation.quote)) citations.insert({p.actor, p.issue, at->first, at->second});
      }
    }
    HoldoutRow row{source.id, compare_sets(triples, gold_triples), compare_sets(triples, gold_stated),
                   compare_sets(pairs, gold_pairs), compare_citations(citations, gold_citations)};
    report.overall.triples += row.triples;
    report.overall.stated += row.stated;
    report.overall.pairs += row.pairs;
    report.overall.citations += row.citations;
    report.sources.push_back(std::move(row));
  }
  return report;
}

}  // namespace parley::evidence
