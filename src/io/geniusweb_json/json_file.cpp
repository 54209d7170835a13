#include "io/geniusweb_json/json_file.hpp"

#include <cmath>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "parley/io/input_file.hpp"

namespace parley::io::detail {

std::string join_field(const std::string& prefix, const std::string& key) {
  return prefix.empty() ? key : prefix + "." + key;
}

JsonFile::JsonFile(SourceText source) : source_(std::move(source)) {
  // The callback sees every key; a stack of key sets (one per open object) finds repeats,
  // and a stack of the current keys names where.
  std::vector<std::set<std::string>> keys_of_open_objects;
  std::vector<std::string> path;
  const auto check_keys = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (depth > input_limits().max_nesting_depth) fail_too_deep(SourceLocation{source_.path(), 0, ""});
    switch (event) {
      case Json::parse_event_t::object_start:
        keys_of_open_objects.emplace_back();
        break;
      case Json::parse_event_t::object_end:
        keys_of_open_objects.pop_back();
        break;
      case Json::parse_event_t::key: {
        const auto key = parsed.get<std::string>();
        path.resize(static_cast<std::size_t>(std::max(depth, 1)) - 1);
        std::string where;
        for (const auto& part : path) where = join_field(where, part);
        path.push_back(key);
        if (!keys_of_open_objects.back().insert(key).second)
          throw source_.error(where, fmt::format("key '{}' appears twice in one object", key));
        break;
      }
      default:
        break;
    }
    return true;
  };
  try {
    root_ = Json::parse(source_.text(), check_keys);
  } catch (const Json::parse_error& error) {
    // `byte` is 1-based: the position just after the offending character.
    const auto offset = error.byte > 0 ? error.byte - 1 : 0;
    std::string message = error.what();
    if (const auto cut = message.find("syntax error"); cut != std::string::npos) message = message.substr(cut);
    throw source_.error_at(offset, "", "malformed JSON: " + message);
  } catch (const Json::exception& error) {  // e.g. out_of_range 406: a number such as 1e400 overflows
    std::string message = error.what();
    if (const auto cut = message.find("] "); cut != std::string::npos) message = message.substr(cut + 2);
    throw source_.error("", "malformed JSON: " + message);
  }
}

void JsonFile::fail(const std::string& field, const std::string& problem) const { throw source_.error(field, problem); }

const Json& JsonFile::object(const Json& value, const std::string& field) const {
  if (!value.is_object()) fail(field, fmt::format("expected an object, found {}", value.type_name()));
  return value;
}

const Json& JsonFile::member(const Json& object_value, const char* key, const std::string& field) const {
  object(object_value, field);
  const auto found = object_value.find(key);
  if (found == object_value.end()) fail(field, fmt::format("'{}' is missing", key));
  return *found;
}

double JsonFile::number(const Json& value, const std::string& field) const {
  if (!value.is_number()) fail(field, fmt::format("expected a number, found {}", value.type_name()));
  const double number = value.get<double>();
  if (!std::isfinite(number)) fail(field, "number is not finite");
  return number;
}

std::string JsonFile::text(const Json& value, const std::string& field) const {
  if (!value.is_string()) fail(field, fmt::format("expected a string, found {}", value.type_name()));
  return value.get<std::string>();
}

}  // namespace parley::io::detail
