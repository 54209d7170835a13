// Subcommand registration for the parley CLI.
//
// Each file in commands/ defines one subcommand and registers it with a file-scope
// `const RegisterCommand registered{"name", setup};`. main() asks the registry to attach all
// of them (sorted by name) to the root CLI11 app. A command's callback does its work through
// the library, prints, and reports failure by throwing InputError (bad input, exit 2) or by
// calling set_exit_code() for a completed check that found problems.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace parley::cli {

using CommandSetup = std::function<void(CLI::App& root)>;

struct RegisterCommand {
  RegisterCommand(std::string name, CommandSetup setup);
};

void attach_all_commands(CLI::App& root);

// Exit status the process ends with when no exception escapes (default 0).
void set_exit_code(int code);
int exit_code();

}  // namespace parley::cli
