// GENIUS 10.4 `UNCERTAIN` profiles (ANAC 2019): an additive profile plus the settings that say
// what a party may see of it. docs/formats/genius.md ("Preference uncertainty") has the details.
//
// Data flow: <utility_space type="UNCERTAIN"> ──read_uncertain_settings──▶ UserModel (settings
// only; the ranking itself is drawn from the underlying utility by the elicitation module)
//            UserModel ──add_uncertain_settings──▶ the same tags, for the writer.
// Tags, as GENIUS's UncertainAdditiveUtilitySpace reads them (each holds text, e.g.
// `<comparisons> 10 </comparisons>`): comparisons (ranked bids, GENIUS default 10), errors
// (default 10 in GENIUS, which never uses it; parley keeps 0 when absent), elicitation_cost
// (default 0), fixed_seed (default true), experimental (default false). GENIUS silently
// falls back to the default on unreadable text; parley reports the element instead.
#pragma once

#include <pugixml.hpp>

#include "io/genius_xml/xml_file.hpp"
#include "parley/model/user_model.hpp"

namespace parley::io::detail {

UserModel read_uncertain_settings(const XmlFile& file, pugi::xml_node root);

void add_uncertain_settings(pugi::xml_node root, const UserModel& model);

}  // namespace parley::io::detail
