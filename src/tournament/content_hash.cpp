// Content hash of a scenario's files (see content_hash.hpp for what is covered).
#include "parley/tournament/content_hash.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <vector>

#include <fmt/format.h>

#include "parley/model/error.hpp"

namespace parley::tournament {
namespace {

namespace fs = std::filesystem;

std::uint64_t hash_file(const fs::path& file, std::uint64_t state) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(SourceLocation{file.string(), 0, ""}, "cannot read the file to hash it");
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    state = fnv1a64(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())), state);
  }
  return state;
}

bool is_yaml(const fs::path& path) {
  const auto ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

}  // namespace

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t state) {
  for (unsigned char c : bytes) {
    state ^= c;
    state *= 0x100000001B3ULL;
  }
  return state;
}

std::string content_hash(const fs::path& path) {
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error || !fs::exists(status)) throw InputError(SourceLocation{path.string(), 0, ""}, "no such file or folder");
  std::uint64_t state = fnv1a64("");
  if (fs::is_regular_file(status) && is_yaml(path)) {
    state = hash_file(path, state);
  } else {
    const fs::path folder = fs::is_directory(status) ? path : path.parent_path();
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder, error))
      if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), folder));
    if (error) throw InputError(SourceLocation{folder.string(), 0, ""}, "cannot list the folder: " + error.message());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      const auto name = file.generic_string();
      state = fnv1a64(std::string_view(name.c_str(), name.size() + 1), state);  // with the terminating NUL
      state = fnv1a64(std::to_string(fs::file_size(folder / file)) + '\n', state);
      state = hash_file(folder / file, state);
    }
  }
  return fmt::format("fnv1a64:{:016x}", state);
}

}  // namespace parley::tournament
