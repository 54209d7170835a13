// JSON rendering of extracted evidence and evaluation reports (schemas: docs/cli/evidence.md).
//
// Data flow: ArticleEvidence / EvaluationReport ──▶ JSON text. Every span is written with
// code-point offsets (`begin`, `end`, as brat counts), UTF-8 byte offsets (`byte_begin`,
// `byte_end`) and its text.
#pragma once

#include <string>
#include <vector>

#include "parley/evidence/evaluation.hpp"
#include "parley/evidence/statement.hpp"

namespace parley::evidence {

std::string evidence_to_json(const std::vector<ArticleEvidence>& articles);
std::string evaluation_to_json(const EvaluationReport& report, const std::string& gold_folder);

}  // namespace parley::evidence
