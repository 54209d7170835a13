// JsonFile — one parsed GeniusWeb JSON file and checked accessors for its members.
//
// Data flow: SourceText ──nlohmann (ordered: issue order is file order)──▶ JsonFile. A syntax
// error becomes an InputError at the line of the parser's byte offset; a key repeated in one
// object is an error too (nlohmann alone would keep the last silently). Accessors name the
// field path ("issueUtilities.price") when a member is missing or has the wrong type; the
// JSON DOM keeps no positions, so those errors carry the file and field but no line.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "io/genius_common/source_text.hpp"

namespace parley::io::detail {

using Json = nlohmann::ordered_json;

class JsonFile {
 public:
  explicit JsonFile(SourceText source);

  const std::string& path() const { return source_.path(); }
  const Json& root() const { return root_; }

  [[noreturn]] void fail(const std::string& field, const std::string& problem) const;

  const Json& object(const Json& value, const std::string& field) const;       // value must be an object
  const Json& member(const Json& object, const char* key, const std::string& field) const;  // required
  double number(const Json& value, const std::string& field) const;            // finite number
  std::string text(const Json& value, const std::string& field) const;         // string

 private:
  SourceText source_;
  Json root_;
};

std::string join_field(const std::string& prefix, const std::string& key);

// Appends `key: value` to `object` (made an object if null) without looking for `key` first:
// for writers whose keys are distinct by construction (an issue's labels). ordered_json's
// operator[] searches the keys linearly, so filling an object of n members with it is
// quadratic (a 10^5-value issue took a minute to write).
void append_member(Json& object, const std::string& key, Json value);

}  // namespace parley::io::detail
