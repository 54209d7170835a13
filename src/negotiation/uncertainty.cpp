// Preference uncertainty: the spec text, the estimated preferences, and the per-scenario
// preparation of every uncertain party's ranking and estimate (uncertainty.hpp).
#include "parley/negotiation/uncertainty.hpp"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/prepared_scenario.hpp"

namespace parley::negotiation {
namespace {

constexpr std::size_t kMaxRankedBids = 1'000'000;  // rankings are held in memory, per party

[[noreturn]] void bad_spec(std::string_view field, std::string_view spec, const std::string& problem) {
  throw InputError(SourceLocation{"", 0, std::string(field)},
                   fmt::format("uncertainty '{}': {} (use profiles[:cost=C] or ranked:N[,cost=C])", spec, problem));
}

double parse_cost(std::string_view text, std::string_view field, std::string_view spec) {
  double cost = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), cost);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(cost))
    bad_spec(field, spec, fmt::format("cost must be a number, got '{}'", text));
  if (cost < 0 || cost > 1) bad_spec(field, spec, fmt::format("cost must be in [0, 1], got {}", text));
  return cost;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  for (std::size_t end = text.find(separator); end != std::string_view::npos; end = text.find(separator, start)) {
    pieces.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

// A party whose profile hides its utility from its agent (GENIUS `experimental` shows it).
bool hides_utility(const Party& party) { return party.user_model && !party.user_model->experimental; }

}  // namespace

UncertaintyOptions parse_uncertainty_spec(std::string_view spec, std::string_view field) {
  UncertaintyOptions options;
  options.spec = std::string(spec);
  const auto colon = spec.find(':');
  const std::string_view head = spec.substr(0, colon);
  const auto params = colon == std::string_view::npos ? std::vector<std::string_view>{} : split(spec.substr(colon + 1), ',');
  if (head == "profiles") {
    options.source = UncertaintySource::profiles;
  } else if (head == "ranked") {
    options.source = UncertaintySource::ranked;
  } else {
    bad_spec(field, spec, fmt::format("unknown source '{}'", head));
  }
  bool bids_given = false;
  for (std::size_t k = 0; k < params.size(); ++k) {
    std::string_view piece = params[k];
    const auto equals = piece.find('=');
    std::string_view key = equals == std::string_view::npos ? std::string_view{} : piece.substr(0, equals);
    const std::string_view value = equals == std::string_view::npos ? piece : piece.substr(equals + 1);
    if (key.empty() && k == 0 && options.source == UncertaintySource::ranked) key = "bids";
    if (key == "cost") {
      options.cost = parse_cost(value, field, spec);
    } else if (key == "bids" && options.source == UncertaintySource::ranked) {
      std::size_t bids = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), bids);
      if (error != std::errc{} || end != value.data() + value.size() || bids < 2 || bids > kMaxRankedBids)
        bad_spec(field, spec, fmt::format("the number of ranked bids must be a whole number in [2, {}], got '{}'",
                                          kMaxRankedBids, value));
      options.ranked_bids = bids;
      bids_given = true;
    } else {
      bad_spec(field, spec, fmt::format("unknown parameter '{}'", piece));
    }
  }
  if (options.source == UncertaintySource::ranked && !bids_given)
    bad_spec(field, spec, "ranked needs the number of ranked bids, e.g. ranked:10");
  return options;
}

EstimatedPreferences::EstimatedPreferences(const OutcomeSpace& space, UtilityFunction estimate, const IndexOptions& options)
    : function_(std::move(estimate)), index_(space, function_, options) {}

PreparedUncertainty::PreparedUncertainty(const PreparedScenario& prepared, UncertaintyOptions options,
                                         const IndexOptions& index)
    : options_(std::move(options)), agent_scenario_(prepared.scenario()) {
  const Scenario& scenario = prepared.scenario();
  const SourceLocation where{scenario.source, 0, "uncertainty"};
  if (!options_.draw_ranking || !options_.estimate)
    throw InputError(where, "preference uncertainty needs a ranking draw and an estimator (elicitation/estimators.hpp)");
  parties_.resize(scenario.parties.size());
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const Party& party = scenario.parties[p];
    UncertainParty uncertain;
    if (options_.source == UncertaintySource::ranked) {
      uncertain.user_model.ranked_bids = options_.ranked_bids;
      uncertain.user_model.fixed_seed = true;
      uncertain.elicitation_cost = options_.cost.value_or(0.0);
    } else if (hides_utility(party)) {
      uncertain.user_model = *party.user_model;
      uncertain.elicitation_cost = options_.cost.value_or(party.user_model->elicitation_cost);
      uncertain.can_elicit = party.user_model->utility_known;
    } else {
      continue;
    }
    uncertain.user_model.elicitation_cost = uncertain.elicitation_cost;
    if (!uncertain.user_model.has_statements()) {
      if (!party.user_model.value_or(UserModel{}).utility_known)
        throw InputError(where, fmt::format("party '{}' has neither a utility nor stated preferences", party.name));
      uncertain.user_model.ranking = options_.draw_ranking(scenario.space, party.utility, uncertain.user_model, options_.seed);
    }
    UtilityFunction estimate;
    try {
      estimate = options_.estimate(scenario.space, uncertain.user_model);
    } catch (const InputError& error) {
      throw InputError(where, fmt::format("estimating the utility of party '{}' ({}): {}", party.name,
                                          options_.estimator, error.problem()));
    }
    agent_scenario_.parties[p].utility = estimate;
    agent_scenario_.parties[p].user_model = uncertain.user_model;
    agent_scenario_.parties[p].user_model->utility_known = false;
    uncertain.estimate = std::make_shared<const EstimatedPreferences>(scenario.space, std::move(estimate), index);
    parties_[p] = std::move(uncertain);
  }
  if (uncertain_count() == 0)
    throw InputError(where, fmt::format("uncertainty '{}': no party of scenario '{}' has a user model that hides its "
                                        "utility (GENIUS UNCERTAIN profile); use ranked:N to give every party a ranking",
                                        options_.spec, scenario.name));
}

std::size_t PreparedUncertainty::uncertain_count() const {
  std::size_t count = 0;
  for (const auto& party : parties_) count += party.has_value() ? 1 : 0;
  return count;
}

}  // namespace parley::negotiation
