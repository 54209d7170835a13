// parley::evidence::IssueLexicon — which negotiation issues a statement touches.
//
// Data flow: default_negotiation_lexicon() (the flagship Russia–Ukraine issues) or a
// `lexicon:` map in a YAML file (issue → keywords) ──IssueMatcher──▶ for each statement's
// content, the issues whose keywords occur in it. Keywords match case-insensitively at a
// word start and as prefixes ("crimea" matches "Crimean"); a keyword may hold spaces.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley::evidence {

// Words that tell one option of an issue apart ("recogni", "sovereign" for recognised-russian).
struct OptionKeywords {
  std::string option;                 // an option label of the issue
  std::vector<std::string> keywords;  // word-start prefixes, as issue keywords
};

struct IssueKeywords {
  std::string issue;                  // e.g. "crimea"
  std::vector<std::string> keywords;  // e.g. "crimea", "sevastopol"
  std::vector<OptionKeywords> options;  // empty when the lexicon says nothing about options
};

// The option a text supports best: the one with most distinct keywords found (at least
// one), when no other option of the issue has as many.
struct OptionMatch {
  std::string issue;
  std::string option;
  std::vector<std::string> keywords;  // the option keywords found, in lexicon order
};

struct IssueLexicon {
  std::vector<IssueKeywords> issues;
};

// The ten issues of the flagship scenario (Crimea; Donbas/Donetsk/Luhansk; Kherson/
// Zaporizhzhia; NATO/neutrality; security guarantees; demilitarisation/armed forces;
// government/legitimacy/denazification; sanctions; ceasefire/troops; children/prisoners).
IssueLexicon default_negotiation_lexicon();

// Reads `lexicon:` from a YAML file: a map issue → list of keywords, or issue →
// {keywords: [...], options: {option: [keywords]}}; throws InputError when
// the file or the map is malformed, and when the file has no `lexicon` section.
IssueLexicon load_issue_lexicon(const std::filesystem::path& path);
// The same, but a file without a `lexicon` section yields default_negotiation_lexicon().
IssueLexicon load_issue_lexicon_or_default(const std::filesystem::path& path);
// The same, but a file without a `lexicon` section yields an empty lexicon.
IssueLexicon load_issue_lexicon_or_empty(const std::filesystem::path& path);

// Compiled matcher (one RE2::Set over all issues). Immutable after construction; safe to share.
class IssueMatcher {
 public:
  explicit IssueMatcher(const IssueLexicon& lexicon);
  ~IssueMatcher();
  IssueMatcher(IssueMatcher&&) noexcept;
  IssueMatcher& operator=(IssueMatcher&&) noexcept;

  // Issues (in lexicon order) with a keyword in any of `texts`.
  std::vector<std::string> issues_in(const std::vector<std::string_view>& texts) const;
  // For each of `issues` (as issues_in returns them) with option keywords, the option the
  // texts support, when one stands out.
  std::vector<OptionMatch> options_in(const std::vector<std::string>& issues,
                                      const std::vector<std::string_view>& texts) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace parley::evidence
