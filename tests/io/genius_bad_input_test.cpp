// Bad GENIUS input: each case breaks one shipped fixture file in one way and expects one
// InputError naming that file, the line (where the parser or the element gives one) and the
// problem. tests/fixtures/genius/bad/ holds three broken folders as they ship.
#include <gtest/gtest.h>

#include "parley/io/genius_xml.hpp"
#include "parley/model/error.hpp"
#include "io/genius_test_support.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

using test::BadFileCase;
using test::error_of;

// A case on the fixture folder tests/fixtures/genius/<fixture>.
BadFileCase bad(std::string name, const std::string& fixture, std::string file, std::vector<test::TextEdit> edits,
                std::string problem, bool line_expected) {
  return {std::move(name), test::fixture("genius/" + fixture).string(), std::move(file), std::move(edits),
          std::move(problem), line_expected};
}

class GeniusBadInput : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(GeniusBadInput, NamesFileLineAndProblem) {
  test::expect_refused(GetParam(), [](const fs::path& folder) { io::read_genius_folder(folder); });
}

const std::string share_issue =
    "    <issue index=\"3\" etype=\"real\" type=\"real\" vtype=\"real\" name=\"share\">\n"
    "      <range lowerbound=\"0\" upperbound=\"1\"/>\n"
    "      <evaluator ftype=\"linear\" parameter0=\"1\" parameter1=\"-1\"/>\n"
    "    </issue>\n";

INSTANTIATE_TEST_SUITE_P(
    Cases, GeniusBadInput,
    ::testing::Values(
        bad("malformed", "mixed", "buyer.xml", {{"</issue>", "</isue>"}}, "malformed XML", true),
        bad("unknown_issue", "mixed", "buyer.xml", {{"name=\"colour\"", "name=\"color\""}},
                "issue 'color' is not in the domain", true),
        bad("unknown_value", "mixed", "buyer.xml", {{"value=\"green\" evaluation", "value=\"purple\" evaluation"}},
                "value 'purple' of issue 'colour' is not in the domain", true),
        bad("missing_value", "mixed", "buyer.xml", {{"<item index=\"1\" value=\"red\" evaluation=\"2\"/>", ""}},
                "value 'red' of issue 'colour' in the domain is missing", false),
        bad("missing_issue", "mixed", "buyer.xml", {{share_issue, ""}, {"<weight index=\"3\" value=\"1\"/>", ""}},
                "the profile has 2 issues but the domain has 3: issue 'share' is missing", false),
        bad("range_differs", "mixed", "buyer.xml", {{"upperbound=\"4\"", "upperbound=\"5\""}},
                "range [0, 5] here but [0, 4] in the domain", true),
        bad("negative_weight", "mixed", "buyer.xml", {{"<weight index=\"2\" value=\"1\"/>", "<weight index=\"2\" value=\"-1\"/>"}},
                "weight -1 of issue 'quantity' is negative", true),
        bad("nan_weight", "mixed", "buyer.xml", {{"<weight index=\"2\" value=\"1\"/>", "<weight index=\"2\" value=\"NaN\"/>"}},
                "is not a finite number", true),
        bad("word_weight", "mixed", "buyer.xml", {{"<weight index=\"2\" value=\"1\"/>", "<weight index=\"2\" value=\"heavy\"/>"}},
                "is not a number: 'heavy'", true),
        bad("zero_weights", "mixed", "seller.xml",
                {{"<weight index=\"1\" value=\"1\"/>", "<weight index=\"1\" value=\"0\"/>"},
                 {"<weight index=\"2\" value=\"1\"/>", "<weight index=\"2\" value=\"0\"/>"},
                 {"<weight index=\"3\" value=\"2\"/>", "<weight index=\"3\" value=\"0\"/>"}},
                "all issue weights are 0", false),
        bad("missing_weight", "mixed", "buyer.xml", {{"<weight index=\"3\" value=\"1\"/>", ""}},
                "issue 'share' has no <weight>", false),
        bad("weight_of_nothing", "mixed", "buyer.xml", {{"<weight index=\"3\"", "<weight index=\"7\""}},
                "weight index 7 names no issue", true),
        bad("twice_weighted", "mixed", "buyer.xml", {{"<weight index=\"3\"", "<weight index=\"2\""}},
                "issue 'quantity' has two weights", true),
        bad("negative_evaluation", "mixed", "buyer.xml", {{"evaluation=\"2\"", "evaluation=\"-2\""}},
                "evaluation -2 of value 'red' is negative", true),
        bad("unknown_evaluator", "mixed", "buyer.xml", {{"ftype=\"linear\" slope", "ftype=\"exp\" slope"}},
                "evaluator ftype 'exp' is not supported", true),
        bad("half_evaluator", "mixed", "buyer.xml", {{"slope=\"0.3\" ", ""}}, "no 'slope' attribute", true),
        bad("no_evaluator", "mixed", "seller.xml", {{"<evaluator ftype=\"linear\" slope=\"-0.25\" offset=\"1\"/>", ""}},
                "integer issue 'quantity' has no <evaluator>", false),
        bad("discount_above_one", "mixed", "seller.xml", {{"<discount_factor value=\"0.9\"/>", "<discount_factor value=\"1.5\"/>"}},
                "discount factor 1.5 is not in (0, 1]", true),
        bad("reservation_above_one", "mixed", "buyer.xml", {{"<reservation value=\"0.25\"/>", "<reservation value=\"2\"/>"}},
                "reservation value 2 is not in [0, 1]", true),
        bad("empty_domain_issue", "mixed", "mixed_domain.xml",
                {{"        <item index=\"1\" value=\"red\"/>\n        <item index=\"2\" value=\"green\"/>\n"
                  "        <item index=\"3\" value=\"blue\"/>\n", ""}},
                "issue 'colour' has no <item> values", false),
        bad("duplicate_issue", "mixed", "mixed_domain.xml", {{"name=\"quantity\"", "name=\"colour\""}},
                "issue 'colour' is defined twice (first at line 5)", true),
        bad("duplicate_value", "mixed", "mixed_domain.xml", {{"value=\"blue\"", "value=\"red\""}},
                "value 'red' is listed twice", true),
        bad("unknown_issue_type", "mixed", "mixed_domain.xml", {{"etype=\"real\"", "etype=\"complex\""}},
                "issue type 'complex' is not supported", true),
        bad("bad_bounds", "mixed", "mixed_domain.xml", {{"upperbound=\"4\"", "upperbound=\"four\""}},
                "'upperbound' of <issue> is not an integer: 'four'", true),
        bad("bound_out_of_range", "rectangles", "alpha.xml", {{"min=\"2\" max=\"3\"", "min=\"2\" max=\"9\""}},
                "range [2, 9] does not fit issue 'x' [1, 5]", true),
        bad("bound_of_nothing", "rectangles", "alpha.xml", {{"<INCLUDES index=\"1\"", "<INCLUDES index=\"9\""}},
                "index 9 names no issue", true),
        bad("mixed_bounds", "rectangles", "alpha.xml",
                {{"<EXCLUDES index=\"2\" min=\"1\" max=\"2\"/>",
                  "<EXCLUDES index=\"2\" min=\"1\" max=\"2\"/><INCLUDES index=\"1\" min=\"1\" max=\"1\"/>"}},
                "mixes INCLUDES and EXCLUDES", false),
        bad("max_aggregation", "rectangles", "alpha.xml", {{"aggregation=\"sum\"", "aggregation=\"max\""}},
                "ufun aggregation 'max' is not supported", true),
        bad("zero_maxutility", "rectangles", "beta.xml", {{"maxutility=\"8\"", "maxutility=\"0\""}},
                "maxutility 0 must be positive", true),
        bad("no_utility", "rectangles", "beta.xml", {{"<utility maxutility", "<utilty maxutility"}, {"</utility>", "</utilty>"}},
                "nonlinear profile has no <utility", false)),
    [](const ::testing::TestParamInfo<BadFileCase>& info) { return info.param.name; });

