#include "parley/evidence/suggest.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "parley/model/error.hpp"

namespace parley::evidence {

namespace {

// How much a citation's words can be trusted to say what the draft claims. The scale is
// documented in docs/cli/evidence_suggest.md: a quotation with its own named source is the
// strongest; a speaker found by resolving a pronoun or title, a follow-on, and narration are
// weaker; an option read from a single keyword weaker than one read from several.
double citation_confidence(const Statement& s) {
  double c = s.form == CitationForm::said ? 0.9 : s.form == CitationForm::reported ? 0.8 : 0.5;
  if (s.speaker_resolved) c *= 0.9;
  if (s.inherited || s.pattern == "participle_clause" || s.pattern == "subject_clause") c *= 0.85;
  return c;
}

std::string quote_of(const ArticleEvidence& article, const Statement& s) {
  const std::size_t begin = s.content.front().begin;
  const std::size_t end = s.content.back().end;
  return std::string(std::string_view(article.text).substr(begin, end - begin));
}

std::string options_text(const std::vector<std::string>& options) {
  std::string out;
  for (const auto& o : options) out += (out.empty() ? "" : ", ") + o;
  return out;
}

struct Group {
  DraftPosition position;
  std::map<std::string, int> votes;  // option -> statements supporting it
  std::vector<std::string> summaries;
};

}  // namespace

DraftSnapshot suggest_snapshot(const Timeline& timeline, const ArticleEvidence& article, const SuggestOptions& options) {
  DraftSnapshot draft;
  const Source* source = article.source_id.empty() ? nullptr : timeline.find_source(article.source_id);
  if (!source) {
    throw InputError(SourceLocation{article.file},
                     "the article is not one of the scenario's sources; add it under `sources:` in scenario.yaml "
                     "(id, file, outlet, title, published, date_basis) so that its citations can be verified");
  }
  draft.source_id = source->id;
  draft.date = options.date ? *options.date : source->published;
  if (!draft.date.is_full()) throw InputError(SourceLocation{article.file}, "--date must be a full date (YYYY-MM-DD)");

  // Placement: the snapshot whose window holds the date is the one the draft stands for
  // (same id and window, so it can replace that file); otherwise a new one-day window.
  std::optional<std::size_t> previous;  // the snapshot before the draft
  std::optional<std::size_t> replaced;
  for (std::size_t i = 0; i < timeline.snapshots.size(); ++i) {
    const auto& s = timeline.snapshots[i];
    if (s.window_from <= draft.date && draft.date <= s.window_to) replaced = i;
    else if (s.window_to < draft.date) previous = i;
  }
  if (replaced) {
    const auto& s = timeline.snapshots[*replaced];
    draft.replaces = s.id;
    draft.id = s.id;
    draft.window_from = s.window_from;
    draft.window_to = s.window_to;
  } else {
    draft.id = "draft-" + to_string(draft.date);
    draft.window_from = draft.window_to = draft.date;
  }
  if (!options.id.empty()) draft.id = options.id;
  // a source published after the date cannot be cited for it
  if (source->published > draft.window_to) {
    throw InputError(SourceLocation{article.file},
                     fmt::format("source '{}' is published on {}, after the draft's window [{}, {}]", source->id,
                                 to_string(source->published), to_string(draft.window_from), to_string(draft.window_to)));
  }
  if (previous) {
    draft.inherits = timeline.snapshots[*previous].id;
    for (const auto& p : timeline.snapshots[*previous].preferences) draft.parties.push_back(p.party);
  } else if (replaced) {
    for (const auto& p : timeline.snapshots[*replaced].preferences) draft.parties.push_back(p.party);
  }

  std::map<std::pair<std::size_t, std::size_t>, Group> groups;  // (actor index, issue index)
  const auto actor_index = [&](const std::string& id) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < timeline.actors.size(); ++i) {
      if (timeline.actors[i].id == id) return i;
    }
    return std::nullopt;
  };
  for (const auto& s : article.statements) {
    if (s.issues.empty() || s.content.empty()) continue;
    DraftCitation cite;
    cite.citation.source = source->id;
    cite.citation.quote = quote_of(article, s);
    cite.rule = s.pattern;
    cite.confidence = citation_confidence(s);
    std::string actor;
    const Person* person = s.speaker_id.empty() ? nullptr : timeline.find_person(s.speaker_id);
    if (s.form == CitationForm::narrated) {
      actor = s.about;
      cite.citation.form = CitationForm::narrated;
      cite.citation.about = actor;
    } else if (person) {
      actor = person->party;
      cite.citation.form = s.form;
      cite.citation.speaker = person->id;
    } else if (!s.speaker_id.empty() && actor_index(s.speaker_id)) {
      // "Moscow said": a state speaks; the scenario's citations name people, so the words
      // become the outlet's account of what that actor said
      actor = s.speaker_id;
      cite.citation.form = CitationForm::narrated;
      cite.citation.about = actor;
      cite.rule += "+actor_speaks";
      cite.confidence *= 0.8;
    }
    const auto a = actor.empty() ? std::nullopt : actor_index(actor);
    if (!a) continue;
    for (const auto& issue_name : s.issues) {
      const auto issue = timeline.space.find_issue(issue_name);
      if (!issue) continue;
      Group& group = groups[{*a, *issue}];
      group.position.actor = actor;
      group.position.issue = issue_name;
      DraftCitation issue_cite = cite;
      const auto option = std::find_if(s.options.begin(), s.options.end(), [&](const OptionMatch& o) { return o.issue == issue_name; });
      if (option != s.options.end()) {
        issue_cite.option_keywords = option->keywords;
        ++group.votes[option->option];
      }
      const bool duplicate = std::any_of(group.position.citations.begin(), group.position.citations.end(),
                                         [&](const DraftCitation& c) { return c.citation.quote == issue_cite.citation.quote; });
      if (!duplicate) group.position.citations.push_back(std::move(issue_cite));
    }
  }

  for (auto& [key, group] : groups) {
    DraftPosition& p = group.position;
    const Issue& issue = timeline.space.issue(key.second);
    int best = 0;
    for (const auto& [option, votes] : group.votes) best = std::max(best, votes);
    if (best > 0) {
      for (const auto& label : issue.labels()) {
        const auto v = group.votes.find(label);
        if (v != group.votes.end() && v->second == best) p.options.push_back(label);
      }
      p.option_found = true;
    } else {
      p.options = issue.labels();
    }
    const bool own_words = std::any_of(p.citations.begin(), p.citations.end(),
                                       [](const DraftCitation& c) { return c.citation.form != CitationForm::narrated; });
    p.stance = own_words ? Stance::stated : Stance::inferred;
    const auto strongest = std::max_element(p.citations.begin(), p.citations.end(),
                                            [](const DraftCitation& x, const DraftCitation& y) { return x.confidence < y.confidence; });
    const double option_factor = !p.option_found ? 0.5 : p.options.size() > 1 ? 0.6 : 1.0;
    p.confidence = strongest->confidence * option_factor;
    std::string how = !p.option_found ? "option not determined: every option listed"
                      : p.options.size() > 1 ? "options tied: " + options_text(p.options)
                                             : "option by keywords";
    if (p.option_found) {
      std::vector<std::string> words;
      for (const auto& c : p.citations) {
        for (const auto& w : c.option_keywords) {
          if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(w);
        }
      }
      how += " " + options_text(words);
    }
    p.rule = strongest->rule + "; " + how;
    // a position change: the actor's latest position on the issue before the draft differs
    const std::size_t before = replaced ? *replaced : timeline.snapshots.size();
    if (p.option_found && before > 0) {
      if (const auto earlier = latest_position(timeline, before - 1, p.actor + "." + p.issue)) {
        auto a = earlier->position->options;
        auto b = p.options;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b) {
          p.changed_from = timeline.snapshots[earlier->snapshot_index].id + ": " + options_text(earlier->position->options);
        }
      }
    }
    draft.positions.push_back(std::move(p));
  }
  return draft;
}

