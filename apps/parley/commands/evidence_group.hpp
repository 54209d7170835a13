// The `parley evidence` command group: its subcommands live in separate files.
//
// Data flow: each evidence subcommand file (evidence.cpp: extract, eval; later verify)
// registers itself with a distinct registry key ("evidence", "evidence.verify", ...) and
// calls evidence_group(root) to get the shared `evidence` parent app, which is created on
// first use, so the files may be attached in any order.
#pragma once

#include <CLI/CLI.hpp>

namespace parley::cli {

CLI::App& evidence_group(CLI::App& root);

}  // namespace parley::cli
