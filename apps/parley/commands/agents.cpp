// `parley agents`: the catalog of agents, offering strategies, acceptance conditions, opponent
// models and mediators with their parameters. See docs/cli/agents.md.
#include <cctype>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/catalog_json.hpp"

namespace {

using parley::negotiation::agent_catalog;

struct AgentsArguments {
  std::string kind;
  bool json = false;
};

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// BOA keys every agent takes; listed once (under boa) in the text output.
bool is_common_key(const std::string& name) {
  return name == "accept" || name == "model" || name == "window" || name == "walk";
}

void print_parameter(const parley::negotiation::ParameterDoc& p) {
  fmt::print("      {:<9} {:<10} {}\n", p.name, p.default_value.empty() ? "-" : "=" + p.default_value, p.doc);
}

void run(const AgentsArguments& args) {
  if (!args.kind.empty()) {
    bool known = false;
    for (const auto& doc : agent_catalog()) known = known || doc.kind == args.kind;
    if (!known)
      throw parley::InputError(parley::SourceLocation{"", 0, "--kind"},
                               fmt::format("must be agent, offering, acceptance, model or mediator, got '{}'", args.kind));
  }
  if (args.json) {
    fmt::print("{}\n", parley::negotiation::agent_catalog_json(args.kind).dump(2));
    return;
  }
  std::string kind;
  for (const auto& doc : agent_catalog()) {
    if (!args.kind.empty() && doc.kind != args.kind) continue;
    if (doc.kind != kind) {
      kind = doc.kind;
      fmt::print("{}{}\n", kind == agent_catalog().front().kind && args.kind.empty() ? "" : "\n", kind == "agent" ? "AGENTS (use with --agents)" : kind == "mediator" ? "MEDIATORS (use with --mediator)" : upper(kind) + " COMPONENTS (use inside boa:...)");
    }
    fmt::print("  {:<12} {}\n", doc.name, doc.doc);
    if (!doc.source.empty()) fmt::print("      {:<9} {}\n", "source", doc.source);
    for (const auto& p : doc.parameters)
      if (doc.kind != "agent" || !is_common_key(p.name) || doc.name == "boa") print_parameter(p);
    if (doc.kind == "agent" && doc.name == "boa") {
      fmt::print("\n  every agent above also takes accept, model, window and walk (as listed for boa)\n");
    }
  }
  if (args.kind.empty())
    fmt::print("\nexamples: boulware   timedep:e=0.5   tft:mode=averaged,span=4   stated:price=3\n"
               "          boa:offer=timedep(e=0.2),accept=combi(T=0.98),model=frequency\n");
}

void setup(CLI::App& root) {
  auto args = std::make_shared<AgentsArguments>();
  auto* command = root.add_subcommand("agents", "list the negotiation agents and their components, with parameters");
  command->add_option("--kind", args->kind, "only this kind: agent, offering, acceptance, model, mediator");
  command->add_flag("--json", args->json, "machine-readable output");
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"agents", setup};

}  // namespace
