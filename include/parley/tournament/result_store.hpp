// parley::tournament::ResultStore — the append-only, crash-safe results folder (--out).
//
// Data flow: manifest ──ResultStore::open(folder, manifest, mode)──▶ a store that knows how
// many sessions are already recorded ──append(lines) per batch (write + fsync)──▶
// results.jsonl ──for_each_record()──▶ rankings.
// Layout of the folder:
//   manifest.json   the tournament (manifest.hpp), written atomically before any result;
//   results.jsonl   one session record per line, in session order (0, 1, 2, ...);
//   ranking.csv, ranking.json, ranking.svg   the summary, rewritten at the end of a run.
// Crash safety: a batch is written with one write() and made durable with fsync() before the
// next starts, so after kill -9 or power loss the file holds whole batches plus at most one
// torn last line. open() drops a torn (unterminated or unparsable) last line, checks that
// line k holds session k (no gap, no duplicate), and continues from there.
// Opening rules (mode):
//   no store in the folder                      → a new store;
//   the same tournament, unfinished             → continue it (the same command resumes);
//   the same tournament, finished               → InputError unless mode == resume;
//   the same tournament, all recorded but its summary incomplete (a run stopped while writing
//                                                 it) → continue: the summary is written;
//   a different tournament                      → InputError unless mode == force, which
//                                                 deletes this store's files (never others);
//   stray store-named files without a parley manifest → InputError in every mode (parley
//                                                 cannot prove they are its own).
// Locking: open() takes an exclusive flock on folder/.parley-lock for the store's lifetime; a
// second open() fails with an InputError naming the holder (pid, host, start time).
// Repair: repair_results() rewrites a damaged results.jsonl keeping every intact record.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace parley::tournament {

enum class StoreMode { start_or_continue, resume, force, repair };

inline constexpr const char* kManifestFile = "manifest.json";
inline constexpr const char* kResultsFile = "results.jsonl";
inline constexpr const char* kRankingCsvFile = "ranking.csv";
inline constexpr const char* kRankingJsonFile = "ranking.json";
inline constexpr const char* kRankingSvgFile = "ranking.svg";
inline constexpr const char* kLockFile = ".parley-lock";

class ResultStore {
 public:
  // Throws InputError naming the folder and what to do when the rules above refuse.
  static ResultStore open(const std::filesystem::path& folder, const nlohmann::json& manifest, StoreMode mode);

  ResultStore(ResultStore&&) noexcept;
  ResultStore& operator=(ResultStore&&) noexcept;
  ~ResultStore();

  const std::filesystem::path& folder() const { return folder_; }
  std::uint64_t recorded() const { return recorded_; }
  std::uint64_t session_count() const { return session_count_; }
  bool finished() const { return recorded_ >= session_count_; }

  // Appends records of sessions recorded(), recorded()+1, ... (one JSON text per entry, no
  // newline) and makes them durable before returning.
  void append(const std::vector<std::string>& lines);

 private:
  ResultStore(std::filesystem::path folder, std::uint64_t recorded, std::uint64_t session_count, int fd);
  std::filesystem::path folder_;
  std::uint64_t recorded_ = 0;
  std::uint64_t session_count_ = 0;
  int fd_ = -1;
  int lock_fd_ = -1;  // flock on folder/.parley-lock, released when the store closes
};

// What repair_results() did: intact records kept, damaged lines dropped, repeated records of
// one session dropped (two runs wrote to the store), missing sessions run again.
struct RepairReport {
  std::uint64_t kept = 0, dropped_lines = 0, duplicates = 0, rerun = 0;
};

// Rewrites folder/results.jsonl (atomically, under the store lock) as sessions 0..k in order:
// every intact record (its first copy) is kept, damaged lines are dropped, and a session with
// no intact record before the last kept one is recomputed by rerun(session) (sessions are
// deterministic, so the result equals an undamaged store). The summary files are removed.
// InputError when the folder holds no manifest or a different tournament's.
RepairReport repair_results(const std::filesystem::path& folder, const nlohmann::json& manifest,
                            const std::function<std::string(std::uint64_t)>& rerun);

// Calls visit(record) for every whole record of folder/results.jsonl in order (a torn last
// line is skipped). Throws InputError naming the file and line when a record is damaged or
// out of order.
void for_each_record(const std::filesystem::path& folder, const std::function<void(const nlohmann::json&)>& visit);

// Writes `text` to folder/name atomically (temporary file, fsync, rename, fsync folder).
void write_file_atomically(const std::filesystem::path& folder, const std::string& name, const std::string& text);

}  // namespace parley::tournament
