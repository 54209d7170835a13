#include "parley/evidence/evidence_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/evidence/utf8_text.hpp"

namespace parley::evidence {

namespace {

nlohmann::json span_json(const ByteSpan& span, const std::string& text, const CodePointIndex& index) {
  return {{"begin", index.code_point(span.begin)},
          {"end", index.code_point(span.end)},
          {"byte_begin", span.begin},
          {"byte_end", span.end},
          {"text", std::string(span.in(text))}};
}

nlohmann::json counts_json(const MatchCounts& c) {
  return {{"predicted", c.predicted}, {"gold", c.gold},   {"matched", c.matched},
          {"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()}};
}

}  // namespace

std::string evidence_to_json(const std::vector<ArticleEvidence>& articles) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& article : articles) {
    const CodePointIndex index(article.text);
    nlohmann::json statements = nlohmann::json::array();
    for (const auto& s : article.statements) {
      nlohmann::json content = nlohmann::json::array();
      for (const auto& span : s.content) content.push_back(span_json(span, article.text, index));
      nlohmann::json options = nlohmann::json::array();
      for (const auto& o : s.options) options.push_back({{"issue", o.issue}, {"option", o.option}, {"keywords", o.keywords}});
      const auto or_null = [](const std::string& v) { return v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v); };
      statements.push_back({
          {"content", content},
          {"source", s.source ? span_json(*s.source, article.text, index) : nlohmann::json(nullptr)},
          {"cue", s.cue ? span_json(*s.cue, article.text, index) : nlohmann::json(nullptr)},
          {"speaker", or_null(s.speaker)},
          {"speaker_id", or_null(s.speaker_id)},
          {"speaker_resolved", s.speaker_resolved},
          {"party", or_null(s.party)},
          {"about", or_null(s.about)},
          {"form", std::string(to_string(s.form))},
          {"issues", s.issues},
          {"options", options},
          {"kind", std::string(to_string(s.kind))},
          {"pattern", s.pattern},
          {"inherited", s.inherited},
      });
    }
    out.push_back({{"file", article.file},
                   {"date", article.date ? nlohmann::json(*article.date) : nlohmann::json(nullptr)},
                   {"date_from", article.date_from.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.date_from)},
                   {"source_id", article.source_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.source_id)},
                   {"sentences", article.sentence_count},
                   {"statements", statements}});
  }
  return out.dump(2);
}

std::string evaluation_to_json(const EvaluationReport& report, const std::string& gold_folder) {
  nlohmann::json roles = nlohmann::json::object();
  for (const auto role : {Role::content, Role::source, Role::cue}) {
    for (const auto rule : {MatchRule::exact, MatchRule::overlap}) {
      roles[std::string(to_string(role))][std::string(to_string(rule))] = counts_json(report.at(role, rule));
    }
  }
  nlohmann::json out = {{"gold", gold_folder},
                        {"documents", report.documents},
                        {"bytes", report.bytes},
                        {"sentences", report.sentences},
                        {"statements", report.statements},
                        {"spans", roles},
                        {"relations", counts_json(report.relations)}};
  return out.dump(2);
}

}  // namespace parley::evidence
