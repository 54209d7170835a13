// parley::serve::Workbench — what `parley serve` computes, without the HTTP.
//
// Data flow: a scenario path (YAML file or folder, GENIUS or GeniusWeb folder, a dated
// timeline folder) ──Workbench──▶ JSON answers, each made by the same library functions as
// the CLI command it mirrors, in that command's documented `--json` schema:
//   scenario()         parties, issues, format, the timeline's snapshots (dates, titles)
//   snapshot(at)       one snapshot's positions with citations and each party's judgements
//   preferences(at)    each party's model numbers the what-if acts on: reservation, weights,
//                      evaluations (normalised as analysis sees them)
//   analyze(request)   `parley analyze --json [--at] [--shock ...] [--sweep]` (+ set-asides)
//   pair(request)      the utility space of two parties (their own frontier, Nash, KS, welfare)
//   negotiate(request) `parley negotiate --json`, with the offers and the JSON Lines trace
//   source(id, quote)  a source's text and the byte span of the cited sentence in it
//   check_citation()   does a quote occur in a source (evidence::quote_occurs)
//   agents()           `parley agents` as data (negotiation::agent_catalog)
//   editable(at)       the snapshot file's editable values (positions, weights, walk-aways,
//                      their `why`) with their place in the file
//   edit(request)      changes values in a YAML file as text (comments and layout kept), checked
//                      by the scenario reader and the citation verifier, written atomically;
//                      refused when the file changed on disk since it was loaded (409)
//   undo(request)      puts back the file as it was before the last saved edit
// Requests are JSON objects; every mistake in one throws ApiError (HTTP status + message),
// and every InputError of the library becomes a 400 with the library's own message.
// Thread safety: every const member may run on any number of threads at once; edit() swaps
// the loaded state under a lock, so readers see either the old or the new scenario.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace parley::serve {

// A request the server refuses: `status` is the HTTP status (4xx), `what()` the message.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

struct WorkbenchOptions {
  bool read_only = false;  // edit() refuses with 403
};

class Workbench {
 public:
  // Loads the scenario (InputError when it is unreadable or invalid, as the CLI reports it).
  explicit Workbench(std::filesystem::path path, WorkbenchOptions options = {});
  ~Workbench();

  nlohmann::ordered_json scenario() const;
  nlohmann::ordered_json snapshot(std::string_view at) const;
  nlohmann::ordered_json preferences(std::string_view at) const;
  nlohmann::ordered_json analyze(const nlohmann::json& request) const;
  nlohmann::ordered_json pair(const nlohmann::json& request) const;
  nlohmann::ordered_json negotiate(const nlohmann::json& request) const;
  nlohmann::ordered_json source(std::string_view id, std::string_view quote) const;
  nlohmann::ordered_json check_citation(const nlohmann::json& request) const;
  nlohmann::ordered_json agents() const;
  nlohmann::ordered_json editable(std::string_view at) const;
  nlohmann::ordered_json edit(const nlohmann::json& request);
  nlohmann::ordered_json undo(const nlohmann::json& request);

  const std::filesystem::path& path() const;
  bool read_only() const;

  struct State;  // the loaded scenario (defined in src/serve/workbench_state.hpp)

 private:
  std::shared_ptr<const State> state() const;
  void replace_state(std::shared_ptr<const State> state);

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::serve
