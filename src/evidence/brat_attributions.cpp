#include "parley/evidence/brat_attributions.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <string>

#include <unicode/uchar.h>

#include "parley/model/error.hpp"

namespace parley::evidence {

namespace {

enum class Role { content, source, cue, other };

Role role_of(std::string_view label) {
  if (label.starts_with("Content")) return Role::content;  // Content, Content2, ...
  if (label == "Source") return Role::source;
  if (label == "Cue") return Role::cue;
  return Role::other;
}

bool is_id(std::string_view field, char kind) {
  return field.size() >= 2 && field[0] == kind &&
         std::all_of(field.begin() + 1, field.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const auto end = s.find(separator, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::size_t parse_offset(std::string_view s, const SourceLocation& where) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc{} || end != s.data() + s.size()) throw InputError(where, "bad offset '" + std::string(s) + "'");
  return value;
}

struct TextBound {
  Role role = Role::other;
  Fragments spans;
};

}  // namespace

GoldDocument read_brat_attributions(const std::filesystem::path& ann_file, std::size_t text_length) {
  std::ifstream in(ann_file);
  if (!in) throw InputError(SourceLocation{ann_file.string(), 0, ""}, "cannot open annotation file");
  std::map<std::string, TextBound, std::less<>> bounds;
  std::vector<std::pair<int, std::string>> relations;  // line number, role list
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto fields = split(line, '\t');
    const SourceLocation where{ann_file.string(), number, ""};
    if (is_id(fields[0], 'T')) {
      if (fields.size() < 2) throw InputError(where, "text-bound annotation without a label and offsets");
      const auto label_and_spans = fields[1];
      const auto space = label_and_spans.find(' ');
      if (space == std::string_view::npos) throw InputError(where, "text-bound annotation without offsets");
      TextBound bound{role_of(label_and_spans.substr(0, space)), {}};
      for (const auto fragment : split(label_and_spans.substr(space + 1), ';')) {
        const auto parts = split(fragment, ' ');
        if (parts.size() != 2) throw InputError(where, "expected 'begin end' offsets, got '" + std::string(fragment) + "'");
        CodePointSpan span{parse_offset(parts[0], where), parse_offset(parts[1], where)};
        if (span.begin > span.end || span.end > text_length) {
          throw InputError(where, "offsets " + std::string(fragment) + " lie outside the text (" +
                                      std::to_string(text_length) + " code points)");
        }
        bound.spans.push_back(span);
      }
      std::sort(bound.spans.begin(), bound.spans.end());
      bounds.emplace(std::string(fields[0]), std::move(bound));
    } else if (is_id(fields[0], 'E')) {
      if (fields.size() < 2) throw InputError(where, "event annotation without arguments");
      relations.emplace_back(number, std::string(fields[1]));
    }
    // Other lines: notes (#), attributes, and the continuation of a span text holding a newline.
  }
  GoldDocument document;
  for (const auto& [number, arguments] : relations) {
    GoldAttribution attribution;
    for (const auto argument : split(arguments, ' ')) {
      if (argument.empty()) continue;
      const auto colon = argument.find(':');
      if (colon == std::string_view::npos) {
        throw InputError(SourceLocation{ann_file.string(), number, ""}, "argument '" + std::string(argument) + "' lacks ':'");
      }
      const auto found = bounds.find(argument.substr(colon + 1));
      if (found == bounds.end()) {
        throw InputError(SourceLocation{ann_file.string(), number, ""},
                         "argument '" + std::string(argument) + "' refers to an unknown annotation");
      }
      Fragments* target = nullptr;
      switch (role_of(argument.substr(0, colon))) {
        case Role::content: target = &attribution.content; break;
        case Role::source: target = &attribution.source; break;
        case Role::cue: target = &attribution.cue; break;
        case Role::other: break;  // the Attribution trigger
      }
      if (target) target->insert(target->end(), found->second.spans.begin(), found->second.spans.end());
    }
    for (auto* role : {&attribution.content, &attribution.source, &attribution.cue}) std::sort(role->begin(), role->end());
    document.attributions.push_back(std::move(attribution));
  }
  return document;
}

Fragments normalise_fragments(Fragments fragments, const std::u32string& text) {
  const auto space = [&](std::size_t i) { return u_isUWhiteSpace(static_cast<UChar32>(text[i])) || text[i] == 0xA0; };
  Fragments out;
  std::sort(fragments.begin(), fragments.end());
  for (auto span : fragments) {
    span.end = std::min(span.end, text.size());
    while (span.begin < span.end && space(span.begin)) ++span.begin;
    while (span.end > span.begin && space(span.end - 1)) --span.end;
    if (span.begin >= span.end) continue;
    if (!out.empty()) {
      std::size_t gap = out.back().end;
      while (gap < span.begin && space(gap)) ++gap;
      if (gap >= span.begin) {
        out.back().end = std::max(out.back().end, span.end);
        continue;
      }
    }
    out.push_back(span);
  }
  return out;
}

}  // namespace parley::evidence
