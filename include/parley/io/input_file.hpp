// Reading what a user gave parley: one helper for every input file, and path confinement.
//
// Data flow: every reader (YAML, GENIUS XML, GeniusWeb JSON, KTAB/DEU CSV, evidence texts)
// loads its bytes with read_input_file(), then parses them. Files a scenario names (sources[].file,
// snapshot and claims files) are first resolved with confined_path(). Every failure is an
// InputError naming the path (the CLI prints it and exits 2).
//
// Public API:
//   read_input_file(path)            bytes of a regular file, size-limited, UTF-8 checked
//   input_limits()                   the limits in force (PARLEY_MAX_INPUT_MB raises the size limit)
//   require_valid_utf8(text, file)   the UTF-8 check on its own (names line and byte)
//   confined_path(folder, name, ...) folder/name, refused when it resolves outside folder
//   readable_named_file(...)         confined_path + "exists and is a regular file", errors at the naming place
//   resolved_inside_folder(folder, file)  file with symlinks resolved, refused outside folder (no opt-out)
//   allow_paths_outside_scenario()   the CLI's --allow-outside-paths opt-out
//   set_fallback_encoding(name)      the CLI's --input-encoding: non-UTF-8 text converted, not refused
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "parley/model/error.hpp"

namespace parley::io {

struct InputLimits {
  // Largest input file read, in bytes. Default 256 MiB; PARLEY_MAX_INPUT_MB=N sets N MiB.
  std::uintmax_t max_file_bytes = std::uintmax_t{256} << 20;
  // Deepest nesting of lists/objects/elements a YAML, JSON or XML file may have. No real
  // scenario nests deeper than about 10; the bound keeps recursive parsers off the stack limit.
  int max_nesting_depth = 256;
};

// The limits in force (read once from the environment).
const InputLimits& input_limits();

enum class TextCheck { utf8, binary };

// The whole contents of `file`. Refuses, with an InputError naming the path and what it is:
// missing files, folders, FIFOs, devices and sockets (opened without blocking), files larger
// than input_limits().max_file_bytes (saying how to raise it), permission and symlink-loop
// failures, and, with TextCheck::utf8, text that is not UTF-8 (UTF-16/32 named as such, a NUL
// byte or an invalid sequence named by line and byte).
std::string read_input_file(const std::filesystem::path& file, TextCheck check = TextCheck::utf8);

// InputError at the first invalid UTF-8 sequence or NUL byte of `text` (read from `file`).
void require_valid_utf8(std::string_view text, const std::string& file);

// `folder / name` when, after resolving symlinks, it stays inside `folder`; otherwise an
// InputError at `where` saying so (and naming --allow-outside-paths). Absolute names and
// names with '..' that leave the folder are refused the same way.
std::filesystem::path confined_path(const std::filesystem::path& folder, const std::string& name,
                                    const SourceLocation& where);

// confined_path(), then a check that the file can be opened and is a regular file, every
// failure reported at `where` (the place in the scenario that names the file):
// "scenario.yaml:41: sources[1].file: source text 'x/sources/a.txt' does not exist".
std::filesystem::path readable_named_file(const std::filesystem::path& folder, const std::string& name,
                                          const SourceLocation& where, std::string_view what);

// `file` (absolute, or relative to `folder`) with its symlinks resolved, when that lies inside
// `folder` (resolved too); otherwise an InputError "'file' is outside the scenario folder F" or
// "'file' cannot be resolved". For files a client names over the network (serve's edits), so
// unlike confined_path it ignores --allow-outside-paths, and it returns the resolved path, which
// callers compare with the resolved paths of the files they loaded.
std::filesystem::path resolved_inside_folder(const std::filesystem::path& folder, const std::filesystem::path& file);

// Turns confinement off for this process (the CLI's --allow-outside-paths).
void allow_paths_outside_scenario(bool allow);

// For this process, text files (TextCheck::utf8) that are not valid UTF-8 are converted to
// UTF-8 from `encoding`, an ICU converter name ("windows-1252", "ISO-8859-1", ...), instead of
// refused; valid UTF-8 is read as it is whatever the setting, and UTF-16/32 and NUL bytes are
// still refused. "" (the default) refuses. Why an opt-in and not a guess: a byte sequence that
// is not UTF-8 may be any of several legacy encodings; GENIUS read files in the platform's
// encoding, so files written on Windows (the genius-uncertain ANAC 2015 sporthal profiles, "€"
// as byte 0x80) are Windows-1252, but only the user can know. InputError for an unknown name.
// The CLI's --input-encoding.
void set_fallback_encoding(const std::string& encoding);

// InputError "nesting deeper than N levels" at `where`; used by the readers' depth checks.
[[noreturn]] void fail_too_deep(const SourceLocation& where);

}  // namespace parley::io
