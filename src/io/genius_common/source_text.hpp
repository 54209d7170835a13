// SourceText — the bytes of one input file plus a byte-offset → line map.
//
// Data flow: the GENIUS XML and GeniusWeb JSON readers load a file with read_source_text(),
// hand `text` to their parser, and turn a parser's byte offset (pugixml offset_debug(),
// nlohmann parse_error::byte) into `file:line` through error(). Every failure of these readers
// is an InputError built here, so messages look the same in both formats.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "parley/model/error.hpp"

namespace parley::io::detail {

class SourceText {
 public:
  SourceText(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // 1-based line holding byte `offset` (offsets past the end map to the last line).
  int line_of(std::size_t offset) const;

  // An InputError at byte `offset`; std::string::npos when the place is unknown.
  InputError error_at(std::size_t offset, std::string field, std::string problem) const;
  InputError error(std::string field, std::string problem) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Reads the whole file with read_input_file() (regular files only, size limit, UTF-8).
SourceText read_source_text(const std::filesystem::path& file);

// Regular files in `folder` whose extension is `extension` (".xml"; case-insensitive), sorted
// by file name so that party order is deterministic. InputError when the folder is missing.
std::vector<std::filesystem::path> files_in_folder(const std::filesystem::path& folder, const std::string& extension);

// True when `folder` is a folder holding such a file for which `is_domain` holds. Files that
// cannot be read or parsed count as "no": format detection must not fail on a broken file
// (reading the folder reports it).
bool folder_has_domain(const std::filesystem::path& folder, const std::string& extension,
                       const std::function<bool(SourceText)>& is_domain);

// File names a writer may use for a scenario or party name: refuses names that would escape
// the folder or that the file system cannot hold (InputError naming `what`).
std::string checked_file_stem(const std::string& name, const std::string& what);

// A writer's output: (file, contents) pairs. write_files() creates `folder` if needed and
// writes them all, after checking that none exists unless `overwrite` (nothing is written
// when one would be replaced without permission). Every file is written atomically
// (safe_write.hpp); when one fails, the new files of this call are removed again. Errors are
// InputErrors naming the file.
using OutputFiles = std::vector<std::pair<std::filesystem::path, std::string>>;
void write_files(const std::filesystem::path& folder, const OutputFiles& files, bool overwrite);

}  // namespace parley::io::detail
