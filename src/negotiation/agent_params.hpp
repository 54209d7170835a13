// Checked parameters of one component of an agent spec, shared by the factory and the
// standalone agents (agents/). Private to the negotiation module.
#pragma once

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"

namespace parley::negotiation {

[[noreturn]] inline void fail(std::string_view spec, const std::string& problem) {
  throw InputError(SourceLocation{"", 0, fmt::format("agent spec '{}'", spec)}, problem);
}

// The parameters of one component, checked against its documentation.
class Params {
 public:
  Params(const SpecNode& node, const ComponentDoc& doc, std::string_view spec, bool open = false)
      : node_(node), doc_(doc), spec_(spec) {
    if (open) return;
    for (const auto& [key, value] : node.params) {
      if (doc_param(key) != nullptr) continue;
      std::vector<std::string> known;
      for (const auto& p : doc.parameters) known.push_back(p.name);
      fail(spec, fmt::format("unknown parameter '{}' of '{}'{}", key, doc.name,
                             known.empty() ? " (it takes none)" : name_hint(key, known, "parameters")));
    }
  }

  const SpecNode* given(std::string_view key) const {
    for (const auto& [name, value] : node_.params)
      if (name == key) return &value;
    return nullptr;
  }

  std::string text(std::string_view key) const {
    if (const auto* value = given(key)) {
      if (!value->params.empty()) fail(spec_, fmt::format("parameter '{}' of '{}' takes a plain value", key, doc_.name));
      return value->name;
    }
    const auto* p = doc_param(key);
    if (p == nullptr || p->default_value.empty())
      fail(spec_, fmt::format("'{}' needs parameter '{}'", doc_.name, key));
    return p->default_value;
  }

  double number(std::string_view key, double lo, double hi) const {
    const std::string value = text(key);
    double x = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), x);
    if (error != std::errc{} || end != value.data() + value.size() || !std::isfinite(x))
      fail(spec_, fmt::format("parameter '{}' of '{}' must be a number, got '{}'", key, doc_.name, value));
    if (x < lo || x > hi)
      fail(spec_, fmt::format("parameter '{}' of '{}' must be in [{}, {}], got {}", key, doc_.name, lo, hi, value));
    return x;
  }

  int integer(std::string_view key, int lo, int hi) const {
    const double x = number(key, lo, hi);
    if (x != std::floor(x)) fail(spec_, fmt::format("parameter '{}' of '{}' must be a whole number", key, doc_.name));
    return static_cast<int>(x);
  }

 private:
  const ParameterDoc* doc_param(std::string_view key) const {
    for (const auto& p : doc_.parameters)
      if (p.name == key) return &p;
    return nullptr;
  }

  const SpecNode& node_;
  const ComponentDoc& doc_;
  std::string_view spec_;
};

}  // namespace parley::negotiation
