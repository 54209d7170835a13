// Paths for tests: shipped fixtures, the optional shared data, and the built CLI.
#pragma once

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace parley::test {

std::filesystem::path fixture(const std::string& relative);      // tests/fixtures/<relative>
std::filesystem::path source_dir();                               // the repository root
std::filesystem::path cli_path();                                 // the built `parley`
// ../shared/data/<relative>, or an empty path when the shared data is absent.
std::filesystem::path shared_data(const std::string& relative);

struct CommandResult {
  int exit_code = -1;
  std::string out;   // standard output
  std::string err;   // standard error
};
// Runs the built CLI with `arguments` (a shell-quoted string) and captures its output.
CommandResult run_cli(const std::string& arguments);

}  // namespace parley::test

// Skips the current test with a clear message when ../shared/data/<relative> is absent.
#define PARLEY_REQUIRE_SHARED_DATA(var, relative)                                          \
  const auto var = ::parley::test::shared_data(relative);                                  \
  if (var.empty()) GTEST_SKIP() << "shared data '" << (relative) << "' is absent; skipping"
