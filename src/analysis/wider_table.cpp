// The wider table beside the bilateral one (wider_table.hpp).
#include "parley/analysis/wider_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/analysis/red_lines.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/model/error.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis {
namespace {

// The Nash point of an analysis, or of the additive model alone when red lines leave none.
std::pair<std::optional<AgreementPoint>, bool> nash_or_additive(const AnalysisResult& with, const AnalysisResult& without) {
  if (with.reference.nash) return {with.reference.nash, false};
  return {without.reference.nash, without.reference.nash.has_value()};
}

}  // namespace

std::vector<PartyConcessions> concessions_at(const Scenario& scenario, const std::vector<IssueDecision>& deciders,
                                             const Outcome& outcome) {
  std::vector<PartyConcessions> all;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const auto& party = scenario.parties[p];
    if (!party.utility.is_additive())
      throw InputError(SourceLocation{scenario.source, 0, "parties." + party.name},
                       fmt::format("party '{}' has a non-additive utility: concessions per issue need additive utilities", party.name));
    const auto& additive = party.utility.additive();
    PartyConcessions entry;
    entry.party = p;
    for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
      const auto& evaluations = additive.evaluations[i];
      const double best = *std::max_element(evaluations.begin(), evaluations.end());
      const double loss = additive.weights[i] * (best - evaluations[outcome[i]]);
      if (!tolerance::clearly_greater(loss, 0)) continue;
      entry.total += loss;
      const Concession concession{i, outcome[i], loss};
      const auto& deciding = deciders[i].parties;
      (std::binary_search(deciding.begin(), deciding.end(), p) ? entry.gives : entry.accepts).push_back(concession);
    }
    const auto by_size = [](const Concession& a, const Concession& b) { return a.utility > b.utility; };
    std::stable_sort(entry.gives.begin(), entry.gives.end(), by_size);
    std::stable_sort(entry.accepts.begin(), entry.accepts.end(), by_size);
    all.push_back(std::move(entry));
  }
  return all;
}

WiderTableAnalysis analyze_wider_table(const Scenario& bilateral, const Scenario& wider,
                                       const std::vector<IssueDecision>& deciders, const AnalysisOptions& options) {
  const auto fail = [&](const std::string& what) { throw InputError(SourceLocation{wider.source, 0, "wider_table"}, what); };
  if (wider.parties.size() < bilateral.parties.size() || wider.space.issue_count() != bilateral.space.issue_count() ||
      deciders.size() != wider.space.issue_count())
    fail("the wider table must hold the bilateral parties and the same issues");
  for (std::size_t p = 0; p < bilateral.parties.size(); ++p)
    if (wider.parties[p].name != bilateral.parties[p].name)
      fail(fmt::format("the wider table lists '{}' where the bilateral table has '{}'", wider.parties[p].name, bilateral.parties[p].name));

  WiderTableAnalysis result;
  result.principal_count = bilateral.parties.size();
  result.with_red_lines = analyze(wider, options);
  const auto additive_wider = without_red_lines(wider);
  result.without_red_lines = analyze(additive_wider, options);
  result.margin_without = zopa_margin(additive_wider, result.without_red_lines.frontier);
  if (const auto restriction = restrict_to_red_lines(wider); !restriction.closed())
    result.margin_with = zopa_margin(*restriction.scenario, pareto_frontier(*restriction.scenario, options.frontier));
  std::tie(result.reference, result.reference_without_red_lines) = nash_or_additive(result.with_red_lines, result.without_red_lines);
  if (result.reference) result.concessions = concessions_at(wider, deciders, result.reference->outcome);

  const auto bilateral_with = analyze(bilateral, options);
  const auto bilateral_without = analyze(without_red_lines(bilateral), options);
  const auto [nash, additive] = nash_or_additive(bilateral_with, bilateral_without);
  if (nash) {
    result.bilateral_nash = AgreementPoint{nash->outcome, utilities_of(wider, nash->outcome)};
    result.bilateral_without_red_lines = additive;
    for (std::size_t p = result.principal_count; p < wider.parties.size(); ++p)
      if (!tolerance::meets_reservation(result.bilateral_nash->utilities[p], wider.parties[p].reservation_value) ||
          breaks_red_line(wider.parties[p], nash->outcome))
        result.vetoes.push_back(p);
    result.bilateral_concessions = concessions_at(wider, deciders, nash->outcome);
  }
  return result;
}

}  // namespace parley::analysis
