// Shocks and the ZOPA sweep (see parley/analysis/sensitivity.hpp and
// docs/algorithms/sensitivity.md). Everything is read off the exact Pareto frontier: the
// quantities are maxima of functions that are monotone in every utility, so they are attained
// at frontier points.
#include "parley/analysis/sensitivity.hpp"

#include "parley/analysis/red_lines.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis {
namespace {

// Shocked values a rounding error outside [0, 1] are clamped, not refused (the policy's tolerance).
constexpr double kTolerance = tolerance::kUtilityTolerance;

[[noreturn]] void fail(std::string_view spec, const std::string& problem) {
  throw InputError(SourceLocation{"", 0, "--shock"}, fmt::format("shock '{}': {}", spec, problem));
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

// Splits "TARGET OP NUMBER" at the first '=' (with its +, - or * prefix).
void parse_operator_and_amount(std::string_view spec, Shock& shock, std::string_view& target) {
  const auto equals = spec.find('=');
  if (equals == std::string_view::npos) fail(spec, "no operator: expected =, +=, -= or *= (e.g. Russia.reservation-=0.1)");
  std::size_t target_end = equals;
  shock.op = ShockOperator::set;
  if (equals > 0) {
    switch (spec[equals - 1]) {
      case '+': shock.op = ShockOperator::add, target_end = equals - 1; break;
      case '-': shock.op = ShockOperator::subtract, target_end = equals - 1; break;
      case '*': shock.op = ShockOperator::multiply, target_end = equals - 1; break;
      default: break;
    }
  }
  target = spec.substr(0, target_end);
  const auto number = spec.substr(equals + 1);
  const auto* end = number.data() + number.size();
  const auto [ptr, ec] = std::from_chars(number.data(), end, shock.amount);
  if (number.empty() || ec != std::errc() || ptr != end || !std::isfinite(shock.amount))
    fail(spec, fmt::format("'{}' is not a number", number));
}

double apply_operator(const Shock& shock, double old_value) {
  switch (shock.op) {
    case ShockOperator::set: return shock.amount;
    case ShockOperator::add: return old_value + shock.amount;
    case ShockOperator::subtract: return old_value - shock.amount;
    case ShockOperator::multiply: return old_value * shock.amount;
  }
  return shock.amount;
}

// The shocked number, refused when it leaves [0, 1] (a rounding hair outside is clamped).
double shocked_value(const Shock& shock, double old_value, std::string_view what) {
  const double x = apply_operator(shock, old_value);
  if (x < -kTolerance || x > 1 + kTolerance)
    fail(shock.spec, fmt::format("{} would become {:.6g} (was {:.6g}); it must stay in [0, 1]", what, x, old_value));
  return std::clamp(x, 0.0, 1.0);
}

std::size_t find_issue(const Scenario& scenario, const Shock& shock) {
  if (const auto i = scenario.space.find_issue(shock.issue)) return *i;
  fail(shock.spec, fmt::format("no issue named '{}'{}", shock.issue, name_hint(shock.issue, issue_names(scenario.space), "issues")));
}

// A copy of the party's additive utility, to be changed and put back.
AdditiveUtility additive_of(const Party& party, const Shock& shock) {
  if (!party.utility.is_additive())
    fail(shock.spec, fmt::format("party '{}' has a non-additive utility; only its reservation can be shocked", party.name));
  return party.utility.additive();
}

// Weight of `issue` becomes x; the other weights share 1 - x in their current proportions.
void set_weight(AdditiveUtility& utility, std::size_t issue, double x, const Shock& shock) {
  double others = 0;
  for (std::size_t i = 0; i < utility.weights.size(); ++i)
    if (i != issue) others += utility.weights[i];
  if (others <= 0 && x < 1)
    fail(shock.spec, "the party puts no weight on any other issue, so the weights cannot be renormalised");
  for (std::size_t i = 0; i < utility.weights.size(); ++i)
    utility.weights[i] = i == issue ? x : (others > 0 ? utility.weights[i] * (1 - x) / others : 0.0);
}

}  // namespace

Shock parse_shock(std::string_view spec) {
  Shock shock;
  shock.spec = std::string(spec);
  constexpr std::string_view set_aside = "set-aside.";
  if (spec.starts_with(set_aside) && spec.find('=') == std::string_view::npos) {
    if (spec.size() == set_aside.size()) fail(spec, "a set-aside names the issue: set-aside.ISSUE");
    shock.target = ShockTarget::set_aside;
    shock.issue = std::string(spec.substr(set_aside.size()));
    return shock;
  }
  constexpr std::string_view red_line = ".red-line.";
  if (const auto at = spec.find(red_line); at != std::string_view::npos && at > 0) {
    const auto equals = spec.find('=', at);
    if (equals == std::string_view::npos || spec.substr(equals) != "=off" || equals == at + red_line.size())
      fail(spec, "a red-line shock drops a party's red lines on an issue: PARTY.red-line.ISSUE=off");
    shock.target = ShockTarget::red_line;
    shock.party = std::string(spec.substr(0, at));
    shock.issue = std::string(spec.substr(at + red_line.size(), equals - at - red_line.size()));
    return shock;
  }
  if (spec.ends_with("=off"))  // a misspelt red-line target, e.g. Russia.red-lin.crimea=off
    fail(spec, "only a red-line shock takes '=off': PARTY.red-line.ISSUE=off");
  std::string_view target;
  parse_operator_and_amount(spec, shock, target);
  const auto dot = target.find('.');
  if (dot == std::string_view::npos || dot == 0)
    fail(spec, "expected PARTY.reservation, PARTY.weight.ISSUE, PARTY.evaluation.ISSUE.VALUE, "
               "PARTY.red-line.ISSUE=off or set-aside.ISSUE");
  shock.party = std::string(target.substr(0, dot));
  const auto rest = target.substr(dot + 1);
  if (rest == "reservation") {
    shock.target = ShockTarget::reservation;
  } else if (rest.starts_with("weight.") && rest.size() > 7) {
    shock.target = ShockTarget::weight;
    shock.issue = std::string(rest.substr(7));
  } else if (rest.starts_with("evaluation.")) {
    const auto tail = rest.substr(11);
    const auto second = tail.find('.');
    if (second == std::string_view::npos || second == 0 || second + 1 == tail.size())
      fail(spec, "an evaluation shock names an issue and a value: PARTY.evaluation.ISSUE.VALUE");
    shock.target = ShockTarget::evaluation;
    shock.issue = std::string(tail.substr(0, second));
    shock.value = std::string(tail.substr(second + 1));
  } else {
    const auto hint = nearest_name(rest.substr(0, rest.find('.')),
                                   std::vector<std::string>{"reservation", "weight", "evaluation", "red-line"});
    fail(spec, fmt::format("unknown target '{}'{}: expected reservation, weight.ISSUE, evaluation.ISSUE.VALUE or "
                           "red-line.ISSUE=off",
                           rest, hint ? fmt::format(" (did you mean '{}'?)", *hint) : ""));
  }
  return shock;
}

void apply_shock(Scenario& scenario, const Shock& shock) {
  if (shock.target == ShockTarget::set_aside) {
    const auto issue = find_issue(scenario, shock);
    for (const auto& party : scenario.parties) additive_of(party, shock);  // names a non-additive party
    scenario = neutralise_issue(scenario, issue);
    return;
  }
  auto match = std::find_if(scenario.parties.begin(), scenario.parties.end(),
                            [&](const Party& party) { return equal_ignoring_case(party.name, shock.party); });
  if (match == scenario.parties.end())
    fail(shock.spec, fmt::format("no party named '{}'{}", shock.party, name_hint(shock.party, party_names(scenario), "parties")));
  Party& party = *match;
  switch (shock.target) {
    case ShockTarget::reservation:
      party.reservation_value = shocked_value(shock, party.reservation_value, party.name + "'s reservation value");
      return;
    case ShockTarget::weight: {
      const auto issue = find_issue(scenario, shock);
      auto utility = additive_of(party, shock);
      const double x = shocked_value(shock, utility.weights[issue], fmt::format("{}'s weight of '{}'", party.name, shock.issue));
      set_weight(utility, issue, x, shock);
      party.utility = UtilityFunction(std::move(utility));
      return;
    }
    case ShockTarget::evaluation: {
      const auto issue = find_issue(scenario, shock);
      std::size_t value = 0;
      try {
        value = require_value(scenario.space.issue(issue), shock.value, SourceLocation{});
      } catch (const InputError& error) {
        fail(shock.spec, error.problem());
      }
      auto utility = additive_of(party, shock);
      auto& evaluation = utility.evaluations[issue][value];
      evaluation = shocked_value(shock, evaluation,
                                 fmt::format("{}'s evaluation of {}={}", party.name, shock.issue, shock.value));
      party.utility = UtilityFunction(std::move(utility));
      return;
    }
    case ShockTarget::red_line: {
      const auto issue = find_issue(scenario, shock);
      if (std::erase_if(party.red_lines, [&](const RedLineConstraint& line) { return line.issue == issue; }) == 0) {
        const auto keys = red_line_keys(scenario);
        fail(shock.spec, fmt::format("{} has drawn no red line on '{}' (red lines: {})", party.name, shock.issue,
                                     keys.empty() ? std::string("none") : fmt::format("{}", fmt::join(keys, ", "))));
      }
      return;
    }
    case ShockTarget::set_aside: return;  // handled above: it concerns every party
  }
}

Scenario apply_shocks(Scenario scenario, const std::vector<Shock>& shocks) {
  std::string specs;
  for (const auto& shock : shocks) {
    apply_shock(scenario, shock);
    specs += (specs.empty() ? "" : ", ") + shock.spec;
  }
  // A shocked scenario must never pass for the one the user wrote: its name says so wherever it is shown.
  if (!specs.empty()) scenario.name += " [shocked: " + specs + "]";
  validate_scenario(scenario);
  return scenario;
}

std::optional<double> zopa_margin(const Scenario& scenario, const ParetoFrontier& frontier) {
  if (!frontier.computed() || frontier.size() == 0) return std::nullopt;
  double best = -std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto u = frontier.utilities(k);
    double worst = std::numeric_limits<double>::infinity();
    for (std::size_t p = 0; p < u.size(); ++p)
      worst = std::min(worst, tolerance::reservation_margin(u[p], scenario.parties[p].reservation_value));
    best = std::max(best, worst);
  }
  return best;
}

