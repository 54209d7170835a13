#include "evidence/quote_finder.hpp"

namespace parley::evidence::detail {

namespace {

enum class MarkKind { none, opening, closing, either };

struct Mark {
  MarkKind kind = MarkKind::none;
  std::size_t length = 0;
  bool low_opening = false;  // „ : closed by “ as well as by ”
};

Mark mark_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned c = byte(i);
  if (c == '"') return {MarkKind::either, 1};
  if (c == '\'' && byte(i + 1) == '\'') return {MarkKind::either, 2};
  if (c == '`' && byte(i + 1) == '`') return {MarkKind::opening, 2};
  if (c == 0xC2 && byte(i + 1) == 0xAB) return {MarkKind::opening, 2};  // «
  if (c == 0xC2 && byte(i + 1) == 0xBB) return {MarkKind::closing, 2};  // »
  if (c == 0xE2 && byte(i + 1) == 0x80) {
    switch (byte(i + 2)) {
      case 0x9C: return {MarkKind::opening, 3};         // “
      case 0x9D: return {MarkKind::closing, 3};         // ”
      case 0x9E: return {MarkKind::opening, 3, true};   // „
      case 0x9F: return {MarkKind::opening, 3};         // ‟
      default: break;
    }
  }
  return {};
}

bool is_space_at(std::string_view text, std::size_t i) {
  return i >= text.size() || text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
}

}  // namespace

bool is_double_quote_mark(std::string_view text, std::size_t offset, std::size_t& length) {
  const Mark mark = mark_at(text, offset);
  length = mark.length;
  return mark.kind != MarkKind::none;
}

void find_quotes(std::string_view text, ByteSpan paragraph, std::vector<ByteSpan>& out) {
  bool inside = false;
  bool opened_low = false;
  std::size_t open_at = 0;
  for (std::size_t i = paragraph.begin; i < paragraph.end;) {
    const Mark mark = mark_at(text, i);
    if (mark.kind == MarkKind::none) {
      ++i;
      continue;
    }
    const bool space_before = i == paragraph.begin || is_space_at(text, i - 1);
    const bool space_after = is_space_at(text, i + mark.length);
    if (!inside) {
      // A straight or closing mark glued to the previous word and followed by a space is a
      // stray closing mark (its opening was lost); it does not open a quotation.
      const bool opens = mark.kind == MarkKind::opening ||
                         (mark.kind == MarkKind::either && (space_before || !space_after)) ||
                         (mark.kind == MarkKind::closing && space_before && !space_after);
      if (opens) {
        inside = true;
        opened_low = mark.low_opening;
        open_at = i;
      }
    } else {
      // “ closes only a „-opened quotation (German style); otherwise it is a nested mark.
      const bool closes = mark.kind == MarkKind::closing || mark.kind == MarkKind::either ||
                          (mark.kind == MarkKind::opening && opened_low && !mark.low_opening);
      if (closes) {
        out.push_back({open_at, i + mark.length});
        inside = false;
      }
    }
    i += mark.length;
  }
  if (inside) {
    std::size_t end = paragraph.end;
    while (end > open_at && is_space_at(text, end - 1)) --end;
    out.push_back({open_at, end});
  }
}

}  // namespace parley::evidence::detail
