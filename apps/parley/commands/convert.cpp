// `parley convert IN OUT [--to yaml|genius|geniusweb] [--force] [--json]`: reads a scenario
// in any supported format (io::load_scenario) and writes it in another (io::save_scenario).
// The target format comes from OUT (.yaml/.yml: a YAML file) or from --to (required for a
// folder). Existing files are never overwritten without --force. The written scenario is read
// back and every difference the target format forced is reported. See docs/cli/convert.md.
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"

namespace {

using parley::io::ScenarioFormat;

struct ConvertArguments {
  std::string input;
  std::string output;
  std::string to;
  bool force = false;
  bool json = false;
};

ScenarioFormat target_format(const ConvertArguments& args) {
  const bool yaml_name = parley::io::is_yaml_file_name(args.output);
  if (args.to.empty()) {
    if (yaml_name) return ScenarioFormat::yaml;
    throw parley::InputError(parley::SourceLocation{args.output},
                             "cannot tell the target format: name a .yaml/.yml file, or pass --to yaml|genius|geniusweb "
                             "for a folder");
  }
  const auto format = parley::io::scenario_format_from_string(args.to);
  if (!format) throw parley::InputError(fmt::format("--to {}: expected yaml, genius or geniusweb", args.to));
  if (yaml_name && *format != ScenarioFormat::yaml)
    throw parley::InputError(parley::SourceLocation{args.output},
                             fmt::format("--to {} writes a folder, but this name ends in .yaml/.yml", args.to));
  return *format;
}

void run(const ConvertArguments& args) {
  const auto target = target_format(args);
  const auto source_format = parley::io::detect_format(args.input);
  const auto scenario = parley::io::load_scenario(args.input);
  parley::io::save_scenario(scenario, args.output, target, args.force);
  // Read the result back: the writer must produce what the readers accept, and the user
  // learns what the target format could not hold.
  std::vector<std::string> differences;
  try {
    differences = parley::io::conversion_differences(scenario, parley::io::load_scenario(args.output));
  } catch (const parley::InputError& error) {
    throw std::runtime_error(fmt::format("the written scenario does not read back: {}", error.what()));
  }
  if (args.json) {
    nlohmann::ordered_json out;
    out["input"] = args.input;
    out["input_format"] = parley::io::to_string(source_format);
    out["output"] = args.output;
    out["output_format"] = parley::io::to_string(target);
    out["name"] = scenario.name;
    out["parties"] = nlohmann::json::array();
    for (const auto& party : scenario.parties) out["parties"].push_back(party.name);
    out["issues"] = nlohmann::json::array();
    for (const auto& issue : scenario.space.issues()) out["issues"].push_back(issue.name());
    out["differences"] = differences;
    fmt::print("{}\n", out.dump(2));
    return;
  }
  fmt::print("converted {} ({}) to {} ({}): {} parties, {} issues, {} outcomes\n", args.input,
             parley::io::to_string(source_format), args.output, parley::io::to_string(target), scenario.parties.size(),
             scenario.space.issue_count(), parley::readable_count(scenario.space.cardinality().decimal()));
  for (const auto& difference : differences) fmt::print(stderr, "note: {}\n", difference);
}

void setup(CLI::App& root) {
  auto args = std::make_shared<ConvertArguments>();
  auto* command = root.add_subcommand("convert", "Convert a scenario between YAML, GENIUS XML and GeniusWeb JSON");
  command->add_option("IN", args->input, "scenario to read: a YAML file, or a YAML, GENIUS or GeniusWeb folder")
      ->required();
  command->add_option("OUT", args->output, "where to write: a .yaml/.yml file, or a folder (needs --to)")->required();
  command->add_option("--to", args->to, "target format: yaml, genius or geniusweb (default: from OUT)")
      ->check(CLI::IsMember({"yaml", "genius", "geniusweb"}));
  command->add_flag("--force", args->force, "overwrite existing files");
  command->add_flag("--json", args->json, "print a JSON summary instead of a line of text");
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"convert", setup};

}  // namespace
