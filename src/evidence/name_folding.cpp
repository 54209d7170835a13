#include "evidence/name_folding.hpp"

#include <unicode/unistr.h>

namespace parley::evidence::detail {

std::string fold_name(std::string_view text) {
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString("'"));
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2018)), icu::UnicodeString("'"));
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2010)), icu::UnicodeString("-"));
  std::string utf8;
  folded.toUTF8String(utf8);
  std::string key;
  key.reserve(utf8.size());
  bool pending_space = false;
  for (const char c : utf8) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    key.push_back(c);
  }
  return key;
}

}  // namespace parley::evidence::detail
