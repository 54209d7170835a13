// Writing GENIUS XML: Scenario ──▶ <name>_domain.xml + <party>.xml per party.
//
// Reading the written folder back gives the same scenario for everything GENIUS can hold:
//  * labelled issues become discrete issues; integer issues stay integer issues when every
//    additive party's table is a clamped line (written as <evaluator ftype="linear" slope
//    offset>, x = v − lowerbound), otherwise they are written as discrete issues whose values
//    are the numbers; real issues likewise (<range>, parameter0/parameter1 with x = v; read
//    back they are re-discretised with GeniusReadOptions::real_issue_steps);
//  * discrete evaluations are written as they are, so each issue's largest evaluation must
//    be 1 (or all 0): GENIUS divides by the maximum, and a table topping out below 1 cannot
//    be written without changing utilities (InputError);
//  * hyper-rectangle parties become nonlinear profiles; a rectangle with excluded bounds is
//    written as EXCLUDES when it has a single bound, otherwise as the include-only
//    rectangles covering the same outcomes (see genius_xml/profile_parts.hpp).
// Capability, salience, role and descriptions have no place in GENIUS files and are dropped.
#include <algorithm>
#include <cmath>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "io/genius_common/linear_fit.hpp"
#include "io/genius_common/source_text.hpp"
#include "io/genius_xml/uncertain_settings.hpp"
#include "parley/io/genius_xml.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;
using detail::Line;

enum class Form { discrete, integer, real };

struct IssueForm {
  Form form = Form::discrete;
  std::vector<Line> lines;  // per party (additive parties only), when numeric
};

std::string number(double value) { return fmt::format("{}", value); }
std::string integer(double value) { return std::to_string(static_cast<std::int64_t>(value)); }

std::vector<double> evaluator_inputs(const Issue& issue, Form form) {
  std::vector<double> xs(issue.size());
  for (std::size_t k = 0; k < xs.size(); ++k)
    xs[k] = issue.numeric_value(k) - (form == Form::integer ? issue.lower() : 0.0);
  return xs;
}

std::vector<IssueForm> choose_forms(const Scenario& scenario) {
  std::vector<IssueForm> forms;
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    IssueForm chosen;
    if (issue.is_numeric()) {
      const Form form = issue.kind() == IssueKind::integer ? Form::integer : Form::real;
      const auto xs = evaluator_inputs(issue, form);
      chosen.form = form;
      for (const auto& party : scenario.parties) {
        if (!party.utility.is_additive()) {
          chosen.lines.emplace_back();
          continue;
        }
        const auto line = detail::fit_line(xs, party.utility.additive().evaluations[i], true);
        if (!line) {
          chosen = IssueForm{};  // not a line for this party: list the values instead
          break;
        }
        chosen.lines.push_back(*line);
      }
    }
    forms.push_back(std::move(chosen));
  }
  return forms;
}

pugi::xml_node add_objective(pugi::xml_node parent, const std::string& name) {
  auto objective = parent.append_child("objective");
  objective.append_attribute("index") = "0";
  objective.append_attribute("etype") = "objective";
  objective.append_attribute("type") = "objective";
  objective.append_attribute("description") = "";
  objective.append_attribute("name") = name.c_str();
  return objective;
}

pugi::xml_node add_issue(pugi::xml_node objective, const Issue& issue, std::size_t i, Form form) {
  auto element = objective.append_child("issue");
  element.append_attribute("index") = static_cast<unsigned long long>(i + 1);
  const char* type = form == Form::discrete ? "discrete" : form == Form::integer ? "integer" : "real";
  for (const char* attribute : {"etype", "type", "vtype"}) element.append_attribute(attribute) = type;
  element.append_attribute("name") = issue.name().c_str();
  if (form == Form::integer) {
    element.append_attribute("lowerbound") = integer(issue.lower()).c_str();
    element.append_attribute("upperbound") = integer(issue.upper()).c_str();
  } else if (form == Form::real) {
    auto range = element.append_child("range");  // GENIUS EvaluatorReal reads the bounds here
    range.append_attribute("lowerbound") = number(issue.lower()).c_str();
    range.append_attribute("upperbound") = number(issue.upper()).c_str();
  }
  return element;
}

void add_items(pugi::xml_node element, const Issue& issue, const std::vector<double>* evaluations) {
  for (std::size_t k = 0; k < issue.size(); ++k) {
    auto item = element.append_child("item");
    item.append_attribute("index") = static_cast<unsigned long long>(k + 1);
    item.append_attribute("value") = issue.label(k).c_str();
    if (evaluations) item.append_attribute("evaluation") = number((*evaluations)[k]).c_str();
  }
}

