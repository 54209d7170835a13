// Readers of forecasting inputs: stance CSV, KTAB CSV, DEU; bad input names file and line.
#include <fstream>

#include <gtest/gtest.h>

#include "parley/forecast/csv_input.hpp"
#include "parley/forecast/deu.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley::forecast {
namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("parley-forecast-" + name);
  std::ofstream(path) << text;
  return path;
}

// `read` throws an InputError whose message contains each of `expected`.
template <typename Read>
void expect_input_error(Read read, std::initializer_list<std::string> expected) {
  try {
    read();
    ADD_FAILURE() << "bad input accepted";
  } catch (const InputError& error) {
    for (const auto& part : expected)
      EXPECT_NE(std::string(error.what()).find(part), std::string::npos) << error.what() << " lacks " << part;
  }
}

void expect_stance_error(const std::string& text, std::initializer_list<std::string> expected) {
  const auto path = write_temp("bad.csv", text);
  expect_input_error([&] { read_stance_csv(path); }, expected);
  std::filesystem::remove(path);
}

TEST(StanceCsv, ReadsColumnsInAnyOrderAndGroupsIssues) {
  const auto path = write_temp("issues.csv",
                               "Salience,Issue,Actor,Position,Capability,Note\n"
                               "50,tax,a,10,2,x\n100,tax,b,30,1,y\n20,spend,a,0,2,\n40,spend,b,90,1,\n");
  const auto issues = read_stance_csv(path);
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].name, "tax");
  EXPECT_EQ(issues[1].name, "spend");
  EXPECT_EQ(issues[0].stances[1].actor, "b");
  EXPECT_DOUBLE_EQ(issues[0].stances[1].salience, 1.0);
  EXPECT_DOUBLE_EQ(issues[1].stances[1].position, 90);
  EXPECT_EQ(detect_forecast_input(path), ForecastInputFormat::stance_csv);
  std::filesystem::remove(path);
}

