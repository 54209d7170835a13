// parley::tournament manifest — the description of a tournament stored next to its results.
//
// Data flow: Tournament ──tournament_manifest()──▶ JSON (manifest.json in the results folder)
//   ──manifest_difference(stored, current)──▶ "" when a stored store belongs to the same
//   tournament, else the first difference in words.
// The manifest holds everything that decides the results: agents, opponents, every scenario
// (name, content hash, parties, protocol, assignment counts), rounds, repetitions, protocol,
// mediator, seed, the session count. Scenario paths are kept for people but not compared, so a
// tournament can be resumed from another working directory. Thread and process counts are not
// part of it: they do not change results.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "parley/tournament/tournament.hpp"

namespace parley::tournament {

inline constexpr int kStoreFormatVersion = 1;

nlohmann::json tournament_manifest(const Tournament& tournament);

std::string manifest_difference(const nlohmann::json& stored, const nlohmann::json& current);

}  // namespace parley::tournament
