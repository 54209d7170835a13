// Reading the <issue> elements of a GENIUS domain or profile into parley Issues.
//
// Data flow: <utility_space> ──issue_container──▶ <objective> (or the utility_space itself in
// old files) ──read_issues──▶ GeniusIssue list in file order. A GeniusIssue keeps the GENIUS
// issue number (`index`, which <weight> and <INCLUDES> refer to) and its element (the profile
// reader finds items and evaluators there).
//   discrete → categorical labels (item `value`); integer → every integer in
//   [lowerbound, upperbound]; real → [lowerbound, upperbound] in `real_issue_steps` steps.
// Bounds are attributes of <issue> or of its <range> child (both spellings occur).
#pragma once

#include <cstdint>
#include <vector>

#include "io/genius_xml/xml_file.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/model/issue.hpp"

namespace parley::io::detail {

struct GeniusIssue {
  Issue issue;
  std::int64_t number = 0;  // the GENIUS `index` attribute
  pugi::xml_node element;   // the <issue> element
};

pugi::xml_node issue_container(const XmlFile& file, pugi::xml_node utility_space);

// A domain lists each value once. In a profile a repeated <item> value is accepted, as GENIUS
// does (its evaluation map keeps the last one; AMPOvsCity has such a line): `is_profile`.
std::vector<GeniusIssue> read_issues(const XmlFile& file, pugi::xml_node container, const GeniusReadOptions& options,
                                     bool is_profile = false);

// Field path of an issue in messages: "issues.<name>".
std::string issue_field(const std::string& name);

}  // namespace parley::io::detail
