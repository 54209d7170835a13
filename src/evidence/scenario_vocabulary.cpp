#include "parley/evidence/scenario_vocabulary.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "evidence/name_folding.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/model/did_you_mean.hpp"

namespace parley::evidence {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0x80); }

// Lowercase words of a text (ASCII letters and UTF-8 sequences; anything else separates).
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.push_back(detail::fold_name(word));
    word.clear();
  };
  for (const char c : text) {
    if (is_letter(c)) word += c;
    else flush();
  }
  flush();
  return words;
}

// A word-start prefix that covers the inflections of a word ("recognises" -> "recogni",
// "lifted" -> "lift", "demilitarised" -> "demilit"): keywords match as prefixes.
std::string stem(const std::string& word) {
  if (word.size() <= 5) return word;
  return word.substr(0, std::min<std::size_t>(7, std::max<std::size_t>(5, word.size() - 2)));
}

// Words that say nothing about which option a text supports.
bool is_stop_word(const std::string& w) {
  static const std::set<std::string> stop{
      "about", "after", "again", "against", "also", "before", "being", "between", "both", "could", "does", "each",
      "even", "every", "from", "have", "into", "itself", "later", "made", "more", "most", "must", "only", "other",
      "over", "said", "says", "same", "since", "some", "such", "than", "that", "their", "them", "then", "there",
      "these", "they", "this", "those", "through", "under", "until", "upon", "very", "were", "what", "when",
      "where", "which", "while", "will", "with", "within", "without", "would", "your", "once", "left", "stays",
      "taken", "step", "steps", "part", "kept", "keeps", "sides", "side", "talks", "deal", "state", "states"};
  return w.size() < 4 || stop.contains(w);
}

// "label: text label2: text2": each option's own part of the issue description.
std::map<std::string, std::string> description_parts(const std::string& description, const Issue& issue) {
  std::vector<std::pair<std::size_t, std::string>> starts;
  for (const auto& label : issue.labels()) {
    const std::string marker = label + ":";
    for (std::size_t at = description.find(marker); at != std::string::npos; at = description.find(marker, at + 1)) {
      const bool word_start = at == 0 || !(is_letter(description[at - 1]) || description[at - 1] == '-');
      if (word_start) {
        starts.emplace_back(at, label);
        break;
      }
    }
  }
  std::sort(starts.begin(), starts.end());
  std::map<std::string, std::string> parts;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t begin = starts[i].first + starts[i].second.size() + 1;
    const std::size_t end = i + 1 < starts.size() ? starts[i + 1].first : description.size();
    parts[starts[i].second] = description.substr(begin, end - begin);
  }
  return parts;
}

// Stems of the scenario's names (actors, aliases, people): they tell who speaks, not what.
std::set<std::string> name_stems(const Timeline& timeline) {
  std::set<std::string> stems;
  const auto add = [&](const std::string& text) {
    for (const auto& w : words_of(text)) stems.insert(stem(w));
  };
  for (const auto& actor : timeline.actors) {
    add(actor.name);
    for (const auto& alias : actor.aliases) add(alias);
  }
  for (const auto& person : timeline.people) {
    add(person.name);
    for (const auto& alias : person.aliases) add(alias);
  }
  return stems;
}

// Adds a keyword unless one already there covers it (keywords match as prefixes: "recogni"
// covers "recognise"); a shorter one replaces those it covers.
void add_unique(std::vector<std::string>& list, std::string keyword) {
  if (keyword.empty()) return;
  for (auto& existing : list) {
    if (keyword.starts_with(existing)) return;
    if (existing.starts_with(keyword)) {
      existing = keyword;
      list.erase(std::unique(list.begin(), list.end()), list.end());
      return;
    }
  }
  list.push_back(std::move(keyword));
}

