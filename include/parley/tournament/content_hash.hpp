// parley::tournament content hashes — recognising that a scenario's files did not change.
//
// Data flow: scenario path ──content_hash()──▶ "fnv1a64:<16 hex digits>" stored in the
// tournament manifest; a resumed tournament must see the same hash for every scenario.
// What is hashed is what io::load_scenario reads: a YAML file itself; for a folder (or a
// single GENIUS/GeniusWeb file, whose folder is read) every regular file below it, in sorted
// relative-path order, with its path and size. FNV-1a is a change detector, not a security
// measure.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace parley::tournament {

// FNV-1a (64 bit) of `bytes`, continuing from `state`.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t state = 0xCBF29CE484222325ULL);

// Throws InputError naming the path when it cannot be read.
std::string content_hash(const std::filesystem::path& path);

}  // namespace parley::tournament
