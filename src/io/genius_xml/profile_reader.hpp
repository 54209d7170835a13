// Reading one GENIUS profile (<utility_space>) against its domain into a parley Party.
//
// Data flow: XmlFile of the profile + the domain's GeniusIssues ──match issues by name──▶
//   additive profile  → AdditiveUtility, normalised as GENIUS does:
//     discrete issues: item evaluations divided by the issue's largest evaluation (all 0 when
//       that maximum is below 1e-5, as GENIUS); negative evaluations are errors;
//     integer/real issues: <evaluator ftype="linear">, e(v) = clamp(offset + slope·x, 0, 1)
//       with x = v − lowerbound for the `slope`/`offset` spelling (GENIUS EvaluatorInteger)
//       and x = v for the older `parameter0` (offset) / `parameter1` (slope) spelling;
//       clamped values are NOT divided by the issue maximum (GENIUS does not either);
//     weights renormalised to sum to 1 (a <weight> naming the objective itself is ignored);
//   nonlinear profile (type="nonlinear") → HyperRectangleUtility with normaliser =
//     <utility maxutility>; see genius_xml/profile_parts.hpp.
// <reservation value> and <discount_factor value> are read (discount 0 means "none" = 1, as
// GENIUS). Every mismatch with the domain is an InputError naming the profile, line, element.
#pragma once

#include <vector>

#include "io/genius_xml/issue_list.hpp"
#include "parley/model/scenario.hpp"

namespace parley::io::detail {

Party read_profile(const XmlFile& file, const std::vector<GeniusIssue>& domain, const GeniusReadOptions& options);

}  // namespace parley::io::detail
