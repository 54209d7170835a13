// parley::report glossary — the terms the report uses, each defined once, and the reason of every
// computed number the report shows.
//
// Data flow: glossary() ──▶ the HTML page's "How to read this report" list and its tooltips;
//            a computed number on the page (a margin, a threshold, a utility) ──definition()──▶
//            the reason folded under it; report_to_json's "definitions" ◀── field_definitions().
// Judgements (weights, evaluations, reservation values, capabilities, saliences) carry their own
// written `why` from the scenario; everything computed from them is explained by these terms.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::report {

struct Term {
  std::string name;        // "ZOPA", "margin", ...
  std::string definition;  // one or two sentences for a reader
};

// In the order the page lists them.
const std::vector<Term>& glossary();

// The definition of a glossary term; throws std::out_of_range for a name that is not one (a
// programming error: every caller names a term of this file).
const std::string& definition(std::string_view term);

// The numeric fields of `parley report --json` that are computed rather than judged, each with its
// meaning: {field name, definition}. A number in the JSON is explained either by the `why` of an
// object around it or by the entry of its field here (docs/cli/report.md, "JSON").
const std::vector<std::pair<std::string, std::string>>& field_definitions();

}  // namespace parley::report
