#include "parley/evidence/utf8_text.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/core.h>
#include <unicode/utf8.h>

#include "parley/model/error.hpp"

namespace parley::evidence {

void require_valid_utf8(std::string_view text, const std::string& file_name) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t offset = 0;
  while (offset < length) {
    if (bytes[offset] < 0x80) {  // ASCII fast path
      ++offset;
      continue;
    }
    const std::int32_t start = offset;
    UChar32 c = 0;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0) {
      const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + start, '\n'));
      throw InputError(SourceLocation{file_name, line, ""},
                       fmt::format("invalid UTF-8 at byte {} (text must be UTF-8)", start));
    }
  }
}

std::string read_utf8_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw InputError(SourceLocation{path.string(), 0, ""},
                     std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(SourceLocation{path.string(), 0, ""}, "cannot open file for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = std::move(buffer).str();
  require_valid_utf8(text, path.string());
  return text;
}

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
