// One dated snapshot: its window, its cited positions and each party's preferences, where
// `inherits` starts a party's preferences from an earlier snapshot and the file then states
// only what changed (docs/SCENARIO_FORMAT.md, "Snapshots").
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "io/yaml_timeline_reader.hpp"
#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"

namespace parley::io::detail {

Snapshot TimelineSectionReader::read_snapshot(const YAML::Node& node) const {
  source_.expect_keys(node, "", {"id", "date", "window", "title", "summary", "positions", "preferences", "influence", "red_lines", "wider_table"});
  Snapshot snapshot;
  snapshot.where = SourceLocation{source_.file(), line_of(node), ""};
  snapshot.id = source_.text(source_.require(node, "", "id"), "id");
  if (const auto* earlier = timeline_.find_snapshot_by_id(snapshot.id))
    source_.fail(node["id"], "id", fmt::format("snapshot '{}' is defined twice (first in {})", snapshot.id, earlier->where.file));
  snapshot.date = read_date(source_.require(node, "", "date"), "date", true);
  const auto window = source_.require(node, "", "window");
  source_.expect_list_of(window, "window", 2, "[first day, last day]");
  snapshot.window_from = read_date(window[0], "window[0]", true);
  snapshot.window_to = read_date(window[1], "window[1]", true);
  if (!(snapshot.window_from <= snapshot.date && snapshot.date <= snapshot.window_to))
    source_.fail(window, "window",
                 fmt::format("the window [{}, {}] must contain the snapshot's date {}", to_string(snapshot.window_from),
                             to_string(snapshot.window_to), to_string(snapshot.date)));
  if (!timeline_.snapshots.empty() && timeline_.snapshots.back().window_to >= snapshot.window_from)
    source_.fail(node["date"], "date",
                 fmt::format("snapshots are listed in time order without overlap, but this one starts on {}, before "
                             "'{}' ends ({})",
                             to_string(snapshot.window_from), timeline_.snapshots.back().id,
                             to_string(timeline_.snapshots.back().window_to)));
  snapshot.title = source_.text(source_.require(node, "", "title"), "title");
  snapshot.summary = optional_text(node, "", "summary");

  const auto positions = source_.require(node, "", "positions");
  source_.expect_list(positions, "positions");
  std::set<std::string> keys;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    const auto path = item_path("positions", i);
    auto position = read_position(positions[i], path);
    if (!keys.insert(position.key()).second)
      source_.fail(positions[i], path, fmt::format("a second position '{}' in this snapshot", position.key()));
    snapshot.positions.push_back(std::move(position));
  }

  const auto preferences = source_.require(node, "", "preferences");
  read_preference_list(preferences, "preferences", snapshot.id, false, snapshot.preferences);
  if (const auto wider = node["wider_table"]) {
    read_preference_list(wider, "wider_table", snapshot.id, true, snapshot.wider_table);
    for (std::size_t i = 0; i < snapshot.wider_table.size(); ++i)
      if (snapshot.find_preferences(snapshot.wider_table[i].party))
        source_.fail(wider[i], item_path("wider_table", i),
                     fmt::format("'{}' is a principal (it has `preferences`); the wider table lists the other parties who decide issues",
                                 snapshot.wider_table[i].party));
  }
  if (const auto influence = node["influence"]) {
    source_.expect_list(influence, "influence");
    std::set<std::string> actors;
    for (std::size_t i = 0; i < influence.size(); ++i) {
      const auto path = item_path("influence", i);
      auto entry = read_influence(influence[i], path);
      if (!actors.insert(entry.actor).second)
        source_.fail(influence[i], path, fmt::format("a second influence entry for '{}'", entry.actor));
      snapshot.influence.push_back(std::move(entry));
    }
  }
  if (const auto red_lines = node["red_lines"]) {
    source_.expect_list(red_lines, "red_lines");
    std::set<std::string> red_keys;
    for (std::size_t i = 0; i < red_lines.size(); ++i) {
      const auto path = item_path("red_lines", i);
      auto red_line = read_red_line(red_lines[i], path);
      if (!red_keys.insert(red_line.key()).second)
        source_.fail(red_lines[i], path, fmt::format("a second red line '{}' in this snapshot (list every rejected option in one)", red_line.key()));
      snapshot.red_lines.push_back(std::move(red_line));
    }
  }
  if (snapshot.preferences.size() < 2)
    source_.fail(preferences, "preferences",
                 fmt::format("a snapshot needs the preferences of at least 2 parties, found {}", snapshot.preferences.size()));
  return snapshot;
}

