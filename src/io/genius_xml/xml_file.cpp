#include "io/genius_xml/xml_file.hpp"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "parley/io/input_file.hpp"

namespace parley::io::detail {
namespace {

std::size_t offset_of(pugi::xml_node node) {
  const auto offset = node ? node.offset_debug() : -1;
  return offset < 0 ? std::string::npos : static_cast<std::size_t>(offset);
}

// Trims the white space that hand-written GENIUS files put around numbers.
std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

XmlFile::XmlFile(SourceText source) : source_(std::move(source)) {
  const auto& text = source_.text();
  const auto result = document_.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_auto);
  if (!result)
    throw source_.error_at(static_cast<std::size_t>(result.offset), "",
                           fmt::format("malformed XML: {}", result.description()));
  if (!document_.document_element()) throw source_.error("", "malformed XML: the document has no root element");
  require_shallow(document_);
}

// pugixml parses without recursion, but the profile readers walk nested elements (<ufun> in
// <ufun>) recursively; bounding the depth here keeps every XML reader off the stack limit.
void XmlFile::require_shallow(const pugi::xml_document& document) const {
  const int limit = input_limits().max_nesting_depth;
  pugi::xml_node node = document.first_child();
  int depth = 1;
  while (node) {
    if (node.type() == pugi::node_element && depth > limit)
      fail_too_deep(SourceLocation{source_.path(), source_.line_of(offset_of(node)), node.name()});
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node) node = node.next_sibling();
  }
}

void XmlFile::fail(pugi::xml_node at, const std::string& field, const std::string& problem) const {
  throw source_.error_at(offset_of(at), field, problem);
}

std::string XmlFile::text(pugi::xml_node node, const char* attribute, const std::string& field) const {
  const auto value = node.attribute(attribute);
  if (!value) fail(node, field, fmt::format("<{}> has no '{}' attribute", node.name(), attribute));
  return value.value();
}

std::optional<double> XmlFile::optional_number(pugi::xml_node node, const char* attribute,
                                               const std::string& field) const {
  const auto value = node.attribute(attribute);
  if (!value) return std::nullopt;
  const auto text = trimmed(value.value());
  double number = 0;
  // GENIUS files write ".2"; from_chars needs a leading digit for that, so accept it explicitly.
  std::string spelled(text);
  if (!spelled.empty() && spelled[0] == '.') spelled.insert(0, "0");
  if (spelled.size() > 1 && spelled[0] == '-' && spelled[1] == '.') spelled.insert(1, "0");
  const auto* end = spelled.data() + spelled.size();
  const auto [ptr, ec] = std::from_chars(spelled.data(), end, number);
  if (spelled.empty() || ec != std::errc() || ptr != end)
    fail(node, field, fmt::format("'{}' of <{}> is not a number: '{}'", attribute, node.name(), value.value()));
  if (!std::isfinite(number))
    fail(node, field, fmt::format("'{}' of <{}> is not a finite number: '{}'", attribute, node.name(), value.value()));
  return number;
}

double XmlFile::number(pugi::xml_node node, const char* attribute, const std::string& field) const {
  const auto value = optional_number(node, attribute, field);
  if (!value) fail(node, field, fmt::format("<{}> has no '{}' attribute", node.name(), attribute));
  return *value;
}

std::int64_t XmlFile::integer(pugi::xml_node node, const char* attribute, const std::string& field) const {
  const std::string raw = text(node, attribute, field);
  const auto spelled = trimmed(raw);
  std::int64_t number = 0;
  const auto* end = spelled.data() + spelled.size();
  const auto [ptr, ec] = std::from_chars(spelled.data(), end, number);
  if (spelled.empty() || ec != std::errc() || ptr != end)
    fail(node, field, fmt::format("'{}' of <{}> is not an integer: '{}'", attribute, node.name(), raw));
  return number;
}

bool looks_like_xml(const std::string& text) {
  std::size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  return i < text.size() && text[i] == '<';
}

std::unique_ptr<XmlFile> parse_xml_file(const std::filesystem::path& file) {
  return std::make_unique<XmlFile>(read_source_text(file));
}

}  // namespace parley::io::detail
