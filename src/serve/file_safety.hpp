// The two file rules of edits: a path must stay inside the scenario folder, and a file is
// replaced atomically. Kept behind these two functions so that they can move to io's shared
// helpers (path confinement and the one atomic write) without touching their callers.
#pragma once

#include <filesystem>
#include <string_view>

namespace parley::serve::detail {

// `file` resolved (symlinks followed), or ApiError(403) when it lies outside `folder`.
std::filesystem::path confined_file(const std::filesystem::path& folder, const std::filesystem::path& file);

// Writes `text` to a temporary file in the same folder, flushes it to disk, and renames it over
// `file`: a reader sees the old or the new file, never a part. ApiError(500) on failure, with
// the file untouched.
void replace_file_atomically(const std::filesystem::path& file, std::string_view text);

}  // namespace parley::serve::detail
