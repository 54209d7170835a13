#include "parley/io/safe_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "parley/model/error.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;

InputError write_error(const fs::path& file, const std::string& problem) {
  return InputError(SourceLocation{file.string(), 0, ""}, problem);
}

fs::path folder_of(const fs::path& target) {
  const auto parent = target.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

// Makes the rename durable; a failure here is not worth losing the finished file over.
void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(fs::path target, WriteMode mode) : target_(std::move(target)), mode_(mode) {
  struct stat info {};
  if (::lstat(target_.c_str(), &info) == 0) {
    if (mode_ == WriteMode::create_new)
      throw write_error(target_, "file exists; refusing to overwrite it (use --force to replace it)");
    if (S_ISDIR(info.st_mode)) throw write_error(target_, "is a folder; cannot write a file in its place");
    if (!S_ISREG(info.st_mode) && !S_ISLNK(info.st_mode))
      throw write_error(target_, "is not a regular file (a device, pipe or socket); refusing to replace it");
  }
  // A unique name in the target's folder, created exclusively: never a user's file.
  std::string pattern = (folder_of(target_) / ("." + target_.filename().string() + ".parley-XXXXXX")).string();
  descriptor_ = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (descriptor_ < 0) {
    const int error_number = errno;
    throw write_error(target_, fmt::format("cannot create a file in '{}': {}", folder_of(target_).string(),
                                           std::strerror(error_number)));
  }
  temporary_ = pattern;
  // mkostemp creates 0600; give the file the usual permissions (0666 minus the umask), or, for an
  // edit, those of the file it replaces (stat follows a symlink to the file itself).
  struct stat existing {};
  if (mode_ == WriteMode::edit && ::stat(target_.c_str(), &existing) == 0) {
    ::fchmod(descriptor_, existing.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor_, 0666 & ~mask);
  }
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      temporary_(std::move(other.temporary_)),
      mode_(other.mode_),
      descriptor_(other.descriptor_),
      committed_(other.committed_) {
  other.descriptor_ = -1;
  other.committed_ = true;  // the moved-from object owns nothing to remove
}

AtomicFile::~AtomicFile() {
  if (descriptor_ >= 0) ::close(descriptor_);
  if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::fail(const std::string& what, int error_number) {
  if (descriptor_ >= 0) ::close(descriptor_);
  descriptor_ = -1;
  ::unlink(temporary_.c_str());
  committed_ = true;  // nothing left to clean up
  throw write_error(target_, fmt::format("{} failed: {} (nothing was written)", what, std::strerror(error_number)));
}

void AtomicFile::write(std::string_view bytes) {
  if (descriptor_ < 0) throw write_error(target_, "internal: write after commit");
  while (!bytes.empty()) {
    const auto written = ::write(descriptor_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      fail("writing", errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

void AtomicFile::commit() {
  if (descriptor_ < 0) throw write_error(target_, "internal: commit twice");
  if (::fsync(descriptor_) != 0) fail("flushing to disk", errno);
  const int fd = descriptor_;
  descriptor_ = -1;
  if (::close(fd) != 0) {
    descriptor_ = -1;
    fail("closing", errno);
  }
  if (mode_ == WriteMode::create_new) {
    // link() fails when the target appeared meanwhile: never replace what someone else wrote.
    if (::link(temporary_.c_str(), target_.c_str()) != 0) {
      const int error_number = errno;
      if (error_number == EEXIST) {
        ::unlink(temporary_.c_str());
        committed_ = true;
        throw write_error(target_, "file exists; refusing to overwrite it (use --force to replace it)");
      }
      fail("creating the file", error_number);
    }
    ::unlink(temporary_.c_str());
  } else if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    fail("replacing the file", errno);
  }
  committed_ = true;
  sync_folder(folder_of(target_));
}

void write_file_atomically(const fs::path& target, std::string_view bytes, WriteMode mode) {
  AtomicFile file(target, mode);
  file.write(bytes);
  file.commit();
}

}  // namespace parley::io