TEST(StanceCsv, BadInputNamesFileLineAndProblem) {
  expect_stance_error("actor,capability,position\na,1,2\n", {"bad.csv:1", "missing column 'salience'"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\nb,one,3,50\n", {"bad.csv:3", "capability 'one' is not a number"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\nb,-1,3,50\n", {"bad.csv:3", "capability -1 is negative"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\nb,1,3,150\n", {"bad.csv:3", "salience 150 is not in [0, 100]"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\nb,1,3\n", {"bad.csv:3", "3 fields"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\na,1,3,50\n", {"bad.csv:3", "appears twice"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\n", {"bad.csv", "at least 2 actors"});
  expect_stance_error("actor,capability,position,salience\na,1,nan,50\nb,1,1,50\n", {"bad.csv:2", "position 'nan'"});
  expect_stance_error("\n\n", {"bad.csv", "empty"});
  expect_stance_error("actor,capability,position,salience\n", {"bad.csv:1", "no actor rows"});
}

// RFC 4180, as parley's CSV writers quote: a quote inside a quoted field is written twice, a
// quoted field may hold the separator and line breaks, and a backslash is plain text.
TEST(StanceCsv, ReadsQuotedFieldsAsRfc4180) {
  const auto path = write_temp("rfc4180.csv",
                               "actor,capability,position,salience\n"
                               "\"The \"\"Greens\"\"\",1,10,50\n"
                               "Left\\Right,1,20,50\n"
                               "\"Social, Democrats\",1,30,50\n"
                               "\"Two\nlines\",1,40,50\n"
                               "  padded  ,1,50,50\n");
  const auto issues = read_stance_csv(path);
  ASSERT_EQ(issues.size(), 1u);
  const auto& stances = issues[0].stances;
  ASSERT_EQ(stances.size(), 5u);
  EXPECT_EQ(stances[0].actor, "The \"Greens\"");
  EXPECT_EQ(stances[1].actor, "Left\\Right");
  EXPECT_EQ(stances[2].actor, "Social, Democrats");
  EXPECT_EQ(stances[3].actor, "Two\nlines");
  EXPECT_EQ(stances[4].actor, "padded");
  EXPECT_DOUBLE_EQ(stances[4].position, 50);
  std::filesystem::remove(path);
}

TEST(StanceCsv, MalformedQuotingNamesTheLine) {
  expect_stance_error("actor,capability,position,salience\na,1,2,50\n\"open,1,3,50\n",
                      {"bad.csv:", "quoted field is still open at the end of the file"});
  expect_stance_error("actor,capability,position,salience\na,1,2,50\nb\"c,1,3,50\n",
                      {"bad.csv:3", "malformed line", "quote inside an unquoted field"});
  expect_stance_error("actor,capability,position,salience\n\"a\"x,1,2,50\n", {"bad.csv:2", "text after a closing quote"});
}

// Rows keep their line numbers when a quoted field spans lines.
TEST(StanceCsv, LineNumbersCountLinesInsideQuotedFields) {
  expect_stance_error("actor,capability,position,salience\n\"a\nb\",1,2,50\nc,x,3,50\n", {"bad.csv:4", "capability 'x'"});
}

TEST(StanceCsv, MissingFileIsAnInputError) {
  EXPECT_THROW(read_stance_csv("/nonexistent/forecast.csv"), InputError);
}

// Found by fuzz_forecast_csv (fuzz/corpus/forecast_csv/ktab-dimensions-1e308.csv): the count
// was cast to int before the range check, undefined behaviour that UBSan reports.
TEST(KtabCsv, DimensionCountOutsideTheIntegersIsAnInputError) {
  for (const char* count : {"1e308", "3000000000", "-1e308", "2.5", "0"}) {
    const auto path = write_temp("dimensions.csv", std::string("name,description,2,") + count +
                                                       "\nActor,Description,Influence,Tax position,Tax salience\n"
                                                       "A,a,1,10,50\nB,b,1,20,50\n");
    expect_input_error([&] { read_ktab_csv(path); }, {"dimensions.csv:1", "is not a whole number from 1 to 10^6"});
    std::filesystem::remove(path);
  }
}

TEST(KtabCsv, ReadsEveryDimensionAsAnIssue) {
  const auto path = test::fixture("forecast/ktab-two-dimensions.csv");
  EXPECT_EQ(detect_forecast_input(path), ForecastInputFormat::ktab_csv);
  const auto issues = read_ktab_csv(path);
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].name, "Tax");
  EXPECT_EQ(issues[1].name, "Spend");
  ASSERT_EQ(issues[1].stances.size(), 3u);
  EXPECT_EQ(issues[1].stances[2].actor, "C");
  EXPECT_DOUBLE_EQ(issues[1].stances[2].capability, 25);
  EXPECT_DOUBLE_EQ(issues[1].stances[2].position, 10);
  EXPECT_DOUBLE_EQ(issues[1].stances[2].salience, 0.5);
  ASSERT_TRUE(issues[0].scale);
  EXPECT_EQ(issues[0].scale->upper, 100);
}

TEST(KtabCsv, ActorCountMustMatchTheFirstLine) {
  const auto path = write_temp("ktab.csv", "T,d,3,1,\nActor,Description,Influence,X Position,X Salience\nA,a,1,10,50\nB,b,1,20,50\n");
  expect_input_error([&] { read_ktab_csv(path); }, {"ktab.csv:1", "declares 3 actors but 2"});
  std::filesystem::remove(path);
}

TEST(KtabCsv, ReadsEveryShippedKtabExample) {
  PARLEY_REQUIRE_SHARED_DATA(folder, "ktab");
  const std::pair<const char*, std::size_t> files[] = {{"SOE-Competitive.csv", 34}, {"SOE-Pol-Comp.csv", 13},
                                                       {"SOE-Policy.csv", 26},      {"dummyData-a040.csv", 40},
                                                       {"dummyData-a080.csv", 80},  {"dummyData_3Dim.csv", 7},
                                                       {"dummyData_6Dim.csv", 27}};
  for (const auto& [name, actors] : files) {
    const auto issues = read_ktab_csv(folder / name);
    ASSERT_FALSE(issues.empty()) << name;
    EXPECT_EQ(issues[0].stances.size(), actors) << name;
  }
  EXPECT_EQ(read_ktab_csv(folder / "dummyData_6Dim.csv").size(), 6u);
  EXPECT_EQ(read_ktab_csv(folder / "SOE-Pol-Comp.csv")[1].name, "Competitive");
}

TEST(Deu, ReadsIssuesCapabilitiesAndOutcomes) {
  const auto path = test::fixture("forecast/deu-small.tsv");
  EXPECT_EQ(detect_forecast_input(path), ForecastInputFormat::deu_tsv);
  const auto data = read_deu(path);
  EXPECT_EQ(data.rows, 3u);
  EXPECT_EQ(data.without_outcome, 1u);
  EXPECT_EQ(data.positions_without_salience, 1u);  // de on x3
  ASSERT_EQ(data.issues.size(), 2u);
  const auto& x1 = data.issues[0];
  EXPECT_EQ(x1.issue.name, "x1");
  EXPECT_EQ(x1.outcome, 60);
  ASSERT_EQ(x1.issue.stances.size(), 3u);
  EXPECT_DOUBLE_EQ(x1.issue.stances[2].capability, 2.8);
  EXPECT_DOUBLE_EQ(x1.issue.stances[1].salience, 1.0);
  EXPECT_EQ(data.issues[1].issue.stances.size(), 2u);

  // Compromise by hand: x1 = (4.1·.5·100 + 4.1·1·0 + 2.8·.5·50)/(2.05 + 4.1 + 1.4);
  // x3 = (4.1·.4·30 + 2.8·.6·100)/(1.64 + 1.68).
  const double x1_forecast = (205 + 70) / 7.55, x3_forecast = (49.2 + 168) / 3.32;
  const auto report = backtest(data.issues);
  EXPECT_EQ(report.issues, 2u);
  ASSERT_EQ(report.scores[0].model, "compromise");
  EXPECT_NEAR(report.scores[0].mean_absolute_error, (std::abs(x1_forecast - 60) + std::abs(x3_forecast - 70)) / 2, 1e-9);
}

TEST(Deu, BacktestOnTheFullDataSetMatchesPublishedFigures) {
  PARLEY_REQUIRE_SHARED_DATA(path, "deu/deu3.csv");
  const auto data = read_deu(path);
  EXPECT_EQ(data.issues.size(), 353u);
  EXPECT_EQ(data.without_outcome, 11u);
  const auto report = backtest(data.issues);
  auto score = [&](const std::string& model) {
    for (const auto& s : report.scores)
      if (s.model == model) return s.mean_absolute_error;
    return -1.0;
  };
  // ../shared/data/deu/README.md: about 23.2 (size x salience), 23.7 (salience), about 28 (median).
  EXPECT_NEAR(score("compromise"), 23.2, 0.05);
  EXPECT_NEAR(score("salience-mean"), 23.7, 0.05);
  EXPECT_NEAR(score("median"), 28, 0.5);
  EXPECT_GT(score("bdm"), 0);
  EXPECT_GT(score("nash"), 0);
}

TEST(Deu, BadNumbersNameLineAndColumn) {
  const auto path = write_temp("deu.tsv", "\"isnr\"\t\"pa\"\t\"pb\"\t\"sa\"\t\"sb\"\t\"rp\"\t\"out\"\n\t1\t1\t\t\t\t\n\"i1\"\t10\tx\t50\t50\t0\t20\n");
  expect_input_error([&] { read_deu(path); }, {"deu.tsv:3", "pb", "position 'x' is not a number"});
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace parley::forecast
