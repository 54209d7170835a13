// Node-level text edits of YAML (see yaml_text_edit.hpp).
#include "serve/yaml_text_edit.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "parley/serve/workbench.hpp"

namespace parley::serve::detail {

namespace {

struct Located {
  YAML::Node node;
  bool in_flow = false;  // the parent collection is written in flow style ({...} or [...])
  int key_column = 0;    // column of the key (or of the sequence item) that holds the node
};

Located locate(const YAML::Node& root, const std::vector<PathStep>& path) {
  Located at{root, false, 0};
  for (const auto& step : path) {
    const YAML::Node parent = at.node;
    at.in_flow = parent.Style() == YAML::EmitterStyle::Flow;
    if (const auto* key = std::get_if<std::string>(&step)) {
      if (!parent.IsMap()) throw ApiError(400, fmt::format("{}: not a mapping at '{}'", path_text(path), *key));
      bool found = false;
      for (auto it = parent.begin(); it != parent.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == *key) {
          at.key_column = it->first.Mark().column;
          at.node.reset(it->second);  // reset, not =: yaml-cpp's = would overwrite the node in the tree
          found = true;
          break;
        }
      if (!found) throw ApiError(400, fmt::format("{}: no key '{}' in the file", path_text(path), *key));
    } else {
      const auto index = std::get<std::size_t>(step);
      if (!parent.IsSequence() || index >= parent.size())
        throw ApiError(400, fmt::format("{}: no item {} in the file", path_text(path), index));
      at.node.reset(parent[index]);
      at.key_column = at.node.Mark().column;
    }
  }
  return at;
}

std::size_t line_end(std::string_view text, std::size_t from) {
  const auto end = text.find('\n', from);
  return end == std::string_view::npos ? text.size() : end;
}

int indent_of(std::string_view text, std::size_t line_start) {
  int indent = 0;
  while (line_start + indent < text.size() && text[line_start + indent] == ' ') ++indent;
  return indent;
}

bool blank_line(std::string_view text, std::size_t line_start) {
  const auto end = line_end(text, line_start);
  for (auto i = line_start; i < end; ++i)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') return text[i] == '#';
  return true;
}

// The end of a block that continues on the lines indented deeper than `key_column`.
std::size_t continued_end(std::string_view text, std::size_t first_line_end, int key_column) {
  std::size_t end = first_line_end;
  for (std::size_t line = first_line_end + 1; line < text.size(); line = line_end(text, line) + 1) {
    if (blank_line(text, line)) continue;
    if (indent_of(text, line) <= key_column) break;
    end = line_end(text, line);
  }
  return end;
}

// [begin, end) of the node's text.
std::pair<std::size_t, std::size_t> span_of(std::string_view text, const Located& at) {
  const auto begin = static_cast<std::size_t>(at.node.Mark().pos);
  if (begin >= text.size()) throw ApiError(400, "the node has no text of its own (an empty value)");
  const char first = text[begin];
  if (first == '"') {
    for (auto i = begin + 1; i < text.size(); ++i) {
      if (text[i] == '\\') ++i;
      else if (text[i] == '"') return {begin, i + 1};
    }
  } else if (first == '\'') {
    for (auto i = begin + 1; i < text.size(); ++i)
      if (text[i] == '\'') {
        if (i + 1 < text.size() && text[i + 1] == '\'') ++i;
        else return {begin, i + 1};
      }
  } else if (first == '|' || first == '>') {
    return {begin, continued_end(text, line_end(text, begin), at.key_column)};
  } else if (first == '[' || first == '{') {
    int depth = 0;
    for (auto i = begin; i < text.size(); ++i) {
      if (text[i] == '[' || text[i] == '{') ++depth;
      else if ((text[i] == ']' || text[i] == '}') && --depth == 0) return {begin, i + 1};
    }
  } else {
    auto end = begin;
    const auto stop = line_end(text, begin);
    while (end < stop && !(at.in_flow && (text[end] == ',' || text[end] == ']' || text[end] == '}')) &&
           !(text[end] == '#' && end > begin && text[end - 1] == ' '))
      ++end;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
    if (!at.in_flow && end == stop) {  // a plain scalar may go on over more-indented lines
      const auto continued = continued_end(text, stop, at.key_column);
      if (continued != stop) end = continued;
    }
    return {begin, end};
  }
  throw ApiError(400, "the node's text does not end (unbalanced quotes or brackets)");
}

// Plain YAML scalars that read back as the same string: no leading indicator, no ": " or " #".
bool plain_safe(const std::string& text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (text.find(": ") != std::string::npos || text.find(" #") != std::string::npos || text.back() == ':') return false;
  if (text.find_first_of("\n\t,[]{}") != std::string::npos) return false;
  static const std::vector<std::string> special{"true", "false", "yes", "no", "null", "on", "off", "~"};
  std::string lower = text;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (std::find(special.begin(), special.end(), lower) != special.end()) return false;
  return !(std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '.');
}

std::string quoted(const std::string& text) { return nlohmann::json(text).dump(); }  // JSON strings are YAML double-quoted scalars

std::string scalar_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer() || value.is_number_unsigned()) return value.dump();
  if (value.is_number_float()) {
    const double x = value.get<double>();
    if (!std::isfinite(x)) throw ApiError(400, "numbers must be finite");
    return fmt::format("{}", x);
  }
  throw ApiError(400, fmt::format("a value must be a string, a number or a list of strings, got {}", value.dump()));
}

