// parley::analysis::StatisticsCache — a scenario's statistics computed once per content.
//
// Data flow: Scenario + options ──statistics_key()──▶ "sha256:<64 hex digits>"
//            ──StatisticsCache::statistics()──▶ shared ScenarioStatistics {frontier, reference
//            points}, computed on the first request for a key and shared by every later one;
//            ──StatisticsCache::zopa()──▶ that entry's ZOPA, computed on its first request only
//            (sessions do not need it, and on large nonlinear spaces its count costs ~0.4 s).
// The key is the SHA-256 (OpenSSL's libcrypto) of every input the statistics read: the number
// of values of each issue; per party its utility (kind, weights and evaluations, or rectangles
// and normaliser, as exact doubles), reservation value and red lines; and the frontier and ZOPA
// limits. Names, labels, descriptions, discounts and forecasting inputs are left out: the
// statistics do not depend on them, so a renamed copy shares its entry, and any change to what
// they do depend on is a different key (invalidation by content; nothing goes stale).
// The cache lives in memory, in the process that owns it (a tournament's preparation, a `parley
// serve` workbench); it writes no file (docs/algorithms/analysis.md, "Statistics cache", says
// why). Thread-safe: concurrent requests for one key wait for the one computation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/reference_points.hpp"
#include "parley/analysis/zopa.hpp"

namespace parley::analysis {

struct ScenarioStatistics {
  ParetoFrontier frontier;
  ReferencePoints references;
};

struct StatisticsOptions {
  FrontierOptions frontier;
  ZopaOptions zopa;
};

// What the cache computes for a missing key: pareto_frontier, then reference_points.
ScenarioStatistics compute_statistics(const Scenario& scenario, const StatisticsOptions& options = {});

// The content key described above. Equal keys mean equal statistics.
std::string statistics_key(const Scenario& scenario, const StatisticsOptions& options = {});

class StatisticsCache {
 public:
  // Keeps at most `capacity` entries; beyond it the least recently requested one is dropped
  // (holders of its statistics keep them).
  explicit StatisticsCache(std::size_t capacity = 64);
  ~StatisticsCache();
  StatisticsCache(const StatisticsCache&) = delete;
  StatisticsCache& operator=(const StatisticsCache&) = delete;

  std::shared_ptr<const ScenarioStatistics> statistics(const Scenario& scenario, const StatisticsOptions& options = {});
  // zopa(scenario, its frontier, options.zopa), kept in the same entry.
  std::shared_ptr<const ZopaSummary> zopa(const Scenario& scenario, const StatisticsOptions& options = {});

  std::uint64_t computations() const;       // statistics computed (misses)
  std::uint64_t reuses() const;             // statistics requests answered from the cache (hits)
  std::uint64_t zopa_computations() const;  // ZOPA summaries computed
  std::size_t size() const;

 private:
  struct Entry;
  std::shared_ptr<Entry> entry(const std::string& key);  // found or made; the least recent beyond capacity goes
  std::shared_ptr<const ScenarioStatistics> fill(Entry& entry, const Scenario& scenario, const StatisticsOptions& options);
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<Entry>> entries_;
  std::uint64_t clock_ = 0;
  std::uint64_t computations_ = 0;
  std::uint64_t reuses_ = 0;
  std::uint64_t zopa_computations_ = 0;
};

}  // namespace parley::analysis