IssueKeywords issue_keywords(const Timeline& timeline, std::size_t index, const std::set<std::string>& names) {
  const Issue& issue = timeline.space.issue(index);
  IssueKeywords keywords;
  keywords.issue = issue.name();
  for (const auto& w : words_of(issue.name())) {
    if (!is_stop_word(w)) add_unique(keywords.keywords, w);
  }
  // Option words: the label's own words count twice (they name the option), words of the
  // option's description part once; a word shared by two options of the issue tells nothing.
  const auto parts = description_parts(issue.description, issue);
  std::map<std::string, std::vector<std::string>> candidates;
  std::map<std::string, int> options_using;
  for (const auto& label : issue.labels()) {
    std::set<std::string> seen;
    const auto part = parts.find(label);
    std::vector<std::string> words = words_of(label);
    if (part != parts.end()) {
      for (auto& w : words_of(part->second)) words.push_back(std::move(w));
    }
    for (const auto& w : words) {
      const std::string s = stem(w);
      if (is_stop_word(w) || names.contains(s) || !seen.insert(s).second) continue;
      candidates[label].push_back(s);
      ++options_using[s];
    }
  }
  for (const auto& label : issue.labels()) {
    OptionKeywords option{label, {}};
    for (const auto& s : candidates[label]) {
      if (options_using[s] == 1) add_unique(option.keywords, s);
    }
    keywords.options.push_back(std::move(option));
  }
  return keywords;
}

}  // namespace

ExtractorOptions scenario_vocabulary(const Timeline& timeline, const IssueLexicon& lexicon) {
  ExtractorOptions options;
  options.lexicon.issues.clear();
  const auto names = name_stems(timeline);
  for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
    options.lexicon.issues.push_back(issue_keywords(timeline, i, names));
  }
  for (const auto& extra : lexicon.issues) {
    auto found = std::find_if(options.lexicon.issues.begin(), options.lexicon.issues.end(),
                              [&](const IssueKeywords& k) { return k.issue == extra.issue; });
    if (found == options.lexicon.issues.end()) {
      std::vector<std::string> known;
      for (const auto& k : options.lexicon.issues) known.push_back(k.issue);
      throw InputError(SourceLocation{timeline.folder, 0, "lexicon." + extra.issue},
                       "unknown issue '" + extra.issue + "'" + name_hint(extra.issue, known, "issues"));
    }
    for (const auto& keyword : extra.keywords) add_unique(found->keywords, detail::fold_name(keyword));
    for (const auto& option : extra.options) {
      auto target = std::find_if(found->options.begin(), found->options.end(),
                                 [&](const OptionKeywords& o) { return o.option == option.option; });
      if (target == found->options.end()) {
        std::vector<std::string> known;
        for (const auto& o : found->options) known.push_back(o.option);
        throw InputError(SourceLocation{timeline.folder, 0, "lexicon." + extra.issue + ".options." + option.option},
                         "unknown option '" + option.option + "' of issue '" + extra.issue + "'" +
                             name_hint(option.option, known, "options"));
      }
      for (const auto& keyword : option.keywords) add_unique(target->keywords, detail::fold_name(keyword));
    }
  }

  // people speak (an office such as the Kremlin too); an actor is its own party and is
  // no "he" or "she"
  for (const auto& person : timeline.people) {
    std::vector<std::string> titles;
    for (const auto& title : person.titles) titles.push_back(detail::fold_name(title));
    options.directory.entries.push_back({person.id, person.name, person.aliases, person.party, std::move(titles), true});
  }
  for (const auto& actor : timeline.actors) {
    options.directory.entries.push_back({actor.id, actor.name, actor.aliases, actor.id, {}, false});
  }
  const std::filesystem::path folder = timeline.folder;
  for (const auto& source : timeline.sources) {
    options.sources.push_back(KnownSource{source.id, folder / source.file, to_string(source.published)});
  }
  options.narration = true;
  return options;
}

ExtractorOptions load_scenario_vocabulary(const std::filesystem::path& scenario) {
  const Timeline timeline = io::read_timeline(scenario);
  const std::filesystem::path file =
      std::filesystem::is_directory(scenario) ? scenario / "scenario.yaml" : scenario;
  return scenario_vocabulary(timeline, load_issue_lexicon_or_empty(file));
}

}  // namespace parley::evidence
