#include "io/genius_xml/profile_reader.hpp"

#include <cstring>

#include <fmt/format.h>

#include "io/genius_xml/profile_parts.hpp"
#include "io/genius_xml/uncertain_settings.hpp"

namespace parley::io::detail {
namespace {

double read_reservation(const XmlFile& file, pugi::xml_node root) {
  const auto element = root.child("reservation");
  if (!element) return 0.0;
  const double value = file.number(element, "value", "reservation");
  if (value < 0 || value > 1) file.fail(element, "reservation", fmt::format("reservation value {} is not in [0, 1]", value));
  return value;
}

// GENIUS keeps a discount factor in (0, 1] and reads 0 as "no discount"; other values are
// discarded by GENIUS with a warning, which parley reports as an error instead.
double read_discount(const XmlFile& file, pugi::xml_node root) {
  const auto element = root.child("discount_factor");
  if (!element) return 1.0;
  const double value = file.number(element, "value", "discount_factor");
  if (value == 0) return 1.0;
  if (value < 0 || value > 1)
    file.fail(element, "discount_factor", fmt::format("discount factor {} is not in (0, 1] (0 means none)", value));
  return value;
}

}  // namespace

Party read_profile(const XmlFile& file, const std::vector<GeniusIssue>& domain, const GeniusReadOptions& options) {
  const auto root = file.root();
  if (std::strcmp(root.name(), "utility_space") != 0)
    file.fail(root, "", fmt::format("expected a GENIUS profile (<utility_space>), found <{}>", root.name()));
  const auto container = issue_container(file, root);
  const auto matched = match_issues(file, container, domain, options);
  Party party;
  party.name = std::filesystem::path(file.path()).stem().string();
  party.reservation_value = read_reservation(file, root);
  party.discount_factor = read_discount(file, root);
  const std::string type = root.attribute("type").value();
  if (type == "nonlinear")
    party.utility = read_rectangle_utility(file, container, domain, matched);
  else if (type.empty() || type == "linear" || type == "additive")
    party.utility = read_additive_utility(file, container, domain, matched);
  else if (type == "UNCERTAIN") {  // GENIUS 10.4: the true additive utility + what the party may see
    party.utility = read_additive_utility(file, container, domain, matched);
    party.user_model = read_uncertain_settings(file, root);
  } else
    file.fail(root, "type",
              fmt::format("utility space type '{}' is not supported (linear, nonlinear or UNCERTAIN)", type));
  return party;
}

}  // namespace parley::io::detail
