#include "parley/evidence/utf8_text.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/core.h>
#include <unicode/utf8.h>

#include "parley/io/input_file.hpp"

namespace parley::evidence {

void require_valid_utf8(std::string_view text, const std::string& file_name) {
  io::require_valid_utf8(text, file_name);
}

std::string read_utf8_file(const std::filesystem::path& path) { return io::read_input_file(path); }

CodePointIndex::CodePointIndex(std::string_view text) : code_point_at_byte_(text.size() + 1) {
  std::uint32_t count = 0;  // code points started so far
  for (std::size_t i = 0; i < text.size(); ++i) {
    // a continuation byte (10xxxxxx) belongs to the code point its lead byte started
    const bool continuation = (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    if (!continuation) ++count;
    code_point_at_byte_[i] = count - 1;
  }
  code_point_at_byte_[text.size()] = count;
}

std::size_t CodePointIndex::code_point(std::size_t byte_offset) const {
  return code_point_at_byte_[std::min(byte_offset, code_point_at_byte_.size() - 1)];
}

}  // namespace parley::evidence
