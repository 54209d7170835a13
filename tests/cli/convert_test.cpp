// `parley convert` end to end: the built CLI converts between YAML, GENIUS XML and
// GeniusWeb JSON, and converting there and back gives the scenario we started from.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/yaml_scenario_equality.hpp"
#include "parley/io/load.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::string example(const std::string& name) { return (test::source_dir() / "scenarios/examples" / name).string(); }

class Convert : public testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() /
               ("parley-convert-test-" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }
  std::string at(const std::string& name) const { return (scratch_ / name).string(); }

  // Runs `parley convert ARGUMENTS` and expects success.
  void convert(const std::string& arguments) {
    const auto result = test::run_cli("convert " + arguments);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("converted "), std::string::npos) << result.out;
  }

  // YAML ──▶ FORMAT folder ──▶ YAML again: the two YAML files hold the same scenario.
  // `structurally`: the same tables; otherwise the same utility for every outcome.
  void expect_there_and_back(const std::string& yaml, const std::string& format, bool structurally = true) {
    convert(fmt_args(yaml, at(format), "--to " + format));
    convert(fmt_args(at(format), at("back.yaml"), ""));
    const auto original = io::read_yaml_scenario(yaml), back = io::read_yaml_scenario(at("back.yaml"));
    if (structurally)
      test::expect_same_scenario(original, back, {.compare_metadata = false});
    else
      test::expect_same_utilities(original, back, 1e-12);
  }

  static std::string fmt_args(const std::string& in, const std::string& out, const std::string& extra) {
    return "'" + in + "' '" + out + "' " + extra;
  }

  fs::path scratch_;
};

TEST_F(Convert, YamlToYamlIsIdentical) {
  convert(fmt_args(example("coalition.yaml"), at("copy.yaml"), ""));
  test::expect_same_scenario(io::read_yaml_scenario(example("coalition.yaml")), io::read_yaml_scenario(at("copy.yaml")));
}

TEST_F(Convert, YamlToGeniusAndBack) { expect_there_and_back(example("laptop.yaml"), "genius"); }
// GENIUS has no rectangle mixing INCLUDES and EXCLUDES; its writer expands those rectangles.
TEST_F(Convert, NonlinearYamlToGeniusAndBack) { expect_there_and_back(example("rectangles.yaml"), "genius", false); }
// GeniusWeb profiles hold no discount factor, so this uses a scenario without one.
TEST_F(Convert, YamlToGeniusWebAndBack) {
  expect_there_and_back(test::fixture("yaml/minimal.yaml").string(), "geniusweb");
}

TEST_F(Convert, SharedGeniusScenarioToYamlReadsBackIdentical) {
  for (const char* scenario : {"genius/anac/y2011/Laptop", "genius/anac/y2010/Travel", "genius/anac/y2014/10issues"}) {
    SCOPED_TRACE(scenario);
    const auto folder = test::shared_data(scenario);
    if (folder.empty()) GTEST_SKIP() << "shared data '" << scenario << "' is absent; skipping";
    const auto out = at(fs::path(scenario).filename().string() + ".yaml");
    convert(fmt_args(folder.string(), out, ""));
    test::expect_same_scenario(io::load_scenario(folder), io::read_yaml_scenario(out), {.compare_metadata = false});
  }
}

TEST_F(Convert, RefusesToOverwriteWithoutForce) {
  convert(fmt_args(example("laptop.yaml"), at("out.yaml"), ""));
  const auto refused = test::run_cli("convert " + fmt_args(example("coalition.yaml"), at("out.yaml"), ""));
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("error: " + at("out.yaml") + ": already exists; refusing to overwrite"), std::string::npos)
      << refused.err;
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  EXPECT_EQ(io::read_yaml_scenario(at("out.yaml")).name, "Laptop");  // untouched
  convert(fmt_args(example("coalition.yaml"), at("out.yaml"), "--force"));
  EXPECT_EQ(io::read_yaml_scenario(at("out.yaml")).name, "Coalition budget");
}

TEST_F(Convert, AFolderTargetNeedsAFormat) {
  const auto result = test::run_cli("convert " + fmt_args(example("laptop.yaml"), at("folder"), ""));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("cannot tell the target format"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(at("folder")));
  const auto clash = test::run_cli("convert " + fmt_args(example("laptop.yaml"), at("x.yaml"), "--to genius"));
  EXPECT_EQ(clash.exit_code, 2);
  EXPECT_NE(clash.err.find("writes a folder"), std::string::npos) << clash.err;
  const auto unknown = test::run_cli("convert " + fmt_args(example("laptop.yaml"), at("x"), "--to negmas"));
  EXPECT_EQ(unknown.exit_code, 2);
  convert(fmt_args(example("laptop.yaml"), at("folder"), "--to yaml"));
  EXPECT_TRUE(fs::exists(at("folder/scenario.yaml")));
}

TEST_F(Convert, BadInputExitsTwoNamingFileAndLine) {
  const auto bad = test::fixture("yaml/bad/negative_weight.yaml").string();
  const auto result = test::run_cli("convert '" + bad + "' '" + at("out.yaml") + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("error: " + bad + ":19: parties[1].utility.weights.colour: weight of issue 'colour' is negative"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(at("out.yaml")));
}

TEST_F(Convert, JsonSummary) {
  const auto result = test::run_cli("convert " + fmt_args(example("coalition.yaml"), at("c.yaml"), "--json"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto summary = nlohmann::json::parse(result.out);
  EXPECT_EQ(summary["input_format"], "yaml");
  EXPECT_EQ(summary["output_format"], "yaml");
  EXPECT_EQ(summary["output"], at("c.yaml"));
  EXPECT_EQ(summary["parties"], nlohmann::json({"Greens", "Liberals", "Social Democrats"}));
  EXPECT_EQ(summary["issues"].size(), 3u);
  EXPECT_EQ(summary["differences"], nlohmann::json::array());  // YAML holds everything
}

TEST_F(Convert, SaysWhatTheTargetFormatCannotHold) {
  const auto result = test::run_cli("convert " + fmt_args(example("coalition.yaml"), at("g"), "--to genius"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("note: issue 'carbon tax': type changed from 'ordinal' to 'categorical'\n"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("note: party 'Greens': capability was dropped\n"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("utilities changed"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace parley
