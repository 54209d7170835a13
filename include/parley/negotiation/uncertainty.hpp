// parley::negotiation preference uncertainty — agents that see only a user model (ANAC 2019).
//
// Data flow: PreparedScenario + UncertaintyOptions (which parties are uncertain, the ranking
// size and elicitation cost, and two injected functions: how to draw a ranking from a party's
// true utility and how to estimate a utility from a user model; the elicitation module provides
// both, elicitation/estimators.hpp — negotiation does not depend on elicitation)
//   ──PreparedUncertainty (once per scenario, shared read-only by every session)──▶ per uncertain
//   party: its UserModel (the ranking it is given, worst first) and EstimatedPreferences (the
//   estimate and its OfferIndex)
//   ──SessionConfig::uncertainty──▶ run_session(): an uncertain party's NegotiatorView holds the
//   estimate as preferences() (is_estimate() true), its user model, and an ElicitationChannel
//   (elicitation_channel.hpp); agents are built from agent_scenario(), in which the uncertain
//   parties' utilities are their estimates, so no path leads an agent to its true utility.
//   SessionResult records per party the true utility (utilities), the estimated utility and
//   the elicitation cost.
// Which parties (UncertaintySource):
//  * profiles: the parties whose profile has a user model hiding the utility (GENIUS 10.4
//    UNCERTAIN without <experimental>true, GeniusWeb partial orderings). The ranking is the one
//    the profile states, else a GENIUS ranked sample of the profile's `comparisons` bids drawn
//    with seed 314 (fixed_seed) or with `seed`; the cost is the profile's elicitation_cost
//    unless the spec sets cost=;
//  * ranked:   every party, each given a ranking of ranked_bids bids drawn with seed 314, at
//    elicitation cost `cost` (default 0).
// Spec text (CLI --uncertainty, TournamentConfig::uncertainty):
//    profiles[:cost=C]   |   ranked:N[,cost=C]          (N >= 2, 0 <= C <= 1)
// The reservation value and discount factor stay visible (as in GENIUS, where they are part of
// the negotiation setup, not of the utility that is hidden).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/scenario.hpp"
#include "parley/negotiation/negotiator_view.hpp"
#include "parley/negotiation/offer_index.hpp"

namespace parley::negotiation {

class PreparedScenario;

enum class UncertaintySource { profiles, ranked };

struct UncertaintyOptions {
  UncertaintySource source = UncertaintySource::profiles;
  std::size_t ranked_bids = 10;          // ranked: size of every party's ranking
  std::optional<double> cost;            // per elicited bid; profiles: overrides the profile's
  std::uint64_t seed = 1;                // rankings of user models that do not say fixed_seed
  std::string estimator = "lp";          // the estimator's name, recorded in results
  RankingDraw draw_ranking;              // required (model/user_model.hpp)
  UtilityEstimator estimate;             // required
  std::string spec;                      // the text it was parsed from (for results)
};

// Parses "profiles[:cost=C]" or "ranked:N[,cost=C]" (InputError naming `field` otherwise); the
// two functions are left empty for the caller to inject.
UncertaintyOptions parse_uncertainty_spec(std::string_view spec, std::string_view field = "--uncertainty");

// An estimated utility and its inverse-utility index: what an uncertain party negotiates with.
class EstimatedPreferences final : public OwnPreferences {
 public:
  EstimatedPreferences(const OutcomeSpace& space, UtilityFunction estimate, const IndexOptions& options = {});
  const UtilityFunction& function() const override { return function_; }
  const OfferIndex& index() const override { return index_; }
  bool is_estimate() const override { return true; }

 private:
  UtilityFunction function_;
  OfferIndex index_;
};

struct UncertainParty {
  UserModel user_model;                                    // with the ranking the party is given
  std::shared_ptr<const EstimatedPreferences> estimate;    // learnt from user_model
  double elicitation_cost = 0;                             // per elicited bid
  bool can_elicit = true;                                  // false when the true utility is unknown
};

class PreparedUncertainty {
 public:
  // Draws the rankings and learns the estimates. InputError when an injected function is
  // missing, when `profiles` finds no party with a hidden utility, or when estimation fails.
  PreparedUncertainty(const PreparedScenario& prepared, UncertaintyOptions options, const IndexOptions& index = {});

  // Null for a party with full information.
  const UncertainParty* party(std::size_t p) const { return parties_.at(p) ? &*parties_[p] : nullptr; }
  std::size_t uncertain_count() const;
  // The scenario in which every uncertain party's utility is its estimate (agents are built from it).
  const Scenario& agent_scenario() const { return agent_scenario_; }
  const UncertaintyOptions& options() const { return options_; }

 private:
  UncertaintyOptions options_;
  std::vector<std::optional<UncertainParty>> parties_;
  Scenario agent_scenario_;
};

}  // namespace parley::negotiation
