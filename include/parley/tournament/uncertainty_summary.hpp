// parley::tournament uncertainty summary — per agent, what it got, what it believed it got and
// what it paid, over the seats where it negotiated on an estimate (ANAC 2019 style).
//
// Data flow: session records with per-seat estimated_utility / elicitation_cost / elicited_bids
// (session_record.hpp; present only under TournamentConfig::uncertainty)
//   ──uncertainty_rows()──▶ one UncertaintyRow per ranked agent, in agent order
//   ──uncertainty_table() / uncertainty_json()──▶ `parley tournament --uncertainty` output.
// Per agent, over its uncertain seats (estimated_utility not null):
//  * true utility: mean undiscounted true utility of the outcome;
//  * estimated utility: mean of its own (latest) estimate of the same outcome;
//  * estimate error: mean |estimated − true|;
//  * elicitation cost and elicited bids: means; net utility = mean (true utility − cost).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "parley/tournament/tournament.hpp"

namespace parley::tournament {

struct UncertaintyRow {
  std::string agent;
  std::size_t seats = 0;  // uncertain seats
  double utility = 0, estimated_utility = 0, estimate_error = 0, elicitation_cost = 0, elicited_bids = 0,
         net_utility = 0;
};

std::vector<UncertaintyRow> uncertainty_rows(const Tournament& tournament, const std::filesystem::path& folder);
std::string uncertainty_table(const std::vector<UncertaintyRow>& rows);
nlohmann::json uncertainty_json(const std::vector<UncertaintyRow>& rows);

}  // namespace parley::tournament
