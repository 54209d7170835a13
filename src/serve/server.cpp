// The HTTP layer: routes, the access checks, and errors as JSON. All computing is Workbench's.
#include "parley/serve/server.hpp"

#include <random>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "parley/model/error.hpp"
#include "serve/web_assets.hpp"

namespace parley::serve {

namespace {

using Json = nlohmann::ordered_json;
constexpr const char* cookie_name = "parley_token";

// With the charset named, cpp-httplib does not compress the answer (it compresses exactly
// "application/json"): on loopback, brotli would cost far more time than it saves (~0.4 s for a
// 35 KB analysis).
void send_json(httplib::Response& response, int status, const Json& body) {
  response.status = status;
  response.set_content(body.dump(), "application/json; charset=utf-8");
}

void send_error(httplib::Response& response, int status, const std::string& message) {
  send_json(response, status, Json{{"error", message}});
}

bool same_token(std::string_view given, std::string_view expected) {
  // Constant time in the token's length: no early exit that would leak a matching prefix.
  unsigned difference = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < expected.size(); ++i)
    difference |= static_cast<unsigned>(static_cast<unsigned char>(i < given.size() ? given[i] : 0) ^
                                        static_cast<unsigned char>(expected[i]));
  return difference == 0;
}

std::string cookie_token(const httplib::Request& request) {
  const auto cookies = request.get_header_value("Cookie");
  const std::string key = std::string(cookie_name) + "=";
  for (std::size_t at = 0; at < cookies.size();) {
    while (at < cookies.size() && (cookies[at] == ' ' || cookies[at] == ';')) ++at;
    const auto end = std::min(cookies.find(';', at), cookies.size());
    if (cookies.compare(at, key.size(), key) == 0) return cookies.substr(at + key.size(), end - at - key.size());
    at = end;
  }
  return {};
}

bool is_loopback(std::string_view host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

// The Host header's name without the port ("[::1]:80" → "::1").
std::string host_name(std::string header) {
  if (!header.empty() && header.front() == '[') return header.substr(1, header.find(']') - 1);
  return header.substr(0, header.find(':'));
}

// Runs one API handler, turning every failure into a JSON error: ApiError keeps its status,
// InputError (the library's word on bad input) and malformed JSON are 400s; anything else is
// an internal failure (500), reported without the server going down.
template <typename Handler>
httplib::Server::Handler api(Handler handler) {
  return [handler](const httplib::Request& request, httplib::Response& response) {
    try {
      send_json(response, 200, handler(request));
    } catch (const ApiError& error) {
      send_error(response, error.status(), error.what());
    } catch (const InputError& error) {
      send_error(response, 400, error.what());
    } catch (const nlohmann::json::exception& error) {
      send_error(response, 400, fmt::format("malformed JSON: {}", error.what()));
    } catch (const std::exception& error) {
      send_error(response, 500, fmt::format("internal error: {}", error.what()));
    }
  };
}

nlohmann::json body_json(const httplib::Request& request) {
  if (request.body.empty()) throw ApiError(400, "the request needs a JSON body");
  return nlohmann::json::parse(request.body);
}

}  // namespace

std::string random_token() {
  std::random_device device;
  std::string token;
  for (int i = 0; i < 4; ++i) token += fmt::format("{:08x}", device());
  return token;
}

struct Server::Impl {
  Workbench& workbench;
  ServerOptions options;
  httplib::Server http;
  int port = 0;

  Impl(Workbench& w, ServerOptions o) : workbench(w), options(std::move(o)) {
    if (options.token.empty()) options.token = random_token();
  }

  bool authorised(const httplib::Request& request) const {
    if (request.has_param("token") && same_token(request.get_param_value("token"), options.token)) return true;
    if (request.has_header("X-Parley-Token") && same_token(request.get_header_value("X-Parley-Token"), options.token))
      return true;
    return same_token(cookie_token(request), options.token);
  }

  httplib::Server::HandlerResponse check(const httplib::Request& request, httplib::Response& response) const {
    using Result = httplib::Server::HandlerResponse;
    if (request.path.find("..") != std::string::npos || request.path.find('\\') != std::string::npos) {
      send_error(response, 400, "paths with '..' or '\\' are refused");
      return Result::Handled;
    }
    const auto host = host_name(request.get_header_value("Host"));
    if (is_loopback(options.host) && !is_loopback(host)) {
      send_error(response, 403, fmt::format("Host '{}' is not this machine; open the URL parley serve printed", host));
      return Result::Handled;
    }
    if (!authorised(request)) {
      send_error(response, 401,
                 request.has_param("token") || request.has_header("X-Parley-Token") || !cookie_token(request).empty()
                     ? "wrong access token; open the URL parley serve printed"
                     : "missing access token; open the URL parley serve printed (it ends in ?token=...)");
      return Result::Handled;
    }
    return Result::Unhandled;
  }

