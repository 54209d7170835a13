#include "parley/io/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

namespace parley::io {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> confinement_off{false};

// set_fallback_encoding(): set once by the CLI before any file is read; the mutex makes a later
// change from a library user safe against readers on other threads.
std::mutex fallback_mutex;
std::string fallback_encoding;

std::string current_fallback_encoding() {
  std::lock_guard lock(fallback_mutex);
  return fallback_encoding;
}

// `bytes` converted from `encoding` to UTF-8 by ICU (unmappable bytes become U+FFFD, as
// ICU's converters do for bytes the code page leaves undefined).
std::string to_utf8(const std::string& bytes, const std::string& encoding, const fs::path& file) {
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX / 4))
    throw InputError(SourceLocation{file.string(), 0, ""}, "the file is too large to convert from " + encoding);
  std::string converted(bytes.size() * 3 + 4, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const auto length = ucnv_convert("UTF-8", encoding.c_str(), converted.data(), static_cast<int32_t>(converted.size()),
                                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status))
    throw InputError(SourceLocation{file.string(), 0, ""},
                     fmt::format("cannot convert the file from {}: {}", encoding, u_errorName(status)));
  converted.resize(static_cast<std::size_t>(length));
  return converted;
}

InputLimits limits_from_environment() {
  InputLimits limits;
  if (const char* text = std::getenv("PARLEY_MAX_INPUT_MB"); text != nullptr && *text != '\0') {
    std::uintmax_t megabytes = 0;
    const auto end = text + std::strlen(text);
    const auto [at, error] = std::from_chars(text, end, megabytes);
    if (error != std::errc{} || at != end || megabytes == 0 || megabytes > (std::uintmax_t{1} << 40))
      throw InputError(fmt::format("PARLEY_MAX_INPUT_MB='{}' is not a whole number of MiB between 1 and 2^40", text));
    limits.max_file_bytes = megabytes << 20;
  }
  return limits;
}

InputError file_error(const fs::path& file, const std::string& problem) {
  return InputError(SourceLocation{file.string(), 0, ""}, problem);
}

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string open_problem(int error_number) {
  switch (error_number) {
    case ENOENT: return "file does not exist";
    case EACCES: return "permission denied (the file cannot be read)";
    case ELOOP: return "too many levels of symbolic links (a symlink loop?)";
    case ENOTDIR: return "a part of the path is not a folder";
    case ENAMETOOLONG: return "the path is too long";
    default: return fmt::format("cannot be opened: {}", std::strerror(error_number));
  }
}

// Names the encoding of a byte-order mark or of a BOM-less UTF-16/32 start, or "".
std::string foreign_encoding(std::string_view text) {
  const auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) return "UTF-32 (little-endian)";
  if (starts("\0\0\xFE\xFF"sv)) return "UTF-32 (big-endian)";
  if (starts("\xFF\xFE"sv)) return "UTF-16 (little-endian)";
  if (starts("\xFE\xFF"sv)) return "UTF-16 (big-endian)";
  // ASCII text in UTF-16 without a BOM: every other byte of the first characters is zero.
  if (text.size() >= 4 && text[0] != '\0' && text[1] == '\0' && text[2] != '\0' && text[3] == '\0')
    return "UTF-16 (little-endian, no byte-order mark)";
  if (text.size() >= 4 && text[0] == '\0' && text[1] != '\0' && text[2] == '\0' && text[3] != '\0')
    return "UTF-16 (big-endian, no byte-order mark)";
  return "";
}

