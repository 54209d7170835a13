// Scenario.analyze() -> parley.Analysis: the exact Pareto frontier as NumPy arrays (utilities
// and value indices), the reference points, the ZOPA, opposition and each party's extremes;
// its SVG (Jupyter) is the report module's utility-space plot of the first two parties.
#include <fmt/format.h>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "json_value.hpp"
#include "parley/analysis/analyze.hpp"
#include "parley/report/analysis_json.hpp"
#include "parley/report/utility_plot.hpp"
#include "scenario_handle.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

struct Point {
  std::shared_ptr<const Scenario> scenario;
  analysis::AgreementPoint point;
};

struct Analysis {
  std::shared_ptr<const ScenarioHandle> handle;
  analysis::AnalysisResult result;
};

std::optional<Point> point_of(const Analysis& a, const std::optional<analysis::AgreementPoint>& point) {
  if (!point) return std::nullopt;
  return Point{a.handle->shared(), *point};
}

py::array_t<double> frontier_utilities(const Analysis& a) {
  const auto& f = a.result.frontier;
  py::array_t<double> array({static_cast<py::ssize_t>(f.size()), static_cast<py::ssize_t>(f.party_count)});
  std::copy(f.utility_table.begin(), f.utility_table.end(), array.mutable_data());
  return array;
}

py::array_t<std::uint32_t> frontier_indices(const Analysis& a) {
  const auto& f = a.result.frontier;
  py::array_t<std::uint32_t> array({static_cast<py::ssize_t>(f.size()), static_cast<py::ssize_t>(f.issue_count)});
  std::copy(f.outcome_table.begin(), f.outcome_table.end(), array.mutable_data());
  return array;
}

py::dict zopa_dict(const analysis::ZopaSummary& zopa) {
  py::dict d;
  d["rational_outcomes"] = zopa.rational_outcomes ? py::object(exact_int(zopa.rational_outcomes->decimal)) : py::object(py::none());
  d["nonempty"] = zopa.nonempty ? py::object(py::bool_(*zopa.nonempty)) : py::object(py::none());
  d["method"] = std::string(to_string(zopa.method));
  d["reason"] = zopa.reason;
  return d;
}

std::string analysis_svg(const Analysis& a) {
  const auto prepared = a.handle->prepared();
  report::UtilityPlotInput input{prepared.get(), 0, 1, nullptr, std::nullopt};
  input.title = fmt::format("{}: outcomes, Pareto frontier and reference points", a.handle->scenario().name);
  return report::render_utility_plot(input);
}

}  // namespace

