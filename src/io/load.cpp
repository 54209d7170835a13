// Format detection and dispatch to the readers and writers of each format (load.hpp).
#include "parley/io/load.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <random>

#include <fmt/format.h>

#include "io/genius_xml/xml_file.hpp"
#include "io/geniusweb_json/json_file.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "io/user_model_differences.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;

constexpr ScenarioFormat all_formats[] = {ScenarioFormat::yaml, ScenarioFormat::genius_xml, ScenarioFormat::geniusweb_json};

std::string lower_case_extension(const fs::path& path) {
  auto extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// The folder a single GENIUS/GeniusWeb file stands for.
fs::path folder_of(const fs::path& path) {
  if (fs::is_directory(path)) return path;
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

[[noreturn]] void fail(const fs::path& path, std::string problem) {
  throw InputError(SourceLocation{path.string()}, std::move(problem));
}

// The GENIUS/GeniusWeb files of a folder that cannot be read or parsed at all, each with its
// error: format detection skips them, so the "no scenario" message must name them.
std::string unparsable_files(const fs::path& folder) {
  std::string problems;
  const auto check = [&](const fs::path& file, const auto& parse) {
    try {
      parse(detail::read_source_text(file));
    } catch (const InputError& error) {
      problems += fmt::format("\n  {}", error.what());
    }
  };
  for (const auto& file : detail::files_in_folder(folder, ".xml"))
    check(file, [](detail::SourceText text) { detail::XmlFile parsed(std::move(text)); });
  for (const auto& file : detail::files_in_folder(folder, ".json"))
    check(file, [](detail::SourceText text) { detail::JsonFile parsed(std::move(text)); });
  return problems.empty() ? "" : "; these files could not be read:" + problems;
}

}  // namespace

std::string_view to_string(ScenarioFormat format) {
  switch (format) {
    case ScenarioFormat::yaml: return "yaml";
    case ScenarioFormat::genius_xml: return "genius";
    case ScenarioFormat::geniusweb_json: return "geniusweb";
  }
  return "yaml";
}

std::optional<ScenarioFormat> scenario_format_from_string(std::string_view name) {
  for (const auto format : all_formats)
    if (to_string(format) == name) return format;
  return std::nullopt;
}

bool is_yaml_file_name(const fs::path& path) {
  const auto extension = lower_case_extension(path);
  return extension == ".yaml" || extension == ".yml";
}

ScenarioFormat detect_format(const fs::path& path) {
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) fail(path, "cannot be opened: " + error.message());
  if (!fs::exists(status)) fail(path, "no such file or folder");
  if (fs::is_directory(path)) {
    if (fs::exists(path / "scenario.yaml")) return ScenarioFormat::yaml;
    if (is_genius_folder(path)) return ScenarioFormat::genius_xml;
    if (is_geniusweb_folder(path)) return ScenarioFormat::geniusweb_json;
    fail(path, "this folder holds no scenario: expected scenario.yaml, GENIUS XML files (a domain and its profiles) "
               "or GeniusWeb JSON files (a domain and its profiles)" +
                   unparsable_files(path));
  }
  if (is_yaml_file_name(path)) return ScenarioFormat::yaml;
  const auto extension = lower_case_extension(path);
  if (extension == ".xml") {
    if (!is_genius_folder(folder_of(path)))
      fail(path, "an XML file, but its folder holds no GENIUS domain file" + unparsable_files(folder_of(path)));
    return ScenarioFormat::genius_xml;
  }
  if (extension == ".json") {
    if (!is_geniusweb_folder(folder_of(path)))
      fail(path, "a JSON file, but its folder holds no GeniusWeb domain file" + unparsable_files(folder_of(path)));
    return ScenarioFormat::geniusweb_json;
  }
  fail(path, fmt::format("cannot tell the scenario format from the extension '{}' (expected .yaml or .yml, a GENIUS "
                         ".xml or GeniusWeb .json file, or a scenario folder)",
                         extension));
}

