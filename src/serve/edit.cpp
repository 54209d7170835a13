// Edit and save: values of the scenario's YAML files changed as text, checked by the same
// reader and citation verifier as the CLI, written atomically, refused over a file changed on
// disk since it was loaded, and undoable.
#include <fstream>
#include <set>

#include <unistd.h>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "parley/evidence/citation_check.hpp"
#include "parley/io/input_file.hpp"
#include "parley/io/safe_write.hpp"
#include "parley/model/error.hpp"
#include "serve/workbench_state.hpp"
#include "serve/yaml_text_edit.hpp"

namespace parley::serve {

namespace {

using detail::PathStep;

// io's rules for a file a client names, as HTTP answers: it must resolve inside the folder (403).
std::filesystem::path confined_file(const std::filesystem::path& folder, const std::string& file) {
  try {
    return io::resolved_inside_folder(folder, file);
  } catch (const InputError& error) {
    throw ApiError(403, error.problem());
  }
}

// Replaced atomically, keeping its permissions; on failure (500) the file is untouched.
void save(const std::filesystem::path& file, std::string_view text) {
  try {
    io::write_file_atomically(file, text, io::WriteMode::edit);
  } catch (const InputError& error) {
    throw ApiError(500, error.what());
  }
}

Json path_json(const std::vector<PathStep>& path) {
  Json out = Json::array();
  for (const auto& step : path) {
    if (const auto* key = std::get_if<std::string>(&step)) out.push_back(*key);
    else out.push_back(std::get<std::size_t>(step));
  }
  return out;
}

std::vector<PathStep> path_from_json(const nlohmann::json& path) {
  if (!path.is_array() || path.empty() || path.size() > 32) throw ApiError(400, "field 'path' must be a list of keys and indices");
  std::vector<PathStep> steps;
  for (const auto& step : path) {
    if (step.is_string()) steps.emplace_back(step.get<std::string>());
    else if (step.is_number_unsigned()) steps.emplace_back(step.get<std::size_t>());
    else if (step.is_number_integer() && step.get<long long>() >= 0) steps.emplace_back(static_cast<std::size_t>(step.get<long long>()));
    else throw ApiError(400, fmt::format("field 'path': {} is neither a key nor an index", step.dump()));
  }
  return steps;
}

// One editable value of the snapshot file, with its place and what it is.
struct FieldList {
  Json fields = Json::array();
  void add(std::vector<PathStep> path, const YAML::Node& node, std::string group, std::string label, std::string kind,
           Json extra = Json::object()) {
    if (!node || !(node.IsScalar() || node.IsSequence())) return;
    Json value;
    if (node.IsSequence()) {
      value = Json::array();
      for (const auto& item : node) value.push_back(item.Scalar());
    } else if (kind == "number") {
      value = node.as<double>();
    } else {
      value = node.Scalar();
    }
    Json field{{"path", path_json(path)}, {"group", group}, {"label", label}, {"kind", kind}, {"value", value},
               {"line", node.Mark().line + 1}};
    for (const auto& [key, v] : extra.items()) field[key] = v;
    fields.push_back(field);
  }
};

std::vector<std::string> option_labels(const Timeline& timeline, const std::string& issue) {
  std::vector<std::string> labels;
  if (const auto index = timeline.space.find_issue(issue))
    for (std::size_t v = 0; v < timeline.space.issue(*index).size(); ++v) labels.push_back(timeline.space.issue(*index).label(v));
  return labels;
}

}  // namespace

Json Workbench::editable(std::string_view at) const {
  const auto s = state();
  if (!s->timeline) throw ApiError(404, "editing in the page is for dated scenarios (a folder whose scenario.yaml has `snapshots`)");
  const auto& timeline = *s->timeline;
  const auto& snapshot = find_snapshot(timeline, at);
  const auto file = std::filesystem::weakly_canonical(snapshot.where.file);
  const auto document = YAML::Load(s->files.at(file));
  FieldList list;
  const auto positions = document["positions"];
  for (std::size_t i = 0; positions && i < positions.size(); ++i) {
    const auto p = positions[i];
    const auto issue = p["issue"] ? p["issue"].Scalar() : std::string();
    const std::string group = fmt::format("position {}.{}", p["actor"].Scalar(), issue.empty() ? p["topic"].Scalar() : issue);
    const std::vector<PathStep> base{std::string("positions"), i};
    auto at_key = [&](const std::string& key) { auto path = base; path.emplace_back(key); return path; };
    const Json choices = option_labels(timeline, issue);
    list.add(at_key("option"), p["option"], group, "option", "option", {{"choices", choices}});
    list.add(at_key("options"), p["options"], group, "options", "options", {{"choices", choices}});
    list.add(at_key("stance"), p["stance"], group, "stance", "option", {{"choices", {"stated", "inferred"}}});
    list.add(at_key("summary"), p["summary"], group, "summary", "text");
    list.add(at_key("because"), p["because"], group, "inferred because", "text");
    const auto cites = p["cites"];
    for (std::size_t c = 0; cites && c < cites.size(); ++c) {
      auto path = at_key("cites");
      path.emplace_back(c);
      path.emplace_back(std::string("quote"));
      Json citation{{"source", cites[c]["source"] ? cites[c]["source"].Scalar() : ""},
                    {"form", cites[c]["form"] ? cites[c]["form"].Scalar() : "said"},
                    {"speaker", cites[c]["speaker"] ? cites[c]["speaker"].Scalar() : ""},
                    {"about", cites[c]["about"] ? cites[c]["about"].Scalar() : ""},
                    {"date", cites[c]["date"] ? cites[c]["date"].Scalar() : ""}};
      list.add(path, cites[c]["quote"], group, fmt::format("citation {} quote", c + 1), "quote", {{"citation", citation}});
    }
  }
  const auto preferences = document["preferences"];
  for (std::size_t i = 0; preferences && i < preferences.size(); ++i) {
    const auto p = preferences[i];
    const std::string group = "preferences of " + p["party"].Scalar();
    const std::vector<PathStep> base{std::string("preferences"), i};
    auto at_keys = [&](std::initializer_list<const char*> keys) {
      auto path = base;
      for (const auto* key : keys) path.emplace_back(std::string(key));
      return path;
    };
    if (p["reservation"]) {
      list.add(at_keys({"reservation", "value"}), p["reservation"]["value"], group, "walk-away (reservation) value", "number");
      list.add(at_keys({"reservation", "why"}), p["reservation"]["why"], group, "walk-away: why", "text");
    }
    const auto issues = p["issues"];
    if (issues && issues.IsMap())
      for (auto it = issues.begin(); it != issues.end(); ++it) {
        const auto name = it->first.Scalar();
        auto weight_path = at_keys({"issues"});
        weight_path.emplace_back(name);
        auto why_path = weight_path;
        weight_path.emplace_back(std::string("weight"));
        why_path.emplace_back(std::string("why"));
        list.add(weight_path, it->second["weight"], group, "weight of " + name, "number");
        const auto why = it->second["why"];
        if (why && why.IsMap()) {
          why_path.emplace_back(std::string("weight"));
          list.add(why_path, why["weight"], group, "weight of " + name + ": why", "text");
        } else {
          list.add(why_path, why, group, "weight of " + name + ": why", "text");
        }
      }
  }
  return Json{{"snapshot", snapshot.id},
              {"file", std::filesystem::relative(file, s->folder).string()},
              {"generation", s->generation},
              {"read_only", read_only()},
              {"undo_available", !impl_->undo.empty()},
              {"fields", list.fields}};
}

namespace {

// The problems evidence::verify_citations finds, as "context: problem" lines.
std::set<std::string> citation_problems(const Timeline& timeline) {
  std::set<std::string> problems;
  for (const auto& problem : evidence::verify_citations(timeline).problems)
    problems.insert(problem.context + ": " + problem.problem);
  return problems;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); !from.empty() && at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Reads the scenario with `file` holding `text` instead, in a private copy of the folder, exactly
// as the CLI would read it; every snapshot's Scenario is validated too. ApiError(400) with the
// reader's message (naming the real file) on any problem, or on a citation problem the edit adds.
void check_as_the_reader_does(const Workbench::State& state, const std::filesystem::path& file, const std::string& text) {
  const auto scratch = std::filesystem::temp_directory_path() /
                       fmt::format("parley-serve-check-{}-{}", static_cast<long>(getpid()), state.generation);
  std::filesystem::remove_all(scratch);
  struct Cleanup {
    std::filesystem::path folder;
    ~Cleanup() { std::error_code ignored; std::filesystem::remove_all(folder, ignored); }
  } cleanup{scratch};
  // A dated scenario is a folder of files that refer to each other: copy it. A YAML file
  // scenario is self-contained: copy nothing but it (its folder may hold anything).
  const bool folder_scenario = std::filesystem::is_directory(state.path);
  if (folder_scenario) std::filesystem::copy(state.folder, scratch, std::filesystem::copy_options::recursive);
  else std::filesystem::create_directories(scratch);
  const auto relative = file.lexically_relative(state.folder);
  {
    std::filesystem::create_directories((scratch / relative).parent_path());
    std::ofstream out(scratch / relative, std::ios::binary | std::ios::trunc);
    out << text;
  }
  const auto scratch_path = folder_scenario ? scratch : scratch / relative;
  try {
    const auto checked = detail::load_state(scratch_path);
    if (checked->timeline) {
      for (const auto& snapshot : checked->timeline->snapshots) (void)scenario_at(*checked->timeline, snapshot);
      const auto before = citation_problems(*state.timeline);
      std::vector<std::string> added;
      for (const auto& problem : citation_problems(*checked->timeline))
        if (!before.count(problem)) added.push_back(replace_all(problem, scratch.string(), state.folder.string()));
      if (!added.empty()) throw ApiError(400, "citation check: " + detail::name_list(added));
    }
  } catch (const InputError& error) {
    throw ApiError(400, replace_all(error.what(), scratch.string(), state.folder.string()));
  }
}

}  // namespace

Json Workbench::edit(const nlohmann::json& request) {
  detail::expect_object(request, {"file", "generation", "changes", "dry_run"});
  if (read_only()) throw ApiError(403, "this server is read-only (parley serve --read-only)");
  std::lock_guard guard(impl_->edit_lock);
  const auto s = state();
  const auto generation = detail::integer_field(request, "generation", 0, std::numeric_limits<long long>::max(), -1);
  if (generation < 0) throw ApiError(400, "field 'generation' (the scenario's, from /api/scenario) is required");
  if (static_cast<std::uint64_t>(generation) != s->generation)
    throw ApiError(409, "the scenario was saved from elsewhere since this page loaded it; reload to see that version");
  const auto file = confined_file(s->folder, detail::string_field(request, "file"));
  const auto loaded = s->files.find(file);
  if (loaded == s->files.end())
    throw ApiError(400, fmt::format("'{}' is not a file of this scenario", detail::string_field(request, "file")));
  const auto changes = request.find("changes");
  if (changes == request.end() || !changes->is_array() || changes->empty() || changes->size() > 1000)
    throw ApiError(400, "field 'changes' must list the changes: [{\"path\": [...], \"value\": ...}]");
  std::vector<detail::TextEdit> edits;
  for (const auto& change : *changes) {
    detail::expect_object(change, {"path", "value"});
    if (!change.contains("path") || !change.contains("value")) throw ApiError(400, "each change needs 'path' and 'value'");
    edits.push_back({path_from_json(change["path"]), change["value"]});
  }

  const auto on_disk = detail::read_text(file);
  if (on_disk != loaded->second)
    throw ApiError(409, fmt::format("{} changed on disk since it was loaded; nothing was written (reload to see the new "
                                    "version, then make the edit again)", file.string()));
  const auto text = detail::apply_text_edits(loaded->second, edits);
  check_as_the_reader_does(*s, file, text);
  if (detail::bool_field(request, "dry_run", false)) return Json{{"ok", true}, {"written", false}};

  save(file, text);
  impl_->undo.push_back({file, loaded->second, text});
  replace_state(detail::load_state(impl_->path, s->generation + 1));
  return Json{{"ok", true}, {"written", true}, {"file", file.string()}, {"generation", s->generation + 1}};
}

Json Workbench::undo(const nlohmann::json& request) {
  detail::expect_object(request, {"generation"});
  if (read_only()) throw ApiError(403, "this server is read-only (parley serve --read-only)");
  std::lock_guard guard(impl_->edit_lock);
  const auto s = state();
  if (impl_->undo.empty()) throw ApiError(409, "nothing to undo");
  const auto generation = detail::integer_field(request, "generation", 0, std::numeric_limits<long long>::max(), -1);
  if (generation < 0 || static_cast<std::uint64_t>(generation) != s->generation)
    throw ApiError(409, "the scenario changed since this page loaded it; reload first");
  const auto& last = impl_->undo.back();
  if (detail::read_text(last.file) != last.after)
    throw ApiError(409, fmt::format("{} changed on disk since the edit was saved; undo would lose that change", last.file.string()));
  save(last.file, last.before);
  const auto file = last.file;
  impl_->undo.pop_back();
  replace_state(detail::load_state(impl_->path, s->generation + 1));
  return Json{{"ok", true}, {"file", file.string()}, {"generation", s->generation + 1}};
}

}  // namespace parley::serve
