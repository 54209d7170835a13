// Bad YAML scenarios: one small fixture per error class (tests/fixtures/yaml/bad/), each a
// copy of tests/fixtures/yaml/minimal.yaml with one defect. The error must name the file,
// the line of the defect, the field path and the problem.
#include <gtest/gtest.h>

#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

struct BadCase {
  const char* fixture;  // tests/fixtures/yaml/bad/<fixture>.yaml
  int line;             // 0: the error has no line (the file as a whole)
  const char* field;
  const char* problem;  // a part of the message
};

void PrintTo(const BadCase& bad, std::ostream* out) { *out << bad.fixture; }

class BadYaml : public testing::TestWithParam<BadCase> {};

TEST(BadYaml, TheBaseFixtureIsValid) {
  EXPECT_EQ(io::read_yaml_scenario(test::fixture("yaml/minimal.yaml")).parties.size(), 2u);
}

TEST_P(BadYaml, NamesFileLineFieldAndProblem) {
  const auto& bad = GetParam();
  const auto file = test::fixture(std::string("yaml/bad/") + bad.fixture + ".yaml");
  try {
    io::read_yaml_scenario(file);
    FAIL() << bad.fixture << " was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().file, file.string());
    EXPECT_EQ(error.where().line, bad.line);
    EXPECT_EQ(error.where().field, bad.field);
    EXPECT_NE(error.problem().find(bad.problem), std::string::npos) << error.what();
    const auto rendered = std::string(error.what());
    EXPECT_EQ(rendered.rfind(file.string() + (bad.line ? ":" + std::to_string(bad.line) : std::string()) + ": ", 0), 0u)
        << rendered;
  }
}

INSTANTIATE_TEST_SUITE_P(
    OneFixturePerErrorClass, BadYaml,
    testing::Values(
        BadCase{"malformed", 14, "", "malformed YAML"},
        BadCase{"empty", 0, "", "the file is empty"},
        BadCase{"bad_version", 1, "parley", "unsupported format version 2"},
        BadCase{"unknown_top_level_key", 3, "issue", "unknown key 'issue' (did you mean 'issues'?)"},
        BadCase{"unknown_key", 19, "parties[1].utility.wieghts", "unknown key 'wieghts' (did you mean 'weights'?)"},
        BadCase{"missing_utility", 17, "parties[1].utility", "missing required field 'utility'"},
        BadCase{"rectangle_no_normaliser", 19, "parties[1].utility.normaliser", "missing required field 'normaliser'"},
        BadCase{"wrong_type", 19, "parties[1].utility.weights", "expected a map"},
        BadCase{"not_a_number", 19, "parties[1].utility.weights.size", "expected a number, found 'heavy'"},
        BadCase{"unknown_issue", 19, "parties[1].utility.weights.sise", "unknown issue 'sise'"},
        BadCase{"unknown_value", 15, "parties[0].utility.evaluations.colour.gren", "issue 'colour' has no value 'gren'"},
        BadCase{"rectangle_unknown_value", 23, "parties[1].utility.rectangles[0].where.size", "has no value '7'"},
        BadCase{"evaluation_out_of_range", 22, "parties[1].utility.evaluations.size[1]", "evaluation 1.5 of value '2'"},
        BadCase{"negative_weight", 19, "parties[1].utility.weights.colour", "weight of issue 'colour' is negative"},
        BadCase{"nan_weight", 19, "parties[1].utility.weights.colour", "weight of issue 'colour' is not a number"},
        BadCase{"nan_weight_word", 19, "parties[1].utility.weights.colour", "weight of issue 'colour' is not a number"},
        BadCase{"zero_weights", 19, "parties[1].utility.weights", "all weights are zero"},
        BadCase{"missing_weight", 19, "parties[1].utility.weights", "no weight for issue 'size'"},
        BadCase{"duplicate_issue", 7, "issues[1].name", "issue 'colour' is defined twice (first at line 4)"},
        BadCase{"duplicate_party", 17, "parties[1].name", "party 'a' is defined twice (first at line 11)"},
        BadCase{"duplicate_value", 6, "issues[0].values[2]", "value 'red' is defined twice"},
        BadCase{"duplicate_key", 19, "parties[1].utility.weights.colour", "key 'colour' appears twice"},
        BadCase{"empty_issue", 6, "issues[0].values", "an issue needs at least one value"},
        BadCase{"no_issues", 3, "issues", "a scenario needs at least one issue"},
        BadCase{"missing_evaluation", 15, "parties[0].utility.evaluations.colour", "no evaluation for value 'green'"},
        BadCase{"missing_issue_evaluations", 21, "parties[1].utility.evaluations", "no evaluations for issue 'colour'"},
        BadCase{"wrong_list_length", 22, "parties[1].utility.evaluations.size", "2 evaluations for the 3 values"},
        BadCase{"real_without_step", 7, "issues[1].step", "missing required field 'step'"},
        BadCase{"integer_with_step", 10, "issues[1].step", "'step' is for real issues only"},
        BadCase{"reversed_range", 9, "issues[1].range", "upper end 1 is below lower end 3"},
        BadCase{"rectangle_reversed", 23, "parties[1].utility.rectangles[0].where.size", "range [3, 2] of issue 'size' is reversed"},
        BadCase{"unknown_issue_type", 5, "issues[0].type", "unknown issue type 'catgorical'"},
        BadCase{"utility_type", 19, "parties[1].utility.type", "unknown utility type 'hyperrectangles'"},
        BadCase{"one_party", 11, "parties", "at least 2 parties, found 1"},
        BadCase{"reservation_out_of_range", 18, "parties[1].reservation", "reservation value 1.2 is not in [0, 1]"},
        BadCase{"discount_zero", 18, "parties[1].discount", "discount factor 0 is not in (0, 1]"}),
    [](const testing::TestParamInfo<BadCase>& info) { return std::string(info.param.fixture); });

