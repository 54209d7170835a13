// UTF-8 validation and byte → code-point offset conversion for article text.
//
// Data flow: raw file bytes ──require_valid_utf8──▶ (InputError naming file, line and byte
// when invalid) ──▶ the extractor; CodePointIndex maps the extractor's byte offsets to the
// code-point offsets that brat annotations and parley's JSON output use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace parley::evidence {

// Throws InputError("<file>:<line>: invalid UTF-8 at byte <n>") at the first bad sequence
// (ICU's decoder decides what is well formed: no overlongs, no surrogates).
void require_valid_utf8(std::string_view text, const std::string& file_name);

// Reads a whole file; InputError when it is missing, unreadable or not valid UTF-8.
std::string read_utf8_file(const std::filesystem::path& path);

class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code-point offset of byte `byte_offset` (0 ≤ byte_offset ≤ text size).
  std::size_t code_point(std::size_t byte_offset) const;

 private:
  std::vector<std::uint32_t> code_point_at_byte_;
};

}  // namespace parley::evidence