void TimelineSectionReader::read_preference_list(const YAML::Node& list, const char* section, const std::string& snapshot_id,
                                                 bool wider, std::vector<PartyPreferences>& into) const {
  source_.expect_list(list, section);
  std::set<std::string> parties;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto path = item_path(section, i);
    auto party = read_preferences(list[i], path, wider);
    if (!parties.insert(party.party).second)
      source_.fail(list[i], path, fmt::format("a second set of preferences for '{}'", party.party));
    for (auto& issue : party.issues)
      if (issue.set_in.empty()) issue.set_in = snapshot_id;
    for (auto* judgement : {&party.reservation, &party.capability, party.salience ? &*party.salience : nullptr})
      if (judgement && judgement->set_in.empty()) judgement->set_in = snapshot_id;
    into.push_back(std::move(party));
  }
}

Position TimelineSectionReader::read_position(const YAML::Node& node, const std::string& path) const {
  source_.expect_keys(node, path, {"actor", "issue", "topic", "option", "options", "stance", "summary", "because", "cites"});
  Position position;
  position.where = SourceLocation{source_.file(), line_of(node), path};
  position.actor = actor_reference(source_.require(node, path, "actor"), field_path(path, "actor"));
  position.issue = optional_text(node, path, "issue");
  position.topic = optional_text(node, path, "topic");
  if (position.issue.empty() == position.topic.empty())
    source_.fail(node, path, "a position is about exactly one 'issue' or one 'topic'");
  if (!position.issue.empty()) {
    const auto index = timeline_.space.find_issue(position.issue);
    if (!index) source_.fail(node["issue"], field_path(path, "issue"), fmt::format("unknown issue '{}'{}", position.issue, name_hint(position.issue, issue_names(timeline_.space), "issues")));
    const auto& issue = timeline_.space.issue(*index);
    if (node["option"].IsDefined() == node["options"].IsDefined())
      source_.fail(node, path, "a position on an issue gives either 'option' or 'options' (the options its evidence supports)");
    if (const auto one = node["option"]) position.options.push_back(source_.text(one, field_path(path, "option")));
    else position.options = text_list(node, path, "options");
    if (position.options.empty()) source_.fail(node["options"], field_path(path, "options"), "lists no option");
    for (std::size_t k = 0; k < position.options.size(); ++k)
      if (!issue.find(position.options[k])) {
        const auto at = node["option"].IsDefined() ? node["option"] : node["options"][k];
        source_.fail(at, field_path(path, "options"),
                     fmt::format("'{}' is not an option of issue '{}' (options: {})", position.options[k], issue.name(),
                                 fmt::join(issue.labels(), ", ")));
      }
  } else if (node["option"] || node["options"]) {
    source_.fail(node, path, "a topic position has no options; use 'issue' for positions on an issue");
  }
  auto cited = read_cited_stance(node, path, "position");
  position.stance = cited.stance;
  position.summary = std::move(cited.summary);
  position.because = std::move(cited.because);
  position.citations = std::move(cited.citations);
  return position;
}

// What positions and red lines share: a stance, a summary, the reason of an inference, citations.
TimelineSectionReader::CitedStance TimelineSectionReader::read_cited_stance(const YAML::Node& node, const std::string& path,
                                                                            const std::string& what) const {
  CitedStance cited;
  const auto stance_node = source_.require(node, path, "stance");
  const auto stance = source_.text(stance_node, field_path(path, "stance"));
  if (stance == "stated") cited.stance = Stance::stated;
  else if (stance == "inferred") cited.stance = Stance::inferred;
  else source_.fail(stance_node, field_path(path, "stance"), fmt::format("unknown stance '{}' (expected stated or inferred)", stance));
  cited.summary = required_text(node, path, "summary");
  cited.because = optional_text(node, path, "because");
  if (cited.stance == Stance::inferred && cited.because.empty())
    source_.fail(node, field_path(path, "because"), fmt::format("an inferred {} says 'because' (why it is inferred and from what)", what));
  cited.citations = read_citations(source_.require(node, path, "cites"), field_path(path, "cites"));
  if (cited.citations.empty()) source_.fail(node["cites"], field_path(path, "cites"), fmt::format("a {} cites at least one source", what));
  return cited;
}

