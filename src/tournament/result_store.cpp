// ResultStore: opening rules, torn-line recovery, durable appends (see result_store.hpp).
#include "parley/tournament/result_store.hpp"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <utility>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "parley/io/input_file.hpp"
#include "parley/io/safe_write.hpp"
#include "parley/model/error.hpp"
#include "parley/tournament/manifest.hpp"

namespace parley::tournament {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void refuse(const fs::path& where, const std::string& problem) {
  throw InputError(SourceLocation{where.string(), 0, ""}, problem);
}

[[noreturn]] void system_failure(const fs::path& where, const std::string& what) {
  throw std::runtime_error(fmt::format("{}: {}: {}", where.string(), what, std::strerror(errno)));
}

struct ScanResult {
  std::uint64_t records = 0;
  std::uint64_t valid_bytes = 0;  // length of the whole records, including their newlines
};

// Reads results.jsonl line by line; the last line may be torn (no newline, or not JSON).
ScanResult scan_results(const fs::path& file, const std::function<void(const nlohmann::json&)>& visit) {
  ScanResult scan;
  std::ifstream in(file, std::ios::binary);
  if (!in) return scan;
  std::string line;
  std::optional<std::string> damaged;  // parse problem of the previous line, if any
  std::uint64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (damaged)
      refuse(file, fmt::format("line {}: damaged record ({}); --repair keeps every intact record and reruns the "
                               "missing sessions, --force discards the store",
                               line_number - 1, *damaged));
    if (in.eof()) break;  // no terminating newline: a torn last line
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      damaged = "not a JSON object";
      continue;
    }
    const auto session = record.find("session");
    if (session == record.end() || !session->is_number_unsigned() || session->get<std::uint64_t>() != scan.records)
      refuse(file, fmt::format("line {}: expected the record of session {}; the store is out of order (two runs "
                               "wrote to it?): --repair keeps every intact record, --force discards the store",
                               line_number, scan.records));
    if (visit) visit(record);
    ++scan.records;
    scan.valid_bytes += line.size() + 1;
  }
  return scan;
}

void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) system_failure(folder, "cannot open the folder to sync it");
  ::fsync(fd);
  ::close(fd);
}

void write_all(int fd, const std::string& text, const fs::path& where) {
  std::size_t done = 0;
  while (done < text.size()) {
    const auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      system_failure(where, "write failed");
    }
    done += static_cast<std::size_t>(n);
  }
}

const std::vector<std::string>& store_files() {
  static const std::vector<std::string> files{kManifestFile, kResultsFile, kRankingCsvFile, kRankingJsonFile,
                                              kRankingSvgFile};
  return files;
}

nlohmann::json read_manifest(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  auto manifest = nlohmann::json::parse(text.str(), nullptr, false);
  if (manifest.is_discarded() || !manifest.is_object() || manifest.value("format", "") != "parley-tournament")
    refuse(file, "not a parley tournament manifest; parley will not touch the files of this folder (not even with "
                 "--force): choose another --out");
  return manifest;
}

// An exclusive flock on folder/.parley-lock, held while the store is open. The file names its
// holder (pid, host, start time) so that a second run can say who it is waiting for.
class StoreLock {
 public:
  explicit StoreLock(const fs::path& folder) : file_(folder / kLockFile) {
    fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd_ < 0) {
      if (errno == ELOOP) refuse(file_, "is a symbolic link; parley's lock file must be a plain file");
      system_failure(file_, "cannot open the lock file");
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      const int error_number = errno;
      std::string holder(256, '\0');
      const auto got = ::pread(fd_, holder.data(), holder.size(), 0);
      holder.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
      ::close(fd_);
      fd_ = -1;
      if (error_number != EWOULDBLOCK) system_failure(file_, "cannot lock");
      refuse(fs::path(file_).parent_path(),
             fmt::format("another parley tournament is writing to this folder ({}); wait for it to finish, stop it, "
                         "or choose another --out",
                         holder.empty() ? "holder unknown" : holder));
    }
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const auto now = std::time(nullptr);
    char when[64] = {};
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    const auto text = fmt::format("held by pid {} on host {} since {}\n", ::getpid(), host, when);
    if (::ftruncate(fd_, 0) == 0) write_all(fd_, text, file_);
  }
  ~StoreLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;
  int release() { return std::exchange(fd_, -1); }

 private:
  fs::path file_;
  int fd_ = -1;
};

}  // namespace

void write_file_atomically(const fs::path& folder, const std::string& name, const std::string& text) {
  io::write_file_atomically(folder / name, text, io::WriteMode::replace);
}

void for_each_record(const fs::path& folder, const std::function<void(const nlohmann::json&)>& visit) {
  scan_results(folder / kResultsFile, visit);
}

