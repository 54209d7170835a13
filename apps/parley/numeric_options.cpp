#include "numeric_options.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>

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

// 10000000, not 1e+07.
std::string plain(double number) {
  return number == std::floor(number) ? fmt::format("{:.0f}", number) : fmt::format("{}", number);
}

// The budget's limit in force: the environment variable's value when set, else the default;
// nullopt (with `problem` set) when the variable does not hold a number in [1, highest].
std::optional<double> limit_in_force(const Budget& budget, std::string& problem) {
  const char* text = std::getenv(budget.variable);
  if (text == nullptr || *text == '\0') return budget.default_limit;
  double value = 0;
  const char* last = text + std::strlen(text);
  const auto [end, error] = std::from_chars(text, last, value);
  if (error != std::errc{} || end != last || !(value >= 1 && value <= budget.highest)) {
    problem = fmt::format("{}='{}' is not a number from 1 to {}", budget.variable, text, plain(budget.highest));
    return std::nullopt;
  }
  return value;
}

std::string budget_reason(const Budget& budget, double limit) {
  return fmt::format("the budget is {} {}; raise it with {}=N, see docs/LIMITS.md", plain(limit), budget.unit,
                     budget.variable);
}

}  // namespace

CLI::Validator whole_number_within(std::int64_t min, const Budget& budget) {
  return CLI::Validator(
      [min, budget](std::string& text) -> std::string {
        std::string problem;
        const auto limit = limit_in_force(budget, problem);
        if (!limit) return problem;
        const auto max = static_cast<std::int64_t>(*limit);
        return whole_number(min, max, budget_reason(budget, static_cast<double>(max)))(text);
      },
      fmt::format("INT in [{} - {}]", min, plain(budget.default_limit)));
}

CLI::Validator finite_number_within(double min, const Budget& budget) {
  return CLI::Validator(
      [min, budget](std::string& text) -> std::string {
        std::string problem;
        const auto limit = limit_in_force(budget, problem);
        if (!limit) return problem;
        return finite_number(min, *limit, budget_reason(budget, *limit))(text);
      },
      fmt::format("NUMBER in [{} - {}]", min, plain(budget.default_limit)));
}

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
