// Red lines as a restriction of the outcome space (see red_lines.hpp for why this is exact).
#include "parley/analysis/red_lines.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/analysis/zopa.hpp"
#include "parley/model/error.hpp"

namespace parley::analysis {
namespace {

void check_supported(const Scenario& scenario) {
  for (const auto& party : scenario.parties)
    for (const auto& red_line : party.red_lines) {
      const auto& issue = scenario.space.issue(red_line.issue);
      if (issue.is_numeric())
        throw InputError(SourceLocation{scenario.source, 0, "parties." + party.name + ".red_lines"},
                         fmt::format("red line of '{}' on numeric issue '{}': red lines are supported on labelled issues only",
                                     party.name, issue.name()));
      if (!party.utility.is_additive())
        throw InputError(SourceLocation{scenario.source, 0, "parties." + party.name + ".red_lines"},
                         fmt::format("party '{}' has red lines and a non-additive utility, which is not supported", party.name));
    }
}

bool rejected_by_someone(const Scenario& scenario, std::size_t issue, std::uint32_t option) {
  for (const auto& party : scenario.parties)
    for (const auto& red_line : party.red_lines)
      if (red_line.issue == issue && std::binary_search(red_line.rejected.begin(), red_line.rejected.end(), option)) return true;
  return false;
}

struct Variant {
  bool open = false;
  std::optional<double> margin;
};

Variant zopa_of(const Scenario& scenario) {
  const auto restriction = restrict_to_red_lines(scenario);
  if (restriction.closed()) return {};
  const auto frontier = pareto_frontier(*restriction.scenario);
  return {zopa(*restriction.scenario, frontier).nonempty.value_or(false), zopa_margin(*restriction.scenario, frontier)};
}

}  // namespace

RedLineRestriction restrict_to_red_lines(const Scenario& scenario) {
  RedLineRestriction restriction;
  const auto& space = scenario.space;
  if (!has_red_lines(scenario)) {
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      restriction.kept.emplace_back(space.issue(i).size());
      for (std::uint32_t k = 0; k < space.issue(i).size(); ++k) restriction.kept[i][k] = k;
    }
    restriction.scenario = scenario;
    return restriction;
  }
  check_supported(scenario);
  std::vector<Issue> issues;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    const auto& issue = space.issue(i);
    std::vector<std::uint32_t> kept;
    for (std::uint32_t k = 0; k < issue.size(); ++k)
      if (!rejected_by_someone(scenario, i, k)) kept.push_back(k);
    if (kept.empty()) {
      restriction.closed_issues.push_back(i);
      std::vector<std::string> who;
      for (const auto& party : scenario.parties)
        for (const auto& red_line : party.red_lines)
          if (red_line.issue == i) who.push_back(red_line.description);
      restriction.reason += fmt::format("{}red lines exclude every option of {} ({})", restriction.reason.empty() ? "" : "; ",
                                        issue.name(), fmt::join(who, "; "));
    }
    std::vector<std::string> labels;
    for (auto k : kept) labels.push_back(issue.label(k));
    if (!kept.empty()) {
      auto restricted = Issue::with_labels(issue.name(), issue.kind(), labels);
      restricted.description = issue.description;
      issues.push_back(std::move(restricted));
    }
    restriction.kept.push_back(std::move(kept));
  }
  if (restriction.closed()) return restriction;
  Scenario restricted = scenario;
  restricted.space = OutcomeSpace(std::move(issues));
  for (auto& party : restricted.parties) {
    auto additive = party.utility.additive();
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      std::vector<double> evaluations;
      for (auto k : restriction.kept[i]) evaluations.push_back(additive.evaluations[i][k]);
      additive.evaluations[i] = std::move(evaluations);
    }
    party.utility = UtilityFunction(std::move(additive));
    party.red_lines.clear();  // they are the space now
  }
  validate_scenario(restricted);
  restriction.scenario = std::move(restricted);
  return restriction;
}

Outcome to_original(const RedLineRestriction& restriction, const Outcome& restricted) {
  Outcome outcome(restricted.size());
  for (std::size_t i = 0; i < restricted.size(); ++i) outcome[i] = restriction.kept[i][restricted[i]];
  return outcome;
}

