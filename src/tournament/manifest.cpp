// The tournament manifest and the comparison that decides whether a store can be resumed.
#include "parley/tournament/manifest.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace parley::tournament {
namespace {

nlohmann::json scenario_entry(const TournamentScenario& entry) {
  const auto& scenario = entry.prepared->scenario();
  nlohmann::json parties = nlohmann::json::array();
  for (const auto& party : scenario.parties) parties.push_back(party.name);
  nlohmann::json negotiators = nlohmann::json::array();
  for (auto p : entry.negotiators) negotiators.push_back(scenario.parties[p].name);
  return {{"path", entry.path},
          {"name", scenario.name},
          {"content_hash", entry.content_hash},
          {"parties", std::move(parties)},
          {"negotiators", std::move(negotiators)},
          {"protocol", negotiation::to_string(entry.session.protocol)},
          {"assignments", entry.assignments.size()},
          {"assignments_total", entry.assignment_count}};
}

// Drops what is kept for people only.
nlohmann::json identity(nlohmann::json manifest) {
  if (manifest.contains("scenarios") && manifest["scenarios"].is_array())
    for (auto& scenario : manifest["scenarios"])
      if (scenario.is_object()) scenario.erase("path");
  return manifest;
}

}  // namespace

nlohmann::json tournament_manifest(const Tournament& tournament) {
  const auto& config = tournament.config();
  nlohmann::json scenarios = nlohmann::json::array();
  for (const auto& entry : tournament.scenarios()) scenarios.push_back(scenario_entry(entry));
  nlohmann::json manifest{{"format", "parley-tournament"},
          {"format_version", kStoreFormatVersion},
          {"agents", config.agents},
          {"opponents", config.opponents},
          {"self_play", config.self_play},
          {"max_assignments", config.max_assignments},
          {"repetitions", config.repetitions},
          {"rounds", config.rounds},
          {"protocol", config.protocol},
          {"mediator", config.mediator},
          {"seed", config.seed},
          {"sessions", tournament.session_count()},
          {"scenarios", std::move(scenarios)}};
  // Only a non-default timeline is recorded, so stores written before it existed still resume.
  if (config.timeline != "parley") manifest["timeline"] = config.timeline;
  if (config.model_quality) manifest["model_quality"] = config.model_quality_times;  // the times; the end always
  if (!config.uncertainty.empty()) {
    manifest["uncertainty"] = config.uncertainty;
    manifest["estimator"] = config.estimator;
  }
  return manifest;
}

std::string manifest_difference(const nlohmann::json& stored, const nlohmann::json& current) {
  const auto a = identity(stored), b = identity(current);
  if (a == b) return "";
  const auto patch = nlohmann::json::diff(a, b);
  if (patch.empty()) return "";
  const auto& first = patch.front();
  const std::string where = first.value("path", std::string("/"));
  const std::string op = first.value("op", "");
  const nlohmann::json::json_pointer pointer(where);
  if (op == "replace") return fmt::format("{} was {}, now {}", where, a.at(pointer).dump(), first["value"].dump());
  if (op == "remove") return fmt::format("{} was {}, now absent", where, a.at(pointer).dump());
  if (op == "add") return fmt::format("{} is new: {}", where, first["value"].dump());
  return fmt::format("{} differs", where);
}

}  // namespace parley::tournament
