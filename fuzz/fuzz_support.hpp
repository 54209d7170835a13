// Shared pieces of the libFuzzer harnesses (fuzz/*.cpp).
//
// Each harness turns the fuzzer's bytes into the files a reader expects, in a scratch folder
// private to the process, and calls the reader the way the CLI does. A reader may refuse the
// input only with parley::InputError (the CLI's exit 2); any other exception — which the CLI
// would report as an internal error — or a crash, hang or sanitizer report is a finding.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/error.hpp"

namespace parley::fuzz {

// A folder under the system temporary directory, emptied before each input.
inline const std::filesystem::path& scratch() {
  static const std::filesystem::path folder = [] {
    auto path = std::filesystem::temp_directory_path() / ("parley-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    return path;
  }();
  return folder;
}

inline std::filesystem::path fresh_folder() {
  const auto folder = scratch() / "input";
  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
  std::filesystem::create_directories(folder);
  return folder;
}

inline void write(const std::filesystem::path& file, std::string_view bytes) {
  std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The input split at lines "=====" into at most `parts` pieces (the seed corpora use it to
// hold a domain and its profiles in one file).
inline std::vector<std::string_view> split_parts(std::string_view input, std::size_t parts) {
  std::vector<std::string_view> pieces;
  constexpr std::string_view separator = "\n=====\n";
  while (pieces.size() + 1 < parts) {
    const auto at = input.find(separator);
    if (at == std::string_view::npos) break;
    pieces.push_back(input.substr(0, at));
    input.remove_prefix(at + separator.size());
  }
  pieces.push_back(input);
  return pieces;
}

// Runs `read`; InputError is the expected refusal, anything else a finding.
template <typename Read>
void expect_only_input_errors(const Read& read) {
  try {
    read();
  } catch (const parley::InputError&) {
  } catch (const std::exception& e) {
    std::fprintf(stderr, "finding: exception other than InputError: %s\n", e.what());
    std::abort();
  }
}

}  // namespace parley::fuzz
