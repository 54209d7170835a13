// Helpers shared by the GENIUS XML and GeniusWeb JSON tests: temporary folders, breaking a
// copied fixture file by text edits, and catching the InputError an action throws.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "parley/model/error.hpp"

namespace parley::test {

// A fresh folder under the system temp folder (removed when the object goes).
class TempFolder {
 public:
  explicit TempFolder(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("parley-io-" + std::to_string(getpid()) + "-" + name)) {
    std::filesystem::remove_all(path_);
  }
  ~TempFolder() { std::filesystem::remove_all(path_); }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The message of the InputError `action` throws, or "no error".
inline std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

struct TextEdit {
  std::string from, to;  // the first occurrence of `from` becomes `to`
};

// Applies the edits to `file` in place; returns the 1-based line of the first edit.
inline int edit_file(const std::filesystem::path& file, const std::vector<TextEdit>& edits) {
  std::stringstream buffer;
  buffer << std::ifstream(file).rdbuf();
  auto text = buffer.str();
  int line = 0;
  for (const auto& edit : edits) {
    const auto at = text.find(edit.from);
    EXPECT_NE(at, std::string::npos) << "'" << edit.from << "' not in " << file;
    if (at == std::string::npos) continue;
    if (line == 0) line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    text.replace(at, edit.from.size(), edit.to);
  }
  std::ofstream(file) << text;
  return line;
}

// A bad-input case: copy fixture folder `fixture`, edit `file`, expect one InputError naming
// `file`, holding `problem`, and (when `line_expected`) the line of the first edit.
struct BadFileCase {
  std::string name;
  std::string fixture;
  std::string file;
  std::vector<TextEdit> edits;
  std::string problem;
  bool line_expected = false;
};

inline void PrintTo(const BadFileCase& c, std::ostream* out) { *out << c.name; }

inline void expect_refused(const BadFileCase& c, const std::function<void(const std::filesystem::path&)>& read) {
  TempFolder folder("bad-" + c.name);
  std::filesystem::copy(c.fixture, folder.path());
  const int line = edit_file(folder.path() / c.file, c.edits);
  try {
    read(folder.path());
    ADD_FAILURE() << c.name << ": accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(std::filesystem::path(error.where().file).filename(), c.file) << error.what();
    EXPECT_NE(std::string(error.what()).find(c.problem), std::string::npos) << error.what();
    if (c.line_expected) {
      EXPECT_EQ(error.where().line, line) << error.what();
    }
  }
}

}  // namespace parley::test

namespace parley::test {

// Truncates `file` (inside a copy of `fixture`) at every `stride`-th byte and reads the folder
// each time: every outcome must be a scenario or an InputError — never a crash, a hang or
// another exception. Returns {refused, tried}.
inline std::pair<int, int> refused_truncations(const std::filesystem::path& fixture, const std::string& file, std::size_t stride,
                               const std::function<void(const std::filesystem::path&)>& read) {
  TempFolder folder("truncated-" + file);
  std::filesystem::copy(fixture, folder.path());
  std::stringstream buffer;
  buffer << std::ifstream(fixture / file).rdbuf();
  const auto text = buffer.str();
  // Cuts that keep the last non-blank character leave a whole file: they are not tried.
  const auto last = text.find_last_not_of(" \t\r\n");
  int refused = 0, tried = 0;
  for (std::size_t length = 0; length <= last; length += stride, ++tried) {
    std::ofstream(folder.path() / file, std::ios::trunc) << text.substr(0, length);
    try {
      read(folder.path());
    } catch (const InputError&) {
      ++refused;
    }
  }
  return {refused, tried};
}

}  // namespace parley::test