std::vector<ReservationThreshold> reservation_thresholds(const Scenario& scenario, const ParetoFrontier& frontier) {
  std::vector<ReservationThreshold> thresholds;
  if (!frontier.computed()) return thresholds;
  const auto n = scenario.parties.size();
  for (std::size_t i = 0; i < n; ++i) {
    ReservationThreshold t{scenario.parties[i].reservation_value, std::nullopt};
    for (std::size_t k = 0; k < frontier.size(); ++k) {
      const auto u = frontier.utilities(k);
      bool others_satisfied = true;
      for (std::size_t j = 0; j < n && others_satisfied; ++j)
        others_satisfied = j == i || tolerance::meets_reservation(u[j], scenario.parties[j].reservation_value);
      if (others_satisfied && (!t.threshold || u[i] > *t.threshold)) t.threshold = u[i];
    }
    thresholds.push_back(t);
  }
  return thresholds;
}

Scenario neutralise_issue(const Scenario& scenario, std::size_t issue) {
  Scenario neutral = scenario;
  for (auto& party : neutral.parties) {
    if (!party.utility.is_additive()) throw InputError(fmt::format("party '{}' is not additive", party.name));
    auto additive = party.utility.additive();
    std::fill(additive.evaluations[issue].begin(), additive.evaluations[issue].end(), 1.0);
    party.utility = UtilityFunction(std::move(additive));
    // Settled to everybody's satisfaction: no red line on it binds any more.
    std::erase_if(party.red_lines, [&](const RedLineConstraint& red_line) { return red_line.issue == issue; });
  }
  return neutral;
}

