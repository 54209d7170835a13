// The README's tour, line by line, as a reader of a fresh clone types it (issue 12: its
// tournament line exited 2). Each `build/parley ...` line of the "A tour" block runs in a
// scratch clone (the shipped scenarios copied, build/parley the built CLI, ../shared/data the
// shared data) and must exit 0. Lines that read ../shared/data skip when it is absent; `serve`
// runs until Ctrl-C and is tested in tests/serve.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "support/test_paths.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<std::string> tour_lines() {
  std::ifstream readme(parley::test::source_dir() / "README.md");
  std::vector<std::string> lines;
  bool in_tour = false;
  for (std::string line; std::getline(readme, line);) {
    if (line.starts_with("## ")) in_tour = line == "## A tour";
    if (in_tour && line.starts_with("build/parley ")) lines.push_back(line);
  }
  return lines;
}

std::string read_text(const fs::path& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(ReadmeTour, EveryLineRunsInAFreshClone) {
  const auto lines = tour_lines();
  ASSERT_GE(lines.size(), 8u) << "the README's tour block was not found";
  const fs::path root = fs::temp_directory_path() / ("parley-readme-tour-" + std::to_string(std::random_device{}()));
  const fs::path clone = root / "clone";
  fs::create_directories(clone / "build");
  fs::copy(parley::test::source_dir() / "scenarios", clone / "scenarios", fs::copy_options::recursive);
  fs::create_symlink(parley::test::cli_path(), clone / "build/parley");
  const auto shared = parley::test::shared_data("");
  if (!shared.empty()) {
    fs::create_directories(root / "shared");
    fs::create_directory_symlink(fs::absolute(shared), root / "shared/data");
  }
  int ran = 0;
  for (const auto& line : lines) {
    if (line.starts_with("build/parley serve ")) continue;
    if (line.find("../shared/data") != std::string::npos && shared.empty()) {
      std::cout << "[ SKIPPED  ] shared data absent: " << line << "\n";
      continue;
    }
    const auto err = root / "stderr.txt";
    const std::string command = "cd '" + clone.string() + "' && timeout 300 " + line + " >/dev/null 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << line << "\n" << read_text(err);
    ++ran;
  }
  EXPECT_GE(ran, 5);
  // What the tour says it writes.
  EXPECT_TRUE(fs::exists(clone / "laptop.svg"));
  EXPECT_TRUE(fs::exists(clone / "runs/t1/manifest.json"));
  std::error_code ignored;
  fs::remove_all(root, ignored);
}

}  // namespace
