// Format detection, loading and saving through io::load_scenario / io::save_scenario, and
// the shipped laptop.yaml checked against the GENIUS original it transcribes.
#include "parley/io/load.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <gtest/gtest.h>

#include "io/yaml_scenario_equality.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;
using io::ScenarioFormat;

fs::path example(const std::string& name) { return test::source_dir() / "scenarios/examples" / name; }

// A fresh, empty folder under the temporary directory, removed at the end of the test.
class ScratchFolder {
 public:
  explicit ScratchFolder(const std::string& name) : path_(fs::temp_directory_path() / ("parley-load-test-" + name)) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchFolder() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(Load, FormatNamesRoundTrip) {
  for (auto format : {ScenarioFormat::yaml, ScenarioFormat::genius_xml, ScenarioFormat::geniusweb_json})
    EXPECT_EQ(io::scenario_format_from_string(io::to_string(format)), format);
  EXPECT_EQ(io::to_string(ScenarioFormat::genius_xml), "genius");
  EXPECT_FALSE(io::scenario_format_from_string("xml"));
  EXPECT_TRUE(io::is_yaml_file_name("a/b.YML"));
  EXPECT_FALSE(io::is_yaml_file_name("a/b.yaml.bak"));
}

TEST(Load, DetectsYamlFilesAndFolders) {
  EXPECT_EQ(io::detect_format(example("laptop.yaml")), ScenarioFormat::yaml);
  ScratchFolder folder("yaml-folder");
  fs::copy_file(example("coalition.yaml"), folder.path() / "scenario.yaml");
  EXPECT_EQ(io::detect_format(folder.path()), ScenarioFormat::yaml);
  test::expect_same_scenario(io::load_scenario(folder.path()), io::read_yaml_scenario(example("coalition.yaml")),
                             {.compare_metadata = false});
}

TEST(Load, ExplainsWhatItCannotRead) {
  EXPECT_NE(error_of([] { io::load_scenario("no/such/scenario.yaml"); }).find("no/such/scenario.yaml: no such file"),
            std::string::npos);
  ScratchFolder folder("empty");
  EXPECT_NE(error_of([&] { io::detect_format(folder.path()); }).find("this folder holds no scenario"), std::string::npos);
  fs::copy_file(example("laptop.yaml"), folder.path() / "laptop.txt");
  EXPECT_NE(error_of([&] { io::detect_format(folder.path() / "laptop.txt"); }).find("extension '.txt'"),
            std::string::npos);
  fs::copy_file(example("laptop.yaml"), folder.path() / "laptop.xml");
  EXPECT_NE(error_of([&] { io::detect_format(folder.path() / "laptop.xml"); }).find("no GENIUS domain"),
            std::string::npos);
}

TEST(Load, SavesYamlToAFileOrIntoAFolderAndNeverOverwritesSilently) {
  ScratchFolder folder("save");
  const auto scenario = io::load_scenario(example("rectangles.yaml"));
  io::save_scenario(scenario, folder.path() / "out.yaml", ScenarioFormat::yaml, false);
  io::save_scenario(scenario, folder.path() / "as-folder", ScenarioFormat::yaml, false);
  EXPECT_TRUE(fs::exists(folder.path() / "as-folder" / "scenario.yaml"));
  test::expect_same_scenario(scenario, io::load_scenario(folder.path() / "out.yaml"));
  test::expect_same_scenario(scenario, io::load_scenario(folder.path() / "as-folder"));
  EXPECT_NE(error_of([&] { io::save_scenario(scenario, folder.path() / "out.yaml", ScenarioFormat::yaml, false); })
                .find("already exists"),
            std::string::npos);
  EXPECT_NO_THROW(io::save_scenario(scenario, folder.path() / "out.yaml", ScenarioFormat::yaml, true));
}

// Writes `yaml` in `format`, reads it back through detection, and expects the same scenario
// (`structurally`: the same tables; otherwise the same utility for every outcome).
void expect_format_round_trip(const fs::path& yaml, ScenarioFormat format, const std::string& name,
                              bool structurally = true) {
  ScratchFolder folder(name);
  const auto original = io::load_scenario(yaml);
  const auto target = folder.path() / "written";
  io::save_scenario(original, target, format, false);
  EXPECT_EQ(io::detect_format(target), format);
  const auto again = io::load_scenario(target);
  if (structurally)
    test::expect_same_scenario(original, again, {.tolerance = 1e-12, .compare_metadata = false});
  else
    test::expect_same_utilities(original, again, 1e-12);
  EXPECT_THROW(io::save_scenario(original, target, format, false), InputError);
}

TEST(Load, GeniusFolderRoundTrip) { expect_format_round_trip(example("laptop.yaml"), ScenarioFormat::genius_xml, "genius"); }
TEST(Load, GeniusRectanglesRoundTrip) {
  // GENIUS has no rectangle mixing INCLUDES and EXCLUDES; the writer expands such rectangles.
  expect_format_round_trip(example("rectangles.yaml"), ScenarioFormat::genius_xml, "genius-rectangles", false);
}
// GeniusWeb profiles hold no discount factor, so this uses a scenario without one.
TEST(Load, GeniusWebFolderRoundTrip) {
  expect_format_round_trip(test::fixture("yaml/minimal.yaml"), ScenarioFormat::geniusweb_json, "geniusweb");
}

bool mentions(const std::vector<std::string>& lines, const std::string& part) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) { return line.find(part) != std::string::npos; });
}

