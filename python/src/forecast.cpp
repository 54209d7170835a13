// parley.forecast(): the collective-decision models (median voter, compromise, Nash, BDM) on
// each issue of an actor file (actor CSV, KTAB CSV, DEU) or a Scenario, as `parley forecast`.
#include <fmt/format.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "parley/forecast/forecast.hpp"
#include "parley/forecast/forecast_input.hpp"
#include "parley/model/error.hpp"
#include "scenario_handle.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

using namespace forecast;

py::dict issue_dict(const ForecastIssue& issue, const IssueForecast& result, const std::optional<double>& outcome) {
  py::list actors;
  for (const auto& s : issue.stances)
    actors.append(py::dict(py::arg("name") = s.actor, py::arg("capability") = s.capability, py::arg("position") = s.position,
                           py::arg("salience") = s.salience));
  const auto scale = scale_of(issue);
  py::dict d;
  d["name"] = issue.name;
  d["scale"] = py::dict(py::arg("lower") = scale.lower, py::arg("upper") = scale.upper);
  d["actors"] = actors;
  d["median"] = result.median;
  d["compromise"] = result.compromise;
  d["nash"] = result.nash;
  d["outcome"] = outcome;
  if (result.bdm) {
    py::list rounds;
    for (const auto& round : result.bdm->rounds)
      rounds.append(py::dict(py::arg("median") = round.median, py::arg("mean") = round.mean, py::arg("positions") = round.positions));
    d["bdm"] = py::dict(py::arg("forecast") = result.bdm->forecast(), py::arg("rounds") = rounds);
  } else {
    d["bdm"] = py::none();
  }
  return d;
}

py::list run_forecast(const py::object& source, const std::string& model, const std::optional<std::string>& only_issue,
                      int bdm_rounds, double q, double t, const std::string& probability, const std::string& compromise_choice,
                      bool capitulation) {
  const auto chosen = forecast_model_from_string(model);
  if (!chosen) throw InputError(SourceLocation{"", 0, "model"}, fmt::format("must be bdm, compromise, nash or all, got '{}'", model));
  if (probability != "all-votes" && probability != "pair-votes")
    throw InputError(SourceLocation{"", 0, "probability"}, fmt::format("must be all-votes or pair-votes, got '{}'", probability));
  if (compromise_choice != "lowest-weighted" && compromise_choice != "least-move")
    throw InputError(SourceLocation{"", 0, "compromise_choice"},
                     fmt::format("must be lowest-weighted or least-move, got '{}'", compromise_choice));
  ForecastOptions options{*chosen, {}};
  options.bdm.rounds = bdm_rounds;
  options.bdm.q = q;
  options.bdm.t = t;
  options.bdm.probability = probability == "pair-votes" ? BdmProbability::pair_votes : BdmProbability::all_votes;
  options.bdm.compromise_choice =
      compromise_choice == "least-move" ? BdmCompromiseChoice::least_move : BdmCompromiseChoice::lowest_weighted_position;
  options.bdm.capitulation = capitulation;
  ForecastInput input = py::isinstance<ScenarioHandle>(source)
                            ? forecast_input_from_scenario(source.cast<const ScenarioHandle&>().scenario())
                            : read_forecast_input(py::cast<std::filesystem::path>(source));
  py::list issues;
  bool found = !only_issue;
  for (std::size_t i = 0; i < input.issues.size(); ++i) {
    if (only_issue && input.issues[i].name != *only_issue) continue;
    found = true;
    const auto result = [&] {
      py::gil_scoped_release release;
      return forecast_issue(input.issues[i], options);
    }();
    issues.append(issue_dict(input.issues[i], result, input.outcomes[i]));
  }
  if (!found) throw InputError(SourceLocation{"", 0, "issue"}, fmt::format("no issue named '{}'", *only_issue));
  return issues;
}

}  // namespace

void bind_forecast(py::module_& m) {
  m.def("forecast", &run_forecast, py::arg("source"), py::arg("model") = "all", py::arg("issue") = py::none(),
        py::arg("rounds") = BdmParameters{}.rounds, py::arg("q") = BdmParameters{}.q, py::arg("t") = BdmParameters{}.t,
        py::arg("probability") = "all-votes", py::arg("compromise_choice") = "lowest-weighted", py::arg("capitulation") = false,
        "Forecast each issue of an actor file (actor CSV, KTAB CSV, DEU) or a Scenario with the median voter, "
        "compromise, Nash and BDM models: a list with one dict per issue (as `parley forecast --json`).");
}

}  // namespace parley::python
