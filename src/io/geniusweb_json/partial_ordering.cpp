#include "io/geniusweb_json/partial_ordering.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "io/geniusweb_json/profile_reader.hpp"

namespace parley::io::detail {
namespace {

std::string field(const std::string& key) { return join_field(partial_ordering_key, key); }

Outcome read_bid(const JsonFile& file, const Json& bid, const std::string& where, const OutcomeSpace& space) {
  const auto& values = file.object(file.member(file.object(bid, where), "issuevalues", where),
                                   join_field(where, "issuevalues"));
  Outcome outcome(space.issue_count(), 0);
  std::vector<bool> seen(space.issue_count(), false);
  for (const auto& [name, value] : values.items()) {
    const auto at = join_field(where, "issuevalues." + name);
    const auto i = space.find_issue(name);
    if (!i) file.fail(at, fmt::format("issue '{}' is not in the domain", name));
    const auto label = value.is_number() ? value.dump() : file.text(value, at);
    const auto k = space.issue(*i).find(label);
    if (!k) file.fail(at, fmt::format("'{}' is not a value of issue '{}'", label, name));
    outcome[*i] = static_cast<std::uint32_t>(*k);
    seen[*i] = true;
  }
  for (std::size_t i = 0; i < seen.size(); ++i)
    if (!seen[i])
      file.fail(where, fmt::format("the bid has no value for issue '{}' (parley compares complete bids only)",
                                   space.issue(i).name()));
  return outcome;
}

// A complete strict order (every pair stated one way, as GeniusWeb's ranking profiles are
// written) is kept as a ranking, worst first; otherwise nullopt.
std::optional<std::vector<Outcome>> as_ranking(const std::vector<Outcome>& bids,
                                               const std::set<std::pair<std::size_t, std::size_t>>& pairs) {
  const std::size_t n = bids.size();
  if (n < 2 || pairs.size() != n * (n - 1) / 2) return std::nullopt;
  std::vector<std::size_t> beaten(n, 0);  // how many bids each bid is better than
  for (const auto& [i, j] : pairs) {
    if (pairs.count({j, i})) return std::nullopt;
    ++beaten[i];
  }
  std::vector<Outcome> ranking(n);
  std::vector<bool> placed(n, false);
  for (std::size_t b = 0; b < n; ++b) {
    if (placed[beaten[b]]) return std::nullopt;  // not transitive: two bids beat the same number
    placed[beaten[b]] = true;
    ranking[beaten[b]] = bids[b];
  }
  return ranking;
}

}  // namespace

bool is_geniusweb_partial_ordering(const Json& root) {
  return root.is_object() && root.size() == 1 && root.contains(partial_ordering_key);
}

PartialOrderingProfile read_partial_ordering(const JsonFile& file, const GeniusWebDomain& domain,
                                             const OutcomeSpace& space) {
  const auto& body = file.object(file.root()[partial_ordering_key], partial_ordering_key);
  for (const auto& [key, value] : body.items())
    if (key != "name" && key != "domain" && key != "reservationbid" && key != "bids" && key != "better")
      file.fail(field(key), fmt::format("unknown member '{}' (name, domain, reservationbid, bids, better)", key));
  check_embedded_domain(file, file.member(body, "domain", partial_ordering_key), field("domain"), domain, space);
  PartialOrderingProfile profile;
  profile.name = std::filesystem::path(file.path()).stem().string();
  if (body.contains("reservationbid") && !body["reservationbid"].is_null())
    profile.reservation = read_bid(file, body["reservationbid"], field("reservationbid"), space);

  const auto& bids_json = file.member(body, "bids", partial_ordering_key);
  if (!bids_json.is_array()) file.fail(field("bids"), "expected a list of bids");
  std::vector<Outcome> bids;
  for (std::size_t b = 0; b < bids_json.size(); ++b)
    bids.push_back(read_bid(file, bids_json[b], fmt::format("{}[{}]", field("bids"), b), space));

  const auto& better = file.member(body, "better", partial_ordering_key);
  if (!better.is_array()) file.fail(field("better"), "expected a list of [better, worse] index pairs");
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t n = 0; n < better.size(); ++n) {
    const auto at = fmt::format("{}[{}]", field("better"), n);
    const auto& pair = better[n];
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_unsigned() || !pair[1].is_number_unsigned())
      file.fail(at, "expected a pair of bid indices [better, worse]");
    const auto i = pair[0].get<std::size_t>(), j = pair[1].get<std::size_t>();
    if (i >= bids.size() || j >= bids.size())
      file.fail(at, fmt::format("bid index out of range (there are {} bids)", bids.size()));
    if (i != j) pairs.emplace(i, j);
  }
  profile.user_model.utility_known = false;
  profile.user_model.ranked_bids = bids.size();
  if (auto ranking = as_ranking(bids, pairs)) {
    profile.user_model.ranking = std::move(*ranking);
    return profile;
  }
  for (const auto& [i, j] : pairs) {
    const bool both = pairs.count({j, i}) > 0;
    if (both && j < i) continue;  // the indifference was recorded at (j, i)
    profile.user_model.comparisons.push_back({bids[i], bids[j], both});
  }
  return profile;
}

Json partial_ordering_json(const Scenario& scenario, const Party& party, const Json& domain,
                           const std::function<Json(std::size_t, std::size_t)>& value) {
  const auto& space = scenario.space;
  std::map<Outcome, std::size_t> index;
  Json bids = Json::array();
  const auto bid_index = [&](const Outcome& outcome) {
    const auto [at, inserted] = index.emplace(outcome, index.size());
    if (inserted) {
      Json values = Json::object();
      for (std::size_t i = 0; i < space.issue_count(); ++i) values[space.issue(i).name()] = value(i, outcome[i]);
      bids.push_back({{"issuevalues", values}});
    }
    return at->second;
  };
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  // GeniusWeb looks pairs up without closing them transitively, so a ranking is written with
  // every pair it implies (as GeniusWeb's own ranking profiles are).
  const auto& ranking = party.user_model->ranking;
  std::vector<std::size_t> ranked;
  for (const auto& outcome : ranking) ranked.push_back(bid_index(outcome));
  for (std::size_t k = 0; k < ranked.size(); ++k)
    for (std::size_t j = 0; j < k; ++j) pairs.emplace(ranked[k], ranked[j]);
  for (const auto& comparison : party.user_model->comparisons) {
    const auto a = bid_index(comparison.better), b = bid_index(comparison.worse);
    pairs.emplace(a, b);
    if (comparison.indifferent) pairs.emplace(b, a);
  }
  Json better = Json::array();
  for (const auto& [a, b] : pairs) better.push_back({a, b});
  return {{partial_ordering_key,
           {{"name", party.name}, {"domain", domain}, {"reservationbid", nullptr}, {"bids", bids}, {"better", better}}}};
}

}  // namespace parley::io::detail