  void serve_asset(const std::string& name, const httplib::Request& request, httplib::Response& response) const {
    const auto* asset = detail::find_web_asset(name);
    if (!asset) return send_error(response, 404, fmt::format("no such page asset '{}'", name));
    response.set_content(std::string(asset->bytes), std::string(asset->content_type).c_str());
    response.set_header("Cache-Control", "no-store");
    response.set_header("X-Content-Type-Options", "nosniff");
    // The page may load only what this server serves: no CDN, no outside connection.
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'");
    if (request.has_param("token"))  // the first load: from now on the cookie carries the token
      response.set_header("Set-Cookie",
                          fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict", cookie_name, options.token));
  }

  void routes() {
    http.set_payload_max_length(options.max_request_bytes);
    http.set_tcp_nodelay(true);  // answers go out at once (headers and body are separate writes)
    http.set_read_timeout(10, 0);
    http.set_pre_routing_handler([this](const auto& request, auto& response) { return check(request, response); });
    http.set_error_handler([](const httplib::Request&, httplib::Response& response) {
      if (!response.body.empty()) return;
      send_error(response, response.status,
                 response.status == 413 ? "the request is too large" : fmt::format("HTTP {}", response.status));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
      send_error(response, 500, "internal error");
    });

    http.Get("/", [this](const auto& request, auto& response) { serve_asset("index.html", request, response); });
    http.Get(R"(/assets/([A-Za-z0-9_.-]+))", [this](const httplib::Request& request, httplib::Response& response) {
      serve_asset(request.matches[1], request, response);
    });
    auto& w = workbench;
    http.Get("/api/scenario", api([&w](const httplib::Request&) { return w.scenario(); }));
    http.Get("/api/snapshot", api([&w](const httplib::Request& r) { return w.snapshot(r.get_param_value("at")); }));
    http.Get("/api/preferences", api([&w](const httplib::Request& r) { return w.preferences(r.get_param_value("at")); }));
    http.Get("/api/agents", api([&w](const httplib::Request&) { return w.agents(); }));
    http.Get("/api/source", api([&w](const httplib::Request& r) {
               return w.source(r.get_param_value("id"), r.get_param_value("quote"));
             }));
    http.Post("/api/analyze", api([&w](const httplib::Request& r) { return w.analyze(body_json(r)); }));
    http.Post("/api/pair", api([&w](const httplib::Request& r) { return w.pair(body_json(r)); }));
    http.Post("/api/negotiate", api([&w](const httplib::Request& r) { return w.negotiate(body_json(r)); }));
    http.Get("/api/editable", api([&w](const httplib::Request& r) { return w.editable(r.get_param_value("at")); }));
    http.Post("/api/edit", api([&w](const httplib::Request& r) { return w.edit(body_json(r)); }));
    http.Post("/api/undo", api([&w](const httplib::Request& r) { return w.undo(body_json(r)); }));
    http.Post("/api/check-citation", api([&w](const httplib::Request& r) { return w.check_citation(body_json(r)); }));
  }
};

Server::Server(Workbench& workbench, ServerOptions options)
    : impl_(std::make_unique<Impl>(workbench, std::move(options))) {
  impl_->routes();
}

Server::~Server() = default;

int Server::bind() {
  auto& o = impl_->options;
  const bool ok = o.port == 0 ? (impl_->port = impl_->http.bind_to_any_port(o.host)) > 0
                              : impl_->http.bind_to_port(o.host, o.port);
  if (!ok)
    throw InputError(SourceLocation{"", 0, "--host/--port"},
                     fmt::format("cannot listen on {}:{} (in use, or not an address of this machine)", o.host, o.port));
  if (o.port != 0) impl_->port = o.port;
  return impl_->port;
}

void Server::listen() { impl_->http.listen_after_bind(); }
void Server::stop() { impl_->http.stop(); }
const std::string& Server::token() const { return impl_->options.token; }

std::string Server::url() const {
  const auto& host = impl_->options.host;
  const auto shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return fmt::format("http://{}:{}/?token={}", shown, impl_->port, impl_->options.token);
}

}  // namespace parley::serve
