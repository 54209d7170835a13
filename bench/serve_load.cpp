// Load test of `parley serve`: what-if requests from concurrent clients on loopback, bounded in
// count and time, reporting latency percentiles, errors and the server's memory before and after.
//
//   build/bench/parley_bench_serve_load [--scenario PATH] [--at SNAPSHOT] [--party NAME]
//                                       [--requests N] [--clients C] [--budget SECONDS]
//
// The server runs in this process on an ephemeral 127.0.0.1 port (nothing leaves the machine).
// Each request is what the What-if panel sends when a slider moves: POST /api/analyze with a
// walk-away shock of one party (the value walks through 0.00 .. 0.99, so answers differ) and the
// sweep. The run stops after N requests or when the time budget is spent, whichever is first,
// and says which. Exit status 1 when any request failed.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>
#include <httplib.h>

#include "parley/serve/server.hpp"
#include "parley/serve/workbench.hpp"

namespace {

long resident_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

double percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  const auto k = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(k, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  std::string scenario = std::string(PARLEY_SOURCE_DIR) + "/scenarios/russia-ukraine", at = "2022-03", party = "Russia";
  long requests = 10'000, clients = 8;
  double budget = 600;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--scenario") scenario = value;
    else if (key == "--at") at = value;
    else if (key == "--party") party = value;
    else if (key == "--requests") requests = std::stol(value);
    else if (key == "--clients") clients = std::stol(value);
    else if (key == "--budget") budget = std::stod(value);
    else {
      fmt::print(stderr, "unknown option {}\n", key);
      return 2;
    }
  }
  parley::serve::Workbench workbench(scenario);
  parley::serve::Server server(workbench, parley::serve::ServerOptions{"127.0.0.1", 0});
  const int port = server.bind();
  std::thread serving([&] { server.listen(); });

  // Warm up (first-touch allocations), then measure memory before the load.
  {
    httplib::Client client("127.0.0.1", port);
    client.set_default_headers({{"X-Parley-Token", server.token()}});
    for (int i = 0; i < 20; ++i) client.Post("/api/analyze", fmt::format(R"({{"at": "{}"}})", at), "application/json");
  }
  const long memory_before = resident_kib();

  std::atomic<long> next{0}, errors{0}, memory_halfway{-1};
  std::vector<std::vector<double>> latencies(static_cast<std::size_t>(clients));
  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + std::chrono::duration<double>(budget);
  std::atomic<bool> out_of_time{false};
  std::vector<std::thread> threads;
  for (long c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_default_headers({{"X-Parley-Token", server.token()}});
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_read_timeout(60, 0);
      for (long n = next++; n < requests; n = next++) {
        if (n == requests / 2) memory_halfway = resident_kib();
        if (std::chrono::steady_clock::now() > deadline) {
          out_of_time = true;
          break;
        }
        const double reservation = static_cast<double>(n % 100) / 100.0;
        const auto body = fmt::format(R"({{"at": "{}", "shocks": ["{}.reservation={:.2f}"]}})", at, party, reservation);
        const auto sent = std::chrono::steady_clock::now();
        const auto result = client.Post("/api/analyze", body, "application/json");
        const auto took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count();
        if (!result || result->status != 200 || result->body.find("\"zopa\"") == std::string::npos) ++errors;
        latencies[static_cast<std::size_t>(c)].push_back(took);
      }
    });
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const long memory_after = resident_kib();
  server.stop();
  serving.join();

  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  fmt::print("scenario {} at {}, {} clients, {} requests{} in {:.1f} s ({:.0f} requests/s)\n", scenario, at, clients,
             all.size(), out_of_time ? " (stopped: time budget spent)" : "", seconds, static_cast<double>(all.size()) / seconds);
  fmt::print("latency ms: p50 {:.2f}  p90 {:.2f}  p99 {:.2f}  max {:.2f}\n", percentile(all, 0.5), percentile(all, 0.9),
             percentile(all, 0.99), all.empty() ? 0.0 : all.back());
  fmt::print("errors: {}\n", errors.load());
  fmt::print("server resident memory: {} KiB after warm-up, {} KiB half-way, {} KiB after the load\n", memory_before,
             memory_halfway.load(), memory_after);
  return errors > 0 ? 1 : 0;
}
