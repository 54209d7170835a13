// The parts of a GENIUS profile reader (profile_reader.hpp holds the entry point).
//
// match_issues() pairs the profile's own <issue> list with the domain's (by name; kinds,
// bounds and value sets must agree). The utility readers then work on that pairing:
//  * read_additive_utility: weights and evaluations (normalisation: profile_reader.hpp);
//  * read_rectangle_utility: <utility maxutility> / <ufun aggregation="sum" weight> /
//    <hyperRectangle utility weight> with <INCLUDES> or <EXCLUDES index min max>. `index` is
//    the GENIUS issue number, min/max are integer issue values (mapped to value indices).
//    GENIUS semantics: an INCLUDES rectangle counts when every bound holds; an EXCLUDES
//    rectangle counts when ANY bound is violated. parley's rectangles are conjunctions, so an
//    EXCLUDES rectangle with k bounds becomes k disjoint pieces: piece 0 = "outside bound 0"
//    (one excluded bound, written back as EXCLUDES), piece j = "inside bounds 0..j-1 and below
//    or above bound j" (include-only rectangles). Nested ufuns are flattened; a rectangle's
//    utility is multiplied by its weight and by the weights of every enclosing ufun. Only
//    aggregation="sum" exists in the data and only it is accepted.
#pragma once

#include <optional>
#include <vector>

#include "io/genius_xml/issue_list.hpp"
#include "parley/model/utility.hpp"

namespace parley::io::detail {

struct ProfileIssues {
  std::vector<GeniusIssue> issues;         // as listed in the profile
  std::vector<std::size_t> profile_index;  // domain issue i is issues[profile_index[i]]
  std::vector<std::size_t> domain_index;   // issues[j] is domain issue domain_index[j]

  // Domain index of the profile issue with GENIUS number `number` (weights and bounds use it).
  std::optional<std::size_t> domain_index_of_number(std::int64_t number) const;
};

ProfileIssues match_issues(const XmlFile& file, pugi::xml_node container, const std::vector<GeniusIssue>& domain,
                           const GeniusReadOptions& options);

AdditiveUtility read_additive_utility(const XmlFile& file, pugi::xml_node container,
                                      const std::vector<GeniusIssue>& domain, const ProfileIssues& matched);

HyperRectangleUtility read_rectangle_utility(const XmlFile& file, pugi::xml_node container,
                                             const std::vector<GeniusIssue>& domain, const ProfileIssues& matched);

}  // namespace parley::io::detail
