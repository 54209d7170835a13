#include "parley/evidence/issue_lexicon.hpp"

#include <algorithm>
#include <optional>

#include <stdexcept>

#include <re2/re2.h>
#include <re2/set.h>

#include "evidence/yaml_helpers.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence {

IssueLexicon default_negotiation_lexicon() {
  // Keywords are case-insensitive word-start prefixes: "sanction" covers "sanctions",
  // "sanctioned"; "demilitari" covers both spellings of "demilitarisation".
  return IssueLexicon{{
      {"crimea", {"crimea", "sevastopol", "kerch"}},
      {"donbas", {"donbas", "donetsk", "luhansk", "lugansk", "people's republic"}},
      {"kherson-zaporizhzhia", {"kherson", "zaporizhzhia", "zaporizhia", "zaporozhye"}},
      {"nato-neutrality", {"nato", "neutral", "non-aligned", "nonaligned", "north atlantic", "military bloc",
                           "alliance membership"}},
      {"security-guarantees", {"security guarantee", "guarantees of security", "guarantor", "security assurance",
                               "security commitment"}},
      {"demilitarization", {"demilitari", "armed forces", "disarm", "army", "military capabilit",
                            "long-range weapons", "missile"}},
      {"government-legitimacy", {"denazif", "nazi", "legitima", "illegitima", "regime", "election", "constitution",
                                 "zelensky administration", "government in kyiv"}},
      {"sanctions", {"sanction", "embargo", "price cap", "frozen assets", "export control", "swift"}},
      {"ceasefire", {"ceasefire", "cease-fire", "truce", "armistice", "troops", "withdraw", "pull out",
                     "front line", "frontline", "halt the fighting", "end the fighting"}},
      {"children-prisoners", {"children", "child", "prisoner", "pows", "captive", "deport", "exchange of"}},
  }};
}

namespace {

std::optional<IssueLexicon> read_lexicon(const std::filesystem::path& path) {
  std::string file;
  const YAML::Node root = detail::load_yaml_file(path, file);
  const YAML::Node map = root.IsMap() ? root["lexicon"] : YAML::Node{};
  if (!map) return std::nullopt;
  if (!map.IsMap()) throw InputError(SourceLocation{file, map.Mark().line + 1, "lexicon"}, "expected a map issue: [keywords]");
  IssueLexicon lexicon;
  for (const auto& item : map) {
    const std::string issue = detail::required_string(item.first, file, "lexicon");
    const std::string path = "lexicon." + issue;
    IssueKeywords entry{issue, {}, {}};
    if (item.second.IsMap()) {  // {keywords: [...], options: {label: [...]}}
      for (const auto& field : item.second) {
        const std::string key = detail::required_string(field.first, file, path);
        if (key == "keywords") {
          entry.keywords = detail::string_list(field.second, file, path + ".keywords");
        } else if (key == "options" && field.second.IsMap()) {
          for (const auto& option : field.second) {
            const std::string label = detail::required_string(option.first, file, path + ".options");
            entry.options.push_back({label, detail::string_list(option.second, file, path + ".options." + label)});
          }
        } else {
          throw InputError(SourceLocation{file, field.first.Mark().line + 1, path + "." + key},
                           key == "options" ? "expected a map option: [keywords]"
                                            : "unknown field '" + key + "' (expected keywords, options)");
        }
      }
    } else {
      entry.keywords = detail::string_list(item.second, file, path);
    }
    if (entry.keywords.empty() && entry.options.empty()) {
      throw InputError(SourceLocation{file, item.second.Mark().line + 1, path}, "issue has no keywords");
    }
    lexicon.issues.push_back(std::move(entry));
  }
  return lexicon;
}

}  // namespace

IssueLexicon load_issue_lexicon(const std::filesystem::path& path) {
  auto lexicon = read_lexicon(path);
  if (!lexicon) {
    throw InputError(SourceLocation{path.string(), 0, "lexicon"}, "no 'lexicon' section (a map issue: [keywords])");
  }
  return std::move(*lexicon);
}

IssueLexicon load_issue_lexicon_or_default(const std::filesystem::path& path) {
  auto lexicon = read_lexicon(path);
  return lexicon ? std::move(*lexicon) : default_negotiation_lexicon();
}

IssueLexicon load_issue_lexicon_or_empty(const std::filesystem::path& path) {
  auto lexicon = read_lexicon(path);
  return lexicon ? std::move(*lexicon) : IssueLexicon{};
}

namespace {
// A keyword as an RE2 pattern: literal, with spaces matching any run of whitespace (line
// breaks in the article).
std::string keyword_pattern(const std::string& keyword) {
  const std::string quoted = RE2::QuoteMeta(keyword);
  std::string flexible;
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    if (quoted[i] == '\\' && i + 1 < quoted.size() && quoted[i + 1] == ' ') {
      flexible += "\\s+";
      ++i;
    } else {
      flexible += quoted[i];
    }
  }
  return flexible;
}
}  // namespace

