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

TEST(OutcomeSpace, RejectsDuplicateIssueNames) {
  EXPECT_THROW(OutcomeSpace({Issue::integer_range("a", 0, 1), Issue::integer_range("a", 0, 2)}), InputError);
}

}  // namespace
}  // namespace parley
