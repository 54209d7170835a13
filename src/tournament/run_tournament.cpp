// run_tournament: batches of sessions over threads and MPI ranks into the durable store.
#include "parley/tournament/run_tournament.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <optional>

#include <nlohmann/json.hpp>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "parley/model/error.hpp"
#include "parley/tournament/manifest.hpp"
#include "parley/tournament/ranking_chart.hpp"
#include "parley/tournament/session_record.hpp"

namespace parley::tournament {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kNoStart = ~std::uint64_t{0};  // rank 0 could not open the store
constexpr std::uint64_t kLargestBatch = 100'000;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

int arena_threads(int threads) { return threads > 0 ? threads : tbb::task_arena::automatic; }

// Calls the user's progress callback from one thread at a time, at most every 0.1 s.
class ProgressReporter {
 public:
  ProgressReporter(const RunOptions& options, std::uint64_t total, std::uint64_t resumed_from, int ranks)
      : callback_(options.on_progress), total_(total), resumed_(resumed_from), ranks_(ranks), start_(Clock::now()) {}

  void batch_started(std::uint64_t recorded, std::uint64_t batch_size) {
    recorded_ = recorded;
    batch_size_ = batch_size;
    in_batch_ = 0;
  }
  // A session of this rank finished (called from worker threads).
  void session_done() {
    const auto done = in_batch_.fetch_add(1, std::memory_order_relaxed) + 1;
    report(std::min<std::uint64_t>(batch_size_, done * static_cast<std::uint64_t>(ranks_)), false);
  }
  void batch_finished() { report(batch_size_, true); }
  double seconds() const { return seconds_since(start_); }

 private:
  void report(std::uint64_t in_batch, bool force) {
    if (!callback_) return;
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock() && !force) return;
    if (!lock.owns_lock()) lock.lock();
    const double now = seconds();
    if (!force && now - last_report_ < 0.1) return;
    last_report_ = now;
    callback_(Progress{recorded_ + in_batch, total_, resumed_, now});
  }

  std::function<void(const Progress&)> callback_;
  std::uint64_t total_, resumed_;
  int ranks_;
  Clock::time_point start_;
  std::uint64_t recorded_ = 0, batch_size_ = 0;
  std::atomic<std::uint64_t> in_batch_{0};
  std::mutex mutex_;
  double last_report_ = -1;
};

// This rank's sessions of the batch [first, last): every ranks-th, starting at its rank.
std::vector<std::string> run_share(const Tournament& tournament, std::uint64_t first, std::uint64_t last,
                                   const ProcessGroup& group, tbb::task_arena& arena, ProgressReporter* progress) {
  const auto rank = static_cast<std::uint64_t>(group.rank()), ranks = static_cast<std::uint64_t>(group.size());
  const std::uint64_t mine = last > first + rank ? (last - first - rank + ranks - 1) / ranks : 0;
  std::vector<std::string> lines(mine);
  arena.execute([&] {
    tbb::parallel_for(tbb::blocked_range<std::uint64_t>(0, mine, 1), [&](const tbb::blocked_range<std::uint64_t>& range) {
      for (auto k = range.begin(); k != range.end(); ++k) {
        lines[k] = run_planned_session(tournament, first + rank + k * ranks).dump();
        if (progress) progress->session_done();
      }
    });
  });
  return lines;
}

// Rank 0: interleaves every rank's lines back into session order.
std::vector<std::string> in_session_order(std::vector<std::vector<std::string>> per_rank, std::uint64_t count) {
  std::vector<std::string> lines(count);
  for (std::size_t r = 0; r < per_rank.size(); ++r)
    for (std::size_t k = 0; k < per_rank[r].size(); ++k) lines[r + k * per_rank.size()] = std::move(per_rank[r][k]);
  return lines;
}

}  // namespace

std::vector<nlohmann::json> run_sessions(const Tournament& tournament, std::uint64_t first, std::uint64_t last,
                                         int threads) {
  std::vector<nlohmann::json> records(last > first ? last - first : 0);
  tbb::task_arena arena(arena_threads(threads));
  arena.execute([&] {
    tbb::parallel_for(tbb::blocked_range<std::uint64_t>(0, records.size(), 1),
                      [&](const tbb::blocked_range<std::uint64_t>& range) {
                        for (auto k = range.begin(); k != range.end(); ++k)
                          records[k] = nlohmann::json(run_planned_session(tournament, first + k));
                      });
  });
  return records;
}