namespace {

void emit_citation(YAML::Emitter& out, const DraftCitation& c) {
  out << YAML::BeginMap;
  out << YAML::Key << "source" << YAML::Value << c.citation.source;
  if (c.citation.form == CitationForm::narrated) {
    out << YAML::Key << "form" << YAML::Value << "narrated";
    out << YAML::Key << "about" << YAML::Value << c.citation.about;
  } else {
    out << YAML::Key << "speaker" << YAML::Value << c.citation.speaker;
    out << YAML::Key << "form" << YAML::Value << std::string(to_string(c.citation.form));
  }
  out << YAML::Key << "quote" << YAML::Value << YAML::DoubleQuoted << c.citation.quote;
  out << YAML::EndMap;
  out << YAML::Comment(fmt::format("confidence {:.2f}, rule {}", c.confidence, c.rule));
}

void emit_judgement(YAML::Emitter& out, const char* key, const Judgement& j) {
  out << YAML::Key << key << YAML::Value << YAML::BeginMap << YAML::Key << "value" << YAML::Value << j.value
      << YAML::Key << "why" << YAML::Value << j.why << YAML::EndMap;
}

// The preferences of a snapshot written out in full (a draft replacing the first snapshot
// has no earlier snapshot to inherit from).
void emit_preferences(YAML::Emitter& out, const PartyPreferences& p, const Timeline& timeline) {
  out << YAML::BeginMap << YAML::Key << "party" << YAML::Value << p.party;
  emit_judgement(out, "reservation", p.reservation);
  emit_judgement(out, "capability", p.capability);
  if (p.salience) emit_judgement(out, "salience", *p.salience);
  out << YAML::Key << "issues" << YAML::Value << YAML::BeginMap;
  for (std::size_t i = 0; i < p.issues.size() && i < timeline.space.issue_count(); ++i) {
    const auto& issue = timeline.space.issue(i);
    const auto& pref = p.issues[i];
    out << YAML::Key << issue.name() << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "weight" << YAML::Value << pref.weight;
    out << YAML::Key << "evaluations" << YAML::Value << YAML::Flow << YAML::BeginMap;
    const auto labels = issue.labels();
    for (std::size_t k = 0; k < labels.size() && k < pref.evaluations.size(); ++k) {
      out << YAML::Key << labels[k] << YAML::Value << pref.evaluations[k];
    }
    out << YAML::EndMap;
    out << YAML::Key << "why" << YAML::Value << YAML::BeginMap << YAML::Key << "weight" << YAML::Value
        << pref.why_weight << YAML::Key << "evaluations" << YAML::Value << pref.why_evaluations << YAML::EndMap;
    out << YAML::EndMap;
  }
  out << YAML::EndMap << YAML::EndMap;
}

}  // namespace

