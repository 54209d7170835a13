#include "evidence/article_date.hpp"

#include <array>

#include <fmt/core.h>
#include <re2/re2.h>

namespace parley::evidence::detail {

namespace {

constexpr std::array<std::string_view, 12> month_names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};

int month_number(std::string_view name) {
  std::string lower;
  for (std::size_t i = 0; i < name.size() && i < 3; ++i) {
    lower += static_cast<char>(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i]);
  }
  for (std::size_t m = 0; m < month_names.size(); ++m) {
    if (month_names[m] == lower) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<std::string> iso(int year, int month, int day) {
  static constexpr std::array<int, 12> days_in_month = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > days_in_month[month - 1]) {
    return std::nullopt;
  }
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

}  // namespace

std::optional<std::string> find_article_date(std::string_view text) {
  static const std::string months =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
      "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  // Each pattern captures the whole date first, so the earliest one in the text can win.
  static const RE2 month_day_year("\\b(" + months + "\\s+(\\d{1,2}),?\\s+(\\d{4}))\\b");
  static const RE2 day_month_year("\\b((\\d{1,2})\\s+" + months + ",?\\s+(\\d{4}))\\b");
  static const RE2 numeric("\\b((\\d{4})-(\\d{2})-(\\d{2}))\\b");
  const re2::StringPiece head(text.data(), std::min<std::size_t>(text.size(), 4096));
  std::optional<std::pair<std::size_t, std::string>> found;
  const auto keep = [&](const re2::StringPiece& whole, std::optional<std::string> date) {
    const auto at = static_cast<std::size_t>(whole.data() - head.data());
    if (date && (!found || at < found->first)) found = std::make_pair(at, *date);
  };
  re2::StringPiece whole;
  std::string month;
  int day = 0;
  int year = 0;
  int month_value = 0;
  if (RE2::PartialMatch(head, month_day_year, &whole, &month, &day, &year)) keep(whole, iso(year, month_number(month), day));
  if (RE2::PartialMatch(head, day_month_year, &whole, &day, &month, &year)) keep(whole, iso(year, month_number(month), day));
  if (RE2::PartialMatch(head, numeric, &whole, &year, &month_value, &day)) keep(whole, iso(year, month_value, day));
  if (!found) return std::nullopt;
  return found->second;
}

}  // namespace parley::evidence::detail
