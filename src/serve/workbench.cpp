// Workbench: loading, the scenario and snapshot views, the agent catalog.
#include "parley/serve/workbench.hpp"

#include <fstream>
#include <mutex>
#include <sstream>
#include <shared_mutex>

#include <fmt/format.h>

#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/catalog_json.hpp"
#include "serve/workbench_state.hpp"

namespace parley::serve {

namespace detail {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ApiError(500, fmt::format("cannot read {}", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::shared_ptr<const Workbench::State> load_state(const std::filesystem::path& path, std::uint64_t generation) {
  auto state = std::make_shared<Workbench::State>();
  state->path = path;
  state->generation = generation;
  state->format = io::detect_format(path);
  const bool is_folder = std::filesystem::is_directory(path);
  state->folder = std::filesystem::weakly_canonical(is_folder ? path : path.parent_path().empty() ? "." : path.parent_path());
  auto keep = [&](const std::string& file) {
    if (file.empty()) return;
    const auto canonical = std::filesystem::weakly_canonical(file);
    if (!state->files.count(canonical)) state->files[canonical] = read_text(canonical);
  };
  if (io::has_timeline(path)) {
    state->timeline = io::read_timeline(path);
    state->scenario = parley::scenario_at(*state->timeline, latest_snapshot(*state->timeline));
    keep((is_folder ? path / "scenario.yaml" : path).string());
    for (const auto& snapshot : state->timeline->snapshots) keep(snapshot.where.file);
    for (const auto& claim : state->timeline->claims) keep(claim.where.file);
  } else {
    state->scenario = io::load_scenario(path);
    if (state->format == io::ScenarioFormat::yaml) keep((is_folder ? path / "scenario.yaml" : path).string());
  }
  return state;
}

}  // namespace detail

Scenario Workbench::State::scenario_at(std::string_view at) const {
  if (at.empty()) return scenario;
  if (!timeline) throw ApiError(400, fmt::format("'at' ({}) needs a dated scenario; this one has no snapshots", at));
  return parley::scenario_at(*timeline, at);
}

Workbench::Workbench(std::filesystem::path path, WorkbenchOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->path = std::move(path);
  impl_->options = options;
  impl_->state = detail::load_state(impl_->path);
}

Workbench::~Workbench() = default;

const std::filesystem::path& Workbench::path() const { return impl_->path; }
bool Workbench::read_only() const { return impl_->options.read_only; }

std::shared_ptr<const Workbench::State> Workbench::state() const {
  std::shared_lock guard(impl_->lock);
  return impl_->state;
}

void Workbench::replace_state(std::shared_ptr<const State> state) {
  std::unique_lock guard(impl_->lock);
  impl_->state = std::move(state);
}

namespace {

Json citation_json(const Timeline& timeline, const Citation& citation) {
  Json out{{"source", citation.source}, {"quote", citation.quote}, {"form", to_string(citation.form)}};
  if (!citation.speaker.empty()) {
    out["speaker"] = citation.speaker;
    if (const auto* person = timeline.find_person(citation.speaker)) {
      out["speaker_name"] = person->name;
      out["speaker_party"] = person->party;
    }
  }
  if (!citation.about.empty()) out["about"] = citation.about;
  const auto* source = timeline.find_source(citation.source);
  if (citation.date) out["date"] = to_string(*citation.date);
  else if (source) out["date"] = to_string(source->published);
  if (source) out["outlet"] = source->outlet;
  out["file"] = citation.where.file;
  out["line"] = citation.where.line;
  return out;
}

Json position_json(const Timeline& timeline, const Position& position) {
  Json cites = Json::array();
  for (const auto& citation : position.citations) cites.push_back(citation_json(timeline, citation));
  Json out{{"key", position.key()}, {"actor", position.actor}};
  if (const auto* actor = timeline.find_actor(position.actor)) out["actor_name"] = actor->name;
  if (!position.issue.empty()) out["issue"] = position.issue;
  else out["topic"] = position.topic;
  out["options"] = position.options;
  out["stance"] = to_string(position.stance);
  out["summary"] = position.summary;
  if (!position.because.empty()) out["because"] = position.because;
  out["cites"] = cites;
  out["file"] = position.where.file;
  out["line"] = position.where.line;
  out["field"] = position.where.field;
  return out;
}

Json judgement_json(const Judgement& judgement) {
  return Json{{"value", judgement.value}, {"why", judgement.why}, {"set_in", judgement.set_in}};
}

Json preferences_json(const Timeline& timeline, const PartyPreferences& preferences) {
  Json issues = Json::array();
  for (std::size_t i = 0; i < preferences.issues.size(); ++i) {
    const auto& issue = preferences.issues[i];
    Json evaluations = Json::object();
    const auto& space_issue = timeline.space.issue(i);
    for (std::size_t v = 0; v < issue.evaluations.size() && v < space_issue.size(); ++v)
      evaluations[space_issue.label(v)] = issue.evaluations[v];
    issues.push_back(Json{{"issue", space_issue.name()},
                          {"weight", issue.weight},
                          {"evaluations", evaluations},
                          {"why_weight", issue.why_weight},
                          {"why_evaluations", issue.why_evaluations},
                          {"set_in", issue.set_in}});
  }
  Json out{{"party", preferences.party}};
  if (const auto* actor = timeline.find_actor(preferences.party)) out["name"] = actor->name;
  out["reservation"] = judgement_json(preferences.reservation);
  out["capability"] = judgement_json(preferences.capability);
  if (preferences.salience) out["salience"] = judgement_json(*preferences.salience);
  out["inherits"] = preferences.inherits;
  out["issues"] = issues;
  out["file"] = preferences.where.file;
  out["line"] = preferences.where.line;
  return out;
}

}  // namespace

Json Workbench::scenario() const {
  const auto s = state();
  const auto& scenario = s->scenario;
  Json parties = Json::array(), issues = Json::array();
  for (const auto& party : scenario.parties)
    parties.push_back(Json{{"name", party.name},
                           {"reservation", party.reservation_value},
                           {"utility", party.utility.is_additive() ? "additive" : "hyper-rectangles"}});
  for (const auto& issue : scenario.space.issues()) {
    Json values = Json::array();
    for (std::size_t v = 0; v < issue.size(); ++v) values.push_back(issue.label(v));
    issues.push_back(Json{{"name", issue.name()}, {"values", values}});
  }
  Json out{{"name", s->timeline ? s->timeline->name : scenario.name},
           {"path", s->path.string()},
           {"format", io::to_string(s->format)},
           {"read_only", read_only()},
           {"generation", s->generation},
           {"parties", parties},
           {"issues", issues},
           {"outcomes", scenario.space.cardinality().decimal()},
           {"timeline", nullptr}};
  if (s->timeline) {
    const auto& timeline = *s->timeline;
    Json snapshots = Json::array(), sources = Json::array(), actors = Json::array();
    for (const auto& snapshot : timeline.snapshots)
      snapshots.push_back(Json{{"id", snapshot.id},
                               {"date", to_string(snapshot.date)},
                               {"window", {to_string(snapshot.window_from), to_string(snapshot.window_to)}},
                               {"title", snapshot.title},
                               {"summary", snapshot.summary},
                               {"parties", [&] {
                                  Json names = Json::array();
                                  for (const auto& p : snapshot.preferences)
                                    if (const auto* a = timeline.find_actor(p.party)) names.push_back(a->name);
                                  return names;
                                }()}});
    for (const auto& source : timeline.sources)
      sources.push_back(Json{{"id", source.id},
                             {"outlet", source.outlet},
                             {"title", source.title},
                             {"published", to_string(source.published)},
                             {"url", source.url}});
    for (const auto& actor : timeline.actors)
      actors.push_back(Json{{"id", actor.id}, {"name", actor.name}, {"role", actor.role}});
    out["timeline"] = Json{{"start", to_string(timeline.start())},
                           {"end", to_string(timeline.end())},
                           {"snapshots", snapshots},
                           {"actors", actors},
                           {"sources", sources}};
  }
  return out;
}

Json Workbench::snapshot(std::string_view at) const {
  const auto s = state();
  if (!s->timeline) throw ApiError(404, "this scenario has no timeline (no `snapshots` in its scenario.yaml)");
  const auto& timeline = *s->timeline;
  const auto& snapshot = find_snapshot(timeline, at);
  const auto index = static_cast<std::size_t>(&snapshot - timeline.snapshots.data());

  Json positions = Json::array();
  for (const auto& position : snapshot.positions) positions.push_back(position_json(timeline, position));
  // Side by side, as the report shows them: for each actor and issue the latest position at or
  // before this snapshot (carried forward when this snapshot states none).
  Json side_by_side = Json::array();
  for (const auto& actor : timeline.actors) {
    Json row = Json::object();
    bool any = false;
    for (const auto& issue : timeline.space.issues()) {
      const auto found = latest_position(timeline, index, actor.id + "." + issue.name());
      if (!found) continue;
      any = true;
      auto entry = position_json(timeline, *found->position);
      entry["stated_in"] = timeline.snapshots[found->snapshot_index].id;
      row[issue.name()] = entry;
    }
    if (any) side_by_side.push_back(Json{{"actor", actor.id}, {"name", actor.name}, {"issues", row}});
  }
  Json preferences = Json::array();
  for (const auto& party : snapshot.preferences) preferences.push_back(preferences_json(timeline, party));
  return Json{{"id", snapshot.id},
              {"date", to_string(snapshot.date)},
              {"window", {to_string(snapshot.window_from), to_string(snapshot.window_to)}},
              {"title", snapshot.title},
              {"summary", snapshot.summary},
              {"file", snapshot.where.file},
              {"positions", positions},
              {"side_by_side", side_by_side},
              {"preferences", preferences}};
}

Json Workbench::agents() const { return negotiation::agent_catalog_json(); }

}  // namespace parley::serve
