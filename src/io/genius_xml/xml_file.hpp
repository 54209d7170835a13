// XmlFile — one parsed GENIUS XML file and the checked accessors the readers use.
//
// Data flow: SourceText ──pugixml──▶ XmlFile. Readers ask it for attributes
// (`text`, `number`, `integer`) and it throws an InputError naming the file, the line of the
// element (pugixml offset_debug → line) and the field when one is missing or malformed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "io/genius_common/source_text.hpp"

namespace parley::io::detail {

class XmlFile {
 public:
  // Parses `source`; InputError with the line of the first syntax error.
  explicit XmlFile(SourceText source);
  XmlFile(const XmlFile&) = delete;
  XmlFile& operator=(const XmlFile&) = delete;

  const SourceText& source() const { return source_; }
  const std::string& path() const { return source_.path(); }
  pugi::xml_node root() const { return document_.document_element(); }

  [[noreturn]] void fail(pugi::xml_node at, const std::string& field, const std::string& problem) const;

  // Required attribute (present, possibly empty).
  std::string text(pugi::xml_node node, const char* attribute, const std::string& field) const;
  // Required finite number.
  double number(pugi::xml_node node, const char* attribute, const std::string& field) const;
  std::optional<double> optional_number(pugi::xml_node node, const char* attribute, const std::string& field) const;
  // Required integer (GENIUS writes bounds and indices as plain integers).
  std::int64_t integer(pugi::xml_node node, const char* attribute, const std::string& field) const;

 private:
  void require_shallow(const pugi::xml_document& document) const;
  SourceText source_;
  pugi::xml_document document_;
};

// True when the text opens like an XML document (after a BOM and white space, '<'). GENIUS
// folders hold other files with an .xml name (ANAC 2014 `pareto.xml` is a CSV list).
bool looks_like_xml(const std::string& text);

std::unique_ptr<XmlFile> parse_xml_file(const std::filesystem::path& file);

}  // namespace parley::io::detail
