// The loaded scenario a Workbench answers from, and the helpers its parts share.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "parley/analysis/statistics_cache.hpp"
#include "parley/io/load.hpp"
#include "parley/model/scenario.hpp"
#include "parley/model/timeline.hpp"
#include "parley/serve/workbench.hpp"

namespace parley::serve {

using Json = nlohmann::ordered_json;

struct Workbench::State {
  std::filesystem::path path;              // as the user gave it
  std::filesystem::path folder;            // the scenario folder: nothing outside it is served or written
  io::ScenarioFormat format = io::ScenarioFormat::yaml;
  std::optional<Timeline> timeline;        // a dated scenario
  Scenario scenario;                       // the latest snapshot, or the only scenario
  std::uint64_t generation = 1;            // +1 at every saved edit or undo
  // The YAML files the scenario was read from, with their text as read (edit.cpp refuses to
  // overwrite one that changed on disk since). Empty for GENIUS and GeniusWeb scenarios.
  std::map<std::filesystem::path, std::string> files;

  // The scenario a request means: `at` names a snapshot (id or date) of a dated scenario.
  Scenario scenario_at(std::string_view at) const;
};

// One saved edit, to undo: the file's text before and after.
struct SavedEdit {
  std::filesystem::path file;
  std::string before, after;
};

struct Workbench::Impl {
  std::filesystem::path path;
  WorkbenchOptions options;
  mutable std::shared_mutex lock;    // guards `state`
  std::shared_ptr<const State> state;
  std::mutex edit_lock;              // one edit or undo at a time (edit.cpp)
  std::vector<SavedEdit> undo;       // newest last
  // Frontier, reference points and ZOPA per scenario content: the what-ifs and sessions of a
  // browser session ask again and again for the same (shocked, restricted) scenarios, and an edit
  // changes the content, hence the key, so nothing stale is served. 16 entries bound the memory.
  analysis::StatisticsCache statistics{16};
};

namespace detail {

// Reads the scenario at `path` (InputError as the CLI reports it).
std::shared_ptr<const Workbench::State> load_state(const std::filesystem::path& path, std::uint64_t generation = 1);

// The whole text of a file; ApiError(500) when it cannot be read.
std::string read_text(const std::filesystem::path& path);

// Request fields, checked: each throws ApiError(400) naming the field and what was expected.
void expect_object(const nlohmann::json& request, std::initializer_list<std::string_view> allowed);
std::string string_field(const nlohmann::json& request, std::string_view key, std::string fallback = {});
std::vector<std::string> string_list_field(const nlohmann::json& request, std::string_view key,
                                           std::size_t max_items);
long long integer_field(const nlohmann::json& request, std::string_view key, long long low, long long high,
                        long long fallback);
bool bool_field(const nlohmann::json& request, std::string_view key, bool fallback);

// The party with this name (case-insensitive), or ApiError(400) listing the parties.
std::size_t party_index(const Scenario& scenario, std::string_view name, std::string_view field);

// "a, b, c" for messages.
std::string name_list(const std::vector<std::string>& names);

// The scenario of a what-if: the snapshot `at`, then the request's "shocks" (the grammar of
// `parley analyze --shock`: walk-away values, weights, evaluations, red-line concessions,
// set-asides), as /api/analyze, /api/pair and /api/negotiate all mean it.
struct WhatIf {
  std::string at;
  std::vector<std::string> shocks;
  Scenario scenario;
};
WhatIf read_what_if(const Workbench::State& state, const nlohmann::json& request);

}  // namespace detail
}  // namespace parley::serve
