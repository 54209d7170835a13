#include "parley/model/timeline.hpp"
#include "model/timeline_parties.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "parley/model/did_you_mean.hpp"

namespace parley {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

// Reads exactly `digits` decimal digits.
std::optional<int> fixed_digits(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

std::string snapshot_list(const Timeline& timeline) {
  std::string list;
  for (const auto& snapshot : timeline.snapshots)
    list += fmt::format("{}{} ({})", list.empty() ? "" : ", ", snapshot.id, to_string(snapshot.date));
  return list;
}

}  // namespace

Date Date::first_day() const { return Date{year, month == 0 ? 1 : month, day == 0 ? 1 : day}; }

Date Date::last_day() const {
  const int last_month = month == 0 ? 12 : month;
  return Date{year, last_month, day == 0 ? days_in_month(year, last_month) : day};
}

std::optional<Date> parse_date(std::string_view text) {
  Date date;
  const auto year = fixed_digits(text.substr(0, 4), 4);
  if (!year || *year < 1) return std::nullopt;
  date.year = *year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const auto month = fixed_digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto day = fixed_digits(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  return date;
}

std::string to_string(const Date& date) {
  if (date.month == 0) return fmt::format("{:04}", date.year);
  if (date.day == 0) return fmt::format("{:04}-{:02}", date.year, date.month);
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string_view to_string(CitationForm form) {
  switch (form) {
    case CitationForm::said: return "said";
    case CitationForm::reported: return "reported";
    case CitationForm::narrated: return "narrated";
  }
  return "said";
}

std::optional<CitationForm> citation_form_from_string(std::string_view text) {
  if (text == "said") return CitationForm::said;
  if (text == "reported") return CitationForm::reported;
  if (text == "narrated") return CitationForm::narrated;
  return std::nullopt;
}

std::string_view to_string(Stance stance) { return stance == Stance::stated ? "stated" : "inferred"; }

const Position* Snapshot::find_position(std::string_view key) const {
  const auto it = std::find_if(positions.begin(), positions.end(), [&](const Position& p) { return p.key() == key; });
  return it == positions.end() ? nullptr : &*it;
}

const PartyPreferences* Snapshot::find_preferences(std::string_view party) const {
  const auto it = std::find_if(preferences.begin(), preferences.end(),
                               [&](const PartyPreferences& p) { return p.party == party; });
  return it == preferences.end() ? nullptr : &*it;
}

const PartyPreferences* Snapshot::find_wider_preferences(std::string_view party) const {
  const auto it = std::find_if(wider_table.begin(), wider_table.end(), [&](const PartyPreferences& p) { return p.party == party; });
  return it == wider_table.end() ? nullptr : &*it;
}

const Actor* Timeline::find_actor(std::string_view id) const { return find_by_id(actors, id); }
const Bloc* Timeline::find_bloc(std::string_view id) const { return find_by_id(blocs, id); }
const IssueOwners* Timeline::find_issue_owners(std::string_view issue) const {
  const auto it = std::find_if(issue_owners.begin(), issue_owners.end(), [&](const IssueOwners& o) { return o.issue == issue; });
  return it == issue_owners.end() ? nullptr : &*it;
}
const Person* Timeline::find_person(std::string_view id) const { return find_by_id(people, id); }
const Source* Timeline::find_source(std::string_view id) const { return find_by_id(sources, id); }
const Snapshot* Timeline::find_snapshot_by_id(std::string_view id) const { return find_by_id(snapshots, id); }

Date Timeline::start() const { return snapshots.empty() ? Date{} : snapshots.front().window_from; }
Date Timeline::end() const { return snapshots.empty() ? Date{} : snapshots.back().window_to; }

const Snapshot& latest_snapshot(const Timeline& timeline) {
  if (timeline.snapshots.empty()) throw InputError(SourceLocation{timeline.folder}, "the timeline has no snapshots");
  return timeline.snapshots.back();
}

std::vector<std::string> snapshot_ids(const Timeline& timeline) {
  std::vector<std::string> ids;
  for (const auto& snapshot : timeline.snapshots) ids.push_back(snapshot.id);
  return ids;
}

const Snapshot& find_snapshot(const Timeline& timeline, std::string_view id_or_date) {
  if (const auto* snapshot = timeline.find_snapshot_by_id(id_or_date)) return *snapshot;
  const auto date = parse_date(id_or_date);
  if (!date) {
    throw InputError(SourceLocation{timeline.folder, 0, "snapshot"},
                     fmt::format("'{}' is neither a snapshot id nor a date (YYYY, YYYY-MM or YYYY-MM-DD){}; snapshots: {}",
                                 id_or_date, name_hint(id_or_date, snapshot_ids(timeline), ""), snapshot_list(timeline)));
  }
  const Date until = date->last_day();
  const Snapshot* chosen = nullptr;
  for (const auto& snapshot : timeline.snapshots)
    if (snapshot.date <= until) chosen = &snapshot;
  if (!chosen)
    throw InputError(SourceLocation{timeline.folder, 0, "snapshot"},
                     fmt::format("no snapshot is dated on or before {}; snapshots: {}", to_string(until),
                                 snapshot_list(timeline)));
  return *chosen;
}

std::string snapshot_choice_note(const Timeline& timeline, std::string_view id_or_date) {
  if (id_or_date.empty()) return "";
  const auto& chosen = find_snapshot(timeline, id_or_date);
  if (chosen.id == id_or_date) return "";
  const auto date = parse_date(id_or_date);
  if (date && *date == chosen.date) return "";
  return fmt::format("--at {} means the latest snapshot dated on or before {}: {} ({}, {})", id_or_date,
                     to_string(date->last_day()), chosen.id, chosen.title, to_string(chosen.date));
}

Party party_from_preferences(const PartyPreferences& preferences, std::string name, std::string role, std::string description) {
  Party party;
  party.name = std::move(name);
  party.role = std::move(role);
  party.description = std::move(description);
  party.reservation_value = preferences.reservation.value;
  party.capability = preferences.capability.value;
  if (preferences.salience) party.salience = preferences.salience->value;
  AdditiveUtility additive;
  double total = 0;
  for (const auto& issue : preferences.issues) total += issue.weight;
  for (const auto& issue : preferences.issues) {
    additive.weights.push_back(total > 0 ? issue.weight / total : 0.0);
    additive.evaluations.push_back(issue.evaluations);
  }
  party.utility = UtilityFunction(std::move(additive));
  return party;
}

Scenario principals_scenario(const Timeline& timeline, const Snapshot& snapshot) {
  Scenario scenario;
  scenario.name = fmt::format("{} — {} ({})", timeline.name, snapshot.title, to_string(snapshot.date));
  scenario.description = snapshot.summary;
  scenario.space = timeline.space;
  scenario.source = snapshot.where.file.empty() ? timeline.folder : snapshot.where.file;
  // Parties in actor order, so that every snapshot lists them the same way.
  for (const auto& actor : timeline.actors)
    if (const auto* preferences = snapshot.find_preferences(actor.id))
      scenario.parties.push_back(party_from_preferences(*preferences, actor.name, actor.role, actor.description));
  return scenario;
}

void add_red_lines_in_force(const Timeline& timeline, const Snapshot& snapshot, Scenario& scenario) {
  // The red lines in force at this snapshot (stated here or carried), on the parties they bind.
  std::size_t index = 0;
  while (index < timeline.snapshots.size() && &timeline.snapshots[index] != &snapshot) ++index;
  if (index < timeline.snapshots.size())
    for (const auto& at : red_lines_at(timeline, index)) {
      const auto& red_line = *at.red_line;
      const auto* actor = timeline.find_actor(red_line.party);
      const auto party = actor ? scenario.find_party(actor->name) : std::nullopt;
      const auto issue = scenario.space.find_issue(red_line.issue);
      if (!party || !issue) continue;  // a red line of an actor without preferences binds no party here
      RedLineConstraint constraint;
      constraint.issue = *issue;
      for (const auto& label : red_line.rejects)
        if (const auto k = scenario.space.issue(*issue).find(label)) constraint.rejected.push_back(static_cast<std::uint32_t>(*k));
      std::sort(constraint.rejected.begin(), constraint.rejected.end());
      constraint.description = fmt::format("{} will not sign {} = {}", actor->name, red_line.issue, fmt::join(red_line.rejects, " | "));
      scenario.parties[*party].red_lines.push_back(std::move(constraint));
    }
}

Scenario scenario_at(const Timeline& timeline, const Snapshot& snapshot) {
  auto scenario = principals_scenario(timeline, snapshot);
  add_red_lines_in_force(timeline, snapshot, scenario);
  validate_scenario(scenario);
  return scenario;
}

Scenario scenario_at(const Timeline& timeline, std::string_view id_or_date) {
  return scenario_at(timeline, find_snapshot(timeline, id_or_date));
}

std::optional<PositionAt> latest_position(const Timeline& timeline, std::size_t index, std::string_view key) {
  for (std::size_t i = std::min(index + 1, timeline.snapshots.size()); i-- > 0;)
    if (const auto* position = timeline.snapshots[i].find_position(key)) return PositionAt{position, i};
  return std::nullopt;
}

std::vector<RedLineAt> red_lines_at(const Timeline& timeline, std::size_t index) {
  std::vector<RedLineAt> in_force;
  std::vector<std::string> seen;
  for (std::size_t i = std::min(index + 1, timeline.snapshots.size()); i-- > 0;)
    for (const auto& red_line : timeline.snapshots[i].red_lines) {
      if (std::find(seen.begin(), seen.end(), red_line.key()) != seen.end()) continue;
      seen.push_back(red_line.key());
      if (!red_line.rejects.empty()) in_force.push_back(RedLineAt{&red_line, i});
    }
  // In the order they were stated: oldest snapshot first, file order within one.
  std::stable_sort(in_force.begin(), in_force.end(),
                   [](const RedLineAt& a, const RedLineAt& b) { return a.snapshot_index < b.snapshot_index; });
  return in_force;
}

void for_each_citation(const Timeline& timeline,
                       const std::function<void(const Citation&, const CitationContext&)>& visit) {
  for (const auto& actor : timeline.actors)
    for (const auto& citation : actor.citations) visit(citation, CitationContext{"actor " + actor.id});
  for (const auto& snapshot : timeline.snapshots)
    for (const auto& position : snapshot.positions)
      for (const auto& citation : position.citations)
        visit(citation, CitationContext{fmt::format("snapshot {}, position {}", snapshot.id, position.key()), &snapshot,
                                        &position});
  for (const auto& snapshot : timeline.snapshots)
    for (const auto& red_line : snapshot.red_lines)
      for (const auto& citation : red_line.citations)
        visit(citation, CitationContext{fmt::format("snapshot {}, red line {}", snapshot.id, red_line.key()), &snapshot});
  for (const auto& bloc : timeline.blocs)
    for (const auto& citation : bloc.citations) visit(citation, CitationContext{"bloc " + bloc.id});
  for (const auto& owners : timeline.issue_owners)
    for (const auto& citation : owners.citations) visit(citation, CitationContext{"issue owners of " + owners.issue});
  for (const auto& claim : timeline.claims)
    for (const auto& side : claim.sides)
      for (const auto& citation : side.citations)
        visit(citation, CitationContext{fmt::format("claim {}, side {}", claim.id,
                                                    side.actor.empty() ? side.label : side.actor)});
}

}  // namespace parley
