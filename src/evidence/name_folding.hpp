// Internal: comparison keys for names and titles. ICU case folding, typographic apostrophes
// and dashes mapped to ASCII, runs of whitespace collapsed: "Zelenskyy’s  Office" and
// "zelenskyy's office" get the same key.
#pragma once

#include <string>
#include <string_view>

namespace parley::evidence::detail {

std::string fold_name(std::string_view text);

}  // namespace parley::evidence::detail
