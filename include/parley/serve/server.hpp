// parley::serve::Server — the local web workbench: HTTP (cpp-httplib) over a Workbench.
//
// Data flow: browser ──HTTP──▶ Server ──checks (token, host, size, path)──▶ Workbench (JSON)
//            browser ◀── the page (web/, embedded in the binary at build time) and JSON.
// Routes (docs/cli/serve.md lists each with its request and answer):
//   GET  /                    the page; `?token=` on the first load sets the session cookie
//   GET  /assets/NAME         the page's scripts and styles
//   GET  /api/scenario        GET /api/snapshot?at=   GET /api/preferences?at=
//   GET  /api/source?id=&quote=   GET /api/agents
//   GET  /api/editable?at=
//   POST /api/analyze  /api/pair  /api/negotiate  /api/check-citation  /api/edit  /api/undo
// Security: binds to loopback unless told otherwise; every request must carry the access
// token (query `token`, header `X-Parley-Token` or the cookie the page gets), compared in
// constant time; a Host header naming another machine is refused (DNS rebinding); request
// bodies above max_request_bytes get 413; URLs with `..` or a backslash are refused; no file
// is served from disk (assets are compiled in; sources are asked for by id); nothing is run
// in a shell. Every refusal is a 4xx JSON object {"error": "..."}.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "parley/serve/workbench.hpp"

namespace parley::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8421;                         // 0: any free port (tests)
  std::string token;                       // empty: a fresh random one
  std::size_t max_request_bytes = 1 << 20;
};

class Server {
 public:
  Server(Workbench& workbench, ServerOptions options);
  ~Server();

  // Binds the socket; returns the port. InputError when the address cannot be bound.
  int bind();
  // Serves until stop() (from another thread or a signal handler's thread).
  void listen();
  void stop();

  const std::string& token() const;
  // http://HOST:PORT/?token=TOKEN, what `parley serve` prints.
  std::string url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// 32 hex digits from the system's random device.
std::string random_token();

}  // namespace parley::serve
