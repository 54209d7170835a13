// GeniusWeb DefaultPartialOrdering profiles (ANAC 2020 SHAOP): bids and "is at least as good
// as" pairs between them, no utility function. docs/formats/geniusweb.md has the details.
//
// {"DefaultPartialOrdering": {"name": ..., "domain": {...}, "reservationbid": bid | null,
//   "bids": [{"issuevalues": {issue: value}}, ...], "better": [[i, j], ...]}}
// A pair [i, j] says bids[i] is preferred or equal to bids[j] (GeniusWeb isPreferredOrEqual).
// parley reads [i, j] alone as "i is better than j", and [i, j] with [j, i] as indifference.
// Every bid must name a value of every issue.
//
// Data flow: JsonFile ──read_partial_ordering──▶ PartialOrderingProfile (UserModel with the
// comparisons) ──io's GeniusWeb reader──▶ a Party whose utility is estimated by the caller's
// UtilityEstimator (or a clear error when none is given); the writer does the reverse.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "io/geniusweb_json/domain_reader.hpp"
#include "parley/model/scenario.hpp"

namespace parley::io::detail {

constexpr const char* partial_ordering_key = "DefaultPartialOrdering";

struct PartialOrderingProfile {
  std::string name;
  UserModel user_model;               // comparisons only; utility_known = false
  std::optional<Outcome> reservation;  // "reservationbid"
};

bool is_geniusweb_partial_ordering(const Json& root);

PartialOrderingProfile read_partial_ordering(const JsonFile& file, const GeniusWebDomain& domain,
                                             const OutcomeSpace& space);

// {"DefaultPartialOrdering": ...} for a party whose user model holds statements: every stated
// comparison (ranking pairs included) as [better, worse], an indifference as both pairs.
// `domain` is the domain JSON to embed; `value` spells value k of issue i as in the domain.
Json partial_ordering_json(const Scenario& scenario, const Party& party, const Json& domain,
                           const std::function<Json(std::size_t issue, std::size_t k)>& value);

}  // namespace parley::io::detail
