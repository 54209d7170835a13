#include "command_registry.hpp"

#include <map>

namespace parley::cli {
namespace {

// Function-local statics: registration runs during static initialisation of other files.
std::map<std::string, CommandSetup>& registry() {
  static std::map<std::string, CommandSetup> commands;
  return commands;
}

int& stored_exit_code() {
  static int code = 0;
  return code;
}

}  // namespace

RegisterCommand::RegisterCommand(std::string name, CommandSetup setup) {
  registry().emplace(std::move(name), std::move(setup));
}

void attach_all_commands(CLI::App& root) {
  for (auto& [name, setup] : registry()) setup(root);
}

void set_exit_code(int code) { stored_exit_code() = code; }
int exit_code() { return stored_exit_code(); }

}  // namespace parley::cli
