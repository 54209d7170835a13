// parley::did_you_mean — the one helper that turns a misspelled name into a suggestion.
//
// Data flow: what the user typed + the valid names (commands, options, agents, issues,
// parties, snapshot ids, YAML keys, values) ──nearest_name() / name_hint() / unknown_name()──▶
// the nearest valid name and the words every reader, the library and the CLI print:
//   unknown command 'negotiat'; did you mean 'negotiate'?
//   unknown agent 'bolware'; did you mean 'boulware'? (valid: boulware, conceder, ...)
//   no party named 'Rusia'; did you mean 'Russia'? (parties: Russia, Ukraine)
//
// Public API: edit_distance(a, b); nearest_name(typed, names); name_hint(typed, names, label);
// unknown_name(what, typed, names, list_valid). A suggestion is made only for a near miss:
// edit distance ≤ max(1, |typed| / 3), at most 3 and below |typed|, with letter case ignored (a name that
// differs from the typed one only in case is always suggested); ties go to the earliest name
// in the list (the caller's order, e.g. documentation order).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace parley {

// Levenshtein distance (insertions, deletions, substitutions), byte-wise.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The valid name closest to `typed` when it is a near miss (see above); nullopt otherwise.
std::optional<std::string> nearest_name(std::string_view typed, std::span<const std::string> names);

// What follows a "not found" message: "; did you mean 'NEAREST'? (LABEL: a, b, c)", without
// the question when nothing is near, without the list when `label` is empty or `names` is;
// a list longer than 20 names shows the first 20 and how many there are.
std::string name_hint(std::string_view typed, std::span<const std::string> names, std::string_view label = "valid");

// "unknown WHAT 'TYPED'" + name_hint(typed, names, "valid"); the list of valid names is left
// out when `list_valid` is false and a near miss was found.
std::string unknown_name(std::string_view what, std::string_view typed, std::span<const std::string> names,
                         bool list_valid = true);

}  // namespace parley
