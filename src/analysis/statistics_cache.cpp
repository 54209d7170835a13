// StatisticsCache: content keys (SHA-256 over what the statistics read) and the shared entries.
#include "parley/analysis/statistics_cache.hpp"

#include <stdexcept>
#include <string_view>

#include <fmt/format.h>
#include <openssl/evp.h>
#include <tbb/task_arena.h>

namespace parley::analysis {
namespace {

// Feeds fixed-width values to one SHA-256 digest. Every variable-length list is preceded by its
// length, so two different scenarios never produce the same byte stream.
class Digest {
 public:
  Digest() : context_(EVP_MD_CTX_new()) {
    if (context_ == nullptr || EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) != 1)
      throw std::runtime_error("statistics_key: SHA-256 is unavailable in libcrypto");
  }
  ~Digest() { EVP_MD_CTX_free(context_); }
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  void bytes(const void* data, std::size_t size) {
    if (EVP_DigestUpdate(context_, data, size) != 1) throw std::runtime_error("statistics_key: SHA-256 update failed");
  }
  void u64(std::uint64_t value) { bytes(&value, sizeof value); }
  void real(double value) { bytes(&value, sizeof value); }  // the exact bits: equal doubles, equal bytes
  void tag(std::string_view name) { u64(name.size()), bytes(name.data(), name.size()); }

  std::string hex() {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context_, out, &size) != 1) throw std::runtime_error("statistics_key: SHA-256 final failed");
    std::string text = "sha256:";
    for (unsigned int k = 0; k < size; ++k) text += fmt::format("{:02x}", out[k]);
    return text;
  }

 private:
  EVP_MD_CTX* context_;
};

void add_utility(Digest& digest, const UtilityFunction& utility) {
  if (utility.is_additive()) {
    const auto& additive = utility.additive();
    digest.tag("additive");
    digest.u64(additive.weights.size());
    for (double w : additive.weights) digest.real(w);
    digest.u64(additive.evaluations.size());
    for (const auto& issue : additive.evaluations) {
      digest.u64(issue.size());
      for (double e : issue) digest.real(e);
    }
    return;
  }
  const auto& rectangles = utility.hyper_rectangles();
  digest.tag("hyper_rectangles");
  digest.real(rectangles.normaliser);
  digest.u64(rectangles.rectangles.size());
  for (const auto& rectangle : rectangles.rectangles) {
    digest.real(rectangle.utility);
    digest.u64(rectangle.bounds.size());
    for (const auto& bound : rectangle.bounds) {
      digest.u64(bound.issue), digest.u64(bound.first), digest.u64(bound.last);
      digest.u64(bound.excluded ? 1 : 0);
    }
  }
}

}  // namespace

ScenarioStatistics compute_statistics(const Scenario& scenario, const StatisticsOptions& options) {
  ScenarioStatistics statistics;
  statistics.frontier = pareto_frontier(scenario, options.frontier);
  statistics.references = reference_points(scenario, statistics.frontier);
  return statistics;
}

std::string statistics_key(const Scenario& scenario, const StatisticsOptions& options) {
  Digest digest;
  digest.tag("parley.statistics/1");
  digest.u64(scenario.space.issue_count());
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) digest.u64(scenario.space.issue(i).size());
  digest.u64(scenario.parties.size());
  for (const auto& party : scenario.parties) {
    add_utility(digest, party.utility);
    digest.real(party.reservation_value);
    digest.u64(party.red_lines.size());
    for (const auto& line : party.red_lines) {
      digest.u64(line.issue);
      digest.u64(line.rejected.size());
      for (auto option : line.rejected) digest.u64(option);
    }
  }
  const auto& f = options.frontier;
  digest.u64(f.max_frontier_points), digest.u64(f.max_enumerated_outcomes), digest.u64(f.max_search_nodes);
  digest.u64(f.max_comparisons);
  const auto& z = options.zopa;
  digest.u64(z.max_half_outcomes), digest.u64(z.max_search_nodes), digest.u64(z.max_enumerated_outcomes);
  return digest.hex();
}

struct StatisticsCache::Entry {
  std::once_flag once;
  std::shared_ptr<const ScenarioStatistics> value;
  std::once_flag zopa_once;
  std::shared_ptr<const ZopaSummary> zopa;
  std::uint64_t last_used = 0;
};

StatisticsCache::StatisticsCache(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

StatisticsCache::~StatisticsCache() = default;

std::shared_ptr<StatisticsCache::Entry> StatisticsCache::entry(const std::string& key) {
  const std::lock_guard lock(mutex_);
  auto& slot = entries_[key];
  if (!slot) slot = std::make_shared<Entry>();
  auto found = slot;
  found->last_used = ++clock_;
  if (entries_.size() > capacity_) {
    auto oldest = entries_.begin();
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
      if (it->second->last_used < oldest->second->last_used) oldest = it;
    entries_.erase(oldest);  // never the entry just requested: it is the most recent
  }
  return found;
}

std::shared_ptr<const ScenarioStatistics> StatisticsCache::statistics(const Scenario& scenario, const StatisticsOptions& options) {
  return fill(*entry(statistics_key(scenario, options)), scenario, options);
}

std::shared_ptr<const ScenarioStatistics> StatisticsCache::fill(Entry& entry, const Scenario& scenario, const StatisticsOptions& options) {
  bool computed_here = false;
  // Isolated: while the frontier's parallel loops wait, this thread must not pick up an outer
  // task (another scenario of a tournament) that would wait on this very entry.
  std::call_once(entry.once, [&] {
    tbb::this_task_arena::isolate([&] { entry.value = std::make_shared<const ScenarioStatistics>(compute_statistics(scenario, options)); });
    computed_here = true;
  });
  const std::lock_guard lock(mutex_);
  ++(computed_here ? computations_ : reuses_);
  return entry.value;
}

std::shared_ptr<const ZopaSummary> StatisticsCache::zopa(const Scenario& scenario, const StatisticsOptions& options) {
  const auto entry = this->entry(statistics_key(scenario, options));
  const auto statistics = fill(*entry, scenario, options);
  bool computed_here = false;
  std::call_once(entry->zopa_once, [&] {
    tbb::this_task_arena::isolate(
        [&] { entry->zopa = std::make_shared<const ZopaSummary>(analysis::zopa(scenario, statistics->frontier, options.zopa)); });
    computed_here = true;
  });
  if (computed_here) {
    const std::lock_guard lock(mutex_);
    ++zopa_computations_;
  }
  return entry->zopa;
}

std::uint64_t StatisticsCache::zopa_computations() const {
  const std::lock_guard lock(mutex_);
  return zopa_computations_;
}

std::uint64_t StatisticsCache::computations() const {
  const std::lock_guard lock(mutex_);
  return computations_;
}

std::uint64_t StatisticsCache::reuses() const {
  const std::lock_guard lock(mutex_);
  return reuses_;
}

std::size_t StatisticsCache::size() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace parley::analysis
