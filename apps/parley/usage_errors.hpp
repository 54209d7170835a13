// Usage errors of the parley CLI in the documented form (docs/CLI.md): `error: ...` on
// standard error, exit 2, and the nearest valid name for a misspelled command or option
// (parley::unknown_name, the library's one did-you-mean helper).
//
// Data flow: a CLI11 ParseError + the parsed app ──print_usage_error()──▶ one `error:` line:
//   error: unknown command 'negotiat'; did you mean 'negotiate'?
//   error: unknown option '--jsn' for 'parley analyze'; did you mean '--json'?
//   error: --rounds: Value abc could not be converted; see 'parley negotiate --help'
#pragma once

#include <CLI/CLI.hpp>

namespace parley::cli {

// Prints the error for a ParseError that is not --help/--version and returns the exit code (2).
int print_usage_error(CLI::App& app, const CLI::ParseError& error);

}  // namespace parley::cli
