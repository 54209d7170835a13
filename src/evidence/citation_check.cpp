#include "parley/evidence/citation_check.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parley::evidence {
namespace {

bool is_single_quote(UChar32 c) {
  return c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032 || c == 0x02BC || c == 0x2039 ||
         c == 0x203A;
}

bool is_double_quote(UChar32 c) {
  return c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x00AB || c == 0x00BB || c == 0x2033;
}

bool is_dash(UChar32 c) { return u_charType(c) == U_DASH_PUNCTUATION || c == 0x2212; }

// Shortens `text` for messages at a code-point boundary.
std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::size_t code_point_start(std::string_view text, std::size_t offset) {
  while (offset > 0 && offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  return offset;
}

// Where a quote stops matching: the longest prefix of `quote` found in `text` (both
// normalised). Prefix occurrence is monotone in length, so a binary search finds it.
std::string mismatch_hint(const std::string& text, const std::string& quote) {
  std::size_t low = 0, high = quote.size();
  while (low < high) {
    const std::size_t mid = (low + high + 1) / 2;
    if (text.find(std::string_view(quote).substr(0, mid)) != std::string::npos) low = mid;
    else high = mid - 1;
  }
  // Back off to the last word boundary so that the hint shows whole words.
  std::size_t matched = code_point_start(quote, low);
  if (matched < quote.size()) {
    const auto space = std::string_view(quote).substr(0, matched).rfind(' ');
    if (space != std::string_view::npos) matched = space + 1;
  }
  if (matched < 4) return "no part of it occurs in the source";
  const auto at = text.find(std::string_view(quote).substr(0, matched));
  const auto tail = std::string_view(quote).substr(matched);
  const auto source_next = std::string_view(text).substr(at + matched);
  const std::size_t shown_from = matched > 40 ? code_point_start(quote, matched - 40) : 0;
  return fmt::format("it matches the source up to \"{}{}\", where the quote continues \"{}\" but the source has \"{}\"",
                     shown_from > 0 ? "…" : "", std::string_view(quote).substr(shown_from, matched - shown_from),
                     excerpt(tail, 30), excerpt(source_next, 30));
}

class Verifier {
 public:
  explicit Verifier(const Timeline& timeline) : timeline_(timeline) {
    for (const auto& source : timeline.sources) normalised_[source.id] = normalise_typography(source.text);
  }

  CitationReport run() {
    report_.sources = timeline_.sources.size();
    report_.claims = timeline_.claims.size();
    for_each_citation(timeline_, [&](const Citation& citation, const CitationContext& context) {
      ++report_.citations;
      check_citation(citation, context);
    });
    for (const auto& snapshot : timeline_.snapshots) {
      for (const auto& position : snapshot.positions) {
        ++report_.positions;
        if (position.stance == Stance::stated)
          check_stated(snapshot, position.actor, "position " + position.key(), position.citations, position.where);
      }
      // A stated red line rests on the party's own words like a stated position.
      for (const auto& red_line : snapshot.red_lines) {
        ++report_.red_lines;
        if (red_line.stance == Stance::stated)
          check_stated(snapshot, red_line.party, "red line " + red_line.key(), red_line.citations, red_line.where);
      }
    }
    for (const auto& claim : timeline_.claims)
      if (!within_timeline(claim.date))
        add(claim.where, "claim " + claim.id, {}, {},
            fmt::format("the claim is dated {}, outside the timeline ({} to {})", to_string(claim.date), span_start(),
                        span_end()));
    return std::move(report_);
  }

 private:
  void add(const SourceLocation& where, std::string context, std::string source, std::string quote, std::string problem) {
    report_.problems.push_back(
        CitationProblem{where, std::move(context), std::move(source), std::move(quote), std::move(problem)});
  }
  void add(const Citation& citation, const CitationContext& context, std::string problem) {
    add(citation.where, context.description, citation.source, citation.quote, std::move(problem));
  }

  std::string span_start() const { return to_string(timeline_.start()); }
  std::string span_end() const { return to_string(timeline_.end()); }
  bool within_timeline(const Date& date) const {
    return timeline_.start() <= date.first_day() && date.last_day() <= timeline_.end();
  }

  // The date a citation belongs to: its own, else its source's publication date.
  std::optional<Date> date_of(const Citation& citation) const {
    if (citation.date) return citation.date;
    if (const auto* source = timeline_.find_source(citation.source)) return source->published;
    return std::nullopt;
  }

  void check_citation(const Citation& citation, const CitationContext& context) {
    const auto* source = timeline_.find_source(citation.source);
    if (!source) {
      add(citation, context, fmt::format("unknown source '{}'", citation.source));
    } else {
      const auto& text = normalised_.at(source->id);
      const auto quote = normalise_typography(citation.quote);
      if (text.find(quote) == std::string::npos)
        add(citation, context,
            fmt::format("the quote is not in source '{}' ({}): {}", source->id, source->file, mismatch_hint(text, quote)));
    }
    if (citation.form == CitationForm::narrated) {
      if (!timeline_.find_actor(citation.about))
        add(citation, context, fmt::format("the narration is about '{}', which is not an actor", citation.about));
    } else if (const auto* person = timeline_.find_person(citation.speaker); !person) {
      add(citation, context, fmt::format("unknown speaker '{}' (not in 'people')", citation.speaker));
    } else if (!timeline_.find_actor(person->party)) {
      add(citation, context,
          fmt::format("speaker '{}' belongs to '{}', which is not an actor", citation.speaker, person->party));
    }
    if (const auto date = date_of(citation)) {
      if (!within_timeline(*date))
        add(citation, context,
            fmt::format("dated {}, outside the timeline ({} to {})", to_string(*date), span_start(), span_end()));
      if (source && citation.date && source->published < citation.date->first_day())
        add(citation, context,
            fmt::format("dated {}, after its source was published ({})", to_string(*citation.date),
                        to_string(source->published)));
    }
  }

  // A stated position rests on the actor's own words (or an outlet's account of what the
  // actor did) from the snapshot's period.
  void check_stated(const Snapshot& snapshot, const std::string& actor, const std::string& what,
                    const std::vector<Citation>& citations, const SourceLocation& where) {
    const std::string context = fmt::format("snapshot {}, {}", snapshot.id, what);
    bool own = false;
    for (const auto& citation : citations) {
      if (citation.form == CitationForm::narrated) own |= citation.about == actor;
      else if (const auto* person = timeline_.find_person(citation.speaker)) own |= person->party == actor;
      const auto date = date_of(citation);
      if (date && !(snapshot.window_from <= date->first_day() && date->last_day() <= snapshot.window_to))
        add(citation.where, context, citation.source, citation.quote,
            fmt::format("a stated position cites words of {}, outside the snapshot's window ({} to {}); date the "
                        "citation or mark the position inferred",
                        to_string(*date), to_string(snapshot.window_from), to_string(snapshot.window_to)));
    }
    if (!own)
      add(where, context, {}, {},
          fmt::format("a stated {} of '{}' cites no statement by a person of '{}' and no narration about it; "
                      "mark it inferred and say why",
                      what.substr(0, what.rfind(' ')), actor, actor));
  }

  const Timeline& timeline_;
  std::map<std::string, std::string, std::less<>> normalised_;
  CitationReport report_;
};

}  // namespace

std::string normalise_typography(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isUWhiteSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ', pending_space = false;
    if (c < 0) out.append(text.substr(start, i - start));  // malformed bytes are kept as they are
    else if (is_single_quote(c)) out += '\'';
    else if (is_double_quote(c)) out += '"';
    else if (is_dash(c)) out += '-';
    else out.append(text.substr(start, i - start));
  }
  return out;
}

