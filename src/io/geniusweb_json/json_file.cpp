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

namespace {

// Builds the ordered DOM from nlohmann's SAX events. nlohmann's own DOM parser inserts every
// key with ordered_map::operator[], a linear search, so reading an object of n keys was
// quadratic (a 10^5-value profile); here a set per open object finds repeated keys (which
// nlohmann alone would keep the last of, silently) and each member is appended. The same pass
// bounds the nesting depth before the DOM grows deeper.
class DomBuilder {
 public:
  DomBuilder(const SourceText& source, Json& root) : source_(source), root_(root) {}

  bool null() { return add(nullptr) != nullptr; }
  bool boolean(bool value) { return add(value) != nullptr; }
  bool number_integer(Json::number_integer_t value) { return add(value) != nullptr; }
  bool number_unsigned(Json::number_unsigned_t value) { return add(value) != nullptr; }
  bool number_float(Json::number_float_t value, const std::string&) { return add(value) != nullptr; }
  bool string(std::string& value) { return add(std::move(value)) != nullptr; }
  bool binary(Json::binary_t& value) { return add(Json::binary(std::move(value))) != nullptr; }
  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& key) {
    auto& frame = open_.back();
    if (!frame.keys.insert(key).second) {
      std::string where;
      for (std::size_t f = 0; f + 1 < open_.size(); ++f)
        if (open_[f].container->is_object()) where = join_field(where, open_[f].key);
      throw source_.error(where, fmt::format("key '{}' appears twice in one object", key));
    }
    frame.key = std::move(key);
    return true;
  }

  // Syntax errors and number overflow (1e400) go on as nlohmann's exceptions.
  template <typename Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& error) {
    throw error;
  }

 private:
  struct Frame {
    Json* container;
    std::set<std::string> keys;  // of an object, to find repeats
    std::string key;             // of an object: the member being read
  };

  // The new value's place: the root, or appended to the innermost open container. Parents
  // never grow while a child is open, so the pointers on the stack stay valid.
  Json* add(Json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    auto& frame = open_.back();
    if (frame.container->is_array()) {
      auto& array = frame.container->get_ref<Json::array_t&>();
      array.push_back(std::move(value));
      return &array.back();
    }
    append_member(*frame.container, frame.key, std::move(value));
    return &frame.container->get_ref<Json::object_t&>().back().second;
  }

  bool open(Json empty) {
    if (static_cast<int>(open_.size()) >= input_limits().max_nesting_depth)
      fail_too_deep(SourceLocation{source_.path(), 0, ""});
    open_.push_back({add(std::move(empty)), {}, {}});
    return true;
  }

  bool close() {
    open_.pop_back();
    return true;
  }

  const SourceText& source_;
  Json& root_;
  std::vector<Frame> open_;
};

}  // namespace

JsonFile::JsonFile(SourceText source) : source_(std::move(source)) {
  try {
    DomBuilder builder(source_, root_);
    Json::sax_parse(source_.text(), &builder);
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

void append_member(Json& object, const std::string& key, Json value) {
  if (object.is_null()) object = Json::object();
  // ordered_json's object is a std::vector of pairs; its own emplace() would search first.
  object.get_ref<Json::object_t&>().emplace_back(key, std::move(value));
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
