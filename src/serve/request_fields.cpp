// Checked access to the fields of a JSON request: every mistake names the field.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "serve/workbench_state.hpp"

namespace parley::serve::detail {

namespace {

ApiError bad(std::string_view key, std::string_view expected, const nlohmann::json& value) {
  std::string shown = value.dump();
  if (shown.size() > 60) shown = shown.substr(0, 57) + "...";
  return ApiError(400, fmt::format("field '{}' must be {}, got {}", key, expected, shown));
}

}  // namespace

void expect_object(const nlohmann::json& request, std::initializer_list<std::string_view> allowed) {
  if (!request.is_object()) throw ApiError(400, "the request body must be a JSON object");
  for (const auto& [key, value] : request.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::vector<std::string> names(allowed.begin(), allowed.end());
    throw ApiError(400, fmt::format("unknown field '{}'{}", key, name_hint(key, names, "fields")));
  }
}

std::string string_field(const nlohmann::json& request, std::string_view key, std::string fallback) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return fallback;
  if (!found->is_string()) throw bad(key, "a string", *found);
  return found->get<std::string>();
}

std::vector<std::string> string_list_field(const nlohmann::json& request, std::string_view key,
                                           std::size_t max_items) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return {};
  if (!found->is_array()) throw bad(key, "a list of strings", *found);
  if (found->size() > max_items)
    throw ApiError(400, fmt::format("field '{}' has {} items, at most {} are accepted", key, found->size(), max_items));
  std::vector<std::string> items;
  for (const auto& item : *found) {
    if (!item.is_string()) throw bad(key, "a list of strings", item);
    items.push_back(item.get<std::string>());
  }
  return items;
}

long long integer_field(const nlohmann::json& request, std::string_view key, long long low, long long high,
                        long long fallback) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return fallback;
  const auto expected = fmt::format("an integer from {} to {}", low, high);
  if (found->is_number_unsigned()) {
    const auto value = found->get<unsigned long long>();
    if (value > static_cast<unsigned long long>(high)) throw bad(key, expected, *found);
    return static_cast<long long>(value);
  }
  if (!found->is_number_integer()) throw bad(key, expected, *found);
  const auto value = found->get<long long>();
  if (value < low || value > high) throw bad(key, expected, *found);
  return value;
}

bool bool_field(const nlohmann::json& request, std::string_view key, bool fallback) {
  const auto found = request.find(key);
  if (found == request.end() || found->is_null()) return fallback;
  if (!found->is_boolean()) throw bad(key, "true or false", *found);
  return found->get<bool>();
}

std::size_t party_index(const Scenario& scenario, std::string_view name, std::string_view field) {
  if (const auto index = scenario.find_party(name)) return *index;
  std::vector<std::string> names;
  for (const auto& party : scenario.parties) names.push_back(party.name);
  throw ApiError(400, fmt::format("{}: no party named '{}'{}", field, name, name_hint(name, names, "parties")));
}

std::string name_list(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace parley::serve::detail
