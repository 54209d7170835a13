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

struct IssueKeywords {
  std::string issue;                  // e.g. "crimea"
  std::vector<std::string> keywords;  // e.g. "crimea", "sevastopol"
};

struct IssueLexicon {
  std::vector<IssueKeywords> issues;
};

// The ten issues of the flagship scenario (Crimea; Donbas/Donetsk/Luhansk; Kherson/
// Zaporizhzhia; NATO/neutrality; security guarantees; demilitarisation/armed forces;
// government/legitimacy/denazification; sanctions; ceasefire/troops; children/prisoners).
IssueLexicon default_negotiation_lexicon();

// Reads `lexicon:` (a map issue → list of keywords) from a YAML file; throws InputError when
// the file or the map is malformed, and when the file has no `lexicon` section.
IssueLexicon load_issue_lexicon(const std::filesystem::path& path);
// The same, but a file without a `lexicon` section yields default_negotiation_lexicon().
IssueLexicon load_issue_lexicon_or_default(const std::filesystem::path& path);

// Compiled matcher (one RE2::Set over all issues). Immutable after construction; safe to share.
class IssueMatcher {
 public:
  explicit IssueMatcher(const IssueLexicon& lexicon);
  ~IssueMatcher();
  IssueMatcher(IssueMatcher&&) noexcept;
  IssueMatcher& operator=(IssueMatcher&&) noexcept;

  // Issues (in lexicon order) with a keyword in any of `texts`.
  std::vector<std::string> issues_in(const std::vector<std::string_view>& texts) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace parley::evidence
