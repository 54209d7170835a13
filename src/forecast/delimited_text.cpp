#include "delimited_text.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <memory>

#include <csv.h>
#include <fmt/format.h>

#include "parley/io/input_file.hpp"

namespace parley::forecast::detail {
namespace {

// What libcsv's callbacks fill: the rows so far, the row being read and the line being fed.
struct Collector {
  std::vector<DelimitedRow> rows;
  DelimitedRow row;
  int line = 0;
};

void on_field(void* text, std::size_t size, void* data) {
  auto& collector = *static_cast<Collector*>(data);
  if (collector.row.cells.empty()) collector.row.line = collector.line;
  collector.row.cells.emplace_back(static_cast<const char*>(text), size);
}

void on_row_end(int, void* data) {
  auto& collector = *static_cast<Collector*>(data);
  // A line of spaces is one empty unquoted field: a blank line, skipped as before.
  const bool blank = collector.row.cells.size() == 1 && collector.row.cells[0].empty();
  if (!blank) collector.rows.push_back(std::move(collector.row));
  collector.row = DelimitedRow{};
}

// Spaces around unquoted fields are not part of them (a quoted field keeps its spaces); a tab
// is a space only where it is not the separator.
int is_space(unsigned char c) { return c == CSV_SPACE; }
int is_space_or_tab(unsigned char c) { return c == CSV_SPACE || c == CSV_TAB; }

// csv_free releases the parser's buffers (the parser itself lives on the stack).
struct ReleaseBuffers {
  void operator()(csv_parser* parser) const { csv_free(parser); }
};

}  // namespace

std::vector<DelimitedRow> read_delimited(const std::filesystem::path& path, char separator) {
  const std::string text = io::read_input_file(path);
  csv_parser parser{};
  // Strict: a quote inside an unquoted field or stray text after a closing quote is an error
  // (RFC 4180), and so is a quoted field still open at the end of the file.
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    throw std::runtime_error("cannot initialise the CSV parser");
  const std::unique_ptr<csv_parser, ReleaseBuffers> buffers(&parser);
  csv_set_delim(&parser, static_cast<unsigned char>(separator));
  csv_set_space_func(&parser, separator == '\t' ? is_space : is_space_or_tab);
  Collector collector;
  const auto malformed = [&](int line, std::string_view problem) {
    throw InputError(SourceLocation{path.string(), line, ""},
                     fmt::format("malformed line: {} (RFC 4180: a field with a quote, separator or line break is "
                                 "enclosed in double quotes, and a quote inside it is written twice)",
                                 problem));
  };
  // Fed line by line so that every row knows the line it starts on (quoted fields may span lines).
  std::size_t begin = 0;
  while (begin < text.size()) {
    const auto newline = text.find('\n', begin);
    const std::size_t end = newline == std::string::npos ? text.size() : newline + 1;
    ++collector.line;
    if (csv_parse(&parser, text.data() + begin, end - begin, on_field, on_row_end, &collector) != end - begin)
      malformed(collector.line, "a quote inside an unquoted field, or text after a closing quote");
    begin = end;
  }
  if (csv_fini(&parser, on_field, on_row_end, &collector) != 0)
    malformed(collector.line, "a quoted field is still open at the end of the file");
  if (collector.rows.empty()) throw InputError(SourceLocation{path.string(), 0, ""}, "the file is empty");
  return std::move(collector.rows);
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