int line_at(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Both paths resolved: `resolved` is `root` or below it.
bool lies_inside(const fs::path& root, const fs::path& resolved) {
  const auto relative = resolved.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

const InputLimits& input_limits() {
  static const InputLimits limits = limits_from_environment();
  return limits;
}

void require_valid_utf8(std::string_view text, const std::string& file) {
  if (const auto encoding = foreign_encoding(text); !encoding.empty())
    throw InputError(SourceLocation{file, 1, ""},
                     fmt::format("the file is encoded as {}; parley reads UTF-8 (convert it, e.g. "
                                 "`iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8`)",
                                 encoding));
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  // ICU's U8_NEXT indexes with int32_t; larger texts are checked in pieces cut at line starts.
  std::size_t offset = 0;
  while (offset < text.size()) {
    const auto byte = bytes[offset];
    if (byte == 0)
      throw InputError(SourceLocation{file, line_at(text, offset), ""},
                       fmt::format("NUL byte at byte {} (a text file holds no NUL bytes)", offset));
    if (byte < 0x80) {
      ++offset;
      continue;
    }
    const std::size_t start = offset;
    const auto window = static_cast<std::int32_t>(std::min<std::size_t>(text.size() - start, 4));
    std::int32_t step = 0;
    UChar32 c = 0;
    U8_NEXT(bytes + start, step, window, c);
    if (c < 0)
      throw InputError(SourceLocation{file, line_at(text, start), ""},
                       fmt::format("invalid UTF-8 at byte {} (parley reads UTF-8 text; a file in Windows-1252 or "
                                   "Latin-1 converts with `iconv -f WINDOWS-1252 -t UTF-8`, or read it as such "
                                   "with --input-encoding windows-1252)",
                                   start));
    offset = start + static_cast<std::size_t>(step);
  }
}

std::string read_input_file(const fs::path& file, TextCheck check) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; we refuse it right after fstat.
  const int descriptor = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (descriptor < 0) throw file_error(file, open_problem(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{descriptor};
  struct stat info {};
  if (::fstat(descriptor, &info) != 0) throw file_error(file, open_problem(errno));
  if (!S_ISREG(info.st_mode)) throw file_error(file, fmt::format("is {}, expected a regular file", kind_of(info.st_mode)));
  const auto limit = input_limits().max_file_bytes;
  const auto too_large = [&] {
    return file_error(file, fmt::format("the file is larger than the input limit of {} MiB; raise it with "
                                        "PARLEY_MAX_INPUT_MB=N (see docs/LIMITS.md)",
                                        limit >> 20));
  };
  if (static_cast<std::uintmax_t>(info.st_size) > limit) throw too_large();
  const int flags = ::fcntl(descriptor, F_GETFL);
  if (flags >= 0) ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK);

  std::string bytes;
  bytes.resize(static_cast<std::size_t>(info.st_size));
  std::size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) {  // the file may have grown since fstat
      if (bytes.size() >= limit) {
        char probe = 0;
        const auto more = ::read(descriptor, &probe, 1);
        if (more == 0) break;
        if (more > 0) throw too_large();
        if (errno == EINTR) continue;
        throw file_error(file, fmt::format("cannot be read: {}", std::strerror(errno)));
      }
      bytes.resize(std::min<std::uintmax_t>(limit, std::max<std::size_t>(bytes.size() * 2, 4096)));
    }
    const auto got = ::read(descriptor, bytes.data() + filled, bytes.size() - filled);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      throw file_error(file, errno == EISDIR ? "is a folder, expected a regular file"
                                             : fmt::format("cannot be read: {}", std::strerror(errno)));
    }
    filled += static_cast<std::size_t>(got);
  }
  bytes.resize(filled);
  if (check != TextCheck::utf8) return bytes;
  const auto fallback = current_fallback_encoding();
  if (fallback.empty() || !foreign_encoding(bytes).empty() || bytes.find('\0') != std::string::npos) {
    require_valid_utf8(bytes, file.string());
    return bytes;
  }
  try {
    require_valid_utf8(bytes, file.string());
    return bytes;
  } catch (const InputError&) {
    auto converted = to_utf8(bytes, fallback, file);
    require_valid_utf8(converted, file.string());
    return converted;
  }
}

fs::path readable_named_file(const fs::path& folder, const std::string& name, const SourceLocation& where,
                             std::string_view what) {
  const auto file = confined_path(folder, name, where);
  const int descriptor = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (descriptor < 0) {
    const int error_number = errno;
    if (error_number == ENOENT) throw InputError(where, fmt::format("{} '{}' does not exist", what, file.string()));
    throw InputError(where, fmt::format("{} '{}': {}", what, file.string(), open_problem(error_number)));
  }
  struct stat info {};
  const bool regular = ::fstat(descriptor, &info) == 0 && S_ISREG(info.st_mode);
  ::close(descriptor);
  if (!regular)
    throw InputError(where, fmt::format("{} '{}' is {}, expected a regular file", what, file.string(), kind_of(info.st_mode)));
  return file;
}

void allow_paths_outside_scenario(bool allow) { confinement_off = allow; }

void set_fallback_encoding(const std::string& encoding) {
  if (!encoding.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encoding.c_str(), &status);
    if (U_FAILURE(status)) {
      if (converter != nullptr) ucnv_close(converter);
      throw InputError(fmt::format("--input-encoding: '{}' is not an encoding ICU knows (e.g. windows-1252, "
                                   "ISO-8859-1, ISO-8859-15, windows-1251)",
                                   encoding));
    }
    ucnv_close(converter);
  }
  std::lock_guard lock(fallback_mutex);
  fallback_encoding = encoding;
}

fs::path confined_path(const fs::path& folder, const std::string& name, const SourceLocation& where) {
  const fs::path named(name);
  const auto joined = folder / named;
  if (confinement_off) return joined;
  const auto refuse = [&](const std::string& why) {
    return InputError(where, fmt::format("'{}' {}; a scenario may only name files inside its folder '{}' "
                                         "(run with --allow-outside-paths to allow it)",
                                         name, why, folder.empty() ? "." : folder.string()));
  };
  if (named.is_absolute()) throw refuse("is an absolute path");
  std::error_code ec;
  const auto root = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ec);
  if (ec) throw InputError(where, fmt::format("the scenario folder '{}' cannot be resolved: {}", folder.string(), ec.message()));
  // weakly_canonical resolves the symlinks of the part that exists (so a symlink to a file
  // outside is caught) and normalises '..' in the rest.
  const auto resolved = fs::weakly_canonical(joined, ec);
  if (ec) throw InputError(where, fmt::format("'{}' cannot be resolved: {}", joined.string(), ec.message()));
  if (!lies_inside(root, resolved)) throw refuse("resolves to a place outside the scenario folder");
  return joined;
}

fs::path resolved_inside_folder(const fs::path& folder, const fs::path& file) {
  std::error_code root_error;
  std::error_code error;
  const auto root = fs::canonical(folder, root_error);
  const auto target = fs::weakly_canonical(file.is_absolute() ? file : folder / file, error);
  if (root_error || error) throw InputError(fmt::format("'{}' cannot be resolved", file.string()));
  if (!lies_inside(root, target))
    throw InputError(fmt::format("'{}' is outside the scenario folder {}", file.string(), root.string()));
  return target;
}

void fail_too_deep(const SourceLocation& where) {
  throw InputError(where, fmt::format("nesting deeper than {} levels (lists, objects or elements inside each other); "
                                      "no scenario needs this many (see docs/LIMITS.md)",
                                      input_limits().max_nesting_depth));
}

}  // namespace parley::io
