#include "parley/model/issue.hpp"

#include <gtest/gtest.h>

#include "parley/model/error.hpp"

namespace parley {
namespace {

TEST(Issue, LabelledIssueFindsItsValues) {
  auto issue = Issue::with_labels("crimea", IssueKind::ordinal, {"russian", "disputed", "ukrainian"});
  EXPECT_EQ(issue.size(), 3u);
  EXPECT_EQ(issue.find("disputed"), 1u);
  EXPECT_EQ(issue.find("Disputed"), std::nullopt);
  EXPECT_EQ(issue.label(2), "ukrainian");
}

TEST(Issue, RejectsEmptyAndDuplicateLabels) {
  EXPECT_THROW(Issue::with_labels("x", IssueKind::categorical, {}), InputError);
  EXPECT_THROW(Issue::with_labels("x", IssueKind::categorical, {"a", "b", "a"}), InputError);
  EXPECT_THROW(Issue::with_labels("x", IssueKind::integer, {"a"}), InputError);
}

TEST(Issue, IntegerRangeHasEveryInteger) {
  auto issue = Issue::integer_range("price", -2, 7);
  EXPECT_EQ(issue.size(), 10u);
  EXPECT_EQ(issue.label(0), "-2");
  EXPECT_EQ(issue.find("7"), 9u);
  EXPECT_EQ(issue.find("7.0"), 9u);
  EXPECT_EQ(issue.find("8"), std::nullopt);
  EXPECT_EQ(issue.find("1.5"), std::nullopt);
  EXPECT_DOUBLE_EQ(issue.numeric_value(3), 1.0);
  EXPECT_THROW(Issue::integer_range("bad", 3, 2), InputError);
}

TEST(Issue, RealRangeKeepsUpperBoundOnARaggedGrid) {
  auto even = Issue::real_range("share", 0.0, 1.0, 0.25);
  EXPECT_EQ(even.size(), 5u);
  EXPECT_DOUBLE_EQ(even.numeric_value(4), 1.0);
  auto ragged = Issue::real_range("share", 0.0, 1.0, 0.3);
  EXPECT_EQ(ragged.size(), 5u);  // 0, 0.3, 0.6, 0.9, 1
  EXPECT_DOUBLE_EQ(ragged.numeric_value(3), 0.9);
  EXPECT_DOUBLE_EQ(ragged.numeric_value(4), 1.0);
  EXPECT_EQ(ragged.find("0.6"), 2u);
  EXPECT_THROW(Issue::real_range("bad", 0, 1, 0), InputError);
  EXPECT_THROW(Issue::real_range("bad", 0, 1, -1), InputError);
}

}  // namespace
}  // namespace parley
