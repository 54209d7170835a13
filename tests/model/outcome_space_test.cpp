#include "parley/model/outcome_space.hpp"

#include <gtest/gtest.h>

#include "parley/model/error.hpp"

namespace parley {
namespace {

OutcomeSpace ten_valued_issues(int count) {
  std::vector<Issue> issues;
  for (int i = 0; i < count; ++i) issues.push_back(Issue::integer_range("i" + std::to_string(i), 0, 9));
  return OutcomeSpace(std::move(issues));
}

TEST(OutcomeSpace, CountsBeyondSixtyFourBitsExactly) {
  auto space = ten_valued_issues(40);
  const auto count = space.cardinality();
  EXPECT_EQ(count.decimal(), "1" + std::string(40, '0'));
  EXPECT_FALSE(count.as_u64().has_value());
  EXPECT_DOUBLE_EQ(count.as_double(), 1e40);
  EXPECT_FALSE(space.enumerable(1'000'000));
}

TEST(OutcomeSpace, SmallCountFitsSixtyFourBits) {
  auto space = ten_valued_issues(3);
  EXPECT_EQ(space.cardinality().as_u64(), 1000u);
  EXPECT_TRUE(space.enumerable(1000));
  EXPECT_FALSE(space.enumerable(999));
}

TEST(OutcomeSpace, MixedRadixIdRoundTrips) {
  OutcomeSpace space({Issue::with_labels("a", IssueKind::categorical, {"x", "y"}), Issue::integer_range("b", 0, 2)});
  for (std::uint64_t id = 0; id < 6; ++id) EXPECT_EQ(space.to_id(space.from_id(id)), id);
  EXPECT_EQ(space.from_id(5), (Outcome{1, 2}));
  EXPECT_EQ(space.describe({1, 2}), "a=y, b=2");
}

// A value holding ", " would run into the next pair: it is quoted (quotes inside doubled).
TEST(OutcomeSpace, DescribeQuotesValuesWithCommas) {
  OutcomeSpace space({Issue::with_labels("coalition", IssueKind::categorical, {"Greens, Left", "The \"Blues\"", "none"}),
                      Issue::integer_range("seats", 0, 3)});
  EXPECT_EQ(space.describe({0, 3}), "coalition=\"Greens, Left\", seats=3");
  EXPECT_EQ(space.describe({1, 0}), "coalition=\"The \"\"Blues\"\"\", seats=0");
  EXPECT_EQ(space.describe({2, 1}), "coalition=none, seats=1");
}

// Huge counts: the exact decimal, and its scientific form beside it from 10 digits on.
TEST(OutcomeSpace, ReadableCountAddsTheScientificForm) {
  EXPECT_EQ(readable_count("27"), "27");
  EXPECT_EQ(readable_count("999999999"), "999999999");
  EXPECT_EQ(readable_count("1000000000"), "1000000000 (~1.00e+09)");
  EXPECT_EQ(readable_count(ten_valued_issues(40).cardinality().decimal()), "1" + std::string(40, '0') + " (~1.00e+40)");
  EXPECT_EQ(readable_count("123456789012"), "123456789012 (~1.23e+11)");
  EXPECT_EQ(readable_count("99960000000"), "99960000000 (~1.00e+11)");
}

TEST(OutcomeSpace, RejectsDuplicateIssueNames) {
  EXPECT_THROW(OutcomeSpace({Issue::integer_range("a", 0, 1), Issue::integer_range("a", 0, 2)}), InputError);
}

}  // namespace
}  // namespace parley
