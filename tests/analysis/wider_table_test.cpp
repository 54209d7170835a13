// The wider table (the West beside Russia and Ukraine) against an independent brute force over
// every outcome of the flagship, and what each party gives on a hand-computed case.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

#include <gtest/gtest.h>

#include "parley/analysis/wider_table.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/wider_table.hpp"
#include "support/test_paths.hpp"

namespace parley::analysis {
namespace {

const Timeline& flagship() {
  static const Timeline loaded = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  return loaded;
}

// Brute force: every outcome, utilities as exact integers (each contribution rounded to 2^-40,
// then summed), red lines checked option by option, dominance by plain comparison.
struct BruteForce {
  std::size_t rational = 0;                  // u_i >= r_i and no red line broken
  double best_nash_product = -1;             // max over rational outcomes of prod (u_i - r_i)
  std::size_t frontier_points = 0;           // distinct non-dominated utility vectors (permitted outcomes)
};

BruteForce brute_force(const Scenario& scenario, bool respect_red_lines) {
  const auto& space = scenario.space;
  const std::size_t n = scenario.parties.size(), issues = space.issue_count();
  std::vector<std::vector<std::vector<std::int64_t>>> table(n);  // [party][issue][option]
  for (std::size_t p = 0; p < n; ++p) {
    const auto& additive = scenario.parties[p].utility.additive();
    table[p].resize(issues);
    for (std::size_t i = 0; i < issues; ++i)
      for (std::size_t k = 0; k < space.issue(i).size(); ++k)
        table[p][i].push_back(std::llround(std::ldexp(additive.weights[i] * additive.evaluations[i][k], 40)));
  }
  const auto permitted = [&](const Outcome& o) {
    if (!respect_red_lines) return true;
    for (const auto& party : scenario.parties)
      for (const auto& red_line : party.red_lines)
        if (std::find(red_line.rejected.begin(), red_line.rejected.end(), o[red_line.issue]) != red_line.rejected.end()) return false;
    return true;
  };
  BruteForce result;
  std::vector<std::vector<std::int64_t>> points;
  Outcome o(issues, 0);
  for (bool done = false; !done;) {
    if (permitted(o)) {
      std::vector<std::int64_t> u(n, 0);
      for (std::size_t p = 0; p < n; ++p)
        for (std::size_t i = 0; i < issues; ++i) u[p] += table[p][i][o[i]];
      bool rational = true;
      double product = 1;
      for (std::size_t p = 0; p < n; ++p) {
        const double surplus = std::ldexp(static_cast<double>(u[p]), -40) - scenario.parties[p].reservation_value;
        rational = rational && surplus >= -1e-9;
        product *= std::max(0.0, surplus);
      }
      if (rational) ++result.rational, result.best_nash_product = std::max(result.best_nash_product, product);
      points.push_back(std::move(u));
    }
    std::size_t i = 0;
    while (i < issues && ++o[i] == space.issue(i).size()) o[i++] = 0;
    done = i == issues;
  }
  std::sort(points.begin(), points.end(), std::greater<>());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  std::vector<std::vector<std::int64_t>> frontier;  // lexicographically descending: no later point dominates an earlier one
  for (const auto& u : points) {
    const bool dominated = std::any_of(frontier.begin(), frontier.end(), [&](const auto& f) {
      return std::equal(f.begin(), f.end(), u.begin(), [](std::int64_t a, std::int64_t b) { return a >= b; });
    });
    if (!dominated) frontier.push_back(u);
  }
  // Summing rounded contributions can leave mathematically equal utilities a few units of 2^-40
  // apart; such differences are rounding (tolerance.hpp: kRoundingNoise), so a candidate that
  // another beats clearly in one coordinate and loses to by rounding only in the others is dominated.
  constexpr std::int64_t noise = 16;
  std::vector<std::vector<std::int64_t>> keys;
  for (const auto& u : frontier) {
    const bool dominated = std::any_of(frontier.begin(), frontier.end(), [&](const auto& f) {
      bool clearly_better = false;
      for (std::size_t p = 0; p < n; ++p) {
        if (f[p] < u[p] - noise) return false;
        clearly_better |= f[p] > u[p] + noise;
      }
      return clearly_better;
    });
    if (dominated) continue;
    // Points equal to within the tolerance (round(u / 1e-9) in every coordinate) are one point.
    std::vector<std::int64_t> key;
    for (const auto v : u) key.push_back(std::llround(std::ldexp(static_cast<double>(v), -40) / 1e-9));
    keys.push_back(std::move(key));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  result.frontier_points = keys.size();
  return result;
}

double nash_product(const Scenario& scenario, const AgreementPoint& point) {
  double product = 1;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) product *= point.utilities[p] - scenario.parties[p].reservation_value;
  return product;
}

TEST(WiderTable, FlagshipThreeSidedFrontierNashAndZopaMatchABruteForce) {
  const auto& timeline = flagship();
  for (const auto& snapshot : timeline.snapshots) {
    SCOPED_TRACE(snapshot.id);
    ASSERT_TRUE(has_wider_table(snapshot));
    const auto bilateral = scenario_at(timeline, snapshot);
    const auto wider = wider_table_scenario_at(timeline, snapshot);
    ASSERT_EQ(wider.parties.size(), 3u);
    EXPECT_EQ(wider.parties[2].name, "the West");
    const auto result = analyze_wider_table(bilateral, wider, issue_deciders(timeline, snapshot, wider));

    // The additive model alone: frontier size, ZOPA count and the Nash product.
    const auto additive = brute_force(wider, false);
    ASSERT_TRUE(result.without_red_lines.frontier.computed());
    EXPECT_EQ(result.without_red_lines.frontier.size(), additive.frontier_points);
    ASSERT_TRUE(result.without_red_lines.zopa.rational_outcomes.has_value());
    EXPECT_EQ(result.without_red_lines.zopa.rational_outcomes->u64.value_or(0), additive.rational);
    if (additive.rational > 0) {
      ASSERT_TRUE(result.without_red_lines.reference.nash.has_value());
      EXPECT_NEAR(nash_product(wider, *result.without_red_lines.reference.nash), additive.best_nash_product, 1e-9);
    } else {
      EXPECT_FALSE(result.without_red_lines.reference.nash.has_value());
    }
    // With the red lines: the same counts over the permitted outcomes.
    const auto with = brute_force(wider, true);
    const auto counted = result.with_red_lines.zopa.rational_outcomes;
    EXPECT_EQ(counted ? counted->u64.value_or(0) : 0u, with.rational);
    EXPECT_EQ(result.with_red_lines.reference.nash.has_value(), with.rational > 0);
  }
}

TEST(WiderTable, TheWestDecidesSanctionsAndGuaranteesOutsideTheBilateralTable) {
  const auto& timeline = flagship();
  const auto& snapshot = timeline.snapshots.back();
  const auto bilateral = scenario_at(timeline, snapshot);
  const auto wider = wider_table_scenario_at(timeline, snapshot);
  const auto at_two = issue_deciders(timeline, snapshot, bilateral);
  const auto at_three = issue_deciders(timeline, snapshot, wider);
  const auto sanctions = *wider.space.find_issue("sanctions");
  const auto crimea = *wider.space.find_issue("crimea");
  EXPECT_TRUE(at_two[sanctions].parties.empty());
  EXPECT_EQ(at_two[sanctions].outside, (std::vector<std::string>{"the West"}));
  EXPECT_EQ(at_three[sanctions].parties, (std::vector<std::size_t>{2}));
  EXPECT_EQ(at_three[crimea].parties, (std::vector<std::size_t>{0, 1}));  // the principals
  EXPECT_EQ(at_three[crimea].owners, nullptr);
}

// Hand-computed: two issues, three parties; party 2 decides issue 1 alone.
TEST(WiderTable, ConcessionsAreWeightedLossesSplitByWhoDecides) {
  Scenario scenario;
  scenario.space = OutcomeSpace({Issue::with_labels("land", IssueKind::categorical, {"a", "b"}), Issue::with_labels("money", IssueKind::categorical, {"x", "y", "z"})});
  const auto party = [](std::string name, std::vector<double> weights, std::vector<std::vector<double>> evaluations) {
    Party p;
    p.name = std::move(name);
    p.utility = UtilityFunction(AdditiveUtility{std::move(weights), std::move(evaluations)});
    return p;
  };
  scenario.parties = {party("A", {0.6, 0.4}, {{1.0, 0.0}, {1.0, 0.5, 0.0}}),
                      party("B", {0.5, 0.5}, {{0.0, 1.0}, {0.0, 0.5, 1.0}}),
                      party("C", {0.0, 1.0}, {{0.5, 0.5}, {0.2, 1.0, 0.6}})};
  std::vector<IssueDecision> deciders(2);
  deciders[0].parties = {0, 1};
  deciders[1].parties = {2};
  const auto at = concessions_at(scenario, deciders, Outcome{1, 2});  // land = b, money = z
  ASSERT_EQ(at.size(), 3u);
  // A: gives land (0.6 x (1 - 0) = 0.6), accepts money (0.4 x (1 - 0) = 0.4, decided by C).
  ASSERT_EQ(at[0].gives.size(), 1u);
  EXPECT_EQ(at[0].gives[0].issue, 0u);
  EXPECT_DOUBLE_EQ(at[0].gives[0].utility, 0.6);
  ASSERT_EQ(at[0].accepts.size(), 1u);
  EXPECT_DOUBLE_EQ(at[0].accepts[0].utility, 0.4);
  EXPECT_DOUBLE_EQ(at[0].total, 1.0);
  // B gets its best on both: gives nothing.
  EXPECT_TRUE(at[1].gives.empty());
  EXPECT_TRUE(at[1].accepts.empty());
  // C: indifferent on land (weight 0); gives money (1.0 x (1 - 0.6) = 0.4), which it decides.
  ASSERT_EQ(at[2].gives.size(), 1u);
  EXPECT_EQ(at[2].gives[0].issue, 1u);
  EXPECT_NEAR(at[2].gives[0].utility, 0.4, 1e-12);
  EXPECT_TRUE(at[2].accepts.empty());
}

}  // namespace
}  // namespace parley::analysis
