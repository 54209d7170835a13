// parley::tournament::run_tournament — runs every session of a tournament into its results
// store, on all cores and on every process of an MPI job, resumably.
//
// Data flow: Tournament + RunOptions ──run_tournament()──▶
//   rank 0 opens the store (result_store.hpp) and broadcasts how many sessions are recorded;
//   then batch after batch: rank 0 broadcasts the batch's end, every rank runs the sessions
//   i of the batch with (i − batch start) mod ranks == rank on a TBB thread pool, rank 0
//   gathers the records and appends them in session order (one fsync per batch);
//   at the end rank 0 reads the store back and writes the summary (ranking.csv/json/svg).
// Batches aim at `batch_seconds` of work each (their size adapts to the measured rate), so a
// killed run loses at most about that much work. Results do not depend on batch sizes,
// threads or ranks: session k always gets session_seed(seed, k) and its record is line k.
// run_sessions() runs a range without a store (library use, tests, benchmarks).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/tournament/process_group.hpp"
#include "parley/tournament/ranking.hpp"
#include "parley/tournament/result_store.hpp"
#include "parley/tournament/tournament.hpp"

namespace parley::tournament {

struct Progress {
  std::uint64_t done = 0;          // sessions recorded or finished so far (all ranks, estimated within a batch)
  std::uint64_t total = 0;
  std::uint64_t resumed_from = 0;  // recorded before this run started
  double seconds = 0;              // since this run started
};

struct RunOptions {
  std::filesystem::path out;
  StoreMode mode = StoreMode::start_or_continue;
  int threads = 0;                 // per process; 0 = every core
  double batch_seconds = 1.0;      // target duration of one durable batch
  std::function<void(const Progress&)> on_progress;  // rank 0 only; called from one thread at a time
};

struct RunSummary {
  std::uint64_t sessions = 0;
  std::uint64_t resumed_from = 0;  // sessions found in the store
  std::uint64_t ran = 0;           // sessions run by this invocation (all ranks)
  double seconds = 0;
  std::vector<RankingRow> ranking; // rank 0 only
  std::optional<RepairReport> repair;  // with StoreMode::repair (rank 0 only)
};

// Thrown on ranks other than 0 when rank 0 refused to start (its message is the error).
struct StoppedByRoot : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// check_config, load_scenario_inputs and prepare_tournament on every rank of `group` (each rank
// reads the inputs itself). An input error on any rank ends every rank, none left waiting in a
// collective call: rank 0 throws its own InputError as it was, or InputError("rank R: ...") for
// the lowest failing rank R; the other ranks throw StoppedByRoot. Preparation runs on at most
// `threads` threads per rank (0 = every core), as the sessions do under RunOptions::threads.
Tournament prepare_on_every_rank(const TournamentConfig& config, int threads,
                                 const ProcessGroup& group = ProcessGroup::join());

RunSummary run_tournament(const Tournament& tournament, const RunOptions& options,
                          const ProcessGroup& group = ProcessGroup::join());

// Runs sessions [first, last) on `threads` threads (0 = every core); records in session order.
std::vector<nlohmann::json> run_sessions(const Tournament& tournament, std::uint64_t first, std::uint64_t last,
                                         int threads = 0);

// The ranking of the records in a results folder.
std::vector<RankingRow> rank_store(const Tournament& tournament, const std::filesystem::path& folder);

// Writes ranking.csv, ranking.json and ranking.svg into `folder` (atomically).
void write_summary(const std::filesystem::path& folder, const Tournament& tournament,
                   const std::vector<RankingRow>& ranking);

}  // namespace parley::tournament
