#include "io/genius_xml/uncertain_settings.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include <fmt/format.h>

namespace parley::io::detail {
namespace {

std::string trimmed_text(pugi::xml_node element) {
  std::string text = element.text().get();
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::size_t count_tag(const XmlFile& file, pugi::xml_node root, const char* tag, std::size_t fallback) {
  const auto element = root.child(tag);
  if (!element) return fallback;
  const auto text = trimmed_text(element);
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size())
    file.fail(element, tag, fmt::format("<{}> must hold a non-negative whole number, found '{}'", tag, text));
  return value;
}

double cost_tag(const XmlFile& file, pugi::xml_node root) {
  const auto element = root.child("elicitation_cost");
  if (!element) return 0.0;
  const auto text = trimmed_text(element);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value) || value < 0)
    file.fail(element, "elicitation_cost",
              fmt::format("<elicitation_cost> must hold a non-negative number, found '{}'", text));
  return value;
}

bool flag_tag(const XmlFile& file, pugi::xml_node root, const char* tag, bool fallback) {
  const auto element = root.child(tag);
  if (!element) return fallback;
  const auto text = trimmed_text(element);
  if (text == "true") return true;
  if (text == "false") return false;
  file.fail(element, tag, fmt::format("<{}> must hold true or false, found '{}'", tag, text));
}

void add_text(pugi::xml_node root, const char* tag, const std::string& text) {
  root.append_child(tag).text().set(text.c_str());
}

}  // namespace

UserModel read_uncertain_settings(const XmlFile& file, pugi::xml_node root) {
  UserModel model;
  model.ranked_bids = count_tag(file, root, "comparisons", 10);
  model.errors = count_tag(file, root, "errors", 0);
  model.elicitation_cost = cost_tag(file, root);
  model.fixed_seed = flag_tag(file, root, "fixed_seed", true);
  model.experimental = flag_tag(file, root, "experimental", false);
  return model;
}

void add_uncertain_settings(pugi::xml_node root, const UserModel& model) {
  add_text(root, "comparisons", std::to_string(model.ranked_bids));
  add_text(root, "errors", std::to_string(model.errors));
  add_text(root, "elicitation_cost", fmt::format("{}", model.elicitation_cost));
  add_text(root, "fixed_seed", model.fixed_seed ? "true" : "false");
  add_text(root, "experimental", model.experimental ? "true" : "false");
}

}  // namespace parley::io::detail
