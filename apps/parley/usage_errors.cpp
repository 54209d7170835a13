#include "usage_errors.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/core.h>
#include <fmt/ranges.h>

#include "parley/model/did_you_mean.hpp"

namespace parley::cli {
namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// The innermost subcommand that was parsed (the app itself when none was).
CLI::App* innermost(CLI::App& app) {
  CLI::App* at = &app;
  for (auto subs = at->get_subcommands(); !subs.empty(); subs = at->get_subcommands()) at = subs.front();
  return at;
}

std::string command_path(const CLI::App* command) {
  std::string path;
  for (const CLI::App* at = command; at != nullptr && at->get_parent() != nullptr; at = at->get_parent())
    path = at->get_name() + (path.empty() ? "" : " " + path);
  return path.empty() ? "parley" : "parley " + path;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const auto* option : command.get_options()) {
    if (option == command.get_help_ptr()) continue;  // every command has it; listing it helps nobody
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

// The first argument CLI11 could not place: an unknown option gets the nearest option of its
// command, an unknown word where a command was expected the nearest command.
void print_unexpected(CLI::App* command, const std::string& extra) {
  const auto where = command_path(command);
  if (extra.starts_with("-")) {
    const auto typed = extra.substr(0, extra.find('='));
    const auto options = option_names(*command);
    if (const auto nearest = nearest_name(typed, options))
      fmt::print(stderr, "error: unknown option '{}' for '{}'; did you mean '{}'?\n", typed, where, *nearest);
    else
      fmt::print(stderr, "error: unknown option '{}' for '{}' (valid: {})\n", typed, where, fmt::join(options, ", "));
    return;
  }
  if (const auto commands = command_names(*command); !commands.empty()) {
    if (!command->get_parent()) {
      fmt::print(stderr, "error: {}\n", unknown_name("command", extra, commands, false));
    } else if (const auto nearest = nearest_name(extra, commands)) {
      fmt::print(stderr, "error: unknown command '{}' for '{}'; did you mean '{}'?\n", extra, where, *nearest);
    } else {
      fmt::print(stderr, "error: unknown command '{}' for '{}' (valid: {})\n", extra, where, fmt::join(commands, ", "));
    }
    return;
  }
  fmt::print(stderr, "error: unexpected argument '{}' for '{}'; see '{} --help'\n", extra, where, where);
}

}  // namespace

int print_usage_error(CLI::App& app, const CLI::ParseError& error) {
  CLI::App* command = innermost(app);
  // Whatever CLI11 reports, an argument it could not place is the likeliest cause (a
  // misspelled command also leaves "a subcommand is required" behind).
  const auto extras = command->remaining();
  if (!extras.empty()) {
    print_unexpected(command, extras.front());
    return 2;
  }
  if (command == &app && app.get_subcommands().empty()) {
    fmt::print(stderr, "error: a command is required (valid: {}); see 'parley --help'\n",
               fmt::join(command_names(app), ", "));
    return 2;
  }
  if (command->get_subcommands().empty() && command->get_require_subcommand_min() > 0) {
    fmt::print(stderr, "error: '{}' needs a command (valid: {}); see '{} --help'\n", command_path(command),
               fmt::join(command_names(*command), ", "), command_path(command));
    return 2;
  }
  fmt::print(stderr, "error: {}; see '{} --help'\n", error.what(), command_path(command));
  return 2;
}

}  // namespace parley::cli
