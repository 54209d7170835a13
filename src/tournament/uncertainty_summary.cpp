// Per-agent true vs estimated utility and elicitation cost from the records (uncertainty_summary.hpp).
#include "parley/tournament/uncertainty_summary.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "parley/tournament/result_store.hpp"

namespace parley::tournament {

std::vector<UncertaintyRow> uncertainty_rows(const Tournament& tournament, const std::filesystem::path& folder) {
  std::vector<UncertaintyRow> rows(tournament.competitor_count());
  for (std::size_t a = 0; a < rows.size(); ++a) rows[a].agent = tournament.agent_specs()[a];
  for_each_record(folder, [&](const nlohmann::json& record) {
    const auto negotiators = record.find("negotiators");
    if (negotiators == record.end() || !negotiators->is_array()) return;  // the ranking reports malformed records
    for (const auto& seat : *negotiators) {
      const auto index = seat.value("agent_index", std::size_t(-1));
      const auto estimated = seat.find("estimated_utility");
      if (index >= rows.size() || estimated == seat.end() || !estimated->is_number()) continue;
      auto& row = rows[index];
      const double u = seat.value("utility", 0.0), cost = seat.value("elicitation_cost", 0.0);
      ++row.seats;
      row.utility += u;
      row.estimated_utility += estimated->get<double>();
      row.estimate_error += std::abs(estimated->get<double>() - u);
      row.elicitation_cost += cost;
      row.elicited_bids += seat.value("elicited_bids", 0.0);
      row.net_utility += u - cost;
    }
  });
  for (auto& row : rows) {
    if (row.seats == 0) continue;
    const double n = static_cast<double>(row.seats);
    for (double* value : {&row.utility, &row.estimated_utility, &row.estimate_error, &row.elicitation_cost,
                          &row.elicited_bids, &row.net_utility})
      *value /= n;
  }
  return rows;
}

std::string uncertainty_table(const std::vector<UncertaintyRow>& rows) {
  std::size_t width = 5;
  for (const auto& row : rows) width = std::max(width, row.agent.size());
  std::string text = fmt::format("{:<{}}  {:>6}  {:>7}  {:>9}  {:>9}  {:>8}  {:>8}  {:>7}\n", "agent", width, "seats",
                                 "utility", "estimated", "|error|", "cost", "elicited", "net");
  for (const auto& row : rows)
    text += fmt::format("{:<{}}  {:>6}  {:>7.4f}  {:>9.4f}  {:>9.4f}  {:>8.4f}  {:>8.2f}  {:>7.4f}\n", row.agent, width,
                        row.seats, row.utility, row.estimated_utility, row.estimate_error, row.elicitation_cost,
                        row.elicited_bids, row.net_utility);
  return text;
}

nlohmann::json uncertainty_json(const std::vector<UncertaintyRow>& rows) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& row : rows)
    list.push_back({{"agent", row.agent},
                    {"seats", row.seats},
                    {"utility", row.utility},
                    {"estimated_utility", row.estimated_utility},
                    {"estimate_error", row.estimate_error},
                    {"elicitation_cost", row.elicitation_cost},
                    {"elicited_bids", row.elicited_bids},
                    {"net_utility", row.net_utility}});
  return list;
}

}  // namespace parley::tournament
