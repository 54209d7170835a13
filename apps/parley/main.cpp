// parley — command-line entry point. Parses arguments, dispatches to a subcommand, and turns
// errors into the documented exit codes: 0 success, 1 internal failure, 2 bad input or usage.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "command_registry.hpp"
#include "parley/model/error.hpp"

int main(int argc, char** argv) {
  CLI::App app{"parley: analyse, simulate and forecast multi-party, multi-issue negotiations"};
  app.set_version_flag("--version", "parley 0.1.0");
  app.require_subcommand(1);
  parley::cli::attach_all_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const parley::InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "internal error: {}\n", e.what());
    return 1;
  }
  return parley::cli::exit_code();
}
