#include "support/test_paths.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace parley::test {

std::filesystem::path fixture(const std::string& relative) { return std::filesystem::path(PARLEY_FIXTURES) / relative; }
std::filesystem::path source_dir() { return PARLEY_SOURCE_DIR; }
std::filesystem::path cli_path() { return PARLEY_CLI; }

std::filesystem::path shared_data(const std::string& relative) {
  const auto path = std::filesystem::path(PARLEY_SHARED_DATA) / relative;
  return std::filesystem::exists(path) ? path : std::filesystem::path{};
}

CommandResult run_cli(const std::string& arguments) {
  // stderr goes to a temporary file so both streams can be checked separately.
  char err_template[] = "/tmp/parley-test-stderr-XXXXXX";
  const int err_fd = mkstemp(err_template);
  close(err_fd);
  const std::string command = "'" + cli_path().string() + "' " + arguments + " 2>'" + err_template + "'";
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err_file(err_template);
  std::stringstream err_text;
  err_text << err_file.rdbuf();
  result.err = err_text.str();
  std::filesystem::remove(err_template);
  return result;
}

}  // namespace parley::test
