// Format detection, loading and saving through io::load_scenario / io::save_scenario, and
// the shipped laptop.yaml checked against the GENIUS original it transcribes.
#include "parley/io/load.hpp"

#include <filesystem>

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

}  // namespace
}  // namespace parley
