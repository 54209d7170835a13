// Per-agent means of the opponent-model measures in the records (model_quality_summary.hpp).
#include "parley/tournament/model_quality_summary.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "parley/tournament/result_store.hpp"

namespace parley::tournament {

std::vector<ModelQualityRow> model_quality_rows(const Tournament& tournament, const std::filesystem::path& folder) {
  std::vector<ModelQualityRow> rows(tournament.competitor_count());
  for (std::size_t a = 0; a < rows.size(); ++a) rows[a].agent = tournament.agent_specs()[a];
  for_each_record(folder, [&](const nlohmann::json& record) {
    const auto negotiators = record.find("negotiators");
    const auto models = record.find("opponent_models");
    if (negotiators == record.end() || !negotiators->is_array() || models == record.end() || !models->is_array())
      return;  // the ranking reports malformed records
    for (const auto& model : *models) {
      const auto party = model.value("party", std::string());
      const auto seat = std::find_if(negotiators->begin(), negotiators->end(),
                                     [&](const auto& s) { return s.value("party", std::string()) == party; });
      if (seat == negotiators->end()) continue;
      const auto index = seat->value("agent_index", std::size_t(-1));
      if (index >= rows.size()) continue;
      auto& row = rows[index];
      ++row.models;
      row.pearson += model.value("pearson", 0.0);
      row.ranking_distance += model.value("ranking_distance", 0.0);
    }
  });
  for (auto& row : rows) {
    if (row.models == 0) continue;
    row.pearson /= static_cast<double>(row.models);
    row.ranking_distance /= static_cast<double>(row.models);
  }
  return rows;
}

std::string model_quality_table(const std::vector<ModelQualityRow>& rows) {
  std::size_t width = 5;
  for (const auto& row : rows) width = std::max(width, row.agent.size());
  std::string text = fmt::format("{:<{}}  {:>6}  {:>7}  {:>16}\n", "agent", width, "models", "pearson", "ranking distance");
  for (const auto& row : rows) {
    if (row.models == 0) text += fmt::format("{:<{}}  {:>6}  {:>7}  {:>16}\n", row.agent, width, 0, "-", "-");
    else
      text += fmt::format("{:<{}}  {:>6}  {:>7.4f}  {:>16.4f}\n", row.agent, width, row.models, row.pearson,
                          row.ranking_distance);
  }
  return text;
}

nlohmann::json model_quality_json(const std::vector<ModelQualityRow>& rows) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& row : rows) {
    const bool any = row.models > 0;
    list.push_back({{"agent", row.agent},
                    {"models", row.models},
                    {"pearson", any ? nlohmann::json(row.pearson) : nlohmann::json(nullptr)},
                    {"ranking_distance", any ? nlohmann::json(row.ranking_distance) : nlohmann::json(nullptr)}});
  }
  return list;
}

}  // namespace parley::tournament