std::string to_text(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ");
  return out.str();
}

std::string domain_xml(const Scenario& scenario, const std::vector<IssueForm>& forms) {
  pugi::xml_document document;
  auto space = document.append_child("negotiation_template").append_child("utility_space");
  space.append_attribute("number_of_issues") = static_cast<unsigned long long>(scenario.space.issue_count());
  auto objective = add_objective(space, scenario.name);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const auto element = add_issue(objective, scenario.space.issue(i), i, forms[i].form);
    if (forms[i].form == Form::discrete) add_items(element, scenario.space.issue(i), nullptr);
  }
  return to_text(document);
}

class ProfileWriter {
 public:
  ProfileWriter(const Scenario& scenario, const std::vector<IssueForm>& forms, std::size_t party)
      : scenario_(scenario), forms_(forms), party_(party), where_(fmt::format("party '{}'", scenario.parties[party].name)) {}

  std::string xml() const {
    pugi::xml_document document;
    auto root = document.append_child("utility_space");
    auto objective = add_objective(root, scenario_.name);
    const auto& party = scenario_.parties[party_];
    if (party.utility.is_additive()) {
      add_additive(objective, party.utility.additive());
    } else {
      root.prepend_attribute("type") = "nonlinear";
      add_rectangles(objective, party.utility.hyper_rectangles());
    }
    root.append_child("reservation").append_attribute("value") = number(party.reservation_value).c_str();
    root.append_child("discount_factor").append_attribute("value") = number(party.discount_factor).c_str();
    if (party.user_model) add_user_model(root, party);
    return to_text(document);
  }

 private:
  // GENIUS UNCERTAIN profiles hold the true additive utility and the settings only.
  void add_user_model(pugi::xml_node root, const Party& party) const {
    const auto& model = *party.user_model;
    const auto fail = [&](const std::string& problem) {
      throw InputError(SourceLocation{scenario_.source, 0, where_ + ".user_model"}, problem);
    };
    if (!model.utility_known)
      fail("the party's utility is an estimate from comparisons; a GENIUS UNCERTAIN profile must hold the true "
           "utility (write YAML or GeniusWeb to keep the comparisons)");
    if (model.has_statements())
      fail("GENIUS UNCERTAIN profiles cannot hold a stated ranking or comparisons (GENIUS draws the ranking from the "
           "utility); write YAML or GeniusWeb to keep them");
    if (!party.utility.is_additive()) fail("GENIUS UNCERTAIN profiles are additive; this party's utility is not");
    root.prepend_attribute("type") = "UNCERTAIN";  // additive profiles carry no type attribute
    detail::add_uncertain_settings(root, model);
  }

  void add_additive(pugi::xml_node objective, const AdditiveUtility& utility) const {
    for (std::size_t i = 0; i < forms_.size(); ++i) {
      const auto& issue = scenario_.space.issue(i);
      auto element = add_issue(objective, issue, i, forms_[i].form);
      if (forms_[i].form == Form::discrete) {
        const auto& evaluations = utility.evaluations[i];
        const double maximum = *std::max_element(evaluations.begin(), evaluations.end());
        if (maximum > 1e-12 && std::abs(maximum - 1) > 1e-9)
          throw InputError(SourceLocation{scenario_.source, 0, where_ + ".evaluations." + issue.name()},
                           fmt::format("the best evaluation of issue '{}' is {}, not 1; GENIUS divides evaluations by "
                                       "their maximum, so this table cannot be written without changing utilities",
                                       issue.name(), maximum));
        add_items(element, issue, &evaluations);
        continue;
      }
      const auto& line = forms_[i].lines[party_];
      auto evaluator = element.append_child("evaluator");
      evaluator.append_attribute("ftype") = "linear";
      if (forms_[i].form == Form::integer) {
        evaluator.append_attribute("slope") = number(line.slope).c_str();
        evaluator.append_attribute("offset") = number(line.offset).c_str();
      } else {
        evaluator.append_attribute("parameter0") = number(line.offset).c_str();
        evaluator.append_attribute("parameter1") = number(line.slope).c_str();
      }
    }
    for (std::size_t i = 0; i < forms_.size(); ++i) {
      auto weight = objective.append_child("weight");
      weight.append_attribute("index") = static_cast<unsigned long long>(i + 1);
      weight.append_attribute("value") = number(utility.weights[i]).c_str();
    }
  }

