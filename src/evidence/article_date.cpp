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
  // One pass: the leftmost date of any of the three forms (the dateline comes first).
  static const RE2 any_date("\\b(?:" + months + "\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+" + months +
                            ",?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b");
  re2::StringPiece input(text.data(), std::min<std::size_t>(text.size(), 4096));
  std::array<re2::StringPiece, 9> groups;
  std::array<RE2::Arg, 9> args;
  std::array<const RE2::Arg*, 9> arg_pointers{};
  for (std::size_t i = 0; i < groups.size(); ++i) {
    args[i] = RE2::Arg(&groups[i]);
    arg_pointers[i] = &args[i];
  }
  const auto number = [](const re2::StringPiece& piece) {
    int value = 0;
    for (const char c : piece) value = value * 10 + (c - '0');
    return value;
  };
  // An invalid date ("February 30, 2022") does not stop the search for a valid one.
  while (RE2::FindAndConsumeN(&input, any_date, arg_pointers.data(), static_cast<int>(groups.size()))) {
    std::optional<std::string> date;
    if (!groups[0].empty()) {
      date = iso(number(groups[2]), month_number(std::string_view(groups[0].data(), groups[0].size())), number(groups[1]));
    } else if (!groups[4].empty()) {
      date = iso(number(groups[5]), month_number(std::string_view(groups[4].data(), groups[4].size())), number(groups[3]));
    } else {
      date = iso(number(groups[6]), number(groups[7]), number(groups[8]));
    }
    if (date) return date;
  }
  return std::nullopt;
}

}  // namespace parley::evidence::detail
