// Parser of agent spec strings (grammar in agent_spec.hpp): a small recursive descent over
// names, numbers and parenthesised parameter lists.
#include <cctype>

#include <fmt/format.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"

namespace parley::negotiation {
namespace {

class SpecParser {
 public:
  explicit SpecParser(std::string_view text) : text_(text) {}

  SpecNode parse() {
    SpecNode node;
    node.name = word("an agent name");
    if (at_end()) return node;
    expect(':');
    node.params = params(')');
    if (!at_end()) fail(fmt::format("unexpected '{}'", text_[pos_]));
    return node;
  }

 private:
  std::vector<SpecParam> params(char closing) {
    std::vector<SpecParam> list;
    while (true) {
      std::string key = word("a parameter name");
      expect('=');
      SpecNode value;
      value.name = word("a value");
      if (peek() == '(') {
        ++pos_;
        value.params = params(')');
        expect(')');
      }
      for (const auto& [existing, _] : list)
        if (existing == key) fail(fmt::format("parameter '{}' is given twice", key));
      list.push_back({std::move(key), std::move(value)});
      if (peek() != ',') break;
      ++pos_;
    }
    (void)closing;
    return list;
  }

  std::string word(std::string_view what) {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && is_word_char(text_[pos_])) ++pos_;
    if (pos_ == start)
      fail(at_end() ? fmt::format("expected {} at the end", what)
                    : fmt::format("expected {} at '{}'", what, text_.substr(pos_)));
    return std::string(text_.substr(start, pos_ - start));
  }

  static bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '+' ||
           c == '/' || c == '^' || static_cast<unsigned char>(c) >= 0x80;
  }

  void expect(char c) {
    if (peek() != c)
      fail(at_end() ? fmt::format("expected '{}' at the end", c)
                    : fmt::format("expected '{}' at '{}'", c, text_.substr(pos_)));
    ++pos_;
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool at_end() const { return pos_ >= text_.size(); }

  [[noreturn]] void fail(const std::string& problem) const {
    throw InputError(SourceLocation{"", 0, fmt::format("agent spec '{}'", text_)}, problem);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// True when `piece` reads as a parameter ("key=value...") rather than a new agent: an '='
// comes before any ':' or '('.
bool continues_previous(std::string_view piece) {
  for (char c : piece) {
    if (c == '=') return true;
    if (c == ':' || c == '(') return false;
  }
  return false;
}

}  // namespace

SpecNode parse_agent_spec(std::string_view spec) { return SpecParser(spec).parse(); }

std::vector<std::string> split_agent_list(std::string_view list) {
  std::vector<std::string> pieces;
  std::string current;
  int depth = 0;
  auto flush = [&](bool hard) {
    if (!hard && !pieces.empty() && continues_previous(current)) {
      pieces.back() += "," + current;
    } else {
      pieces.push_back(current);  // an empty piece fails later with a clear message
    }
    current.clear();
  };
  bool after_semicolon = true;
  for (char c : list) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (depth == 0 && (c == ',' || c == ';')) {
      flush(after_semicolon);
      after_semicolon = c == ';';
      continue;
    }
    current += c;
  }
  flush(after_semicolon);
  return pieces;
}

}  // namespace parley::negotiation
