// GeniusWeb LinearAdditiveUtilitySpace profiles ──▶ parley Party.
//
// {"LinearAdditiveUtilitySpace": {"issueUtilities": {issue: utilities}, "issueWeights":
//  {issue: w}, "domain": {...}, "name": ..., "reservationBid": {"issuevalues": {...}}}}
// where utilities is one of
//   {"discreteutils": {"valueUtilities": {value: u}}}            (older GeniusWeb)
//   {"DiscreteValueSetUtilities": {"valueUtilities": {value: u}}} (newer GeniusWeb)
//   {"NumberValueSetUtilities": {"lowValue", "lowUtility", "highValue", "highUtility"}}:
//     linear between the two points, 0 outside [lowValue, highValue] (as GeniusWeb).
// Value utilities must lie in [0, 1] and cover every value (GeniusWeb does not rescale them);
// weights must be >= 0 and are renormalised to sum to 1. The embedded "domain" must equal the
// domain file. The reservation value is the utility of reservationBid (issues the bid leaves
// out contribute 0, as in GeniusWeb); no reservationBid means 0.
#pragma once

#include "io/geniusweb_json/domain_reader.hpp"
#include "parley/model/scenario.hpp"

namespace parley::io::detail {

// True when the root is {"<something>UtilitySpace": ...}: a profile (maybe unsupported).
bool is_geniusweb_profile(const Json& root);

// The "domain" a profile embeds (found at `where`) must equal the domain file's.
void check_embedded_domain(const JsonFile& file, const Json& embedded, const std::string& where,
                           const GeniusWebDomain& domain, const OutcomeSpace& space);

Party read_geniusweb_profile(const JsonFile& file, const GeniusWebDomain& domain, const OutcomeSpace& space);

}  // namespace parley::io::detail
