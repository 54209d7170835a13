// Internal: rows of a delimited text file (CSV, TSV) with their line numbers, and number
// parsing that reports the file, line and column. Fields are split by libcsv (Debian's
// libcsv-dev) as RFC 4180 says, like parley's CSV writers: a field may be enclosed in double
// quotes (then it may hold the separator, line breaks and quotes written twice: "The ""Greens"""
// is The "Greens"); a backslash is plain text. Spaces around an unquoted field are dropped.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/error.hpp"

namespace parley::forecast::detail {

struct DelimitedRow {
  int line = 0;                    // 1-based line of the row (where its first field ends)
  std::vector<std::string> cells;  // unquoted
};

// Every non-blank line of the file. Throws InputError when the file cannot be read, is
// empty, or a line is malformed (e.g. an unclosed quote).
std::vector<DelimitedRow> read_delimited(const std::filesystem::path& path, char separator);

// A finite number filling the whole cell; InputError otherwise ("<what> 'abc' is not a number").
double parse_number(std::string_view cell, const SourceLocation& where, std::string_view what);

std::string lowercase(std::string_view text);

}  // namespace parley::forecast::detail
