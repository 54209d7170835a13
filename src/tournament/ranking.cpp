// Rankings: per-agent statistics from session records and their text, CSV and JSON forms.
#include "parley/tournament/ranking.hpp"

#include <algorithm>
#include <cmath>

#include <boost/math/distributions/students_t.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "parley/model/error.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::tournament {
namespace {

[[noreturn]] void malformed(const nlohmann::json& record, const std::string& problem) {
  throw InputError(SourceLocation{"", 0, fmt::format("session {}", record.value("session", -1))},
                   "malformed session record: " + problem);
}

double number_or(const nlohmann::json& record, const char* key, double fallback) {
  const auto it = record.find(key);
  return it != record.end() && it->is_number() ? it->get<double>() : fallback;
}

// CSV field quoted when it holds a separator, a quote or a line break (RFC 4180).
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

double confidence_half_width_95(std::uint64_t n, double s) {
  if (n < 2) return 0;
  const boost::math::students_t distribution(static_cast<double>(n - 1));
  return boost::math::quantile(distribution, 0.975) * s / std::sqrt(static_cast<double>(n));
}

RankingBuilder::RankingBuilder(std::vector<std::string> agent_specs, std::size_t competitors)
    : specs_(std::move(agent_specs)), competitors_(competitors), sums_(specs_.size()) {}

void RankingBuilder::add(const nlohmann::json& record) {
  const auto negotiators = record.find("negotiators");
  if (negotiators == record.end() || !negotiators->is_array()) malformed(record, "no negotiators");
  const bool agreement = record.contains("agreement") && !record["agreement"].is_null();
  const bool failed = record.value("end_reason", "") == "agent_failure";
  const auto acting = record.contains("acting_party") && record["acting_party"].is_string()
                          ? record["acting_party"].get<std::string>()
                          : std::string();
  const double welfare = number_or(record, "welfare", 0), nash = number_or(record, "nash_product", 0);
  const auto pareto = record.find("pareto_distance");
  for (const auto& seat : *negotiators) {
    const auto index = seat.value("agent_index", std::size_t(-1));
    if (index >= sums_.size()) malformed(record, "agent index out of range");
    auto& sums = sums_[index];
    // ANAC 2019: the elicitation cost (0 without uncertainty) is taken off the score.
    const double cost = number_or(seat, "elicitation_cost", 0);
    const double score = number_or(seat, "discounted_utility", 0) - cost;
    sums.costs_charged = sums.costs_charged || cost > 0;
    ++sums.seats;
    // Welford's update of the running mean and sum of squared deviations.
    const double delta = score - sums.score;
    sums.score += delta / static_cast<double>(sums.seats);
    sums.score_squares += delta * (score - sums.score);
    sums.utility += number_or(seat, "utility", 0);
    sums.agreements += agreement ? 1 : 0;
    sums.failures += failed && seat.value("party", "") == acting ? 1 : 0;
    sums.welfare += welfare;
    sums.nash_product += nash;
    if (pareto != record.end() && pareto->is_number()) {
      sums.pareto += pareto->get<double>();
      ++sums.pareto_known;
    }
  }
}

std::vector<RankingRow> RankingBuilder::rows() const {
  std::vector<RankingRow> rows;
  for (std::size_t a = 0; a < competitors_; ++a) {
    const auto& s = sums_[a];
    RankingRow row;
    row.agent = specs_[a];
    row.seats = s.seats;
    row.failures = s.failures;
    row.pareto_known = s.pareto_known;
    if (s.seats > 0) {
      const double n = static_cast<double>(s.seats);
      row.score = s.score;
      const double deviation = s.seats > 1 ? std::sqrt(s.score_squares / (n - 1)) : 0;
      row.score_ci95 = confidence_half_width_95(s.seats, deviation);
      // The interval of a mean near 0 or 1 can leave the range scores take ("0.9500 ± 0.0800"):
      // its bounds are clipped to the range and the row says so.
      const double floor = s.costs_charged ? row.score - row.score_ci95 : 0.0;
      row.score_ci95_low = std::max(row.score - row.score_ci95, floor);
      row.score_ci95_high = std::min(row.score + row.score_ci95, 1.0);
      row.score_ci95_clipped = row.score_ci95_low != row.score - row.score_ci95 ||
                               row.score_ci95_high != row.score + row.score_ci95;
      row.utility = s.utility / n;
      row.agreement_rate = static_cast<double>(s.agreements) / n;
      row.welfare = s.welfare / n;
      row.nash_product = s.nash_product / n;
    }
    if (s.pareto_known > 0) row.pareto_distance = s.pareto / static_cast<double>(s.pareto_known);
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const RankingRow& a, const RankingRow& b) {
    return a.score != b.score ? a.score > b.score : a.agent < b.agent;
  });
  for (std::size_t k = 0, first = 0; k < rows.size(); ++k) {
    if (!tolerance::same_utility(rows[k].score, rows[first].score)) first = k;
    rows[k].rank = first + 1;
  }
  return rows;
}

std::string ranking_table(const std::vector<RankingRow>& rows) {
  std::size_t width = 5;
  for (const auto& row : rows) width = std::max(width, row.agent.size());
  std::string text = fmt::format("{:>4}  {:<{}}  {:>18}  {:>7}  {:>9}  {:>7}  {:>7}  {:>8}  {:>6}\n", "rank", "agent",
                                 width, "score (95% CI)", "utility", "agreement", "welfare", "pareto", "failures",
                                 "seats");
  bool clipped = false;
  for (const auto& row : rows) {
    clipped = clipped || row.score_ci95_clipped;
    text += fmt::format("{:>4}  {:<{}}  {:>8.4f} ± {:<6.4f}{}  {:>7.4f}  {:>8.1f}%  {:>7.4f}  {:>7}  {:>8}  {:>6}\n",
                        row.rank, row.agent, width, row.score, row.score_ci95, row.score_ci95_clipped ? "*" : " ",
                        row.utility, 100 * row.agreement_rate, row.welfare,
                        row.pareto_known ? fmt::format("{:.4f}", row.pareto_distance) : std::string("-"),
                        row.failures, row.seats);
  }
  if (clipped) text += "* the 95% CI leaves the range of scores; its clipped bounds are in ranking.csv and --json\n";
  return text;
}

std::string ranking_csv(const std::vector<RankingRow>& rows) {
  std::string text =
      "rank,agent,seats,score,score_ci95_low,score_ci95_high,utility,agreement_rate,welfare,nash_product,"
      "pareto_distance,failures\n";
  for (const auto& row : rows)
    text += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", row.rank, csv_field(row.agent), row.seats, row.score,
                        row.score_ci95_low, row.score_ci95_high, row.utility, row.agreement_rate,
                        row.welfare, row.nash_product,
                        row.pareto_known ? fmt::format("{}", row.pareto_distance) : std::string(), row.failures);
  return text;
}

nlohmann::json ranking_json(const std::vector<RankingRow>& rows) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& row : rows)
    list.push_back({{"rank", row.rank},
                    {"agent", row.agent},
                    {"seats", row.seats},
                    {"score", row.score},
                    {"score_ci95", {row.score_ci95_low, row.score_ci95_high}},
                    {"score_ci95_clipped", row.score_ci95_clipped},
                    {"utility", row.utility},
                    {"agreement_rate", row.agreement_rate},
                    {"welfare", row.welfare},
                    {"nash_product", row.nash_product},
                    {"pareto_distance", row.pareto_known ? nlohmann::json(row.pareto_distance) : nlohmann::json(nullptr)},
                    {"failures", row.failures}});
  return list;
}

}  // namespace parley::tournament
