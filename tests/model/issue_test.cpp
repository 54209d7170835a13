#include "parley/model/issue.hpp"

#include <string>
#include <vector>

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

TEST(Issue, FindsLabelsInAnyOrderAndNamesTheFirstRepeat) {
  // Labels out of alphabetical order, some prefixes of others: the sorted index must map each
  // back to its position in the file.
  auto issue = Issue::with_labels("x", IssueKind::categorical, {"pear", "apple", "app", "zebra", "apples", ""});
  const std::vector<std::string> labels = {"pear", "apple", "app", "zebra", "apples", ""};
  for (std::size_t k = 0; k < labels.size(); ++k) EXPECT_EQ(issue.find(labels[k]), k) << labels[k];
  for (const char* absent : {"ap", "applez", "zebras", "a", "pearl"}) EXPECT_EQ(issue.find(absent), std::nullopt) << absent;
  try {
    Issue::with_labels("x", IssueKind::categorical, {"b", "a", "c", "a", "b"});
    ADD_FAILURE() << "repeated labels accepted";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("the value 'a' twice"), std::string::npos) << error.what();
  }
}

TEST(Issue, FindComparesLogarithmicallyManyLabels) {
  // Every label of a 2^14-value issue looked up once, plus as many absent ones: a binary search
  // compares at most 15 labels and one equality per lookup; a linear scan about 8,000.
  constexpr std::size_t n = std::size_t{1} << 14;
  std::vector<std::string> labels;
  for (std::size_t k = 0; k < n; ++k) labels.push_back("value " + std::to_string((k * 7919) % n));
  const auto issue = Issue::with_labels("x", IssueKind::categorical, labels);
  const auto before = Issue::label_comparisons();
  for (std::size_t k = 0; k < n; ++k) {
    ASSERT_EQ(issue.find(labels[k]), k);
    ASSERT_EQ(issue.find(labels[k] + "!"), std::nullopt);
  }
  EXPECT_LE(Issue::label_comparisons() - before, 2 * n * 16);
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
