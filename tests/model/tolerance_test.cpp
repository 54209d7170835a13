// The tolerance policy (parley/model/tolerance.hpp): what every module means by "rational",
// "tie" and "dominated".
#include "parley/model/tolerance.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace parley::tolerance {
namespace {

TEST(TolerancePolicy, RationalityHasTheToleranceInTheOutcomesFavour) {
  // Issue 12's reproducer: r_a = 0.5000000002 and an outcome giving a 0.4999999994 (8e-10 short).
  EXPECT_TRUE(meets_reservation(0.4999999994, 0.5000000002));
  EXPECT_TRUE(margin_open(reservation_margin(0.4999999994, 0.5000000002)));
  EXPECT_FALSE(meets_reservation(0.4999999989, 0.5000000002));  // 1.3e-9 short
  EXPECT_FALSE(margin_open(reservation_margin(0.4999999989, 0.5000000002)));
  const std::vector<double> u{0.4999999994, 0.7}, r{0.5000000002, 0.7}, r_high{0.5, 0.71};
  EXPECT_TRUE(meets_reservations(u, r));
  EXPECT_FALSE(meets_reservations(u, r_high));
}

TEST(TolerancePolicy, DominanceIsExactAndCoverageTolerant) {
  const std::vector<double> a{1.0, 0.0}, b{0.99999999955, 0.1}, c{1.0, 0.0};
  EXPECT_FALSE(dominates(a, b));  // better for one party by less than the tolerance: still a trade-off
  EXPECT_FALSE(dominates(b, a));
  EXPECT_TRUE(weakly_dominates(a, c));
  EXPECT_FALSE(dominates(a, c));
  EXPECT_TRUE(covers(b, a));  // within 1e-9 in the first coordinate, better in the second
  EXPECT_FALSE(covers(a, b));
}

TEST(TolerancePolicy, TiesAndMergeKeys) {
  EXPECT_TRUE(same_utility(0.3, 0.3 + 5e-10));
  EXPECT_FALSE(same_utility(0.3, 0.3 + 2e-9));
  EXPECT_FALSE(clearly_greater(0.3 + 5e-10, 0.3));
  EXPECT_TRUE(clearly_greater(0.3 + 2e-9, 0.3));
  EXPECT_EQ(merge_key(0.1 + 0.2), merge_key(0.3));
  EXPECT_NE(merge_key(0.3), merge_key(0.3 + 2e-9));
}

}  // namespace
}  // namespace parley::tolerance