Scenario without_red_lines(Scenario scenario) {
  for (auto& party : scenario.parties) party.red_lines.clear();
  return scenario;
}

std::string red_line_key(const Scenario& scenario, std::size_t party, const RedLineConstraint& red_line) {
  return scenario.parties[party].name + "." + scenario.space.issue(red_line.issue).name();
}

std::vector<std::string> red_line_keys(const Scenario& scenario) {
  std::vector<std::string> keys;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    for (const auto& red_line : scenario.parties[p].red_lines) keys.push_back(red_line_key(scenario, p, red_line));
  return keys;
}

Scenario drop_red_lines(Scenario scenario, const RedLineChoice& choice, const SourceLocation& where) {
  if (choice.drop_all) return without_red_lines(std::move(scenario));
  const auto keys = red_line_keys(scenario);
  for (const auto& key : choice.drop)
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      throw InputError(where, keys.empty() ? fmt::format("no red line '{}': this scenario has no red lines", key)
                                           : fmt::format("no red line '{}' (red lines in force: {})", key, fmt::join(keys, ", ")));
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    auto& lines = scenario.parties[p].red_lines;
    std::erase_if(lines, [&](const RedLineConstraint& red_line) {
      return std::find(choice.drop.begin(), choice.drop.end(), red_line_key(scenario, p, red_line)) != choice.drop.end();
    });
  }
  return scenario;
}

std::string red_line_choice_label(const Scenario& scenario, const RedLineChoice& choice) {
  const auto count = red_line_keys(scenario).size();
  if (choice.drop_all) return count == 0 ? "" : "red lines: all dropped (the additive model alone)";
  if (!choice.drop.empty()) return fmt::format("red lines: dropped {}", fmt::join(choice.drop, ", "));
  return count == 0 ? "" : fmt::format("red lines: respected ({})", count);
}

RedLineRestriction negotiable_space(const Scenario& scenario, const RedLineChoice& choice, const SourceLocation& where,
                                    const std::string& how_to_proceed) {
  auto restriction = restrict_to_red_lines(drop_red_lines(scenario, choice, where));
  if (restriction.closed())
    throw InputError(where, fmt::format("{}: there is nothing to sign, so nothing to negotiate. Red lines in force: {}. {}",
                                        restriction.reason, fmt::join(red_line_keys(drop_red_lines(scenario, choice, where)), ", "),
                                        how_to_proceed));
  return restriction;
}

RedLineSweep red_line_sweep(const Scenario& scenario) {
  RedLineSweep sweep;
  sweep.any = has_red_lines(scenario);
  const auto alone = zopa_of(without_red_lines(scenario));
  sweep.open_without = alone.open;
  sweep.margin_without = alone.margin;
  if (!sweep.any) {
    sweep.open_with = alone.open;
    sweep.margin_with = alone.margin;
    return sweep;
  }
  const auto restriction = restrict_to_red_lines(scenario);
  sweep.closed_reason = restriction.reason;
  sweep.closed_issues = restriction.closed_issues;
  const auto with = zopa_of(scenario);
  sweep.open_with = with.open;
  sweep.margin_with = with.margin;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    for (std::size_t r = 0; r < scenario.parties[p].red_lines.size(); ++r) {
      auto dropped = scenario;
      auto& lines = dropped.parties[p].red_lines;
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(r));
      const auto variant = zopa_of(dropped);
      sweep.effects.push_back({p, r, variant.margin, variant.open});
    }
  const bool single = std::any_of(sweep.effects.begin(), sweep.effects.end(), [](const RedLineEffect& e) { return e.open; });
  if (!sweep.red_lines_close() || single) return sweep;
  for (std::size_t a = 0; a < sweep.effects.size(); ++a)
    for (std::size_t b = a + 1; b < sweep.effects.size(); ++b) {
      auto dropped = scenario;
      // Erase the later index first so that the earlier one stays valid within one party.
      for (const auto* effect : {&sweep.effects[b], &sweep.effects[a]}) {
        auto& lines = dropped.parties[effect->party].red_lines;
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(effect->red_line));
      }
      const auto variant = zopa_of(dropped);
      if (variant.open) sweep.reopening_pairs.push_back({a, b, variant.margin});
    }
  return sweep;
}

}  // namespace parley::analysis