ResultStore ResultStore::open(const fs::path& folder, const nlohmann::json& manifest, StoreMode mode) {
  const std::uint64_t session_count = manifest.at("sessions").get<std::uint64_t>();
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) refuse(folder, "--out must be a folder, not a file");
  fs::create_directories(folder, error);
  if (error) refuse(folder, "cannot create the results folder: " + error.message());
  StoreLock lock(folder);

  const fs::path manifest_file = folder / kManifestFile, results_file = folder / kResultsFile;
  const auto present = [&](const fs::path& file) {
    return fs::symlink_status(file, error).type() != fs::file_type::not_found;
  };
  if (mode == StoreMode::force) {
    // Only a folder whose manifest is parley's holds files parley may delete.
    if (present(manifest_file)) {
      read_manifest(manifest_file);
      for (const auto& name : store_files()) fs::remove(folder / name, error);
    }
  }
  std::uint64_t recorded = 0;
  if (present(manifest_file)) {
    const auto difference = manifest_difference(read_manifest(manifest_file), manifest);
    if (!difference.empty())
      refuse(folder, fmt::format("holds a different tournament ({}); pass --force to discard it or choose another --out",
                                 difference));
    const auto scan = scan_results(results_file, nullptr);
    recorded = scan.records;
    if (recorded > session_count) refuse(results_file, "holds more records than the tournament has sessions; use --force");
    const bool summarised = std::all_of(store_files().begin() + 2, store_files().end(),
                                        [&](const std::string& name) { return present(folder / name); });
    // A run stopped while writing the summary is continued by the same command (docs).
    if (recorded == session_count && mode != StoreMode::resume && summarised)
      refuse(folder, fmt::format("already holds this finished tournament ({} sessions); pass --resume to rebuild its "
                                 "summary or --force to run it again",
                                 session_count));
    if (fs::exists(results_file) && fs::file_size(results_file) != scan.valid_bytes)
      fs::resize_file(results_file, scan.valid_bytes);  // drop the torn last line
  } else {
    for (const auto& name : store_files())
      if (present(folder / name))
        refuse(folder / name, "exists but the folder holds no tournament manifest, so parley cannot tell that it is "
                              "its own and will not touch it: move it away or choose another --out");
    write_file_atomically(folder, kManifestFile, manifest.dump(2) + "\n");
  }
  // O_NOFOLLOW: a symlink planted as results.jsonl is refused, never written through.
  const int fd = ::open(results_file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    if (errno == ELOOP) refuse(results_file, "is a symbolic link; parley writes its results only to a file it owns");
    system_failure(results_file, "cannot open");
  }
  sync_folder(folder);
  ResultStore store(folder, recorded, session_count, fd);
  store.lock_fd_ = lock.release();
  return store;
}

RepairReport repair_results(const fs::path& folder, const nlohmann::json& manifest,
                            const std::function<std::string(std::uint64_t)>& rerun) {
  const std::uint64_t session_count = manifest.at("sessions").get<std::uint64_t>();
  std::error_code error;
  if (!fs::is_directory(folder, error)) refuse(folder, "--repair needs an existing results folder");
  StoreLock lock(folder);
  const fs::path manifest_file = folder / kManifestFile, results_file = folder / kResultsFile;
  if (!fs::exists(manifest_file, error)) refuse(folder, "holds no tournament manifest; there is nothing to repair");
  const auto difference = manifest_difference(read_manifest(manifest_file), manifest);
  if (!difference.empty())
    refuse(folder, fmt::format("holds a different tournament ({}); --repair only mends the store of this command",
                               difference));
  RepairReport report;
  std::map<std::uint64_t, std::string> records;  // session → its first intact record
  if (fs::exists(results_file, error)) {
    const auto text = io::read_input_file(results_file, io::TextCheck::binary);
    std::size_t begin = 0;
    while (begin < text.size()) {
      const auto end = text.find('\n', begin);
      if (end == std::string::npos) {  // torn last line
        ++report.dropped_lines;
        break;
      }
      const std::string line = text.substr(begin, end - begin);
      begin = end + 1;
      const auto record = nlohmann::json::parse(line, nullptr, false);
      const auto session = record.is_object() ? record.find("session") : record.end();
      if (!record.is_object() || session == record.end() || !session->is_number_unsigned() ||
          session->get<std::uint64_t>() >= session_count) {
        ++report.dropped_lines;
        continue;
      }
      if (!records.emplace(session->get<std::uint64_t>(), line).second) ++report.duplicates;
    }
  }
  report.kept = records.size();
  std::string repaired;
  const std::uint64_t through = records.empty() ? 0 : records.rbegin()->first + 1;
  for (std::uint64_t k = 0; k < through; ++k) {
    auto found = records.find(k);
    if (found == records.end()) {
      found = records.emplace(k, rerun(k)).first;
      ++report.rerun;
    }
    repaired += found->second;
    repaired += '\n';
  }
  io::write_file_atomically(results_file, repaired, io::WriteMode::replace);
  // The summary described the damaged store; the run that follows writes it again.
  for (const auto& name : store_files())
    if (name != kManifestFile && name != kResultsFile) fs::remove(folder / name, error);
  return report;
}

ResultStore::ResultStore(fs::path folder, std::uint64_t recorded, std::uint64_t session_count, int fd)
    : folder_(std::move(folder)), recorded_(recorded), session_count_(session_count), fd_(fd) {}

ResultStore::ResultStore(ResultStore&& other) noexcept
    : folder_(std::move(other.folder_)),
      recorded_(other.recorded_),
      session_count_(other.session_count_),
      fd_(other.fd_),
      lock_fd_(other.lock_fd_) {
  other.fd_ = -1;
  other.lock_fd_ = -1;
}

ResultStore& ResultStore::operator=(ResultStore&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    if (lock_fd_ >= 0) ::close(lock_fd_);
    folder_ = std::move(other.folder_);
    recorded_ = other.recorded_;
    session_count_ = other.session_count_;
    fd_ = other.fd_;
    lock_fd_ = other.lock_fd_;
    other.fd_ = -1;
    other.lock_fd_ = -1;
  }
  return *this;
}

ResultStore::~ResultStore() {
  if (fd_ >= 0) ::close(fd_);
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

void ResultStore::append(const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  std::string text;
  for (const auto& line : lines) {
    text += line;
    text += '\n';
  }
  const fs::path results_file = folder_ / kResultsFile;
  write_all(fd_, text, results_file);
  if (::fsync(fd_) != 0) system_failure(results_file, "fsync failed");
  recorded_ += lines.size();
}

}  // namespace parley::tournament