TEST(ConversionDifferences, NoneWhenNothingChanged) {
  const auto scenario = io::load_scenario(example("coalition.yaml"));
  EXPECT_TRUE(io::conversion_differences(scenario, scenario).empty());
}

TEST(ConversionDifferences, NamesWhatGeniusCannotHold) {
  ScratchFolder folder("differences");
  const auto original = io::load_scenario(example("coalition.yaml"));
  io::save_scenario(original, folder.path() / "genius", ScenarioFormat::genius_xml, false);
  const auto differences = io::conversion_differences(original, io::load_scenario(folder.path() / "genius"));
  EXPECT_TRUE(mentions(differences, "scenario description was dropped"));
  EXPECT_TRUE(mentions(differences, "issue 'carbon tax': type changed from 'ordinal' to 'categorical'"));
  EXPECT_TRUE(mentions(differences, "party 'Greens': capability was dropped"));
  EXPECT_TRUE(mentions(differences, "party 'Liberals': role was dropped"));
  EXPECT_FALSE(mentions(differences, "utilities changed"));  // GENIUS keeps every utility
}

// Largest utility change, checked against brute force over every outcome.
double brute_force_change(const Scenario& a, const Scenario& b, std::size_t party) {
  double largest = 0;
  for (std::uint64_t id = 0; id < *a.space.cardinality().as_u64(); ++id) {
    const auto outcome = a.space.from_id(id);
    largest = std::max(largest, std::abs(a.parties[party].utility(outcome) - b.parties[party].utility(outcome)));
  }
  return largest;
}

TEST(ConversionDifferences, MeasuresUtilityChangesExactly) {
  const auto original = io::load_scenario(example("coalition.yaml"));
  auto changed = original;
  auto greens = changed.parties[0].utility.additive();
  greens.evaluations[0] = {0.5, 0.4, 0.3, 1.0};  // carbon tax
  greens.evaluations[2][4] = 0.2;                 // childcare places = 4
  changed.parties[0].utility = greens;
  changed.parties[1].utility = io::load_scenario(example("coalition.yaml")).parties[2].utility;
  const auto differences = io::conversion_differences(original, changed);
  ASSERT_EQ(differences.size(), 2u);
  const double greens_change = brute_force_change(original, changed, 0);
  const double liberals_change = brute_force_change(original, changed, 1);
  EXPECT_NEAR(greens_change, 0.5 * 0.5 + 0.3 * 0.8, 1e-12);  // medium 0.8 -> 0.3 with 4 places 1 -> 0.2
  EXPECT_EQ(differences[0], fmt::format("party 'Greens': utilities changed by up to {:.6g}", greens_change));
  EXPECT_EQ(differences[1], fmt::format("party 'Liberals': utilities changed by up to {:.6g}", liberals_change));
  // Nonlinear utilities are compared outcome by outcome.
  const auto rectangles = io::load_scenario(example("rectangles.yaml"));
  auto shifted = rectangles;
  auto north = shifted.parties[0].utility.hyper_rectangles();
  north.normaliser = 125;
  shifted.parties[0].utility = north;
  const auto nonlinear = io::conversion_differences(rectangles, shifted);
  ASSERT_EQ(nonlinear.size(), 1u);
  EXPECT_EQ(nonlinear[0], fmt::format("party 'north': utilities changed by up to {:.6g}",
                                      brute_force_change(rectangles, shifted, 0)));
}

