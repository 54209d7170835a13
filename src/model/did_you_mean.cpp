#include "parley/model/did_you_mean.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace parley {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> nearest_name(std::string_view typed, std::span<const std::string> names) {
  // Case is ignored (Russia / russia is a near miss whatever the name's length).
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, typed.size() / 3));
  const auto typed_lower = lower(typed);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& name : names)
    // A distance as large as what was typed replaces it whole ('x' -> 'e'): no suggestion.
    if (const auto distance = edit_distance(typed_lower, lower(name)); distance < best_distance && distance < typed.size())
      best_distance = distance, best = name;
  return best;
}

std::string name_hint(std::string_view typed, std::span<const std::string> names, std::string_view label) {
  std::string hint;
  if (const auto nearest = nearest_name(typed, names)) hint = fmt::format("; did you mean '{}'?", *nearest);
  constexpr std::size_t shown = 20;
  if (!label.empty() && names.size() > shown)
    hint += fmt::format(" ({}: {}, ... {} in all)", label, fmt::join(names.first(shown), ", "), names.size());
  else if (!label.empty() && !names.empty())
    hint += fmt::format(" ({}: {})", label, fmt::join(names, ", "));
  return hint;
}

std::string unknown_name(std::string_view what, std::string_view typed, std::span<const std::string> names,
                         bool list_valid) {
  const bool near = nearest_name(typed, names).has_value();
  return fmt::format("unknown {} '{}'{}", what, typed, name_hint(typed, names, list_valid || !near ? "valid" : ""));
}

}  // namespace parley
