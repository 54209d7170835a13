#include "commands/evidence_group.hpp"

namespace parley::cli {

CLI::App& evidence_group(CLI::App& root) {
  const auto existing = root.get_subcommands([](CLI::App* app) { return app->get_name() == "evidence"; });
  if (!existing.empty()) return *existing.front();
  CLI::App* group = root.add_subcommand("evidence", "Attributed statements in news text: who said what, about which issue");
  group->require_subcommand(1);
  return *group;
}

}  // namespace parley::cli
