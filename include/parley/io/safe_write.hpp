// Writing files without ever leaving a partial one: the one write path of parley.
//
// Data flow: every writer (negotiate --trace/--plot, forecast --svg, report --out, convert,
// the tournament store's manifest/summary files, serve's saved edits) builds its bytes, then
// calls write_file_atomically(); writers that stream (long traces) use AtomicFile. Bytes go to a
// unique temporary file next to the target (same folder, so rename is atomic), every write,
// flush and close is checked, the data is fsync'ed, and only then renamed over the target.
// On any failure the temporary is removed, the target is untouched, and an InputError naming
// the path and the system's reason is thrown (the CLI exits 2).
//
// Public API:
//   write_file_atomically(path, bytes, mode)   whole-file write
//   AtomicFile(path, mode) .write(bytes) .commit()   streaming write; destructor discards
//   WriteMode::create_new / replace / edit      refuse an existing target, replace it, or replace it
//                                               keeping its permissions
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace parley::io {

enum class WriteMode {
  create_new,  // InputError when the target exists ("use --force" is the caller's to add)
  replace,     // replace an existing regular file (never a folder or device)
  edit,        // as replace, but the new file keeps the permissions of the one it replaces: saving a
               // user's edit of their own file (serve) must not widen or narrow who may read it
};

class AtomicFile {
 public:
  AtomicFile(std::filesystem::path target, WriteMode mode);
  ~AtomicFile();  // removes the temporary unless commit() succeeded
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;

  void write(std::string_view bytes);
  // fsync, close, rename over the target, fsync the folder. After this the file is complete.
  void commit();

  const std::filesystem::path& target() const { return target_; }

 private:
  [[noreturn]] void fail(const std::string& what, int error_number);

  std::filesystem::path target_;
  std::filesystem::path temporary_;
  WriteMode mode_;
  int descriptor_ = -1;
  bool committed_ = false;
};

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes, WriteMode mode);

}  // namespace parley::io
