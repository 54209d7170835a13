// parley::tournament rankings — one row per agent, from the session records.
//
// Data flow: session records (result_store.hpp: for_each_record) ──RankingBuilder::add()──▶
//   per-agent sums ──rows()──▶ RankingRow per agent, best first ──▶ ranking_table() (text),
//   ranking_csv(), ranking_json(), and the SVG chart (ranking_chart.hpp).
// Per agent, over every seat it took (a session where it plays two sides counts twice):
//  * score: mean discounted utility (equal to the utility on scenarios without discounting),
//    the ANAC ranking criterion, minus the seat's elicitation cost under preference
//    uncertainty (ANAC 2019; 0 otherwise); 95% confidence interval mean ± t(0.975, n−1)·s/√n (Student t,
//    Boost.Math; 0 half-width for one seat), clipped to the range scores can take — [0, 1], or
//    (−∞, 1] when elicitation costs were charged — and flagged when clipped;
//  * utility: mean undiscounted utility;
//  * agreement rate, mean social welfare and Nash product of its sessions, mean distance to
//    the Pareto frontier (over seats where it is known);
//  * failures: seats whose session ended because this agent failed.
// Rows are sorted by score (descending), ties by agent spec. Scores within the tolerance of
// the first of a group (tolerance::same_utility) are a tie and share its rank (1, 2, 2, 4).
// With opponents, only the ranked agents (agent index < competitor count) get rows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace parley::tournament {

struct RankingRow {
  std::size_t rank = 0;  // 1-based; tied scores share a rank
  std::string agent;
  std::uint64_t seats = 0;
  double score = 0;
  double score_ci95 = 0;  // half-width of the Student t interval
  double score_ci95_low = 0, score_ci95_high = 0;  // its bounds, clipped to the range of scores
  bool score_ci95_clipped = false;
  double utility = 0;
  double agreement_rate = 0;
  double welfare = 0;
  double nash_product = 0;
  double pareto_distance = 0;   // mean over seats where known
  std::uint64_t pareto_known = 0;
  std::uint64_t failures = 0;
};

class RankingBuilder {
 public:
  // agent_specs: every agent index's spec; competitors: how many of them are ranked.
  RankingBuilder(std::vector<std::string> agent_specs, std::size_t competitors);
  void add(const nlohmann::json& record);  // throws InputError on a malformed record
  std::vector<RankingRow> rows() const;

 private:
  struct Sums {
    std::uint64_t seats = 0, agreements = 0, failures = 0, pareto_known = 0;
    double score = 0, score_squares = 0, utility = 0, welfare = 0, nash_product = 0, pareto = 0;
    bool costs_charged = false;  // some seat paid for elicitation, so scores may be below 0
  };
  std::vector<std::string> specs_;
  std::size_t competitors_;
  std::vector<Sums> sums_;
};

// Half-width of the 95% confidence interval of a mean from n samples with sample standard
// deviation s (0 when n < 2).
double confidence_half_width_95(std::uint64_t n, double s);

std::string ranking_table(const std::vector<RankingRow>& rows);  // aligned, for people
std::string ranking_csv(const std::vector<RankingRow>& rows);
nlohmann::json ranking_json(const std::vector<RankingRow>& rows);

}  // namespace parley::tournament