std::vector<RankingRow> rank_store(const Tournament& tournament, const std::filesystem::path& folder) {
  RankingBuilder builder(tournament.agent_specs(), tournament.competitor_count());
  for_each_record(folder, [&](const nlohmann::json& record) { builder.add(record); });
  return builder.rows();
}

void write_summary(const std::filesystem::path& folder, const Tournament& tournament,
                   const std::vector<RankingRow>& ranking) {
  write_file_atomically(folder, kRankingCsvFile, ranking_csv(ranking));
  const nlohmann::json summary{{"sessions", tournament.session_count()}, {"ranking", ranking_json(ranking)}};
  write_file_atomically(folder, kRankingJsonFile, summary.dump(2) + "\n");
  write_file_atomically(folder, kRankingSvgFile, render_ranking_chart(ranking));
}

Tournament prepare_on_every_rank(const TournamentConfig& config, int threads, const ProcessGroup& group) {
  std::optional<Tournament> tournament;
  std::exception_ptr own_error;
  std::string own_failure;
  try {
    check_config(config);
    // Inside an arena of `threads`: preparation's parallel loops (one task per scenario, and
    // the frontier's own) would otherwise take every core whatever --threads says.
    tbb::task_arena arena(arena_threads(threads));
    arena.execute([&] { tournament.emplace(prepare_tournament(config, load_scenario_inputs(config.scenarios))); });
  } catch (const InputError& e) {
    if (!group.uses_mpi()) throw;
    own_error = std::current_exception();
    own_failure = e.what();
  }
  const auto failure = group.first_failure(own_failure);
  if (failure.empty()) return std::move(*tournament);
  if (!group.is_root()) throw StoppedByRoot(failure);
  if (own_error) std::rethrow_exception(own_error);
  throw InputError(failure);
}

RunSummary run_tournament(const Tournament& tournament, const RunOptions& options, const ProcessGroup& group) {
  RunSummary summary;
  summary.sessions = tournament.session_count();
  std::optional<ResultStore> store;
  std::uint64_t start = 0;
  std::string refusal;
  if (group.is_root()) {
    try {
      const auto manifest = tournament_manifest(tournament);
      auto mode = options.mode;
      if (mode == StoreMode::repair) {
        summary.repair = repair_results(options.out, manifest, [&](std::uint64_t session) {
          return run_planned_session(tournament, session).dump();
        });
        mode = StoreMode::start_or_continue;
      }
      store.emplace(ResultStore::open(options.out, manifest, mode));
      start = store->recorded();
    } catch (const InputError& e) {
      if (!group.uses_mpi()) throw;
      start = kNoStart;
      refusal = e.what();
    }
  }
  group.broadcast(start);
  if (start == kNoStart) {
    group.broadcast(refusal);
    if (group.is_root()) throw InputError(refusal);
    throw StoppedByRoot(refusal);
  }
  summary.resumed_from = start;

  tbb::task_arena arena(arena_threads(options.threads));
  const auto workers = static_cast<std::uint64_t>(arena.max_concurrency()) * static_cast<std::uint64_t>(group.size());
  ProgressReporter progress(options, summary.sessions, start, group.size());
  std::uint64_t batch = std::max<std::uint64_t>(2 * workers, 8);
  for (std::uint64_t done = start; done < summary.sessions;) {
    std::uint64_t end = std::min(summary.sessions, done + batch);
    group.broadcast(end);
    const auto batch_start = Clock::now();
    if (group.is_root()) progress.batch_started(done, end - done);
    auto lines = run_share(tournament, done, end, group, arena, group.is_root() ? &progress : nullptr);
    // The rate counts computing time only: with communication and fsync included, a slow
    // link would shrink batches, which adds more communication, and so on down to tiny batches.
    const double compute_seconds = std::max(seconds_since(batch_start), 1e-6);
    const double rate = static_cast<double>(lines.size()) * group.size() / compute_seconds;
    auto per_rank = group.gather(lines);
    if (group.is_root()) {
      store->append(in_session_order(std::move(per_rank), end - done));
      progress.batch_finished();
      // Size the next batch for about batch_seconds of work at the rate just measured.
      batch = std::clamp<std::uint64_t>(static_cast<std::uint64_t>(rate * options.batch_seconds),
                                        std::max<std::uint64_t>(2 * workers, 8), kLargestBatch);
    }
    group.broadcast(batch);
    summary.ran += end - done;
    done = end;
  }
  summary.seconds = progress.seconds();
  if (group.is_root()) {
    summary.ranking = rank_store(tournament, options.out);
    write_summary(options.out, tournament, summary.ranking);
  }
  return summary;
}

}  // namespace parley::tournament
