#include "parley/model/scenario.hpp"

#include <algorithm>

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"

namespace parley {
namespace {

class Checker {
 public:
  explicit Checker(const Scenario& scenario) : scenario_(scenario) {}

  [[noreturn]] void fail(std::string field, std::string problem) const {
    throw InputError(SourceLocation{scenario_.source, 0, std::move(field)}, std::move(problem));
  }

  void check_unit_interval(double value, const std::string& field, const char* what) const {
    if (!std::isfinite(value) || value < 0 || value > 1) fail(field, fmt::format("{} {} is not in [0, 1]", what, value));
  }

  void check_additive(const AdditiveUtility& additive, const std::string& prefix) const {
    const auto& space = scenario_.space;
    if (additive.weights.size() != space.issue_count())
      fail(prefix + ".weights", fmt::format("{} weights for {} issues", additive.weights.size(), space.issue_count()));
    if (additive.evaluations.size() != space.issue_count())
      fail(prefix + ".evaluations", fmt::format("{} evaluation tables for {} issues", additive.evaluations.size(), space.issue_count()));
    double total = 0;
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      const auto& issue = space.issue(i);
      const double w = additive.weights[i];
      if (!std::isfinite(w) || w < 0)
        fail(prefix + ".weights." + issue.name(), fmt::format("weight of issue '{}' is {}", issue.name(), w));
      total += w;
      if (additive.evaluations[i].size() != issue.size())
        fail(prefix + ".evaluations." + issue.name(),
             fmt::format("{} evaluations for {} values", additive.evaluations[i].size(), issue.size()));
      for (std::size_t k = 0; k < issue.size(); ++k)
        check_unit_interval(additive.evaluations[i][k], prefix + ".evaluations." + issue.name() + "." + issue.label(k),
                            "evaluation");
    }
    if (std::abs(total - 1.0) > 1e-6) fail(prefix + ".weights", fmt::format("weights sum to {}, not 1", total));
  }

  void check_rectangles(const HyperRectangleUtility& rectangles, const std::string& prefix) const {
    const auto& space = scenario_.space;
    if (!std::isfinite(rectangles.normaliser) || rectangles.normaliser <= 0)
      fail(prefix + ".normaliser", fmt::format("normaliser {} must be positive", rectangles.normaliser));
    for (std::size_t r = 0; r < rectangles.rectangles.size(); ++r) {
      const auto& rectangle = rectangles.rectangles[r];
      const auto field = fmt::format("{}.rectangles[{}]", prefix, r);
      if (!std::isfinite(rectangle.utility)) fail(field, "utility is not a finite number");
      for (const auto& bound : rectangle.bounds) {
        if (bound.issue >= space.issue_count()) fail(field, fmt::format("issue index {} is out of range", bound.issue));
        if (bound.first > bound.last || bound.last >= space.issue(bound.issue).size())
          fail(field, fmt::format("range [{}, {}] does not fit issue '{}'", bound.first, bound.last,
                                  space.issue(bound.issue).name()));
      }
    }
  }

  void check_user_model(const UserModel& model, const std::string& prefix) const {
    if (!std::isfinite(model.elicitation_cost) || model.elicitation_cost < 0)
      fail(prefix + ".elicitation_cost", fmt::format("elicitation cost {} is negative", model.elicitation_cost));
    for (std::size_t k = 0; k < model.ranking.size(); ++k)
      if (!scenario_.space.is_valid(model.ranking[k]))
        fail(fmt::format("{}.ranking[{}]", prefix, k), "the bid does not fit the scenario's issues");
    for (std::size_t k = 0; k < model.comparisons.size(); ++k)
      if (!scenario_.space.is_valid(model.comparisons[k].better) || !scenario_.space.is_valid(model.comparisons[k].worse))
        fail(fmt::format("{}.comparisons[{}]", prefix, k), "a bid does not fit the scenario's issues");
  }

  void run() const {
    const auto& space = scenario_.space;
    if (space.issue_count() == 0) fail("issues", "the scenario has no issues");
    for (const auto& issue : space.issues())
      if (issue.size() == 0) fail("issues." + issue.name(), "issue has no values");
    if (scenario_.parties.size() < 2)
      fail("parties", fmt::format("a negotiation needs at least 2 parties, found {}", scenario_.parties.size()));
    std::set<std::string_view> names;
    for (const auto& party : scenario_.parties) {
      const std::string prefix = "parties." + party.name;
      if (party.name.empty()) fail("parties", "a party has no name");
      if (!names.insert(party.name).second) fail(prefix, fmt::format("party '{}' is defined twice", party.name));
      check_unit_interval(party.reservation_value, prefix + ".reservation", "reservation value");
      if (!std::isfinite(party.discount_factor) || party.discount_factor <= 0 || party.discount_factor > 1)
        fail(prefix + ".discount", fmt::format("discount factor {} is not in (0, 1]", party.discount_factor));
      if (party.capability && (!std::isfinite(*party.capability) || *party.capability <= 0))
        fail(prefix + ".capability", fmt::format("capability {} must be positive", *party.capability));
      if (party.salience) check_unit_interval(*party.salience, prefix + ".salience", "salience");
      for (const auto& red_line : party.red_lines) {
        if (red_line.issue >= scenario_.space.issue_count())
          fail(prefix + ".red_lines", fmt::format("red line on issue #{}, but the space has {} issues", red_line.issue,
                                                  scenario_.space.issue_count()));
        for (auto k : red_line.rejected)
          if (k >= scenario_.space.issue(red_line.issue).size())
            fail(prefix + ".red_lines", fmt::format("red line on issue '{}' rejects option #{}, which it does not have",
                                                    scenario_.space.issue(red_line.issue).name(), k));
      }
      if (party.utility.is_additive())
        check_additive(party.utility.additive(), prefix);
      else
        check_rectangles(party.utility.hyper_rectangles(), prefix);
      if (party.user_model) check_user_model(*party.user_model, prefix + ".user_model");
    }
  }

 private:
  const Scenario& scenario_;
};

}  // namespace

std::optional<std::size_t> Scenario::find_party(std::string_view name) const {
  for (std::size_t p = 0; p < parties.size(); ++p)
    if (parties[p].name == name) return p;
  return std::nullopt;
}

void validate_scenario(const Scenario& scenario) { Checker(scenario).run(); }

std::vector<std::string> party_names(const Scenario& scenario) {
  std::vector<std::string> names;
  for (const auto& party : scenario.parties) names.push_back(party.name);
  return names;
}

std::size_t require_party(const Scenario& scenario, std::string_view name, const SourceLocation& where) {
  if (const auto p = scenario.find_party(name)) return *p;
  throw InputError(where, fmt::format("no party named '{}'{}", name, name_hint(name, party_names(scenario), "parties")));
}

bool breaks_red_line(const Party& party, const Outcome& outcome) {
  for (const auto& red_line : party.red_lines)
    if (red_line.issue < outcome.size() &&
        std::find(red_line.rejected.begin(), red_line.rejected.end(), outcome[red_line.issue]) != red_line.rejected.end())
      return true;
  return false;
}

bool has_red_lines(const Scenario& scenario) {
  return std::any_of(scenario.parties.begin(), scenario.parties.end(), [](const Party& p) { return !p.red_lines.empty(); });
}

std::vector<double> utilities_of(const Scenario& scenario, const Outcome& outcome) {
  std::vector<double> result;
  result.reserve(scenario.parties.size());
  for (const auto& party : scenario.parties) result.push_back(party.utility(outcome));
  return result;
}

}  // namespace parley
