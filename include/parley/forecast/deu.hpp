// The DEU data set (Decision-making in the European Union, waves I–III) and the back-test of
// the forecasting models against its recorded outcomes.
//
// Data flow: deu3.csv (tab-separated) ──read_deu──▶ DeuIssues (stances + outcome)
//            ──backtest──▶ mean absolute error of each model on the 0–100 scale.
// File layout: line 1 is the header (`p<actor>` positions, `s<actor>` saliences 0–100,
// `rp` reference point, `out` outcome); line 2 holds, under the `p<actor>` columns, a size
// figure per actor (Commission and Parliament included) that serves as the capability
// proxy — the data set has no capability column. Each later line is one issue.
// An actor takes part in an issue when it has both a position and a salience; issues
// without an outcome are skipped and counted.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parley/forecast/bdm.hpp"
#include "parley/forecast/stance.hpp"

namespace parley::forecast {

struct DeuIssue {
  ForecastIssue issue;                     // scale 0–100
  double outcome = 0;                      // `out`
  std::optional<double> reference_point;   // `rp`
  int line = 0;
};

struct DeuData {
  std::vector<DeuIssue> issues;            // issues with an outcome and >= 2 weighted actors
  std::size_t rows = 0;                    // issue rows in the file
  std::size_t without_outcome = 0;         // rows skipped: `out` empty
  std::size_t too_few_actors = 0;          // rows skipped: < 2 actors or no weight
  std::size_t positions_without_salience = 0;  // actor positions left out for lack of a salience
};

// Throws InputError naming the file, line and column for malformed content.
DeuData read_deu(const std::filesystem::path& path);

struct ModelScore {
  std::string model;        // "compromise", "salience-mean", "median", "nash", "bdm"
  std::string description;  // what was computed, with the weight used
  double mean_absolute_error = 0;
  std::size_t issues = 0;
};

struct BacktestReport {
  std::vector<ModelScore> scores;
  std::size_t issues = 0;
  std::string capability_proxy;  // the sentence stating the capability proxy
};

BacktestReport backtest(const std::vector<DeuIssue>& issues, const BdmParameters& bdm_parameters = {});

}  // namespace parley::forecast
