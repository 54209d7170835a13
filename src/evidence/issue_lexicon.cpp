#include "parley/evidence/issue_lexicon.hpp"

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
    auto keywords = detail::string_list(item.second, file, "lexicon." + issue);
    if (keywords.empty()) {
      throw InputError(SourceLocation{file, item.second.Mark().line + 1, "lexicon." + issue}, "issue has no keywords");
    }
    lexicon.issues.push_back({issue, std::move(keywords)});
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

struct IssueMatcher::Compiled {
  std::vector<std::string> names;
  std::unique_ptr<RE2::Set> set;  // one pass over a text finds every issue it touches
};

IssueMatcher::IssueMatcher(const IssueLexicon& lexicon) : compiled_(std::make_unique<Compiled>()) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  compiled_->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const auto& issue : lexicon.issues) {
    std::string alternation;
    for (const auto& keyword : issue.keywords) {
      if (!alternation.empty()) alternation += '|';
      // spaces in a keyword match any run of whitespace (line breaks in the article)
      std::string quoted = RE2::QuoteMeta(keyword);
      std::string flexible;
      for (std::size_t i = 0; i < quoted.size(); ++i) {
        if (quoted[i] == '\\' && i + 1 < quoted.size() && quoted[i + 1] == ' ') {
          flexible += "\\s+";
          ++i;
        } else {
          flexible += quoted[i];
        }
      }
      alternation += flexible;
    }
    std::string error;
    if (compiled_->set->Add("\\b(?:" + alternation + ")", &error) < 0) {
      throw InputError("issue '" + issue.issue + "': keywords do not form a valid pattern (" + error + ")");
    }
    compiled_->names.push_back(issue.issue);
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

}  // namespace parley::evidence