struct IssueMatcher::Compiled {
  std::vector<std::string> names;
  std::unique_ptr<RE2::Set> set;  // one pass over a text finds every issue it touches
  // per issue: one set over all its options' keywords, and for each entry its option/keyword
  struct Options {
    std::unique_ptr<RE2::Set> set;
    std::vector<std::pair<std::size_t, std::size_t>> entries;  // (option index, keyword index)
  };
  std::vector<Options> options;
  IssueLexicon lexicon;
};

IssueMatcher::IssueMatcher(const IssueLexicon& lexicon) : compiled_(std::make_unique<Compiled>()) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  compiled_->lexicon = lexicon;
  compiled_->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const auto& issue : lexicon.issues) {
    std::string alternation;
    for (const auto& keyword : issue.keywords) {
      if (!alternation.empty()) alternation += '|';
      alternation += keyword_pattern(keyword);
    }
    std::string error;
    // an issue known only by its option words still needs a pattern: one that never matches
    if (compiled_->set->Add(alternation.empty() ? "\\b\\B" : "\\b(?:" + alternation + ")", &error) < 0) {
      throw InputError("issue '" + issue.issue + "': keywords do not form a valid pattern (" + error + ")");
    }
    compiled_->names.push_back(issue.issue);
    Compiled::Options per_issue;
    if (!issue.options.empty()) {
      per_issue.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
      for (std::size_t o = 0; o < issue.options.size(); ++o) {
        for (std::size_t k = 0; k < issue.options[o].keywords.size(); ++k) {
          if (per_issue.set->Add("\\b" + keyword_pattern(issue.options[o].keywords[k]), &error) < 0) {
            throw InputError("issue '" + issue.issue + "', option '" + issue.options[o].option +
                             "': keyword does not form a valid pattern (" + error + ")");
          }
          per_issue.entries.emplace_back(o, k);
        }
      }
      if (per_issue.entries.empty() || !per_issue.set->Compile()) per_issue.set.reset();
    }
    compiled_->options.push_back(std::move(per_issue));
  }
  if (!compiled_->set->Compile()) throw std::runtime_error("issue lexicon: RE2 set does not compile");
}

IssueMatcher::~IssueMatcher() = default;
IssueMatcher::IssueMatcher(IssueMatcher&&) noexcept = default;
IssueMatcher& IssueMatcher::operator=(IssueMatcher&&) noexcept = default;

std::vector<std::string> IssueMatcher::issues_in(const std::vector<std::string_view>& texts) const {
  std::vector<bool> touched(compiled_->names.size(), false);
  std::vector<int> hits;
  for (const auto text : texts) {
    hits.clear();
    if (compiled_->names.empty() || !compiled_->set->Match(re2::StringPiece(text.data(), text.size()), &hits)) continue;
    for (const int hit : hits) touched[static_cast<std::size_t>(hit)] = true;
  }
  std::vector<std::string> found;
  for (std::size_t i = 0; i < touched.size(); ++i) {
    if (touched[i]) found.push_back(compiled_->names[i]);
  }
  return found;
}

std::vector<OptionMatch> IssueMatcher::options_in(const std::vector<std::string>& issues,
                                                const std::vector<std::string_view>& texts) const {
  std::vector<OptionMatch> found;
  std::vector<int> hits;
  for (const auto& name : issues) {
    const auto at = std::find(compiled_->names.begin(), compiled_->names.end(), name);
    if (at == compiled_->names.end()) continue;
    const auto index = static_cast<std::size_t>(at - compiled_->names.begin());
    const auto& per_issue = compiled_->options[index];
    if (!per_issue.set) continue;
    const auto& issue = compiled_->lexicon.issues[index];
    std::vector<std::vector<bool>> seen(issue.options.size());
    for (std::size_t o = 0; o < issue.options.size(); ++o) seen[o].assign(issue.options[o].keywords.size(), false);
    for (const auto text : texts) {
      hits.clear();
      if (!per_issue.set->Match(re2::StringPiece(text.data(), text.size()), &hits)) continue;
      for (const int hit : hits) {
        const auto [o, k] = per_issue.entries[static_cast<std::size_t>(hit)];
        seen[o][k] = true;
      }
    }
    std::size_t best = 0, best_count = 0, runner_up = 0;
    for (std::size_t o = 0; o < seen.size(); ++o) {
      const auto count = static_cast<std::size_t>(std::count(seen[o].begin(), seen[o].end(), true));
      if (count > best_count) {
        runner_up = best_count;
        best_count = count;
        best = o;
      } else if (count > runner_up) {
        runner_up = count;
      }
    }
    if (best_count == 0 || runner_up == best_count) continue;
    OptionMatch match{name, issue.options[best].option, {}};
    for (std::size_t k = 0; k < seen[best].size(); ++k) {
      if (seen[best][k]) match.keywords.push_back(issue.options[best].keywords[k]);
    }
    found.push_back(std::move(match));
  }
  return found;
}

}  // namespace parley::evidence