TEST(GeniusBadFolders, ShippedBrokenFoldersAreRefused) {
  EXPECT_NE(error_of([] { io::read_genius_folder(test::fixture("genius/bad/no_domain")); })
                .find("no GENIUS domain file"),
            std::string::npos);
  EXPECT_NE(error_of([] { io::read_genius_folder(test::fixture("genius/bad/two_domains")); })
                .find("two GENIUS domain files: 'a_domain.xml' and 'b_domain.xml'"),
            std::string::npos);
  const auto broken = error_of([] { io::read_genius_folder(test::fixture("genius/bad/broken_profile")); });
  // The parser stops at line 5, where the unclosed tag of line 4 meets "</objective>".
  EXPECT_NE(broken.find("broken.xml:5: malformed XML"), std::string::npos) << broken;
}

TEST(GeniusBadFolders, MissingFilesAndFolders) {
  EXPECT_NE(error_of([] { io::read_genius_folder(test::fixture("genius/absent")); }).find("folder does not exist"),
            std::string::npos);
  const auto folder = test::fixture("genius/mixed");
  EXPECT_NE(error_of([&] { io::read_genius(folder / "mixed_domain.xml", {folder / "buyer.xml", folder / "gone.xml"}); })
                .find("gone.xml: file does not exist"),
            std::string::npos);
  EXPECT_NE(error_of([&] { io::read_genius(folder / "mixed_domain.xml", {folder / "buyer.xml", folder / "buyer.xml"}); })
                .find("party 'buyer' is defined twice"),
            std::string::npos);
  EXPECT_NE(error_of([&] { io::read_genius(folder / "buyer.xml", {folder / "seller.xml", folder / "buyer.xml"}); })
                .find("expected a GENIUS domain"),
            std::string::npos);
}

TEST(GeniusBadFolders, TruncatedFilesAreRefusedCleanly) {
  const auto read = [](const fs::path& folder) { io::read_genius_folder(folder); };
  // Every cut leaves malformed XML, a missing profile or a mismatch with the domain.
  for (const auto& [fixture, file] : {std::pair{"genius/mixed", "buyer.xml"}, std::pair{"genius/mixed", "mixed_domain.xml"},
                                      std::pair{"genius/rectangles", "alpha.xml"}}) {
    const auto [refused, tried] = test::refused_truncations(test::fixture(fixture), file, 13, read);
    EXPECT_EQ(refused, tried) << file;
  }
}

}  // namespace
}  // namespace parley
