// Sources: a source's text with the cited sentence located, and citation checks as one types.
#include <fmt/format.h>

#include "parley/evidence/citation_check.hpp"
#include "serve/workbench_state.hpp"

namespace parley::serve {

namespace detail {

// The byte span of `quote` in `text`, matching as evidence::quote_occurs does (after
// normalise_typography). The normalised length of a prefix of `text` never decreases as the
// prefix grows, so the span's ends are found by binary search over code-point boundaries:
// the start is the last boundary whose prefix normalises to at most the match offset (then
// past any white space), the end the first whose prefix normalises to the match's end.
std::optional<std::pair<std::size_t, std::size_t>> locate_quote(std::string_view text, std::string_view quote) {
  const auto normal_text = evidence::normalise_typography(text);
  const auto normal_quote = evidence::normalise_typography(quote);
  if (normal_quote.empty()) return std::nullopt;
  const auto at = normal_text.find(normal_quote);
  if (at == std::string::npos) return std::nullopt;
  std::vector<std::size_t> boundaries;
  for (std::size_t b = 0; b <= text.size(); ++b)
    if (b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) boundaries.push_back(b);
  auto normal_length = [&](std::size_t b) { return evidence::normalise_typography(text.substr(0, b)).size(); };
  // Last boundary with normal_length <= at.
  std::size_t low = 0, high = boundaries.size() - 1;
  while (low < high) {
    const auto middle = (low + high + 1) / 2;
    if (normal_length(boundaries[middle]) <= at) low = middle;
    else high = middle - 1;
  }
  std::size_t begin = boundaries[low];
  while (begin < text.size() && evidence::normalise_typography(text.substr(begin, 1)).empty() &&
         (static_cast<unsigned char>(text[begin]) & 0x80) == 0)
    ++begin;
  // First boundary with normal_length >= at + quote length.
  const auto target = at + normal_quote.size();
  low = 0, high = boundaries.size() - 1;
  while (low < high) {
    const auto middle = (low + high) / 2;
    if (normal_length(boundaries[middle]) >= target) high = middle;
    else low = middle + 1;
  }
  return std::make_pair(begin, boundaries[low]);
}

}  // namespace detail

namespace {

// Only ids the scenario declares are served: a path here is refused, never opened.
void refuse_path(std::string_view id) {
  if (id.find('/') != std::string_view::npos || id.find('\\') != std::string_view::npos || id.find("..") != std::string_view::npos)
    throw ApiError(400, fmt::format("'{}' is a path; sources are asked for by their id", id));
}

const Source& find_source(const Workbench::State& state, std::string_view id) {
  if (!state.timeline) throw ApiError(404, "this scenario has no sources (no timeline)");
  refuse_path(id);
  if (const auto* source = state.timeline->find_source(id)) return *source;
  std::vector<std::string> ids;
  for (const auto& source : state.timeline->sources) ids.push_back(source.id);
  throw ApiError(404, fmt::format("no source with id '{}' (sources: {})", id, detail::name_list(ids)));
}

}  // namespace

Json Workbench::source(std::string_view id, std::string_view quote) const {
  const auto s = state();
  const auto& source = find_source(*s, id);
  Json out{{"id", source.id},   {"outlet", source.outlet}, {"title", source.title},
           {"published", to_string(source.published)}, {"url", source.url}, {"file", source.file},
           {"text", source.text}};
  if (!quote.empty()) {
    const auto span = detail::locate_quote(source.text, quote);
    out["quote"] = quote;
    out["found"] = span.has_value();
    out["span"] = span ? Json{span->first, span->second} : Json(nullptr);
  }
  return out;
}

// The typed citation is checked by evidence::verify_citations itself (same rules and
// messages as `parley evidence verify`): on a copy of the timeline whose only citation is it.
Json Workbench::check_citation(const nlohmann::json& request) const {
  detail::expect_object(request, {"source", "quote", "form", "speaker", "about", "date"});
  const auto s = state();
  if (!s->timeline) throw ApiError(404, "this scenario has no sources (no timeline)");
  Citation citation;
  citation.source = detail::string_field(request, "source");
  refuse_path(citation.source);
  citation.quote = detail::string_field(request, "quote");
  const auto form_text = detail::string_field(request, "form", "said");
  const auto form = citation_form_from_string(form_text);
  if (!form) throw ApiError(400, fmt::format("field 'form' must be said, reported or narrated, got '{}'", form_text));
  citation.form = *form;
  citation.speaker = detail::string_field(request, "speaker");
  citation.about = detail::string_field(request, "about");
  const auto date_text = detail::string_field(request, "date");
  if (!date_text.empty()) {
    citation.date = parse_date(date_text);
    if (!citation.date) throw ApiError(400, fmt::format("field 'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got '{}'", date_text));
  }
  if (evidence::normalise_typography(citation.quote).empty()) throw ApiError(400, "field 'quote' is empty");
  Timeline probe = *s->timeline;
  for (auto& actor : probe.actors) actor.citations.clear();
  for (auto& snapshot : probe.snapshots) snapshot.positions.clear();
  probe.claims.clear();
  probe.actors.front().citations.push_back(citation);
  const auto report = evidence::verify_citations(probe);
  Json problems = Json::array();
  for (const auto& problem : report.problems) problems.push_back(problem.problem);
  return Json{{"ok", report.ok()}, {"problems", problems}};
}

}  // namespace parley::serve