TEST(BadYaml, MissingFileIsNamed) {
  try {
    io::read_yaml_scenario(test::fixture("yaml/bad/does_not_exist.yaml"));
    FAIL();
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("does_not_exist.yaml: no such file or folder"), std::string::npos);
  }
}

TEST(BadYaml, DeepNestingIsAnErrorNotACrash) {
  const std::string deep = "parley: 1\nname: " + std::string(100000, '[') + "\n";
  EXPECT_THROW(io::parse_yaml_scenario(deep, "deep.yaml"), InputError);
}

TEST(BadYaml, NestedRangeListsAreRejectedNotExpanded) {
  // Aliases of aliases would double the conditions at every level if nesting were followed.
  const std::string nested =
      "parley: 1\nname: t\nissues:\n  - {name: n, type: integer, range: [0, 3]}\nparties:\n"
      "  - name: a\n    utility:\n      type: hyper-rectangles\n      normaliser: 1\n"
      "      rectangles: [{utility: 1, where: {n: [[[0, 1]], [[0, 1]]]}}]\n"
      "  - name: b\n    utility: {weights: {n: 1}, evaluations: {n: [0, 0, 0, 1]}}\n";
  try {
    io::parse_yaml_scenario(nested, "nested.yaml");
    FAIL();
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().field, "parties[0].utility.rectangles[0].where.n[0]");
    EXPECT_NE(error.problem().find("expected [first value, last value]"), std::string::npos);
    EXPECT_EQ(error.where().line, 10);
  }
}

TEST(BadYaml, IntegerRangesTooWideToCountAreRejected) {
  const std::string text =
      "parley: 1\nname: t\nissues:\n  - {name: n, type: integer, range: [-9223372036854775807, 9223372036854775807]}\n";
  try {
    io::parse_yaml_scenario(text, "wide.yaml");
    FAIL();
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().line, 4);
    EXPECT_EQ(error.where().field, "issues[0].range");
  }
}

}  // namespace
}  // namespace parley
