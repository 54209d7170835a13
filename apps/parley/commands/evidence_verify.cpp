// `parley evidence verify PATH [--json]`: checks every citation of a scenario's timeline
// against its sources (docs/cli/evidence_verify.md). Exit 0 when all hold, 2 when any is
// broken (each one listed) or the scenario cannot be read.
#include <memory>
#include <string>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "commands/evidence_group.hpp"
#include "parley/evidence/citation_check.hpp"
#include "parley/io/yaml_timeline.hpp"

namespace {

struct VerifyArguments {
  std::string path;
  bool json = false;
};

void run(const VerifyArguments& args) {
  const auto timeline = parley::io::read_timeline(args.path);
  const auto report = parley::evidence::verify_citations(timeline);
  if (args.json) {
    nlohmann::ordered_json json{{"path", args.path}};
    json.update(parley::evidence::to_json(report));
    fmt::print("{}\n", json.dump(2));
  } else {
    fmt::print("{}", parley::evidence::to_text(report, args.path));
  }
  if (!report.ok()) parley::cli::set_exit_code(2);
}

void setup(CLI::App& root) {
  CLI::App& group = parley::cli::evidence_group(root);
  auto args = std::make_shared<VerifyArguments>();
  CLI::App* verify = group.add_subcommand(
      "verify", "Check every citation of a scenario's timeline: quote in its source, known speaker, date in range");
  verify->add_option("path", args->path, "scenario folder (or its scenario.yaml) with timeline sections")->required();
  verify->add_flag("--json", args->json, "machine-readable report (schema in docs/cli/evidence_verify.md)");
  verify->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"evidence.verify", setup};

}  // namespace
