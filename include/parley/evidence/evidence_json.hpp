// JSON rendering of extracted evidence and evaluation reports (schemas: docs/cli/evidence.md).
//
// Data flow: ArticleEvidence / EvaluationReport ──▶ JSON text. Every span is written with
// code-point offsets (`begin`, `end`, as brat counts), UTF-8 byte offsets (`byte_begin`,
// `byte_end`) and its text.
//
// EvidenceJsonWriter streams the same text article by article and statement by statement, so
// a large article's JSON never sits in memory as a DOM (that took about 25 bytes per byte of
// text on top of the extraction); evidence_to_json is the writer into a string.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "parley/evidence/evaluation.hpp"
#include "parley/evidence/statement.hpp"

namespace parley::evidence {

// Writes a JSON array of articles to `out`, formatted exactly as nlohmann's dump(2) of the
// whole array would be. Call add() per article, then finish() once.
class EvidenceJsonWriter {
 public:
  explicit EvidenceJsonWriter(std::ostream& out);
  void add(const ArticleEvidence& article);
  void finish();

 private:
  std::ostream& out_;
  bool empty_ = true;
};

std::string evidence_to_json(const std::vector<ArticleEvidence>& articles);
std::string evaluation_to_json(const EvaluationReport& report, const std::string& gold_folder);

}  // namespace parley::evidence
