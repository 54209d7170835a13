// parley::evidence::ByteSpan and the two offset conventions of the evidence module.
//
// Data flow: the extractor works on UTF-8 bytes (what RE2 and ICU's UTF-8 UText index), so
// every span it produces is a half-open byte range [begin, end). Output and evaluation speak
// in Unicode code points (what brat/PolNeAR `.ann` offsets count), converted once per
// article by CodePointIndex (utf8_text.hpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace parley::evidence {

struct ByteSpan {
  std::size_t begin = 0;  // first byte
  std::size_t end = 0;    // one past the last byte

  bool empty() const { return end <= begin; }
  std::size_t size() const { return empty() ? 0 : end - begin; }
  bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  std::string_view in(std::string_view text) const { return text.substr(begin, size()); }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

}  // namespace parley::evidence