// A folded block scalar (>-) holding `text`, lines wrapped near 96 columns.
std::string folded_block(const std::string& text, int indent) {
  std::string out = ">-";
  std::string line;
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  std::size_t at = 0;
  while (at < text.size()) {
    auto next = text.find(' ', at);
    if (next == std::string::npos) next = text.size();
    const auto word = text.substr(at, next - at);
    if (!line.empty() && pad.size() + line.size() + 1 + word.size() > 96) {
      out += "\n" + pad + line;
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = next + 1;
  }
  return out + "\n" + pad + line;
}

std::string new_text(const nlohmann::json& value, std::string_view old, const Located& at) {
  if (value.is_array()) {
    std::string out = "[";
    for (const auto& item : value) {
      if (!item.is_string()) throw ApiError(400, "a list value must hold strings");
      const auto text = item.get<std::string>();
      out += (out.size() > 1 ? ", " : "") + (plain_safe(text) ? text : quoted(text));
    }
    return out + "]";
  }
  const auto text = scalar_text(value);
  if (!value.is_string()) return text;
  const bool multi_line_safe = text.find('\n') == std::string::npos && !text.empty() && text.front() != ' ';
  if ((old.front() == '>' || old.front() == '|') && multi_line_safe) return folded_block(text, at.key_column + 2);
  if (old.front() != '"' && old.front() != '\'' && plain_safe(text)) return text;
  return quoted(text);
}

// The tree's value at `path` as the edit means it: strings compare as written, numbers by value.
bool reads_back(const YAML::Node& node, const nlohmann::json& value) {
  if (value.is_array()) {
    if (!node.IsSequence() || node.size() != value.size()) return false;
    for (std::size_t i = 0; i < value.size(); ++i)
      if (!node[i].IsScalar() || node[i].Scalar() != value[i].get<std::string>()) return false;
    return true;
  }
  if (!node.IsScalar()) return false;
  if (value.is_string()) return node.Scalar() == value.get<std::string>();
  try {
    return node.as<double>() == value.get<double>();
  } catch (const YAML::Exception&) {
    return false;
  }
}

// Equal trees, except below the edited paths (compared by reads_back instead).
bool same_except(const YAML::Node& a, const YAML::Node& b, std::vector<PathStep>& here, const std::vector<TextEdit>& edits) {
  for (const auto& edit : edits)
    if (edit.path == here) return reads_back(b, edit.value);
  if (a.Type() != b.Type()) return false;
  if (a.IsScalar()) return a.Scalar() == b.Scalar() && a.Tag() == b.Tag();
  if (a.IsSequence()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      here.emplace_back(i);
      const bool same = same_except(a[i], b[i], here, edits);
      here.pop_back();
      if (!same) return false;
    }
    return true;
  }
  if (a.IsMap()) {
    if (a.size() != b.size()) return false;
    auto ia = a.begin();
    auto ib = b.begin();
    for (; ia != a.end(); ++ia, ++ib) {
      if (!ia->first.IsScalar() || !ib->first.IsScalar() || ia->first.Scalar() != ib->first.Scalar()) return false;
      here.emplace_back(ia->first.Scalar());
      const bool same = same_except(ia->second, ib->second, here, edits);
      here.pop_back();
      if (!same) return false;
    }
    return true;
  }
  return true;
}

}  // namespace

std::string path_text(const std::vector<PathStep>& path) {
  std::string text;
  for (const auto& step : path) {
    if (const auto* key = std::get_if<std::string>(&step)) text += (text.empty() ? "" : ".") + *key;
    else text += fmt::format("[{}]", std::get<std::size_t>(step));
  }
  return text;
}

std::string apply_text_edits(std::string_view text, const std::vector<TextEdit>& edits) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& error) {
    throw ApiError(400, fmt::format("the file is not valid YAML: {}", error.what()));
  }
  struct Replacement {
    std::size_t begin, end;
    std::string text;
  };
  std::vector<Replacement> replacements;
  for (const auto& edit : edits) {
    const auto at = locate(root, edit.path);
    if (!at.node.IsScalar() && !(at.node.IsSequence() && at.node.Style() == YAML::EmitterStyle::Flow))
      throw ApiError(400, fmt::format("{}: only single values and [flow, lists] are edited", path_text(edit.path)));
    if (edit.value.is_array() != at.node.IsSequence())
      throw ApiError(400, fmt::format("{}: {} expected", path_text(edit.path), at.node.IsSequence() ? "a list" : "a single value"));
    const auto [begin, end] = span_of(text, at);
    replacements.push_back({begin, end, new_text(edit.value, text.substr(begin, end - begin), at)});
  }
  std::sort(replacements.begin(), replacements.end(), [](const auto& a, const auto& b) { return a.begin > b.begin; });
  std::string out(text);
  for (std::size_t i = 0; i < replacements.size(); ++i) {
    if (i > 0 && replacements[i].end > replacements[i - 1].begin) throw ApiError(400, "two edits of the same value");
    out.replace(replacements[i].begin, replacements[i].end - replacements[i].begin, replacements[i].text);
  }
  YAML::Node edited;
  try {
    edited = YAML::Load(out);
  } catch (const YAML::Exception& error) {
    throw ApiError(422, fmt::format("the edit would not read back as YAML ({}); nothing was written", error.what()));
  }
  std::vector<PathStep> here;
  if (!same_except(root, edited, here, edits))
    throw ApiError(422, "the edit would change more than the edited values; nothing was written");
  return out;
}

}  // namespace parley::serve::detail
