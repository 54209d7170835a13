// `parley serve PATH [--port N] [--host ADDRESS] [--read-only]`: the local web workbench on a
// scenario (YAML, GENIUS, GeniusWeb; a dated scenario with its snapshots). Prints the URL with
// its access token and serves until interrupted; opens no browser. All of it is
// parley::serve (include/parley/serve/server.hpp); see docs/cli/serve.md.
#include <csignal>
#include <cstdio>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "command_registry.hpp"
#include "parley/serve/server.hpp"
#include "parley/serve/workbench.hpp"

namespace {

struct ServeArguments {
  std::string path;
  std::string host = "127.0.0.1";
  int port = 8421;
  bool read_only = false;
};

void run(const ServeArguments& args) {
  parley::serve::Workbench workbench(args.path, parley::serve::WorkbenchOptions{args.read_only});
  parley::serve::Server server(workbench, parley::serve::ServerOptions{args.host, args.port});
  server.bind();

  // Ctrl-C or SIGTERM stops the server cleanly: a thread waits for the signal, then stops it.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread stopper([&] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });

  fmt::print("parley serve: {}{}\n", workbench.path().string(), args.read_only ? " (read-only)" : "");
  if (args.host != "127.0.0.1" && args.host != "localhost" && args.host != "::1")
    fmt::print("warning: listening on {}, reachable from other machines; anyone with the URL can use it\n", args.host);
  fmt::print("open this URL in a browser (it holds the access token):\n\n    {}\n\npress Ctrl-C to stop\n", server.url());
  std::fflush(stdout);
  server.listen();
  pthread_kill(stopper.native_handle(), SIGTERM);  // wake the waiting thread if listen ended by itself
  stopper.join();
}

void setup(CLI::App& root) {
  auto args = std::make_shared<ServeArguments>();
  auto* command = root.add_subcommand("serve", "local web workbench: explore, question and edit a scenario in a browser");
  command->add_option("path", args->path, "YAML scenario (file or folder), a GENIUS or GeniusWeb folder")->required();
  command->add_option("--port", args->port, "port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->add_option("--host", args->host, "address to listen on (loopback by default; others expose the scenario)")
      ->capture_default_str();
  command->add_flag("--read-only", args->read_only, "refuse every edit");
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"serve", setup};

}  // namespace
