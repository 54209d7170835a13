// The one did-you-mean helper (parley/model/did_you_mean.hpp).
#include "parley/model/did_you_mean.hpp"

#include <string>
#include <vector>

#include "parley/model/error.hpp"
#include "parley/model/scenario.hpp"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(DidYouMean, EditDistance) {
  EXPECT_EQ(edit_distance("negotiat", "negotiate"), 1u);
  EXPECT_EQ(edit_distance("wieghts", "weights"), 2u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("same", "same"), 0u);
}

TEST(DidYouMean, SuggestsOnlyNearMisses) {
  const std::vector<std::string> commands{"analyze", "negotiate", "tournament", "forecast"};
  EXPECT_EQ(nearest_name("negotiat", commands), std::optional<std::string>("negotiate"));
  EXPECT_EQ(nearest_name("analyse", commands), std::optional<std::string>("analyze"));
  EXPECT_EQ(nearest_name("xyz", commands), std::nullopt);
  EXPECT_EQ(unknown_name("command", "negotiat", commands, false), "unknown command 'negotiat'; did you mean 'negotiate'?");
  EXPECT_EQ(unknown_name("command", "xyz", commands, false),
            "unknown command 'xyz' (valid: analyze, negotiate, tournament, forecast)");
  EXPECT_EQ(unknown_name("agent", "bolware", std::vector<std::string>{"boulware", "conceder"}),
            "unknown agent 'bolware'; did you mean 'boulware'? (valid: boulware, conceder)");
}

TEST(DidYouMean, CaseIsIgnoredAndAWholeReplacementIsNoSuggestion) {
  const std::vector<std::string> parties{"Russia", "Ukraine"};
  EXPECT_EQ(nearest_name("russia", parties), std::optional<std::string>("Russia"));
  EXPECT_EQ(nearest_name("Rusia", parties), std::optional<std::string>("Russia"));
  const std::vector<std::string> parameters{"e", "k", "accept"};
  EXPECT_EQ(nearest_name("x", parameters), std::nullopt);  // one letter for another is no near miss
  EXPECT_EQ(name_hint("Rusia", parties, "parties"), "; did you mean 'Russia'? (parties: Russia, Ukraine)");
  EXPECT_EQ(name_hint("Belarus", parties, "parties"), " (parties: Russia, Ukraine)");
}

TEST(DidYouMean, LongListsAreCut) {
  std::vector<std::string> names;
  for (int i = 0; i < 30; ++i) names.push_back("issue" + std::to_string(i));
  const auto hint = name_hint("zzzzzzzz", names, "issues");
  EXPECT_NE(hint.find("issue19, ... 30 in all)"), std::string::npos) << hint;
  EXPECT_EQ(hint.find("issue20"), std::string::npos) << hint;
}

TEST(DidYouMean, PartiesIssuesAndValuesOfAScenario) {
  OutcomeSpace space({Issue::with_labels("crimea", IssueKind::categorical, {"ukrainian", "russian"}),
                      Issue::integer_range("troops", 0, 10)});
  const SourceLocation where{"s.yaml", 3, "x"};
  EXPECT_EQ(require_issue(space, "troops", where), 1u);
  try {
    require_issue(space, "crimae", where);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.problem(), "no issue named 'crimae'; did you mean 'crimea'? (issues: crimea, troops)");
  }
  try {
    require_value(space.issue(0), "rusian", where);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.problem(), "issue 'crimea' has no value 'rusian'; did you mean 'russian'? (values: ukrainian, russian)");
  }
  EXPECT_EQ(require_value(space.issue(1), "7", where), 7u);
  EXPECT_THROW(require_value(space.issue(1), "11", where), InputError);
}

}  // namespace
}  // namespace parley