  void add_bound(pugi::xml_node rectangle, const char* kind, std::uint32_t issue, std::uint32_t first,
                 std::uint32_t last) const {
    const double lower = scenario_.space.issue(issue).lower();
    auto bound = rectangle.append_child(kind);
    bound.append_attribute("index") = static_cast<unsigned long long>(issue + 1);
    bound.append_attribute("min") = integer(lower + first).c_str();
    bound.append_attribute("max") = integer(lower + last).c_str();
  }

  // Include-only rectangles covering `rectangle` (its excluded bounds split into the ranges
  // below and above them).
  void add_expanded(pugi::xml_node ufun, const HyperRectangle& rectangle) const {
    std::vector<std::vector<RectangleBound>> choices;
    for (const auto& bound : rectangle.bounds) {
      if (!bound.excluded) {
        choices.push_back({bound});
        continue;
      }
      const auto size = static_cast<std::uint32_t>(scenario_.space.issue(bound.issue).size());
      std::vector<RectangleBound> outside;
      if (bound.first > 0) outside.push_back({bound.issue, 0, bound.first - 1, false});
      if (bound.last + 1 < size) outside.push_back({bound.issue, bound.last + 1, size - 1, false});
      if (outside.empty()) return;  // the bound excludes every value: the rectangle never counts
      choices.push_back(std::move(outside));
    }
    std::vector<std::size_t> pick(choices.size(), 0);
    while (true) {
      auto element = ufun.append_child("hyperRectangle");
      element.append_attribute("utility") = number(rectangle.utility).c_str();
      for (std::size_t c = 0; c < choices.size(); ++c) {
        const auto& bound = choices[c][pick[c]];
        add_bound(element, "INCLUDES", bound.issue, bound.first, bound.last);
      }
      std::size_t c = 0;
      while (c < choices.size() && ++pick[c] == choices[c].size()) pick[c++] = 0;
      if (c == choices.size()) return;
    }
  }

  void add_rectangles(pugi::xml_node objective, const HyperRectangleUtility& utility) const {
    for (std::size_t i = 0; i < forms_.size(); ++i) add_issue(objective, scenario_.space.issue(i), i, forms_[i].form);
    auto holder = objective.append_child("utility");
    holder.append_attribute("maxutility") = number(utility.normaliser).c_str();
    auto ufun = holder.append_child("ufun");
    ufun.append_attribute("type") = "PlainUfun";
    ufun.append_attribute("weight") = "1";
    ufun.append_attribute("aggregation") = "sum";
    for (const auto& rectangle : utility.rectangles) {
      for (const auto& bound : rectangle.bounds)
        if (forms_[bound.issue].form != Form::integer)
          throw InputError(SourceLocation{scenario_.source, 0, where_ + ".rectangles"},
                           fmt::format("GENIUS hyper-rectangles need integer issues; issue '{}' is not one",
                                       scenario_.space.issue(bound.issue).name()));
      const bool excludes = std::any_of(rectangle.bounds.begin(), rectangle.bounds.end(),
                                        [](const RectangleBound& b) { return b.excluded; });
      if (excludes && rectangle.bounds.size() > 1) {
        add_expanded(ufun, rectangle);
        continue;
      }
      auto element = ufun.append_child("hyperRectangle");
      element.append_attribute("utility") = number(rectangle.utility).c_str();
      for (const auto& bound : rectangle.bounds)
        add_bound(element, bound.excluded ? "EXCLUDES" : "INCLUDES", bound.issue, bound.first, bound.last);
    }
  }

  const Scenario& scenario_;
  const std::vector<IssueForm>& forms_;
  std::size_t party_;
  std::string where_;
};

}  // namespace

void write_genius_folder(const Scenario& scenario, const fs::path& folder, bool overwrite) {
  validate_scenario(scenario);
  const auto stem = detail::checked_file_stem(scenario.name.empty() ? "scenario" : scenario.name, "scenario name");
  detail::OutputFiles files;
  const auto forms = choose_forms(scenario);
  files.emplace_back(folder / (stem + "_domain.xml"), domain_xml(scenario, forms));
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const auto& name = scenario.parties[p].name;
    if (name == stem + "_domain")
      throw InputError(fmt::format("party '{}' would overwrite the domain file; rename the party", name));
    files.emplace_back(folder / (detail::checked_file_stem(name, "party name") + ".xml"),
                       ProfileWriter(scenario, forms, p).xml());
  }
  detail::write_files(folder, files, overwrite);
}

}  // namespace parley::io
