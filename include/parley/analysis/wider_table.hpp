// parley::analysis wider table — the agreement space with the parties who decide issues beyond
// the two principals (the West: sanctions, security guarantees), beside the bilateral one.
//
// Data flow:
//   bilateral Scenario (scenario_at) + wider Scenario (wider_table_scenario_at: the principals
//   first, same space) + who decides each issue (issue_deciders, parley/model/wider_table.hpp)
//     ──analyze_wider_table()──▶ WiderTableAnalysis:
//        the wider table's frontier, Nash, Kalai–Smorodinsky and ZOPA with its red lines and
//        without them (analyze() on n parties, exact);
//        what each party would have to give at the wider table's Nash point (its red-line Nash when
//        the ZOPA is open, else the additive model's);
//        the bilateral Nash package (with red lines, else without) seen by every party at the wider
//        table: whose reservation it misses, i.e. who would veto the bilateral deal.
//
// "Give" (docs/algorithms/wider_table.md): at a package o, party p gives up on issue i the weighted
// loss w_i (max_k e_i(k) − e_i(o_i)) against its best option there. The loss counts as given by p
// when p decides issue i (it must consent to that option), and as accepted when others decide it.
// Comparisons use the tolerance policy (parley/model/tolerance.hpp): a loss within it is none.
#pragma once

#include <optional>
#include <vector>

#include "parley/analysis/analyze.hpp"
#include "parley/model/wider_table.hpp"

namespace parley::analysis {

struct Concession {
  std::size_t issue = 0;
  std::uint32_t option = 0;           // the package's option (index of the scenario's issue)
  double utility = 0;                 // the utility given up: w_i (best e_i − e_i(option)) > tolerance
};

struct PartyConcessions {
  std::size_t party = 0;              // of the wider scenario
  std::vector<Concession> gives;      // on issues the party decides
  std::vector<Concession> accepts;    // on issues decided by others
  double total = 0;                   // Σ of its losses: its best utility (Σ_i w_i max_k e_i(k)) − u_p(o)
};

// What each party gives up at package `outcome`; one entry per party of `scenario`, party order.
// Additive utilities only (InputError otherwise).
std::vector<PartyConcessions> concessions_at(const Scenario& scenario, const std::vector<IssueDecision>& deciders,
                                             const Outcome& outcome);

struct WiderTableAnalysis {
  std::size_t principal_count = 0;    // the first parties of the wider scenario
  AnalysisResult with_red_lines;      // over the outcomes no red line excludes
  AnalysisResult without_red_lines;   // the additive model alone
  std::optional<double> margin_with;     // ZOPA margin (sensitivity.hpp) with red lines; null when they exclude everything
  std::optional<double> margin_without;  // ... of the additive model alone
  // The wider table's reference package and what each party gives there.
  std::optional<AgreementPoint> reference;
  bool reference_without_red_lines = false;   // red lines close the wider ZOPA: the additive model's Nash
  std::vector<PartyConcessions> concessions;
  // The bilateral table's Nash package, its utilities for every party of the wider table.
  std::optional<AgreementPoint> bilateral_nash;
  bool bilateral_without_red_lines = false;   // red lines leave nothing bilaterally: the additive Nash
  std::vector<std::size_t> vetoes;            // wider-table parties (not principals) below their reservation there
  std::vector<PartyConcessions> bilateral_concessions;  // at the bilateral Nash, every wider party
};

// `wider` lists the parties of `bilateral` first, in the same order, over the same space.
// InputError when it does not.
WiderTableAnalysis analyze_wider_table(const Scenario& bilateral, const Scenario& wider,
                                       const std::vector<IssueDecision>& deciders, const AnalysisOptions& options = {});

}  // namespace parley::analysis
