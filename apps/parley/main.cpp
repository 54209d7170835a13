// parley — command-line entry point. Parses arguments, dispatches to a subcommand, and turns
// errors into the documented exit codes: 0 success, 1 internal failure, 2 bad input or usage
// (usage errors: usage_errors.hpp, with the nearest valid command or option).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "command_registry.hpp"
#include "usage_errors.hpp"
#include "parley/io/input_file.hpp"
#include "parley/model/error.hpp"

namespace {

// Standard output on a full disk or a broken device: the command did not do its job, so exit 2
// with the cause rather than 0 (a small output fails only at the final flush) or an internal
// error (fmt::print throws when a large one fails mid-way).
bool standard_output_failed() {
  std::cout.flush();
  const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0 || !std::cout;
  if (failed) fmt::print(stderr, "error: cannot write standard output: {}\n", std::strerror(errno ? errno : EIO));
  return failed;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parley: analyse, simulate and forecast multi-party, multi-issue negotiations"};
  app.set_version_flag("--version", "parley 0.1.0");
  app.require_subcommand(1);
  // Files a scenario names must lie inside its folder; this opt-out is the only way around it.
  app.add_flag_callback(
      "--allow-outside-paths", [] { parley::io::allow_paths_outside_scenario(true); },
      "let scenarios name files outside their folder (sources[].file, snapshot files); put it before the command");
  // Legacy-encoded inputs (GENIUS files written on Windows) are refused unless the user names
  // their encoding; see parley::io::set_fallback_encoding.
  app.add_option_function<std::string>(
      "--input-encoding", [](const std::string& name) { parley::io::set_fallback_encoding(name); },
      "read input files that are not valid UTF-8 as this encoding (e.g. windows-1252); put it before the command");
  parley::cli::attach_all_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    return parley::cli::print_usage_error(app, e);
  } catch (const parley::InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the user named (or an output folder) failed: symlink loop, permission, full disk.
    fmt::print(stderr, "error: {}: {}\n", e.path1().string(), e.code().message());
    return 2;
  } catch (const std::system_error& e) {
    if (standard_output_failed()) return 2;
    fmt::print(stderr, "internal error: {}\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    fmt::print(stderr, "internal error: {}\n", e.what());
    return 1;
  }
  if (standard_output_failed()) return 2;
  return parley::cli::exit_code();
}
