#include "delimited_text.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <sstream>

#include <boost/tokenizer.hpp>
#include <fmt/format.h>

#include "parley/io/input_file.hpp"

namespace parley::forecast::detail {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::vector<DelimitedRow> read_delimited(const std::filesystem::path& path, char separator) {
  std::istringstream in(io::read_input_file(path));
  std::vector<DelimitedRow> rows;
  const boost::escaped_list_separator<char> split('\\', separator, '"');
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trimmed(line).empty()) continue;
    DelimitedRow row{number, {}};
    try {
      boost::tokenizer<boost::escaped_list_separator<char>> fields(line, split);
      for (const auto& field : fields) row.cells.push_back(trimmed(field));
    } catch (const boost::escaped_list_error& error) {
      throw InputError(SourceLocation{path.string(), number, ""}, fmt::format("malformed line: {}", error.what()));
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw InputError(SourceLocation{path.string(), 0, ""}, "the file is empty");
  return rows;
}

double parse_number(std::string_view cell, const SourceLocation& where, std::string_view what) {
  double value = 0;
  const char* first = cell.data();
  const char* last = cell.data() + cell.size();
  if (!cell.empty() && *first == '+') ++first;
  const auto [end, error] = std::from_chars(first, last, value);
  if (cell.empty() || error != std::errc{} || end != last || !std::isfinite(value))
    throw InputError(where, fmt::format("{} '{}' is not a number", what, cell));
  return value;
}

std::string lowercase(std::string_view text) {
  std::string result(text);
  for (auto& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

}  // namespace parley::forecast::detail
