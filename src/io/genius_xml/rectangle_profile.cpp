// read_rectangle_utility(): ANAC 2014 nonlinear profiles (profile_parts.hpp states the rules).
#include <cstring>

#include <fmt/format.h>

#include "io/genius_xml/profile_parts.hpp"

namespace parley::io::detail {
namespace {

class RectangleReader {
 public:
  RectangleReader(const XmlFile& file, const std::vector<GeniusIssue>& domain, const ProfileIssues& matched)
      : file_(file), domain_(domain), matched_(matched) {}

  void read_ufun(pugi::xml_node ufun, double enclosing_weight, HyperRectangleUtility& out) const {
    const std::string aggregation = ufun.attribute("aggregation").value();
    if (aggregation != "sum")
      file_.fail(ufun, "ufun", fmt::format("ufun aggregation '{}' is not supported (only 'sum')", aggregation));
    const double weight = enclosing_weight * file_.optional_number(ufun, "weight", "ufun").value_or(1.0);
    for (const auto child : ufun.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::strcmp(child.name(), "hyperRectangle") == 0)
        read_rectangle(child, weight, out);
      else if (std::strcmp(child.name(), "ufun") == 0)
        read_ufun(child, weight, out);
      else
        file_.fail(child, "ufun", fmt::format("<{}> inside <ufun> is not supported (hyperRectangle or ufun)", child.name()));
    }
  }

 private:
  RectangleBound read_bound(pugi::xml_node element) const {
    const auto number = file_.integer(element, "index", "hyperRectangle");
    const auto issue = matched_.domain_index_of_number(number);
    if (!issue) file_.fail(element, "hyperRectangle", fmt::format("index {} names no issue of this profile", number));
    const auto& domain_issue = domain_[*issue].issue;
    const auto field = "hyperRectangle." + domain_issue.name();
    if (domain_issue.kind() != IssueKind::integer)
      file_.fail(element, field, fmt::format("issue '{}' is not an integer issue", domain_issue.name()));
    const auto min = file_.integer(element, "min", field);
    const auto max = file_.integer(element, "max", field);
    const auto lower = static_cast<std::int64_t>(domain_issue.lower());
    const auto upper = static_cast<std::int64_t>(domain_issue.upper());
    if (min > max || min < lower || max > upper)
      file_.fail(element, field, fmt::format("range [{}, {}] does not fit issue '{}' [{}, {}]", min, max,
                                             domain_issue.name(), lower, upper));
    return RectangleBound{.issue = static_cast<std::uint32_t>(*issue),
                          .first = static_cast<std::uint32_t>(min - lower),
                          .last = static_cast<std::uint32_t>(max - lower)};
  }

  void read_rectangle(pugi::xml_node element, double weight, HyperRectangleUtility& out) const {
    const double utility = file_.number(element, "utility", "hyperRectangle") * weight *
                           file_.optional_number(element, "weight", "hyperRectangle").value_or(1.0);
    std::vector<RectangleBound> includes, excludes;
    for (const auto child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::strcmp(child.name(), "INCLUDES") == 0)
        includes.push_back(read_bound(child));
      else if (std::strcmp(child.name(), "EXCLUDES") == 0)
        excludes.push_back(read_bound(child));
      else
        file_.fail(child, "hyperRectangle", fmt::format("<{}> is not INCLUDES or EXCLUDES", child.name()));
    }
    if (!includes.empty() && !excludes.empty())
      file_.fail(element, "hyperRectangle",
                 "a hyperRectangle mixes INCLUDES and EXCLUDES; GENIUS would silently ignore the INCLUDES");
    if (excludes.empty()) {
      out.rectangles.push_back(HyperRectangle{.bounds = std::move(includes), .utility = utility});
      return;
    }
    // "Any bound violated" as disjoint conjunctions (see profile_parts.hpp).
    std::vector<RectangleBound> inside_so_far;
    for (const auto& bound : excludes) {
      if (inside_so_far.empty()) {
        auto outside = bound;
        outside.excluded = true;
        out.rectangles.push_back(HyperRectangle{.bounds = {outside}, .utility = utility});
      } else {
        const auto size = static_cast<std::uint32_t>(domain_[bound.issue].issue.size());
        if (bound.first > 0) add_piece(inside_so_far, {bound.issue, 0, bound.first - 1, false}, utility, out);
        if (bound.last + 1 < size) add_piece(inside_so_far, {bound.issue, bound.last + 1, size - 1, false}, utility, out);
      }
      inside_so_far.push_back(bound);
    }
  }

  static void add_piece(const std::vector<RectangleBound>& inside, RectangleBound last, double utility,
                        HyperRectangleUtility& out) {
    auto bounds = inside;
    bounds.push_back(last);
    out.rectangles.push_back(HyperRectangle{.bounds = std::move(bounds), .utility = utility});
  }

  const XmlFile& file_;
  const std::vector<GeniusIssue>& domain_;
  const ProfileIssues& matched_;
};

}  // namespace

HyperRectangleUtility read_rectangle_utility(const XmlFile& file, pugi::xml_node container,
                                             const std::vector<GeniusIssue>& domain, const ProfileIssues& matched) {
  const auto utility = container.child("utility");
  if (!utility) file.fail(container, "utility", "nonlinear profile has no <utility maxutility=...> element");
  HyperRectangleUtility result;
  result.normaliser = file.number(utility, "maxutility", "utility");
  if (!(result.normaliser > 0))
    file.fail(utility, "utility", fmt::format("maxutility {} must be positive", result.normaliser));
  const auto ufun = utility.child("ufun");
  if (!ufun) file.fail(utility, "utility", "<utility> holds no <ufun>");
  if (ufun.next_sibling("ufun"))
    file.fail(ufun.next_sibling("ufun"), "utility", "<utility> holds several <ufun>; GENIUS reads only the first");
  RectangleReader(file, domain, matched).read_ufun(ufun, 1.0, result);
  return result;
}

}  // namespace parley::io::detail
