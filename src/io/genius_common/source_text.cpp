#include "io/genius_common/source_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/io/input_file.hpp"
#include "parley/io/safe_write.hpp"

namespace parley::io::detail {

SourceText::SourceText(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

int SourceText::line_of(std::size_t offset) const {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(after - line_starts_.begin());
}

InputError SourceText::error_at(std::size_t offset, std::string field, std::string problem) const {
  const int line = offset == std::string::npos ? 0 : line_of(offset);
  return InputError(SourceLocation{path_, line, std::move(field)}, std::move(problem));
}

InputError SourceText::error(std::string field, std::string problem) const {
  return error_at(std::string::npos, std::move(field), std::move(problem));
}

SourceText read_source_text(const std::filesystem::path& file) {
  return SourceText(file.string(), read_input_file(file));
}

std::vector<std::filesystem::path> files_in_folder(const std::filesystem::path& folder, const std::string& extension) {
  namespace fs = std::filesystem;
  const auto lower = [](std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
  };
  std::error_code ec;
  if (!fs::exists(folder, ec)) throw InputError(SourceLocation{folder.string(), 0, ""}, "folder does not exist");
  if (!fs::is_directory(folder, ec)) throw InputError(SourceLocation{folder.string(), 0, ""}, "expected a folder");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.is_regular_file() && lower(entry.path().extension().string()) == lower(extension))
      files.push_back(entry.path());
  if (ec) throw InputError(SourceLocation{folder.string(), 0, ""}, "folder cannot be listed: " + ec.message());
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  return files;
}

bool folder_has_domain(const std::filesystem::path& folder, const std::string& extension,
                       const std::function<bool(SourceText)>& is_domain) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return false;
  for (const auto& file : files_in_folder(folder, extension)) {
    try {
      if (is_domain(read_source_text(file))) return true;
    } catch (const InputError&) {
      // not decisive; see the header
    }
  }
  return false;
}

std::string checked_file_stem(const std::string& name, const std::string& what) {
  const bool bad = name.empty() || name == "." || name == ".." ||
                   name.find_first_of(std::string("/\\\0", 3)) != std::string::npos;
  if (bad)
    throw InputError(fmt::format("{} '{}' cannot be used as a file name (empty, '.', '..', or holds '/', '\\' or NUL)",
                                 what, name));
  return name;
}

void write_files(const std::filesystem::path& folder, const OutputFiles& files, bool overwrite) {
  std::error_code ec;
  for (const auto& [file, text] : files)
    if (!overwrite && std::filesystem::exists(file, ec))
      throw InputError(SourceLocation{file.string(), 0, ""}, "file exists; refusing to overwrite it without --force");
  std::filesystem::create_directories(folder, ec);
  if (ec) throw InputError(SourceLocation{folder.string(), 0, ""}, "folder cannot be created: " + ec.message());
  // Each file is written atomically; when one fails, the new files written before it are
  // removed too, so that a rerun does not find half a scenario and refuse.
  std::vector<std::filesystem::path> created;
  try {
    for (const auto& [file, text] : files) {
      const bool existed = std::filesystem::exists(file, ec);
      write_file_atomically(file, text, overwrite ? WriteMode::replace : WriteMode::create_new);
      if (!existed) created.push_back(file);
    }
  } catch (...) {
    for (const auto& file : created) std::filesystem::remove(file, ec);
    throw;
  }
}

}  // namespace parley::io::detail
