// A parley serve server on an ephemeral loopback port, for API tests with httplib's client.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "parley/serve/server.hpp"
#include "parley/serve/workbench.hpp"

namespace parley::test {

class RunningServer {
 public:
  explicit RunningServer(const std::filesystem::path& scenario, bool read_only = false)
      : workbench_(scenario, serve::WorkbenchOptions{read_only}),
        server_(workbench_, serve::ServerOptions{"127.0.0.1", 0, "test-token-0123456789abcdef"}) {
    port_ = server_.bind();
    thread_ = std::thread([this] { server_.listen(); });
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }

  int port() const { return port_; }
  const std::string& token() const { return server_.token(); }
  serve::Workbench& workbench() { return workbench_; }

  // A client that sends the token header (tests of the token itself build their own).
  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_default_headers({{"X-Parley-Token", token()}});
    client.set_read_timeout(60, 0);
    return client;
  }

  // POSTs a JSON body; returns status and parsed answer.
  std::pair<int, nlohmann::json> post(const std::string& path, const std::string& body) const {
    auto c = client();
    const auto result = c.Post(path.c_str(), body, "application/json");
    if (!result) return {0, nullptr};
    return {result->status, nlohmann::json::parse(result->body)};
  }
  std::pair<int, nlohmann::json> get(const std::string& path) const {
    auto c = client();
    const auto result = c.Get(path.c_str());
    if (!result) return {0, nullptr};
    return {result->status, nlohmann::json::parse(result->body)};
  }

 private:
  serve::Workbench workbench_;
  serve::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace parley::test
