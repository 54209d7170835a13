// Path confinement and atomic replacement for saved edits (file_safety.hpp).
#include "serve/file_safety.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "parley/serve/workbench.hpp"

namespace parley::serve::detail {

std::filesystem::path confined_file(const std::filesystem::path& folder, const std::filesystem::path& file) {
  std::error_code error;
  const auto root = std::filesystem::canonical(folder, error);
  const auto target = std::filesystem::weakly_canonical(file.is_absolute() ? file : folder / file, error);
  if (error) throw ApiError(403, fmt::format("'{}' cannot be resolved", file.string()));
  const auto relative = target.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..")
    throw ApiError(403, fmt::format("'{}' is outside the scenario folder {}", file.string(), root.string()));
  return target;
}

void replace_file_atomically(const std::filesystem::path& file, std::string_view text) {
  auto pattern = (file.parent_path() / ("." + file.filename().string() + ".parley-XXXXXX")).string();
  const int descriptor = mkstemp(pattern.data());
  if (descriptor < 0) throw ApiError(500, fmt::format("cannot write next to {}: {}", file.string(), std::strerror(errno)));
  auto fail = [&](const char* what) {
    const int number = errno;
    close(descriptor);
    std::remove(pattern.c_str());
    throw ApiError(500, fmt::format("{} {} failed: {}; the file is unchanged", what, file.string(), std::strerror(number)));
  };
  for (std::size_t written = 0; written < text.size();) {
    const auto n = ::write(descriptor, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("writing");
    }
    written += static_cast<std::size_t>(n);
  }
  std::error_code error;
  const auto permissions = std::filesystem::status(file, error).permissions();
  if (!error) fchmod(descriptor, static_cast<mode_t>(permissions));
  if (fsync(descriptor) != 0) fail("flushing");
  if (close(descriptor) != 0) {
    std::remove(pattern.c_str());
    throw ApiError(500, fmt::format("closing the new {} failed; the file is unchanged", file.string()));
  }
  if (std::rename(pattern.c_str(), file.c_str()) != 0) {
    const int number = errno;
    std::remove(pattern.c_str());
    throw ApiError(500, fmt::format("replacing {} failed: {}; the file is unchanged", file.string(), std::strerror(number)));
  }
}

}  // namespace parley::serve::detail
