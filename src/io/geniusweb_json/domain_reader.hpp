// GeniusWeb domains: {"name": ..., "issuesValues": {issue: value set}} ──▶ parley Issues.
//
// A value set is {"values": ["a", "b", ...]} (categorical, file order) or
// {"range": {"low", "high", "step"}} (GeniusWeb NumberValueSet: low, low+step, ... up to
// high; integral low/high with step 1 → integer issue, otherwise a real issue whose last
// value is the last grid point not above high). Issue order is file order.
#pragma once

#include <string>
#include <vector>

#include "io/geniusweb_json/json_file.hpp"
#include "parley/model/issue.hpp"

namespace parley::io::detail {

struct GeniusWebDomain {
  std::string name;
  std::vector<Issue> issues;
};

// Reads the domain object `domain` found at `field` ("" for a domain file's root).
GeniusWebDomain read_geniusweb_domain(const JsonFile& file, const Json& domain, const std::string& field);

// True when the file's root looks like a domain ({"name", "issuesValues"}).
bool is_geniusweb_domain(const Json& root);

}  // namespace parley::io::detail
