// parley.report(): the timeline report of a dated scenario as data — the document of
// `parley report --json` (schema parley.report/2): per snapshot the cited positions, the model's
// numbers with their reasons, red lines, the agreement space, the wider table with the West,
// forecasts and simulations. Like the CLI it refuses a scenario whose citation check fails unless
// told to mark the broken citations.
#include <fmt/format.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "json_value.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/evidence/citation_check.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/report/flagship_report.hpp"
#include "parley/report/report_json.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

py::object run_report(const std::filesystem::path& path, const std::vector<std::string>& shocks, std::uint64_t seed, int rounds,
                      bool simulate, bool mark_broken_citations) {
  if (rounds < 1) throw InputError(SourceLocation{"", 0, "rounds"}, fmt::format("must be at least 1, got {}", rounds));
  report::TimelineReportOptions options;
  options.seed = seed;
  options.rounds = rounds;
  options.simulate = simulate;
  for (const auto& spec : shocks) options.shocks.push_back(analysis::parse_shock(spec));
  nlohmann::ordered_json document;
  {
    py::gil_scoped_release release;
    const auto timeline = io::read_timeline(path);
    const auto built = report::build_timeline_report(timeline, options);
    if (!built.citations.ok() && !mark_broken_citations)
      throw InputError(SourceLocation{path.string(), 0, ""},
                       "the citation check failed; fix the citations (see verify_citations()), or pass "
                       "mark_broken_citations=True to report with each broken citation marked:\n" +
                           evidence::to_text(built.citations, path.string()));
    document = report::report_to_json(built);
  }
  return json_to_python(document);
}

}  // namespace

void bind_report(py::module_& m) {
  m.def("report", &run_report, py::arg("path"), py::arg("shocks") = std::vector<std::string>{}, py::arg("seed") = 1,
        py::arg("rounds") = 100, py::arg("simulate") = true, py::arg("mark_broken_citations") = false,
        "The timeline report of a dated scenario (the document of `parley report --json`, schema parley.report/2): "
        "per snapshot positions with citations, every number with its reason (`why` or the top-level `definitions`), "
        "red lines, the agreement space, the wider table, forecasts and simulations.");
}

}  // namespace parley::python
