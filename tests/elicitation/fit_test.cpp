// Fit measures against brute force: Spearman from its definition on average ranks computed
// by counting, Kendall tau-b by visiting every pair (with many ties in both series).
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "parley/elicitation/fit.hpp"

namespace parley::elicitation {
namespace {

double brute_kendall(const std::vector<double>& x, const std::vector<double>& y) {
  double concordant = 0, discordant = 0, tied_x = 0, tied_y = 0;
  for (std::size_t a = 0; a < x.size(); ++a)
    for (std::size_t b = a + 1; b < x.size(); ++b) {
      const double dx = x[a] - x[b], dy = y[a] - y[b];
      if (dx == 0 && dy == 0) continue;
      if (dx == 0) ++tied_x;
      else if (dy == 0) ++tied_y;
      else if ((dx > 0) == (dy > 0)) ++concordant;
      else ++discordant;
    }
  return (concordant - discordant) / std::sqrt((concordant + discordant + tied_x) * (concordant + discordant + tied_y));
}

std::vector<double> brute_ranks(const std::vector<double>& x) {
  std::vector<double> ranks;
  for (double v : x) {
    double below = 0, equal = 0;
    for (double w : x) below += w < v, equal += w == v;
    ranks.push_back(below + (equal - 1) / 2);
  }
  return ranks;
}

double brute_pearson(const std::vector<double>& x, const std::vector<double>& y) {
  double mx = 0, my = 0;
  for (std::size_t k = 0; k < x.size(); ++k) mx += x[k], my += y[k];
  mx /= x.size(), my /= y.size();
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t k = 0; k < x.size(); ++k)
    sxy += (x[k] - mx) * (y[k] - my), sxx += (x[k] - mx) * (x[k] - mx), syy += (y[k] - my) * (y[k] - my);
  return sxy / std::sqrt(sxx * syy);
}

TEST(Fit, CorrelationsMatchBruteForceWithTies) {
  std::mt19937_64 random(5);
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<double> x, y;
    for (int k = 0; k < 300; ++k) {
      x.push_back(static_cast<double>(random() % 7));
      y.push_back(static_cast<double>(random() % 5) + (trial % 2 ? x.back() : 0.0));
    }
    EXPECT_NEAR(kendall_tau_b(x, y), brute_kendall(x, y), 1e-12);
    EXPECT_NEAR(spearman_correlation(x, y), brute_pearson(brute_ranks(x), brute_ranks(y)), 1e-12);
  }
}

TEST(Fit, ReversedOrderIsMinusOne) {
  const std::vector<double> x{1, 2, 3, 4, 5}, y{5, 4, 3, 2, 1};
  EXPECT_DOUBLE_EQ(kendall_tau_b(x, y), -1.0);
  EXPECT_DOUBLE_EQ(spearman_correlation(x, y), -1.0);
}

}  // namespace
}  // namespace parley::elicitation
