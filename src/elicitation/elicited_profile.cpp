#include "parley/elicitation/elicited_profile.hpp"

#include <cmath>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace parley::elicitation {
namespace {

double rounded(double value, double unit) { return std::round(value / unit) * unit; }

}  // namespace

std::string elicited_profile_yaml(const OutcomeSpace& space, const std::string& party_key,
                                  const std::string& scenario_name, const ElicitationSession& session,
                                  const std::string& date) {
  const auto& statements = session.statements();
  const auto& estimate = session.estimate();
  const auto& ranges = session.weight_ranges();
  const auto from = fmt::format("from {} comparison{} on {}", statements.size(), statements.size() == 1 ? "" : "s",
                                date);
  std::string header = fmt::format(
      "# {}'s preferences in {}, elicited with `parley elicit` {}.\n"
      "# Paste the entry under `preferences:` of a snapshot (docs/elicitation.md). The answers:\n",
      party_key, scenario_name, from);
  for (std::size_t c = 0; c < statements.size(); ++c)
    header += fmt::format("#   {}. {} {} {}\n", c + 1, space.describe(statements[c].better),
                          statements[c].indifferent ? "~" : ">", space.describe(statements[c].worse));
  if (session.set_aside() > 0)
    header += fmt::format("# {} answer(s) contradicted the others and were set aside.\n", session.set_aside());

  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "preferences" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
  out << YAML::Key << "party" << YAML::Value << party_key;
  out << YAML::Key << "issues" << YAML::Value << YAML::BeginMap;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    const auto& issue = space.issue(i);
    out << YAML::Key << issue.name() << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "weight" << YAML::Value << rounded(estimate.weights[i], 1e-4);
    out << YAML::Key << "evaluations" << YAML::Value << YAML::Flow << YAML::BeginMap;
    for (std::size_t k = 0; k < issue.size(); ++k)
      out << YAML::Key << issue.label(k) << YAML::Value << rounded(estimate.evaluations[i][k], 1e-3);
    out << YAML::EndMap;
    const auto range = ranges[i].known ? fmt::format("; the answers allow {:.3f} to {:.3f} (given the best and worst "
                                                     "option found)",
                                                     ranges[i].low, ranges[i].high)
                                       : std::string("; the answers do not yet separate its options");
    out << YAML::Key << "why" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "weight" << YAML::Value << from + range;
    out << YAML::Key << "evaluations" << YAML::Value << from + " (centre of the utilities the answers allow)";
    out << YAML::EndMap << YAML::EndMap;
  }
  out << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
  return header + out.c_str() + "\n";
}

}  // namespace parley::elicitation
