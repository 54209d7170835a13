#include "io/geniusweb_json/profile_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/genius_common/weights.hpp"

namespace parley::io::detail {
namespace {

constexpr const char* profile_key = "LinearAdditiveUtilitySpace";

class ProfileReader {
 public:
  ProfileReader(const JsonFile& file, const GeniusWebDomain& domain, const OutcomeSpace& space)
      : file_(file), domain_(domain), space_(space) {}

  Party read() const {
    const auto& root = file_.root();
    if (root.size() != 1 || !root.contains(profile_key))
      file_.fail("", fmt::format("profile type '{}' is not supported (only {})", root.begin().key(), profile_key));
    const auto& body = file_.object(root[profile_key], profile_key);
    for (const auto& [key, value] : body.items())
      if (key != "issueUtilities" && key != "issueWeights" && key != "domain" && key != "name" && key != "reservationBid")
        file_.fail(field(key), fmt::format("unknown member '{}'", key));
    check_domain(file_.member(body, "domain", profile_key));
    AdditiveUtility utility;
    utility.weights = read_weights(file_.member(body, "issueWeights", profile_key));
    utility.evaluations = read_utilities(file_.member(body, "issueUtilities", profile_key));
    Party party;
    party.name = std::filesystem::path(file_.path()).stem().string();
    if (body.contains("reservationBid") && !body["reservationBid"].is_null())
      party.reservation_value = bid_utility(utility, body["reservationBid"]);
    party.utility = std::move(utility);
    return party;
  }

 private:
  static std::string field(const std::string& key) { return join_field(profile_key, key); }

  std::size_t issue_index(const std::string& name, const std::string& where) const {
    const auto index = space_.find_issue(name);
    if (!index) file_.fail(where, fmt::format("issue '{}' is not in the domain", name));
    return *index;
  }

  void check_domain(const Json& embedded) const {
    check_embedded_domain(file_, embedded, field("domain"), domain_, space_);
  }

  std::vector<double> read_weights(const Json& weights) const {
    const auto where = field("issueWeights");
    file_.object(weights, where);
    std::vector<double> result(space_.issue_count(), -1.0);
    double total = 0;
    for (const auto& [name, value] : weights.items()) {
      const auto at = join_field(where, name);
      const auto i = issue_index(name, at);
      const double weight = file_.number(value, at);
      if (weight < 0) file_.fail(at, fmt::format("weight {} of issue '{}' is negative", weight, name));
      result[i] = weight;
      total += weight;
    }
    for (std::size_t i = 0; i < result.size(); ++i)
      if (result[i] < 0) file_.fail(where, fmt::format("issue '{}' has no weight", space_.issue(i).name()));
    if (!(total > 0)) file_.fail(where, "all issue weights are 0");
    normalise_weights(result);
    return result;
  }

  double unit(const Json& value, const std::string& at) const {
    const double u = file_.number(value, at);
    if (u < 0 || u > 1) file_.fail(at, fmt::format("utility {} is not in [0, 1]", u));
    return u;
  }

  std::vector<double> value_utilities(const Issue& issue, const Json& table, const std::string& where) const {
    const auto& values = file_.member(table, "valueUtilities", where);
    const auto at = join_field(where, "valueUtilities");
    file_.object(values, at);
    std::vector<double> result(issue.size(), -1.0);
    for (const auto& [label, value] : values.items()) {
      const auto k = issue.find(label);
      if (!k) file_.fail(join_field(at, label), fmt::format("value '{}' is not a value of issue '{}'", label, issue.name()));
      result[*k] = unit(value, join_field(at, label));
    }
    for (std::size_t k = 0; k < result.size(); ++k)
      if (result[k] < 0) file_.fail(at, fmt::format("value '{}' of issue '{}' has no utility", issue.label(k), issue.name()));
    return result;
  }