ActorInfluence TimelineSectionReader::read_influence(const YAML::Node& node, const std::string& path) const {
  source_.expect_keys(node, path, {"actor", "capability", "salience", "issues"});
  ActorInfluence influence;
  influence.where = SourceLocation{source_.file(), line_of(node), path};
  influence.actor = actor_reference(source_.require(node, path, "actor"), field_path(path, "actor"));
  if (const auto capability = node["capability"])
    influence.capability = read_judgement(capability, field_path(path, "capability"), 0, true, HUGE_VAL);
  if (const auto salience = node["salience"]) influence.salience = read_judgement(salience, field_path(path, "salience"), 0, false, 1);
  if (const auto issues = node["issues"]) {
    const auto issues_path = field_path(path, "issues");
    source_.for_each_entry(issues, issues_path, [&](const std::string& name, const YAML::Node& key, const YAML::Node& value) {
      if (!timeline_.space.find_issue(name))
        source_.fail(key, field_path(issues_path, name),
                     fmt::format("unknown issue '{}'{}", name, name_hint(name, issue_names(timeline_.space), "issues")));
      const auto issue_path = field_path(issues_path, name);
      source_.expect_keys(value, issue_path, {"salience"});
      influence.issue_salience.emplace_back(
          name, read_judgement(source_.require(value, issue_path, "salience"), field_path(issue_path, "salience"), 0, false, 1));
    });
  }
  if (!influence.capability && !influence.salience && influence.issue_salience.empty())
    source_.fail(node, path, "an influence entry gives a capability, a salience or per-issue saliences");
  return influence;
}

RedLine TimelineSectionReader::read_red_line(const YAML::Node& node, const std::string& path) const {
  source_.expect_keys(node, path, {"party", "issue", "rejects", "stance", "summary", "because", "cites"});
  RedLine red_line;
  red_line.where = SourceLocation{source_.file(), line_of(node), path};
  red_line.party = actor_reference(source_.require(node, path, "party"), field_path(path, "party"));
  const auto issue_node = source_.require(node, path, "issue");
  red_line.issue = source_.text(issue_node, field_path(path, "issue"));
  const auto index = timeline_.space.find_issue(red_line.issue);
  if (!index) source_.fail(issue_node, field_path(path, "issue"), fmt::format("unknown issue '{}'{}", red_line.issue, name_hint(red_line.issue, issue_names(timeline_.space), "issues")));
  const auto& issue = timeline_.space.issue(*index);
  source_.require(node, path, "rejects");
  red_line.rejects = text_list(node, path, "rejects");
  for (std::size_t k = 0; k < red_line.rejects.size(); ++k)
    if (!issue.find(red_line.rejects[k]))
      source_.fail(node["rejects"][k], field_path(path, "rejects"),
                   fmt::format("'{}' is not an option of issue '{}' (options: {})", red_line.rejects[k], issue.name(),
                               fmt::join(issue.labels(), ", ")));
  auto cited = read_cited_stance(node, path, "red line");
  red_line.stance = cited.stance;
  red_line.summary = std::move(cited.summary);
  red_line.because = std::move(cited.because);
  red_line.citations = std::move(cited.citations);
  return red_line;
}

Judgement TimelineSectionReader::read_judgement(const YAML::Node& node, const std::string& path, double low,
                                                bool open_low, double high) const {
  source_.expect_keys(node, path, {"value", "why"});
  Judgement judgement;
  const auto value_node = source_.require(node, path, "value");
  judgement.value = source_.finite_number(value_node, field_path(path, "value"));
  const bool fits = (open_low ? judgement.value > low : judgement.value >= low) && judgement.value <= high;
  if (!fits)
    source_.fail(value_node, field_path(path, "value"),
                 fmt::format("{} is not in {}{}, {}]", value_node.Scalar(), open_low ? "(" : "[", low,
                             std::isinf(high) ? std::string("inf") : fmt::format("{}", high)));
  judgement.why = required_text(node, path, "why");
  return judgement;
}

void TimelineSectionReader::read_issue_preference(const YAML::Node& node, const std::string& path, const Issue& issue,
                                                  IssuePreference& preference) const {
  source_.expect_keys(node, path, {"weight", "evaluations", "why"});
  const auto weight_node = source_.require(node, path, "weight");
  preference.weight = source_.finite_number(weight_node, field_path(path, "weight"));
  if (preference.weight < 0) source_.fail(weight_node, field_path(path, "weight"), "a weight is not negative");
  const auto evaluations = source_.require(node, path, "evaluations");
  const auto eval_path = field_path(path, "evaluations");
  preference.evaluations.assign(issue.size(), 0.0);
  std::vector<bool> given(issue.size(), false);
  const auto set = [&](std::size_t k, const YAML::Node& value, const std::string& value_path) {
    const double v = source_.finite_number(value, value_path);
    if (v < 0 || v > 1) source_.fail(value, value_path, fmt::format("evaluation {} is not in [0, 1]", value.Scalar()));
    preference.evaluations[k] = v;
    given[k] = true;
  };
  if (evaluations.IsSequence()) {
    source_.expect_list_of(evaluations, eval_path, issue.size(), "one evaluation per option, in option order");
    for (std::size_t k = 0; k < issue.size(); ++k) set(k, evaluations[k], item_path(eval_path, k));
  } else {
    source_.for_each_entry(evaluations, eval_path, [&](const std::string& label, const YAML::Node& key, const YAML::Node& value) {
      const auto k = issue.find(label);
      if (!k) source_.fail(key, field_path(eval_path, label), fmt::format("'{}' is not an option of issue '{}'", label, issue.name()));
      set(*k, value, field_path(eval_path, label));
    });
    for (std::size_t k = 0; k < issue.size(); ++k)
      if (!given[k]) source_.fail(evaluations, eval_path, fmt::format("no evaluation for option '{}'", issue.label(k)));
  }
  const auto why = source_.require(node, path, "why");
  const auto why_path = field_path(path, "why");
  source_.expect_keys(why, why_path, {"weight", "evaluations"});
  preference.why_weight = required_text(why, why_path, "weight");
  preference.why_evaluations = required_text(why, why_path, "evaluations");
  preference.set_in.clear();
}

