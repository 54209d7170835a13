// The YAML scenario writer: Scenario ──yaml-cpp Emitter──▶ text in the documented style.
// Numbers use the shortest representation that reads back to the same double (fmt "{}"),
// so that write → read gives an identical Scenario; labels are quoted by the emitter
// whenever YAML would otherwise read them as something else.
#include <algorithm>

#include <map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "io/yaml_linear_evaluation.hpp"
#include "parley/io/safe_write.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace {

std::string number(double value) { return fmt::format("{}", value); }

// Labels that YAML would read as null must be quoted; the emitter handles every other case.
void emit_label(YAML::Emitter& out, const std::string& label) {
  static const std::string nulls[] = {"", "~", "null", "Null", "NULL"};
  if (std::find(std::begin(nulls), std::end(nulls), label) != std::end(nulls))
    out << YAML::DoubleQuoted << label;
  else
    out << label;
}

// Free text: multi-line text ending in one newline as a literal block (`|`), which reads back
// exactly; anything else as a (possibly quoted) scalar.
void emit_text(YAML::Emitter& out, const std::string& text) {
  const bool block = text.size() > 1 && text.back() == '\n' && text[text.size() - 2] != '\n' &&
                     text.find('\n') + 1 < text.size() && text.front() != ' ' &&
                     text.find(" \n") == std::string::npos && text.find('\t') == std::string::npos &&
                     text.find('\r') == std::string::npos;
  if (block)
    out << YAML::Literal << text;
  else
    out << text;
}

void emit_issue(YAML::Emitter& out, const Issue& issue) {
  out << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value;
  emit_label(out, issue.name());
  out << YAML::Key << "type" << YAML::Value << std::string(to_string(issue.kind()));
  if (!issue.description.empty()) {
    out << YAML::Key << "description" << YAML::Value;
    emit_text(out, issue.description);
  }
  if (issue.is_numeric()) {
    out << YAML::Key << "range" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    if (issue.kind() == IssueKind::integer)
      out << issue.label(0) << issue.label(issue.size() - 1);
    else
      out << number(issue.lower()) << number(issue.upper());
    out << YAML::EndSeq;
    if (issue.kind() == IssueKind::real) out << YAML::Key << "step" << YAML::Value << number(issue.step());
  } else {
    out << YAML::Key << "values" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& label : issue.labels()) emit_label(out, label);
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
}

// Labelled issues: {value: evaluation, ...}. Numeric issues: {linear: [a, b]} when the table
// is exactly what the reader tabulates from its ends, else the list in value order.
void emit_evaluations(YAML::Emitter& out, const Issue& issue, const std::vector<double>& table) {
  if (issue.is_numeric()) {
    if (table.size() > 1 && table == detail::tabulate_linear(issue, table.front(), table.back())) {
      out << YAML::Flow << YAML::BeginMap << YAML::Key << "linear" << YAML::Value << YAML::Flow << YAML::BeginSeq
          << number(table.front()) << number(table.back()) << YAML::EndSeq << YAML::EndMap;
      return;
    }
    out << YAML::Flow << YAML::BeginSeq;
    for (double value : table) out << number(value);
    out << YAML::EndSeq;
    return;
  }
  out << YAML::Flow << YAML::BeginMap;
  for (std::size_t k = 0; k < table.size(); ++k) {
    out << YAML::Key;
    emit_label(out, issue.label(k));
    out << YAML::Value << number(table[k]);
  }
  out << YAML::EndMap;
}

void emit_additive(YAML::Emitter& out, const OutcomeSpace& space, const AdditiveUtility& additive) {
  out << YAML::Key << "type" << YAML::Value << "additive";
  out << YAML::Key << "weights" << YAML::Value << YAML::BeginMap;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    out << YAML::Key;
    emit_label(out, space.issue(i).name());
    out << YAML::Value << number(additive.weights[i]);
  }
  out << YAML::EndMap;
  out << YAML::Key << "evaluations" << YAML::Value << YAML::BeginMap;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    out << YAML::Key;
    emit_label(out, space.issue(i).name());
    out << YAML::Value;
    emit_evaluations(out, space.issue(i), additive.evaluations[i]);
  }
  out << YAML::EndMap;
}