void bind_analysis(py::module_& m) {
  py::class_<Point>(m, "Point", "An outcome with every party's utility (a reference point).")
      .def_property_readonly("outcome", [](const Point& p) { return outcome_to_dict(p.scenario->space, p.point.outcome); })
      .def_property_readonly("indices", [](const Point& p) { return outcome_to_tuple(p.point.outcome); })
      .def_property_readonly("utilities", [](const Point& p) { return py::tuple(py::cast(p.point.utilities)); })
      .def("__repr__", [](const Point& p) {
        std::string utilities;
        for (double u : p.point.utilities) utilities += fmt::format("{}{:.4f}", utilities.empty() ? "" : ", ", u);
        return fmt::format("<parley.Point ({}): {}>", utilities, p.scenario->space.describe(p.point.outcome));
      });

  py::class_<Analysis>(m, "Analysis", "The agreement space of a scenario (Scenario.analyze()).")
      .def_property_readonly("frontier", &frontier_utilities,
                             "Pareto frontier utilities, array (points, parties), lexicographically descending")
      .def_property_readonly("frontier_indices", &frontier_indices, "value indices of each frontier point, array (points, issues)")
      .def_property_readonly("frontier_outcomes", [](const Analysis& a) {
        py::list list;
        for (std::size_t k = 0; k < a.result.frontier.size(); ++k)
          list.append(outcome_to_dict(a.handle->scenario().space, a.result.frontier.outcome(k)));
        return list;
      }, "each frontier point as {issue: label}")
      .def_property_readonly("frontier_method", [](const Analysis& a) { return std::string(to_string(a.result.frontier.method)); })
      .def_property_readonly("frontier_reason", [](const Analysis& a) { return a.result.frontier.reason; },
                             "why the frontier was not computed ('' when it was)")
      .def_property_readonly("nash", [](const Analysis& a) { return point_of(a, a.result.reference.nash); })
      .def_property_readonly("kalai_smorodinsky", [](const Analysis& a) { return point_of(a, a.result.reference.kalai_smorodinsky); })
      .def_property_readonly("kalai", [](const Analysis& a) { return point_of(a, a.result.reference.kalai); })
      .def_property_readonly("max_welfare", [](const Analysis& a) { return point_of(a, a.result.reference.max_welfare); })
      .def_property_readonly("egalitarian", [](const Analysis& a) { return point_of(a, a.result.reference.egalitarian); })
      .def_property_readonly("zopa", [](const Analysis& a) { return zopa_dict(a.result.zopa); },
                             "{rational_outcomes (exact int or None), nonempty, method, reason}")
      .def_property_readonly("opposition", [](const Analysis& a) { return a.result.opposition; })
      .def_property_readonly("extremes", [](const Analysis& a) {
        py::dict d;
        for (std::size_t p = 0; p < a.result.extremes.size(); ++p)
          d[py::str(a.handle->scenario().parties[p].name)] =
              py::dict(py::arg("best") = point_of(a, a.result.extremes[p].best), py::arg("worst") = point_of(a, a.result.extremes[p].worst));
        return d;
      }, "{party: {best: Point, worst: Point}}")
      .def("to_dict", [](const Analysis& a) { return json_to_python(report::analysis_to_json(a.handle->scenario(), a.result)); },
           "the document of `parley analyze --json` (docs/cli/analyze.md)")
      .def("_repr_svg_", &analysis_svg)
      .def("__repr__", [](const Analysis& a) {
        const auto& f = a.result.frontier;
        return fmt::format("<parley.Analysis of '{}': frontier {} ({}), ZOPA {}>", a.handle->scenario().name,
                           f.computed() ? std::to_string(f.size()) + " points" : "not computed", to_string(f.method),
                           !a.result.zopa.nonempty ? "unknown" : *a.result.zopa.nonempty ? "non-empty" : "empty");
      });

  // analyze() lives on Scenario: added here, where Analysis is known.
  py::class_<ScenarioHandle, std::shared_ptr<ScenarioHandle>> scenario = m.attr("Scenario");
  scenario.def("analyze", [](std::shared_ptr<ScenarioHandle> handle, std::size_t max_frontier, std::uint64_t max_search_nodes,
                             std::uint64_t max_enumeration) {
    analysis::AnalysisOptions options;
    options.frontier.max_frontier_points = max_frontier;
    options.frontier.max_search_nodes = max_search_nodes;
    options.frontier.max_enumerated_outcomes = max_enumeration;
    options.zopa.max_search_nodes = max_search_nodes;
    options.max_extreme_search_nodes = max_search_nodes;
    Analysis a{handle, {}};
    {
      py::gil_scoped_release release;
      a.result = analysis::analyze(handle->scenario(), options);
    }
    return a;
  }, py::arg("max_frontier") = analysis::FrontierOptions{}.max_frontier_points,
     py::arg("max_search_nodes") = analysis::FrontierOptions{}.max_search_nodes,
     py::arg("max_enumeration") = analysis::FrontierOptions{}.max_enumerated_outcomes,
     "Pareto frontier, Nash / Kalai-Smorodinsky / kalai / max-welfare / egalitarian points, ZOPA (as `parley analyze`)");
}

}  // namespace parley::python
