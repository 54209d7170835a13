// Shocks (parse, apply, bad specs) and the ZOPA sweep, checked against plain enumeration of
// every outcome (brute_force_oracle.hpp), independently of the frontier code.
#include <algorithm>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/random_scenario.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/analysis/zopa.hpp"
#include "parley/model/error.hpp"

namespace parley::analysis {
namespace {

Scenario two_issue_scenario() {
  Scenario s;
  s.name = "shock test";
  s.space = OutcomeSpace({Issue::with_labels("crimea", IssueKind::ordinal, {"recognised", "deferred", "returned"}),
                          Issue::with_labels("nato", IssueKind::ordinal, {"neutral", "member"})});
  s.parties.push_back({"Russia", "principal", AdditiveUtility{{0.6, 0.4}, {{1.0, 0.5, 0.0}, {1.0, 0.0}}}, 0.4});
  s.parties.push_back({"Ukraine", "principal", AdditiveUtility{{0.75, 0.25}, {{0.0, 0.7, 1.0}, {0.2, 1.0}}}, 0.3});
  validate_scenario(s);
  return s;
}

std::string error_of(const Scenario& scenario, const std::string& spec) {
  try {
    apply_shocks(scenario, {parse_shock(spec)});
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().field, "--shock");
    return error.what();
  }
  ADD_FAILURE() << "no error for " << spec;
  return {};
}

TEST(Shock, ParsesEveryTargetAndOperator) {
  const auto r = parse_shock("Russia.reservation-=0.1");
  EXPECT_EQ(r.party, "Russia");
  EXPECT_EQ(r.target, ShockTarget::reservation);
  EXPECT_EQ(r.op, ShockOperator::subtract);
  EXPECT_DOUBLE_EQ(r.amount, 0.1);
  const auto w = parse_shock("Russia.weight.crimea*=1.5");
  EXPECT_EQ(w.target, ShockTarget::weight);
  EXPECT_EQ(w.issue, "crimea");
  EXPECT_EQ(w.op, ShockOperator::multiply);
  const auto e = parse_shock("Ukraine.evaluation.crimea.recognised-russian=0.2");
  EXPECT_EQ(e.target, ShockTarget::evaluation);
  EXPECT_EQ(e.issue, "crimea");
  EXPECT_EQ(e.value, "recognised-russian");
  EXPECT_EQ(e.op, ShockOperator::set);
  EXPECT_EQ(parse_shock("A.reservation+=0.25").op, ShockOperator::add);
  // Numeric labels keep their dots: the value is everything after the issue.
  EXPECT_EQ(parse_shock("A.evaluation.price.0.25=1").value, "0.25");
}

TEST(Shock, AppliesReservationWeightAndEvaluation) {
  const auto base = two_issue_scenario();
  auto s = apply_shocks(base, {parse_shock("russia.reservation-=0.1"), parse_shock("Ukraine.reservation=0.45")});
  EXPECT_NEAR(s.parties[0].reservation_value, 0.3, 1e-12);
  EXPECT_NEAR(s.parties[1].reservation_value, 0.45, 1e-12);

  // Weight: the issue gets exactly the new weight, the others share the rest proportionally.
  s = apply_shocks(base, {parse_shock("Russia.weight.crimea*=1.5")});
  EXPECT_NEAR(s.parties[0].utility.additive().weights[0], 0.9, 1e-12);
  EXPECT_NEAR(s.parties[0].utility.additive().weights[1], 0.1, 1e-12);
  s = apply_shocks(base, {parse_shock("Ukraine.weight.nato=0.5")});
  EXPECT_NEAR(s.parties[1].utility.additive().weights[0], 0.5, 1e-12);
  EXPECT_NEAR(s.parties[1].utility.additive().weights[1], 0.5, 1e-12);

  s = apply_shocks(base, {parse_shock("Ukraine.evaluation.crimea.recognised=0.2")});
  EXPECT_NEAR(s.parties[1].utility.additive().evaluations[0][0], 0.2, 1e-12);
  EXPECT_EQ(s.parties[0].utility.additive().evaluations, base.parties[0].utility.additive().evaluations);
}

TEST(Shock, BadSpecsNameTheProblem) {
  const auto s = two_issue_scenario();
  EXPECT_NE(error_of(s, "Russia.reservation").find("no operator"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.reservation-=abc").find("not a number"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.reservation/=2").find("unknown target 'reservation/'"), std::string::npos);
  EXPECT_NE(error_of(s, "Belarus.reservation=0.1").find("no party named 'Belarus' (parties: Russia, Ukraine)"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.weight.donbas=0.1").find("no issue named 'donbas'"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.evaluation.crimea.annexed=0.1").find("has no value 'annexed'"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.evaluation.crimea=0.1").find("PARTY.evaluation.ISSUE.VALUE"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.salience=0.1").find("unknown target 'salience'"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.reservation-=0.5").find("must stay in [0, 1]"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.weight.crimea*=2").find("must stay in [0, 1]"), std::string::npos);
  EXPECT_NE(error_of(s, "Ukraine.evaluation.nato.member+=0.5").find("must stay in [0, 1]"), std::string::npos);
}

// Red-line concessions and set-asides are shocks too (the workbench's every what-if has a
// command line): a concession removes exactly that party's red lines on the issue, a set-aside
// is neutralise_issue().
TEST(Shock, ConcedesARedLineAndSetsAnIssueAside) {
  auto s = two_issue_scenario();
  s.parties[0].red_lines.push_back({0, {2}, "Russia will not sign crimea = returned"});
  s.parties[1].red_lines.push_back({0, {0}, "Ukraine will not sign crimea = recognised"});
  s.parties[1].red_lines.push_back({1, {0}, "Ukraine will not sign nato = neutral"});

  const auto r = parse_shock("Ukraine.red-line.crimea=off");
  EXPECT_EQ(r.target, ShockTarget::red_line);
  EXPECT_EQ(r.party, "Ukraine");
  EXPECT_EQ(r.issue, "crimea");
  const auto conceded = apply_shocks(s, {r});
  ASSERT_EQ(conceded.parties[1].red_lines.size(), 1u);
  EXPECT_EQ(conceded.parties[1].red_lines[0].issue, 1u) << "only the named issue's red line goes";
  EXPECT_EQ(conceded.parties[0].red_lines.size(), 1u) << "the other party's red lines stay";
  EXPECT_NE(conceded.name.find("[shocked: Ukraine.red-line.crimea=off]"), std::string::npos);

  const auto a = parse_shock("set-aside.crimea");
  EXPECT_EQ(a.target, ShockTarget::set_aside);
  EXPECT_TRUE(a.party.empty());
  const auto aside = apply_shocks(s, {a});
  const auto neutral = neutralise_issue(s, 0);
  for (std::size_t p = 0; p < 2; ++p) {
    EXPECT_EQ(aside.parties[p].utility.additive().evaluations, neutral.parties[p].utility.additive().evaluations);
    EXPECT_EQ(aside.parties[p].red_lines.size(), neutral.parties[p].red_lines.size());
  }

  EXPECT_NE(error_of(s, "Russia.red-line.nato=off").find("Russia has drawn no red line on 'nato' (red lines: "
                                                         "Russia.crimea, Ukraine.crimea, Ukraine.nato)"),
            std::string::npos);
  EXPECT_NE(error_of(s, "Russia.red-line.crimea=on").find("PARTY.red-line.ISSUE=off"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.red-line.=off").find("PARTY.red-line.ISSUE=off"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.red-lin.crimea=off").find("only a red-line shock takes '=off'"), std::string::npos);
  EXPECT_NE(error_of(s, "Russia.red-line.kosovo=off").find("no issue named 'kosovo'"), std::string::npos);
  EXPECT_NE(error_of(s, "set-aside.kosovo").find("no issue named 'kosovo'"), std::string::npos);
  EXPECT_NE(error_of(s, "set-aside.").find("set-aside.ISSUE"), std::string::npos);
}

// Brute force: max over ALL outcomes of u_i subject to u_j >= r_j for j != i.
std::optional<double> brute_threshold(const test::EnumeratedSpace& all, const Scenario& s, std::size_t i) {
  std::optional<double> best;
  for (const auto& u : all.utilities) {
    bool ok = true;
    for (std::size_t j = 0; j < u.size(); ++j) ok = ok && (j == i || u[j] >= s.parties[j].reservation_value - 1e-9);
    if (ok && (!best || u[i] > *best)) best = u[i];
  }
  return best;
}

double brute_margin(const test::EnumeratedSpace& all, const Scenario& s) {
  double best = -std::numeric_limits<double>::infinity();
  for (const auto& u : all.utilities) {
    double worst = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < u.size(); ++j) worst = std::min(worst, u[j] - s.parties[j].reservation_value);
    best = std::max(best, worst);
  }
  return best;
}