namespace {

// The ZOPA margin over the outcomes no red line excludes; null when they exclude every outcome
// or the frontier is not computed.
std::optional<double> permitted_margin(const Scenario& scenario, const FrontierOptions& options) {
  const auto restriction = restrict_to_red_lines(scenario);
  if (restriction.closed()) return std::nullopt;
  return zopa_margin(*restriction.scenario, pareto_frontier(*restriction.scenario, options));
}

}  // namespace

SensitivitySweep sensitivity_sweep(const Scenario& scenario, const FrontierOptions& options) {
  SensitivitySweep sweep;
  // Red lines: margin and thresholds over the permitted outcomes (analysis/red_lines.hpp).
  const auto restriction = restrict_to_red_lines(scenario);
  if (restriction.closed()) {
    sweep.reason = restriction.reason + ": no reservation value opens the ZOPA";
    for (const auto& party : scenario.parties) sweep.thresholds.push_back({party.reservation_value, std::nullopt});
  } else {
    const auto frontier = pareto_frontier(*restriction.scenario, options);
    if (!frontier.computed()) {
      sweep.reason = "Pareto frontier not computed: " + frontier.reason;
      return sweep;
    }
    sweep.margin = zopa_margin(*restriction.scenario, frontier);
    sweep.thresholds = reservation_thresholds(*restriction.scenario, frontier);
  }
  const bool additive = std::all_of(scenario.parties.begin(), scenario.parties.end(),
                                    [](const Party& party) { return party.utility.is_additive(); });
  if (!additive) {
    sweep.reason = "blocking issues need additive utilities for every party";
    return sweep;
  }
  const bool empty_now = !sweep.margin || !tolerance::margin_open(*sweep.margin);
  for (std::size_t k = 0; k < scenario.space.issue_count(); ++k) {
    IssueNeutralised entry{k, permitted_margin(neutralise_issue(scenario, k), options), false};
    entry.blocks = empty_now && entry.margin && tolerance::margin_open(*entry.margin);
    sweep.issues.push_back(entry);
  }
  return sweep;
}

}  // namespace parley::analysis