// Oracle for the transcription: laptop.yaml holds what GENIUS's own files give once
// normalised (names differ: GENIUS names parties after their profile files).
TEST(Load, LaptopExampleMatchesTheGeniusOriginal) {
  PARLEY_REQUIRE_SHARED_DATA(folder, "genius/anac/y2011/Laptop");
  EXPECT_EQ(io::detect_format(folder), ScenarioFormat::genius_xml);
  EXPECT_EQ(io::detect_format(folder / "laptop_domain.xml"), ScenarioFormat::genius_xml);
  const auto genius = io::load_scenario(folder);
  const auto yaml = io::load_scenario(example("laptop.yaml"));
  test::expect_same_scenario(yaml, genius, {.tolerance = 1e-15, .compare_metadata = false});
}

TEST(Load, DetectsGeniusWebFolders) {
  PARLEY_REQUIRE_SHARED_DATA(folder, "geniusweb/Party");
  EXPECT_EQ(io::detect_format(folder), ScenarioFormat::geniusweb_json);
  EXPECT_EQ(io::detect_format(folder / "party.json"), ScenarioFormat::geniusweb_json);
  EXPECT_GE(io::load_scenario(folder / "party.json").parties.size(), 2u);
}

// Issue 12: a folder of scenario files is a collection (the README's tour passes
// scenarios/examples to a tournament); a scenario folder stays one scenario.
TEST(ScenarioPaths, AFolderOfScenarioFilesListsThemByName) {
  const auto examples = test::source_dir() / "scenarios/examples";
  const auto found = io::scenario_paths(examples);
  std::vector<std::string> names;
  for (const auto& path : found) names.push_back(path.filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"coalition.yaml", "laptop.yaml", "rectangles.yaml"}));
  for (const auto& path : found) EXPECT_NO_THROW(io::load_scenario(path)) << path;
}

TEST(ScenarioPaths, AScenarioIsItselfAndSubFoldersThatAreScenariosCount) {
  const auto laptop = example("laptop.yaml");
  EXPECT_EQ(io::scenario_paths(laptop), std::vector<fs::path>{laptop});
  const auto flagship = test::source_dir() / "scenarios/russia-ukraine";
  EXPECT_EQ(io::scenario_paths(flagship), std::vector<fs::path>{flagship});

  ScratchFolder folder("collection");
  fs::create_directories(folder.path() / "b-folder");
  fs::copy_file(laptop, folder.path() / "b-folder" / "scenario.yaml");
  fs::copy_file(laptop, folder.path() / "a.yml");
  fs::create_directories(folder.path() / "notes");  // no scenario inside: not part of the collection
  std::ofstream(folder.path() / "README.md") << "not a scenario\n";
  EXPECT_EQ(io::scenario_paths(folder.path()), (std::vector<fs::path>{folder.path() / "a.yml", folder.path() / "b-folder"}));
}

TEST(ScenarioPaths, EmptyFolderAndCommaListSayWhatWasExpected) {
  ScratchFolder folder("empty-collection");
  const auto empty = error_of([&] { io::scenario_paths(folder.path()); });
  EXPECT_NE(empty.find("holds no scenario"), std::string::npos) << empty;
  EXPECT_NE(empty.find("folder of scenarios"), std::string::npos) << empty;
  const auto list = (example("laptop.yaml").string() + "," + example("coalition.yaml").string());
  const auto comma = error_of([&] { io::scenario_paths(list); });
  EXPECT_NE(comma.find("separate paths"), std::string::npos) << comma;
  EXPECT_NE(comma.find("not one comma-separated list"), std::string::npos) << comma;
}

}  // namespace
}  // namespace parley