std::string draft_snapshot_yaml(const DraftSnapshot& draft, const Timeline& timeline) {
  YAML::Emitter out;
  out.SetIndent(2);
  std::string header = fmt::format(
      "Draft snapshot suggested by `parley evidence suggest` from source {}.\n"
      "Nothing here is applied: review every position (options, quotes, speakers), delete what\n"
      "does not hold, then list this file under `snapshots:` in scenario.yaml",
      draft.source_id);
  if (!draft.replaces.empty()) header += fmt::format(" in place of snapshot {}'s file (same id and window)", draft.replaces);
  header += ".\nPositions marked REVIEW differ from the actor's latest earlier position.";
  out << YAML::Comment(header) << YAML::Newline;
  out << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << draft.id;
  out << YAML::Key << "date" << YAML::Value << to_string(draft.date);
  out << YAML::Key << "window" << YAML::Value << YAML::Flow << YAML::BeginSeq << to_string(draft.window_from)
      << to_string(draft.window_to) << YAML::EndSeq;
  out << YAML::Key << "title" << YAML::Value << "Draft from " + draft.source_id;
  out << YAML::Key << "summary" << YAML::Value
      << fmt::format("Suggested from {}: {} positions to review.", draft.source_id, draft.positions.size());
  out << YAML::Key << "positions" << YAML::Value << YAML::BeginSeq;
  for (const auto& p : draft.positions) {
    out << YAML::BeginMap;
    out << YAML::Key << "actor" << YAML::Value << p.actor;
    out << YAML::Key << "issue" << YAML::Value << p.issue;
    if (p.options.size() == 1) out << YAML::Key << "option" << YAML::Value << p.options.front();
    else out << YAML::Key << "options" << YAML::Value << YAML::Flow << p.options;
    out << YAML::Key << "stance" << YAML::Value << std::string(to_string(p.stance));
    out << YAML::Comment(fmt::format("confidence {:.2f}, rule {}", p.confidence, p.rule));
    if (p.changed_from) out << YAML::Comment("REVIEW: position change, earlier " + *p.changed_from);
    out << YAML::Key << "summary" << YAML::Value
        << fmt::format("Draft: {} on {} ({}), from {}.", p.actor, p.issue, options_text(p.options), draft.source_id);
    if (p.stance == Stance::inferred) {
      out << YAML::Key << "because" << YAML::Value
          << "Only the outlet's narration supports it (no words of the actor's own in this source).";
    }
    out << YAML::Key << "cites" << YAML::Value << YAML::BeginSeq;
    for (const auto& c : p.citations) emit_citation(out, c);
    out << YAML::EndSeq;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "preferences" << YAML::Value << YAML::BeginSeq;
  if (!draft.inherits.empty()) {
    for (const auto& party : draft.parties) {
      out << YAML::BeginMap << YAML::Key << "party" << YAML::Value << party << YAML::Key << "inherits"
          << YAML::Value << draft.inherits << YAML::EndMap;
    }
  } else if (!draft.replaces.empty()) {
    const Snapshot* s = timeline.find_snapshot_by_id(draft.replaces);
    for (const auto& p : s->preferences) emit_preferences(out, p, timeline);
  }
  out << YAML::EndSeq;
  // The wider table (the West's preferences) is kept the same way, so that later snapshots that
  // inherit it still find it.
  const Snapshot* base = !draft.inherits.empty() ? timeline.find_snapshot_by_id(draft.inherits)
                         : !draft.replaces.empty() ? timeline.find_snapshot_by_id(draft.replaces) : nullptr;
  if (base && !base->wider_table.empty()) {
    out << YAML::Key << "wider_table" << YAML::Value << YAML::BeginSeq;
    for (const auto& p : base->wider_table) {
      if (!draft.inherits.empty())
        out << YAML::BeginMap << YAML::Key << "party" << YAML::Value << p.party << YAML::Key << "inherits" << YAML::Value
            << draft.inherits << YAML::EndMap;
      else
        emit_preferences(out, p, timeline);
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  if (!out.good()) throw std::logic_error("draft snapshot YAML: " + out.GetLastError());
  return std::string(out.c_str()) + "\n";
}

}  // namespace parley::evidence
