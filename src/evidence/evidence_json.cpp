#include "parley/evidence/evidence_json.hpp"

#include <ostream>
#include <sstream>

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

nlohmann::json statement_json(const Statement& s, const std::string& text, const CodePointIndex& index) {
  nlohmann::json content = nlohmann::json::array();
  for (const auto& span : s.content) content.push_back(span_json(span, text, index));
  nlohmann::json options = nlohmann::json::array();
  for (const auto& o : s.options) options.push_back({{"issue", o.issue}, {"option", o.option}, {"keywords", o.keywords}});
  const auto or_null = [](const std::string& v) { return v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v); };
  return {
      {"content", content},
      {"source", s.source ? span_json(*s.source, text, index) : nlohmann::json(nullptr)},
      {"cue", s.cue ? span_json(*s.cue, text, index) : nlohmann::json(nullptr)},
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
  };
}

// dump(2) of `value` as it appears `depth` levels deep in a pretty-printed document.
void write_nested(std::ostream& out, const nlohmann::json& value, int depth) {
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  const std::string text = value.dump(2);
  std::string nested = indent;
  nested.reserve(text.size() * 2);
  for (const char c : text) {
    nested += c;
    if (c == '\n') nested += indent;
  }
  out << nested;
}

}  // namespace

EvidenceJsonWriter::EvidenceJsonWriter(std::ostream& out) : out_(out) { out_ << '['; }

void EvidenceJsonWriter::add(const ArticleEvidence& article) {
  out_ << (empty_ ? "\n" : ",\n");
  empty_ = false;
  // nlohmann's objects keep their keys sorted and "statements" sorts after the other keys, so
  // the header written in full, without its closing brace, is followed by the statements.
  const nlohmann::json header = {
      {"file", article.file},
      {"date", article.date ? nlohmann::json(*article.date) : nlohmann::json(nullptr)},
      {"date_from", article.date_from.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.date_from)},
      {"source_id", article.source_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.source_id)},
      {"sentences", article.sentence_count}};
  std::ostringstream head;
  write_nested(head, header, 1);
  std::string text = head.str();
  text.erase(text.rfind('\n'));  // the closing brace's line
  out_ << text << ",\n    \"statements\": [";
  if (article.statements.empty()) {
    out_ << "]\n  }";
    return;
  }
  const CodePointIndex index(article.text);
  for (std::size_t i = 0; i < article.statements.size(); ++i) {
    out_ << (i == 0 ? "\n" : ",\n");
    write_nested(out_, statement_json(article.statements[i], article.text, index), 3);
  }
  out_ << "\n    ]\n  }";
}

void EvidenceJsonWriter::finish() { out_ << (empty_ ? "]" : "\n]"); }

std::string evidence_to_json(const std::vector<ArticleEvidence>& articles) {
  std::ostringstream out;
  EvidenceJsonWriter writer(out);
  for (const auto& article : articles) writer.add(article);
  writer.finish();
  return out.str();
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