bool zopa_nonempty(const Scenario& s) { return *zopa(s, pareto_frontier(s)).nonempty; }

TEST(Sweep, ThresholdsAndMarginMatchEnumeration) {
  for (std::size_t parties : {2u, 3u}) {
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
      const auto s = random_additive_scenario({.parties = parties, .issues = 4, .values_per_issue = 3, .seed = seed,
                                               .max_reservation = 0.9, .coarse = seed % 3 == 0});
      const auto all = test::enumerate_space(s);
      const auto sweep = sensitivity_sweep(s);
      ASSERT_TRUE(sweep.margin);
      EXPECT_NEAR(*sweep.margin, brute_margin(all, s), 1e-12) << "seed " << seed;
      EXPECT_EQ(*sweep.margin >= -1e-9, zopa_nonempty(s)) << "seed " << seed;
      ASSERT_EQ(sweep.thresholds.size(), parties);
      for (std::size_t i = 0; i < parties; ++i) {
        const auto expected = brute_threshold(all, s, i);
        ASSERT_EQ(sweep.thresholds[i].threshold.has_value(), expected.has_value()) << "seed " << seed;
        if (!expected) continue;
        EXPECT_NEAR(*sweep.thresholds[i].threshold, *expected, 1e-12) << "seed " << seed << " party " << i;
        // Moving r_i to the threshold leaves a ZOPA; a little past it, none.
        auto at = s, past = s;
        at.parties[i].reservation_value = *expected;
        EXPECT_TRUE(zopa_nonempty(at)) << "seed " << seed;
        if (*expected + 1e-6 <= 1) {
          past.parties[i].reservation_value = *expected + 1e-6;
          EXPECT_FALSE(zopa_nonempty(past)) << "seed " << seed << " party " << i;
        }
      }
    }
  }
}