Scenario load_scenario(const fs::path& path, const LoadOptions& options) {
  switch (detect_format(path)) {
    case ScenarioFormat::yaml: return read_yaml_scenario(path);
    case ScenarioFormat::genius_xml: return read_genius_folder(folder_of(path));
    case ScenarioFormat::geniusweb_json: return read_geniusweb_folder(folder_of(path), {options.estimate_utility});
  }
  fail(path, "unknown scenario format");
}

std::vector<fs::path> scenario_paths(const fs::path& path) {
  std::error_code error;
  if (!fs::exists(path, error) && path.string().find(',') != std::string::npos)
    fail(path, "no such file or folder; several scenarios are separate paths (`--scenarios a.yaml b.yaml`), not one "
               "comma-separated list");
  if (!fs::is_directory(path, error)) return {path};  // a file: detect_format tells later what is wrong with it
  try {
    detect_format(path);
    return {path};
  } catch (const InputError&) {
    // not one scenario: a folder of them?
  }
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(path, error)) {
    const auto& inside = entry.path();
    if (inside.filename().string().starts_with(".")) continue;
    if (entry.is_regular_file(error) && is_yaml_file_name(inside)) {
      found.push_back(inside);
    } else if (entry.is_directory(error)) {
      try {
        detect_format(inside);
        found.push_back(inside);
      } catch (const InputError&) {
        // a folder that is no scenario is not part of the collection
      }
    }
  }
  if (error) fail(path, "cannot be listed: " + error.message());
  if (found.empty())
    fail(path, "this folder holds no scenario: expected scenario.yaml, GENIUS XML or GeniusWeb JSON files (a domain "
               "and its profiles), or a folder of scenarios (.yaml files, or scenario folders)" +
                   unparsable_files(path));
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  return found;
}

void save_scenario(const Scenario& scenario, const fs::path& path, ScenarioFormat format, bool overwrite) {
  switch (format) {
    case ScenarioFormat::yaml:
      write_yaml_scenario(scenario, is_yaml_file_name(path) ? path : path / "scenario.yaml", overwrite);
      return;
    case ScenarioFormat::genius_xml: write_genius_folder(scenario, path, overwrite); return;
    case ScenarioFormat::geniusweb_json: write_geniusweb_folder(scenario, path, overwrite); return;
  }
}

}  // namespace parley::io

// conversion_differences ------------------------------------------------------------------