  std::vector<double> number_utilities(const Issue& issue, const Json& table, const std::string& where) const {
    if (!issue.is_numeric()) file_.fail(where, fmt::format("issue '{}' is not a number issue", issue.name()));
    const auto get = [&](const char* key) { return file_.number(file_.member(table, key, where), join_field(where, key)); };
    const double low = get("lowValue"), high = get("highValue");
    const double low_utility = unit(file_.member(table, "lowUtility", where), join_field(where, "lowUtility"));
    const double high_utility = unit(file_.member(table, "highUtility", where), join_field(where, "highUtility"));
    if (high < low) file_.fail(where, fmt::format("highValue {} is below lowValue {}", high, low));
    std::vector<double> result(issue.size(), 0.0);
    for (std::size_t k = 0; k < result.size(); ++k) {
      const double v = issue.numeric_value(k);
      if (v < low || v > high) continue;
      result[k] = high == low ? low_utility : low_utility + (v - low) * (high_utility - low_utility) / (high - low);
    }
    return result;
  }

  std::vector<std::vector<double>> read_utilities(const Json& utilities) const {
    const auto where = field("issueUtilities");
    file_.object(utilities, where);
    std::vector<std::vector<double>> result(space_.issue_count());
    std::vector<bool> seen(space_.issue_count(), false);
    for (const auto& [name, spec] : utilities.items()) {
      const auto at = join_field(where, name);
      const auto i = issue_index(name, at);
      seen[i] = true;
      file_.object(spec, at);
      if (spec.size() != 1) file_.fail(at, "expected exactly one kind of value utilities");
      const auto& kind = spec.begin().key();
      const auto& table = file_.object(spec.begin().value(), join_field(at, kind));
      if (kind == "discreteutils" || kind == "DiscreteValueSetUtilities")
        result[i] = value_utilities(space_.issue(i), table, join_field(at, kind));
      else if (kind == "NumberValueSetUtilities")
        result[i] = number_utilities(space_.issue(i), table, join_field(at, kind));
      else
        file_.fail(at, fmt::format("value utilities '{}' are not supported (discreteutils, DiscreteValueSetUtilities, "
                                   "NumberValueSetUtilities)", kind));
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
      if (!seen[i]) file_.fail(where, fmt::format("issue '{}' has no utilities", space_.issue(i).name()));
    return result;
  }

  double bid_utility(const AdditiveUtility& utility, const Json& bid) const {
    const auto where = field("reservationBid");
    const auto& values = file_.object(file_.member(bid, "issuevalues", where), join_field(where, "issuevalues"));
    double sum = 0;
    for (const auto& [name, value] : values.items()) {
      const auto at = join_field(where, "issuevalues." + name);
      const auto i = issue_index(name, at);
      const auto label = value.is_number() ? value.dump() : file_.text(value, at);
      const auto k = space_.issue(i).find(label);
      if (!k) file_.fail(at, fmt::format("'{}' is not a value of issue '{}'", label, name));
      sum += utility.contribution(i, *k);
    }
    return std::min(sum, 1.0);
  }

  const JsonFile& file_;
  const GeniusWebDomain& domain_;
  const OutcomeSpace& space_;
};

}  // namespace

void check_embedded_domain(const JsonFile& file, const Json& embedded, const std::string& where,
                           const GeniusWebDomain& domain, const OutcomeSpace& space) {
  const auto mine = read_geniusweb_domain(file, embedded, where);
  if (mine.name != domain.name)
    file.fail(join_field(where, "name"),
              fmt::format("the profile is for domain '{}' but the domain file is '{}'", mine.name, domain.name));
  if (mine.issues.size() != domain.issues.size())
    file.fail(where, fmt::format("the profile's domain has {} issues, the domain file {}", mine.issues.size(),
                                 domain.issues.size()));
  for (const auto& issue : mine.issues) {
    const auto at = join_field(where, "issuesValues." + issue.name());
    const auto index = space.find_issue(issue.name());
    if (!index) file.fail(at, fmt::format("issue '{}' is not in the domain", issue.name()));
    const auto& reference = space.issue(*index);
    bool same = issue.size() == reference.size() && issue.kind() == reference.kind();
    for (std::size_t k = 0; same && k < issue.size(); ++k) same = reference.find(issue.label(k)).has_value();
    if (!same) file.fail(at, fmt::format("the values of issue '{}' differ from the domain file", issue.name()));
  }
}

bool is_geniusweb_profile(const Json& root) {
  if (!root.is_object() || root.size() != 1) return false;
  const auto& key = root.begin().key();
  const std::string suffix = "UtilitySpace";
  return key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Party read_geniusweb_profile(const JsonFile& file, const GeniusWebDomain& domain, const OutcomeSpace& space) {
  return ProfileReader(file, domain, space).read();
}

}  // namespace parley::io::detail
