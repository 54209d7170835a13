// Internal: the date an article states (dateline or first lines), as ISO yyyy-mm-dd.
// Recognises "March 29, 2022", "Mar. 29, 2022", "29 March 2022" and "2022-03-29" in the
// first 4 kB; a date without a year ("on 11 April") is not a date the article gives.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parley::evidence::detail {

std::optional<std::string> find_article_date(std::string_view text);

}  // namespace parley::evidence::detail