namespace parley::io {
namespace {

// Largest |u_a(o) - u_b(o)| over all outcomes o. Additive against additive is exact without
// enumeration: the difference is a sum of independent per-issue terms, so its extremes are
// the sums of the per-issue extremes. Otherwise every outcome of a small space is visited,
// or 10^4 seeded random outcomes of a large one (`sampled` is set).
double largest_utility_change(const OutcomeSpace& space, const UtilityFunction& a, const UtilityFunction& b,
                              bool& sampled) {
  if (a.is_additive() && b.is_additive()) {
    double highest = 0, lowest = 0;
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      double issue_high = -HUGE_VAL, issue_low = HUGE_VAL;
      for (std::size_t k = 0; k < space.issue(i).size(); ++k) {
        const double change = a.additive().contribution(i, k) - b.additive().contribution(i, k);
        issue_high = std::max(issue_high, change);
        issue_low = std::min(issue_low, change);
      }
      highest += issue_high;
      lowest += issue_low;
    }
    return std::max(std::abs(highest), std::abs(lowest));
  }
  constexpr std::uint64_t enumeration_limit = 1'000'000, samples = 10'000;
  sampled = !space.enumerable(enumeration_limit);
  const std::uint64_t count = sampled ? samples : *space.cardinality().as_u64();
  std::mt19937_64 random(20261122);
  Outcome outcome(space.issue_count());
  double largest = 0;
  for (std::uint64_t n = 0; n < count; ++n) {
    if (sampled) {
      for (std::size_t i = 0; i < space.issue_count(); ++i)
        outcome[i] = static_cast<std::uint32_t>(random() % space.issue(i).size());
    } else {
      outcome = space.from_id(n);
    }
    largest = std::max(largest, std::abs(a.utility(outcome) - b.utility(outcome)));
  }
  return largest;
}

void compare_text(std::vector<std::string>& out, const std::string& what, const std::string& before,
                  const std::string& after) {
  if (before == after) return;
  out.push_back(after.empty() ? fmt::format("{} was dropped", what)
                              : fmt::format("{} changed from '{}' to '{}'", what, before, after));
}

void compare_number(std::vector<std::string>& out, const std::string& what, std::optional<double> before,
                    std::optional<double> after, double tolerance) {
  if (before.has_value() != after.has_value()) {
    out.push_back(after ? fmt::format("{} appeared ({})", what, *after) : fmt::format("{} was dropped", what));
  } else if (before && std::abs(*before - *after) > tolerance) {
    out.push_back(fmt::format("{} changed from {} to {}", what, *before, *after));
  }
}

// Issues: false when the spaces differ in shape (utilities then cannot be compared).
bool compare_issues(std::vector<std::string>& out, const OutcomeSpace& before, const OutcomeSpace& after) {
  if (before.issue_count() != after.issue_count()) {
    out.push_back(fmt::format("the scenario had {} issues and now has {}", before.issue_count(), after.issue_count()));
    return false;
  }
  bool same_shape = true;
  for (std::size_t i = 0; i < before.issue_count(); ++i) {
    const auto &x = before.issue(i), &y = after.issue(i);
    const auto what = fmt::format("issue '{}'", x.name());
    compare_text(out, what + ": name", x.name(), y.name());
    compare_text(out, what + ": type", std::string(to_string(x.kind())), std::string(to_string(y.kind())));
    compare_text(out, what + ": description", x.description, y.description);
    if (x.size() != y.size()) {
      out.push_back(fmt::format("{} had {} values and now has {}", what, x.size(), y.size()));
      same_shape = false;
      continue;
    }
    for (std::size_t k = 0; k < x.size(); ++k)
      if (x.label(k) != y.label(k)) {
        out.push_back(fmt::format("{}: value '{}' is now '{}'", what, x.label(k), y.label(k)));
        break;
      }
  }
  return same_shape;
}

}  // namespace

std::vector<std::string> conversion_differences(const Scenario& original, const Scenario& read_back, double tolerance) {
  std::vector<std::string> out;
  compare_text(out, "scenario name", original.name, read_back.name);
  compare_text(out, "scenario description", original.description, read_back.description);
  const bool same_shape = compare_issues(out, original.space, read_back.space);
  if (original.parties.size() != read_back.parties.size()) {
    out.push_back(fmt::format("the scenario had {} parties and now has {}", original.parties.size(),
                              read_back.parties.size()));
    return out;
  }
  for (std::size_t p = 0; p < original.parties.size(); ++p) {
    const auto &x = original.parties[p], &y = read_back.parties[p];
    const auto what = fmt::format("party '{}'", x.name);
    compare_text(out, what + ": name", x.name, y.name);
    compare_text(out, what + ": role", x.role, y.role);
    compare_text(out, what + ": description", x.description, y.description);
    compare_number(out, what + ": reservation value", x.reservation_value, y.reservation_value, tolerance);
    compare_number(out, what + ": discount factor", x.discount_factor, y.discount_factor, tolerance);
    compare_number(out, what + ": capability", x.capability, y.capability, tolerance);
    compare_number(out, what + ": salience", x.salience, y.salience, tolerance);
    describe_user_model_changes(out, what, x.user_model, y.user_model);
    if (!same_shape) continue;
    bool sampled = false;
    const double change = largest_utility_change(original.space, x.utility, y.utility, sampled);
    if (change > tolerance)
      out.push_back(fmt::format("{}: utilities changed by up to {:.6g}{}", what, change,
                                sampled ? " (on 10^4 sampled outcomes)" : ""));
  }
  return out;
}

}  // namespace parley::io
