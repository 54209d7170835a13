#include "numeric_options.hpp"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace parley::cli {
namespace {

std::string with_reason(std::string message, const std::string& why) {
  return why.empty() ? message : message + " (" + why + ")";
}

template <typename Integer>
bool parse_whole(const std::string& text, Integer& value) {
  const char* first = text.data();
  const char* last = first + text.size();
  if (first != last && *first == '+') ++first;
  const auto [end, error] = std::from_chars(first, last, value);
  return first != last && error == std::errc{} && end == last;
}

}  // namespace

CLI::Validator unsigned_64bit() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        std::uint64_t value = 0;
        if (!text.empty() && text.front() == '-')
          return fmt::format("'{}' is negative; expected a whole number from 0 to 18446744073709551615", text);
        if (!parse_whole(text, value))
          return fmt::format("'{}' is not a whole number from 0 to 18446744073709551615 (2^64 - 1)", text);
        return "";
      },
      "UINT64");
}

CLI::Validator whole_number(std::int64_t min, std::int64_t max, const std::string& why) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        std::int64_t value = 0;
        if (!parse_whole(text, value) || value < min || value > max)
          return with_reason(fmt::format("'{}' is not a whole number from {} to {}", text, min, max), why);
        return "";
      },
      fmt::format("INT in [{} - {}]", min, max));
}

CLI::Validator finite_number(double min, double max, const std::string& why) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        double value = 0;
        const char* first = text.data();
        const char* last = first + text.size();
        if (first != last && *first == '+') ++first;
        const auto [end, error] = std::from_chars(first, last, value);
        if (first == last || error != std::errc{} || end != last || !std::isfinite(value))
          return fmt::format("'{}' is not a finite number", text);
        if (value < min || value > max) return with_reason(fmt::format("{} is not in [{}, {}]", text, min, max), why);
        return "";
      },
      fmt::format("NUMBER in [{} - {}]", min, max));
}

}  // namespace parley::cli
