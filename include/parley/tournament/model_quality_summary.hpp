// parley::tournament opponent-model summary — per agent, how well its opponent models knew
// the opponents at the end of its sessions (Baarslag et al.; negotiation/model_quality.hpp).
//
// Data flow: session records with "opponent_models" (session_record.hpp; present only under
// TournamentConfig::model_quality) ──model_quality_rows()──▶ one ModelQualityRow per ranked
// agent, in agent order ──model_quality_table() / model_quality_json()──▶ `parley tournament
// --model-quality` output.
// Per agent, over every (seat, opponent) its agent kept a model of: the number of such models
// and the means of their end-of-session Pearson correlation and ranking distance. An agent
// that exposes no model has 0 models (shown as "-", null in JSON).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "parley/tournament/tournament.hpp"

namespace parley::tournament {

struct ModelQualityRow {
  std::string agent;
  std::size_t models = 0;
  double pearson = 0, ranking_distance = 0;
};

std::vector<ModelQualityRow> model_quality_rows(const Tournament& tournament, const std::filesystem::path& folder);
std::string model_quality_table(const std::vector<ModelQualityRow>& rows);
nlohmann::json model_quality_json(const std::vector<ModelQualityRow>& rows);

}  // namespace parley::tournament