// `where:` / `except:` maps issue -> [first, last]; an issue bounded more than once in the
// same map gets a list of ranges.
void emit_conditions(YAML::Emitter& out, const OutcomeSpace& space, const HyperRectangle& rectangle, bool excluded) {
  std::vector<std::uint32_t> order;
  std::map<std::uint32_t, std::vector<const RectangleBound*>> by_issue;
  for (const auto& bound : rectangle.bounds) {
    if (bound.excluded != excluded) continue;
    auto& group = by_issue[bound.issue];
    if (group.empty()) order.push_back(bound.issue);
    group.push_back(&bound);
  }
  if (order.empty()) return;
  out << YAML::Key << (excluded ? "except" : "where") << YAML::Value << YAML::Flow << YAML::BeginMap;
  for (const auto i : order) {
    const Issue& issue = space.issue(i);
    const auto emit_range = [&](const RectangleBound& bound) {
      out << YAML::Flow << YAML::BeginSeq;
      emit_label(out, issue.label(bound.first));
      emit_label(out, issue.label(bound.last));
      out << YAML::EndSeq;
    };
    out << YAML::Key;
    emit_label(out, issue.name());
    out << YAML::Value;
    const auto& group = by_issue[i];
    if (group.size() == 1) {
      emit_range(*group.front());
    } else {
      out << YAML::Flow << YAML::BeginSeq;
      for (const auto* bound : group) emit_range(*bound);
      out << YAML::EndSeq;
    }
  }
  out << YAML::EndMap;
}

void emit_rectangles(YAML::Emitter& out, const OutcomeSpace& space, const HyperRectangleUtility& utility) {
  out << YAML::Key << "type" << YAML::Value << "hyper-rectangles";
  out << YAML::Key << "normaliser" << YAML::Value << number(utility.normaliser);
  out << YAML::Key << "rectangles" << YAML::Value << YAML::BeginSeq;
  for (const auto& rectangle : utility.rectangles) {
    out << YAML::BeginMap << YAML::Key << "utility" << YAML::Value << number(rectangle.utility);
    emit_conditions(out, space, rectangle, false);
    emit_conditions(out, space, rectangle, true);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

void emit_party(YAML::Emitter& out, const OutcomeSpace& space, const Party& party) {
  out << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value;
  emit_label(out, party.name);
  if (!party.role.empty()) out << YAML::Key << "role" << YAML::Value << party.role;
  if (!party.description.empty()) {
    out << YAML::Key << "description" << YAML::Value;
    emit_text(out, party.description);
  }
  if (party.reservation_value != 0) out << YAML::Key << "reservation" << YAML::Value << number(party.reservation_value);
  if (party.discount_factor != 1) out << YAML::Key << "discount" << YAML::Value << number(party.discount_factor);
  if (party.capability) out << YAML::Key << "capability" << YAML::Value << number(*party.capability);
  if (party.salience) out << YAML::Key << "salience" << YAML::Value << number(*party.salience);
  out << YAML::Key << "utility" << YAML::Value << YAML::BeginMap;
  if (party.utility.is_additive())
    emit_additive(out, space, party.utility.additive());
  else
    emit_rectangles(out, space, party.utility.hyper_rectangles());
  out << YAML::EndMap << YAML::EndMap;
}

}  // namespace

std::string to_yaml(const Scenario& scenario) {
  validate_scenario(scenario);  // the emitters below index tables by the space's shape
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::Comment("parley scenario; format: docs/SCENARIO_FORMAT.md") << YAML::Newline;
  out << YAML::BeginMap;
  out << YAML::Key << "parley" << YAML::Value << 1;
  out << YAML::Key << "name" << YAML::Value;
  emit_label(out, scenario.name);
  if (!scenario.description.empty()) {
    out << YAML::Key << "description" << YAML::Value;
    emit_text(out, scenario.description);
  }
  out << YAML::Key << "issues" << YAML::Value << YAML::BeginSeq;
  for (const auto& issue : scenario.space.issues()) emit_issue(out, issue);
  out << YAML::EndSeq;
  out << YAML::Key << "parties" << YAML::Value << YAML::BeginSeq;
  for (const auto& party : scenario.parties) emit_party(out, scenario.space, party);
  out << YAML::EndSeq << YAML::EndMap;
  if (!out.good()) throw std::logic_error("YAML emitter failed: " + out.GetLastError());
  return std::string(out.c_str()) + "\n";
}

void write_yaml_scenario(const Scenario& scenario, const std::filesystem::path& file, bool overwrite) {
  namespace fs = std::filesystem;
  if (fs::is_directory(file)) throw InputError(SourceLocation{file.string()}, "is a folder; expected a .yaml file name");
  std::error_code exists_error;
  if (fs::symlink_status(file, exists_error).type() != fs::file_type::not_found && !overwrite)
    throw InputError(SourceLocation{file.string()}, "already exists; refusing to overwrite it (use --force)");
  const std::string text = to_yaml(scenario);
  std::error_code error;
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), error);
  if (error) throw InputError(SourceLocation{file.string()}, "cannot create its folder: " + error.message());
  write_file_atomically(file, text, overwrite ? WriteMode::replace : WriteMode::create_new);
}

}  // namespace parley::io
