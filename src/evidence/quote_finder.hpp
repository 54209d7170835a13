// Internal: pairing quotation marks within one paragraph.
//
// Double-quote families only: " “ ” „ ‟ « » `` and '' (two apostrophes, as some newswires
// write). Single quotes ‘ ’ ' are apostrophes or nested quotes and never open a top-level
// quotation, so “the sanctions ‘blitzkrieg’ failed” is one quotation. A quotation still
// open at the end of a paragraph closes there: news style opens every paragraph of a
// multi-paragraph quote again, so each paragraph's part is a quotation of its own.
#pragma once

#include <string_view>
#include <vector>

#include "parley/evidence/text_span.hpp"

namespace parley::evidence::detail {

// Appends the quotations of `paragraph` (marks included) to `out`, in text order.
void find_quotes(std::string_view text, ByteSpan paragraph, std::vector<ByteSpan>& out);

// True when the quote mark at `offset` is an opening or closing double-quote mark; `length`
// receives its size in bytes.
bool is_double_quote_mark(std::string_view text, std::size_t offset, std::size_t& length);

}  // namespace parley::evidence::detail