PartyPreferences TimelineSectionReader::read_preferences(const YAML::Node& node, const std::string& path, bool wider) const {
  source_.expect_keys(node, path, {"party", "inherits", "reservation", "capability", "salience", "issues"});
  PartyPreferences preferences;
  preferences.where = SourceLocation{source_.file(), line_of(node), path};
  const auto party_node = source_.require(node, path, "party");
  preferences.party = wider ? actor_or_bloc_reference(party_node, field_path(path, "party"))
                            : actor_reference(party_node, field_path(path, "party"));
  const auto& space = timeline_.space;
  if (const auto inherits = node["inherits"]) {
    preferences.inherits = source_.text(inherits, field_path(path, "inherits"));
    const auto* earlier = timeline_.find_snapshot_by_id(preferences.inherits);
    if (!earlier)
      source_.fail(inherits, field_path(path, "inherits"),
                   fmt::format("'{}' is not an earlier snapshot (a snapshot inherits only from one listed before it)",
                               preferences.inherits));
    const auto* base = wider ? earlier->find_wider_preferences(preferences.party) : earlier->find_preferences(preferences.party);
    if (!base)
      source_.fail(inherits, field_path(path, "inherits"),
                   fmt::format("snapshot '{}' has no {} for '{}'", preferences.inherits, wider ? "wider_table entry" : "preferences",
                               preferences.party));
    const auto inherits_name = preferences.inherits;
    const auto where = preferences.where;
    preferences = *base;
    preferences.inherits = inherits_name;
    preferences.where = where;
  } else {
    preferences.issues.assign(space.issue_count(), IssuePreference{});
  }
  const bool inherited = !preferences.inherits.empty();
  const auto judgement = [&](const char* key, double low, bool open_low, double high, Judgement& into) {
    const auto value = node[key];
    if (value.IsDefined()) into = read_judgement(value, field_path(path, key), low, open_low, high);
    else if (!inherited) source_.fail(node, field_path(path, key), fmt::format("missing required field '{}'", key));
  };
  judgement("reservation", 0, false, 1, preferences.reservation);
  judgement("capability", 0, true, HUGE_VAL, preferences.capability);
  if (const auto salience = node["salience"]) preferences.salience = read_judgement(salience, field_path(path, "salience"), 0, false, 1);

  const auto issues = node["issues"];
  const auto issues_path = field_path(path, "issues");
  std::vector<bool> given(space.issue_count(), false);
  if (issues.IsDefined())
    source_.for_each_entry(issues, issues_path, [&](const std::string& name, const YAML::Node& key, const YAML::Node& value) {
      const auto index = space.find_issue(name);
      if (!index)
        source_.fail(key, field_path(issues_path, name), fmt::format("unknown issue '{}'{}", name, name_hint(name, issue_names(space), "issues")));
      read_issue_preference(value, field_path(issues_path, name), space.issue(*index), preferences.issues[*index]);
      given[*index] = true;
    });
  else if (!inherited)
    source_.fail(node, issues_path, "missing required field 'issues'");
  if (!inherited)
    for (std::size_t i = 0; i < space.issue_count(); ++i)
      if (!given[i])
        source_.fail(issues.IsDefined() ? issues : node, issues_path,
                     fmt::format("no weight and evaluations for issue '{}'", space.issue(i).name()));
  double total = 0;
  for (const auto& issue : preferences.issues) total += issue.weight;
  if (total <= 0) source_.fail(issues.IsDefined() ? issues : node, issues_path, "all weights are 0");
  return preferences;
}

}  // namespace parley::io::detail