TEST(Sweep, BlockingIssuesMatchEnumerationOfTheNeutralisedScenario) {
  int blocking_seen = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    auto s = random_additive_scenario({.parties = 2, .issues = 4, .values_per_issue = 3, .seed = seed});
    // Every second seed: reservations just above the best equal split, so that the ZOPA is
    // barely empty and settling one issue may open it.
    if (seed % 2 == 0) {
      const double best_min = brute_margin(test::enumerate_space(s), s);  // reservations are 0 here
      for (auto& party : s.parties) party.reservation_value = std::min(1.0, best_min + 0.03);
    }
    const auto sweep = sensitivity_sweep(s);
    const bool empty_now = !zopa_nonempty(s);
    ASSERT_EQ(sweep.issues.size(), 4u);
    for (std::size_t k = 0; k < 4; ++k) {
      // Oracle: enumerate the scenario with issue k worth 1 to everybody, written out by hand.
      auto neutral = s;
      for (auto& party : neutral.parties) {
        auto additive = party.utility.additive();
        for (auto& e : additive.evaluations[k]) e = 1.0;
        party.utility = UtilityFunction(additive);
      }
      const double margin = brute_margin(test::enumerate_space(neutral), neutral);
      ASSERT_TRUE(sweep.issues[k].margin);
      EXPECT_NEAR(*sweep.issues[k].margin, margin, 1e-12);
      EXPECT_EQ(sweep.issues[k].blocks, empty_now && margin >= -1e-9) << "seed " << seed << " issue " << k;
      blocking_seen += sweep.issues[k].blocks;
    }
  }
  EXPECT_GT(blocking_seen, 0) << "the random scenarios never exercised a blocking issue";
}

TEST(Sweep, HandExample) {
  // Russia r = 0.4, Ukraine r = 0.3. Outcomes (Russia, Ukraine):
  //  recognised/neutral (1.0, 0.05)  recognised/member (0.6, 0.25)  deferred/neutral (0.7, 0.575)
  //  deferred/member (0.3, 0.775)    returned/neutral (0.4, 0.8)    returned/member (0.0, 1.0)
  const auto s = two_issue_scenario();
  const auto sweep = sensitivity_sweep(s);
  EXPECT_NEAR(*sweep.margin, 0.275, 1e-12);  // deferred/neutral: min(0.3, 0.275)
  EXPECT_NEAR(*sweep.thresholds[0].threshold, 0.7, 1e-12);  // best for Russia with Ukraine >= 0.3
  EXPECT_NEAR(*sweep.thresholds[1].threshold, 0.8, 1e-12);  // best for Ukraine with Russia >= 0.4
  EXPECT_NEAR(*sweep.thresholds[0].change(), 0.3, 1e-12);
  for (const auto& issue : sweep.issues) EXPECT_FALSE(issue.blocks);  // the ZOPA is open
}

}  // namespace
}  // namespace parley::analysis