bool quote_occurs(std::string_view text, std::string_view quote) {
  return normalise_typography(text).find(normalise_typography(quote)) != std::string::npos;
}

CitationReport verify_citations(const Timeline& timeline) { return Verifier(timeline).run(); }

nlohmann::ordered_json to_json(const CitationReport& report) {
  auto problems = nlohmann::ordered_json::array();
  for (const auto& problem : report.problems)
    problems.push_back(nlohmann::ordered_json{{"file", problem.where.file},
                        {"line", problem.where.line},
                        {"field", problem.where.field},
                        {"context", problem.context},
                        {"source", problem.source},
                        {"quote", problem.quote},
                        {"problem", problem.problem}});
  return nlohmann::ordered_json{{"ok", report.ok()},
          {"citations", report.citations},
          {"positions", report.positions},
          {"red_lines", report.red_lines},
          {"claims", report.claims},
          {"sources", report.sources},
          {"problems", std::move(problems)}};
}

namespace {
std::string counted(std::size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }
}  // namespace

std::string counts_text(const CitationReport& report) {
  return fmt::format("{} ({}, {}, {}, {})", counted(report.citations, "citation"), counted(report.positions, "position"),
                     counted(report.red_lines, "red line"), counted(report.claims, "claim"), counted(report.sources, "source"));
}

std::string to_text(const CitationReport& report, std::string_view path) {
  std::string out;
  for (const auto& problem : report.problems) {
    out += fmt::format("{}:{}: {}: {}\n", problem.where.file, problem.where.line, problem.context, problem.problem);
    if (!problem.quote.empty()) out += fmt::format("    quote: \"{}\"\n", problem.quote);
  }
  if (report.ok()) out += fmt::format("{}: all {} verified\n", path, counts_text(report));
  else out += fmt::format("{}: {} in {}\n", path, counted(report.problems.size(), "problem"), counts_text(report));
  return out;
}

bool has_problem(const CitationReport& report, const Citation& citation) {
  return std::any_of(report.problems.begin(), report.problems.end(), [&](const CitationProblem& problem) {
    return problem.where.file == citation.where.file && problem.where.line == citation.where.line &&
           problem.quote == citation.quote;
  });
}

}  // namespace parley::evidence
