// ResultStore: opening rules, torn-line recovery, durable appends (see result_store.hpp).
#include "parley/tournament/result_store.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

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
    if (damaged) refuse(file, fmt::format("line {}: damaged record ({}); the store cannot be resumed, use --force",
                                          line_number - 1, *damaged));
    if (in.eof()) break;  // no terminating newline: a torn last line
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      damaged = "not a JSON object";
      continue;
    }
    const auto session = record.find("session");
    if (session == record.end() || !session->is_number_unsigned() || session->get<std::uint64_t>() != scan.records)
      refuse(file, fmt::format("line {}: expected the record of session {}; the store is out of order, use --force",
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
    refuse(file, "not a parley tournament manifest; pass --force to replace this store");
  return manifest;
}

}  // namespace

void write_file_atomically(const fs::path& folder, const std::string& name, const std::string& text) {
  const fs::path target = folder / name, temporary = folder / (name + ".tmp");
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) system_failure(temporary, "cannot create");
  write_all(fd, text, temporary);
  if (::fsync(fd) != 0) system_failure(temporary, "fsync failed");
  ::close(fd);
  fs::rename(temporary, target);
  sync_folder(folder);
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

  if (mode == StoreMode::force)
    for (const auto& name : store_files()) fs::remove(folder / name, error);

  const fs::path manifest_file = folder / kManifestFile, results_file = folder / kResultsFile;
  std::uint64_t recorded = 0;
  if (fs::exists(manifest_file)) {
    const auto difference = manifest_difference(read_manifest(manifest_file), manifest);
    if (!difference.empty())
      refuse(folder, fmt::format("holds a different tournament ({}); pass --force to discard it or choose another --out",
                                 difference));
    const auto scan = scan_results(results_file, nullptr);
    recorded = scan.records;
    if (recorded > session_count) refuse(results_file, "holds more records than the tournament has sessions; use --force");
    if (recorded == session_count && mode != StoreMode::resume)
      refuse(folder, fmt::format("already holds this finished tournament ({} sessions); pass --resume to rebuild its "
                                 "summary or --force to run it again",
                                 session_count));
    if (fs::exists(results_file) && fs::file_size(results_file) != scan.valid_bytes)
      fs::resize_file(results_file, scan.valid_bytes);  // drop the torn last line
  } else {
    for (const auto& name : store_files())
      if (fs::exists(folder / name))
        refuse(folder / name, "exists but the folder holds no tournament manifest; pass --force to replace it");
    write_file_atomically(folder, kManifestFile, manifest.dump(2) + "\n");
  }
  const int fd = ::open(results_file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) system_failure(results_file, "cannot open");
  sync_folder(folder);
  return ResultStore(folder, recorded, session_count, fd);
}

ResultStore::ResultStore(fs::path folder, std::uint64_t recorded, std::uint64_t session_count, int fd)
    : folder_(std::move(folder)), recorded_(recorded), session_count_(session_count), fd_(fd) {}

ResultStore::ResultStore(ResultStore&& other) noexcept
    : folder_(std::move(other.folder_)), recorded_(other.recorded_), session_count_(other.session_count_), fd_(other.fd_) {
  other.fd_ = -1;
}

ResultStore& ResultStore::operator=(ResultStore&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    folder_ = std::move(other.folder_);
    recorded_ = other.recorded_;
    session_count_ = other.session_count_;
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

ResultStore::~ResultStore() {
  if (fd_ >= 0) ::close(fd_);
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
