// parley.load() and parley.Scenario: issues, parties, exact outcome counts, utilities (one
// outcome, or a batch into a NumPy array), dated scenarios (at(), snapshots) and shocks.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "json_value.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/io/load.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/outcome_json.hpp"
#include "parley/report/sensitivity_report.hpp"
#include "scenario_handle.hpp"

namespace py = pybind11;

namespace parley::python {

ScenarioHandle::ScenarioHandle(Scenario scenario, std::shared_ptr<const Timeline> timeline, std::string snapshot)
    : scenario_(std::make_shared<const Scenario>(std::move(scenario))),
      timeline_(std::move(timeline)),
      snapshot_(std::move(snapshot)) {}

std::shared_ptr<const negotiation::PreparedScenario> ScenarioHandle::prepared() const {
  std::call_once(prepared_once_, [this] { prepared_ = std::make_shared<const negotiation::PreparedScenario>(*scenario_); });
  return prepared_;
}

namespace {

InputError outcome_error(std::string problem) {
  return InputError(SourceLocation{"", 0, "outcome"}, std::move(problem));
}

// An integer index (Python int or NumPy integer, never a bool or a float), or nullopt.
std::optional<long long> as_index(const py::handle& value) {
  if (PyBool_Check(value.ptr()) || PyFloat_Check(value.ptr()) || !PyIndex_Check(value.ptr())) return std::nullopt;
  return py::cast<long long>(py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr())));
}

std::uint32_t value_of_label(const Issue& issue, const py::handle& value) {
  if (py::isinstance<py::str>(value)) {
    const auto label = py::cast<std::string>(value);
    if (const auto k = issue.find(label)) return static_cast<std::uint32_t>(*k);
    std::string known;
    if (!issue.is_numeric())
      for (const auto& l : issue.labels()) known += (known.empty() ? "" : ", ") + l;
    else
      known = fmt::format("numbers from {} to {}", issue.label(0), issue.label(issue.size() - 1));
    throw outcome_error(fmt::format("issue '{}' has no value '{}' (values: {})", issue.name(), label, known));
  }
  if (issue.is_numeric() && !PyBool_Check(value.ptr()) && (PyFloat_Check(value.ptr()) || PyIndex_Check(value.ptr()))) {
    const auto text = py::cast<std::string>(py::str(value));
    if (const auto k = issue.find(text)) return static_cast<std::uint32_t>(*k);
    throw outcome_error(fmt::format("issue '{}' has no value {} (its values run from {} to {})", issue.name(), text,
                                    issue.label(0), issue.label(issue.size() - 1)));
  }
  throw outcome_error(fmt::format("the value of issue '{}' must be a label (str){}, got {}", issue.name(),
                                  issue.is_numeric() ? " or a number" : "",
                                  py::cast<std::string>(py::repr(value))));
}

}  // namespace

Outcome outcome_from_python(const OutcomeSpace& space, const py::handle& value) {
  Outcome outcome(space.issue_count());
  if (py::isinstance<py::dict>(value)) {
    const auto dict = py::reinterpret_borrow<py::dict>(value);
    std::vector<bool> seen(space.issue_count(), false);
    for (const auto& [key, item] : dict) {
      if (!py::isinstance<py::str>(key)) throw outcome_error("outcome keys must be issue names (str)");
      const auto name = py::cast<std::string>(key);
      const auto i = require_issue(space, name, SourceLocation{"", 0, "outcome"});
      outcome[i] = value_of_label(space.issue(i), item);
      seen[i] = true;
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
      if (!seen[i]) throw outcome_error(fmt::format("the outcome gives no value for issue '{}'", space.issue(i).name()));
    return outcome;
  }
  if (py::isinstance<py::str>(value) || !py::isinstance<py::sequence>(value))
    throw outcome_error(fmt::format("an outcome is a dict {{issue: value}} or a sequence of value indices, got {}",
                                    py::cast<std::string>(py::repr(value))));
  const auto sequence = py::reinterpret_borrow<py::sequence>(value);
  if (sequence.size() != space.issue_count())
    throw outcome_error(fmt::format("{} value indices given for {} issues ({})", sequence.size(), space.issue_count(),
                                    fmt::join(issue_names(space), ", ")));
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    const auto index = as_index(sequence[i]);
    if (!index) throw outcome_error(fmt::format("value index of issue '{}' must be an int", space.issue(i).name()));
    if (*index < 0 || static_cast<std::size_t>(*index) >= space.issue(i).size())
      throw outcome_error(fmt::format("value index {} of issue '{}' is out of range (0..{})", *index,
                                      space.issue(i).name(), space.issue(i).size() - 1));
    outcome[i] = static_cast<std::uint32_t>(*index);
  }
  return outcome;
}

py::dict outcome_to_dict(const OutcomeSpace& space, const Outcome& outcome) {
  return json_to_python(negotiation::outcome_json(space, outcome)).cast<py::dict>();
}

py::tuple outcome_to_tuple(const Outcome& outcome) {
  py::tuple tuple(outcome.size());
  for (std::size_t i = 0; i < outcome.size(); ++i) tuple[i] = py::int_(outcome[i]);
  return tuple;
}

std::size_t party_from_python(const Scenario& scenario, const py::handle& party) {
  if (py::isinstance<py::str>(party)) {
    const auto name = py::cast<std::string>(party);
    if (const auto p = scenario.find_party(name)) return *p;
    std::string known;
    for (const auto& each : scenario.parties) known += (known.empty() ? "" : ", ") + each.name;
    throw InputError(SourceLocation{"", 0, "party"}, fmt::format("no party named '{}' (parties: {})", name, known));
  }
  const auto index = as_index(party);
  if (!index || *index < 0 || static_cast<std::size_t>(*index) >= scenario.parties.size())
    throw InputError(SourceLocation{"", 0, "party"},
                     fmt::format("a party is a name or an index 0..{}, got {}", scenario.parties.size() - 1,
                                 py::cast<std::string>(py::repr(party))));
  return static_cast<std::size_t>(*index);
}

py::int_ exact_int(const std::string& decimal) {
  return py::reinterpret_steal<py::int_>(PyLong_FromString(decimal.c_str(), nullptr, 10));
}

namespace {

std::shared_ptr<ScenarioHandle> load(const std::filesystem::path& path, const std::optional<std::string>& at) {
  if (io::has_timeline(path)) {
    auto timeline = std::make_shared<const Timeline>(io::read_timeline(path));
    const auto& snapshot = at ? find_snapshot(*timeline, *at) : latest_snapshot(*timeline);
    return std::make_shared<ScenarioHandle>(scenario_at(*timeline, snapshot), timeline, snapshot.id);
  }
  if (at) throw InputError(SourceLocation{path.string(), 0, "at"}, "`at` needs a dated scenario (a folder whose scenario.yaml has `snapshots`)");
  return std::make_shared<ScenarioHandle>(io::load_scenario(path));
}

// Utilities of a batch: rows of an integer array (n x issues) or a sequence of outcomes. The
// array path checks and evaluates row by row in one reused Outcome, without the GIL.
py::array_t<double> batch_utilities(const ScenarioHandle& handle, const py::object& outcomes, const py::object& party) {
  const auto& scenario = handle.scenario();
  const auto& space = scenario.space;
  const bool one_party = !party.is_none();
  const std::size_t first = one_party ? party_from_python(scenario, party) : 0;
  const std::size_t columns = one_party ? 1 : scenario.parties.size();
  const auto shaped = [&](std::size_t rows) {
    return one_party ? py::array_t<double>(static_cast<py::ssize_t>(rows))
                     : py::array_t<double>({static_cast<py::ssize_t>(rows), static_cast<py::ssize_t>(columns)});
  };
  const auto evaluate = [&](const Outcome& outcome, double* out) {
    for (std::size_t c = 0; c < columns; ++c) out[c] = scenario.parties[first + c].utility(outcome);
  };
  if (py::isinstance<py::array>(outcomes)) {
    const auto array = py::cast<py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>>(outcomes);
    if (array.ndim() != 2 || static_cast<std::size_t>(array.shape(1)) != space.issue_count())
      throw outcome_error(fmt::format("an outcome array must have shape (n, {}) (one value index per issue)", space.issue_count()));
    const auto rows = static_cast<std::size_t>(array.shape(0));
    auto result = shaped(rows);
    const std::int64_t* in = array.data();
    double* out = result.mutable_data();
    std::optional<InputError> error;
    {
      py::gil_scoped_release release;
      Outcome outcome(space.issue_count());
      for (std::size_t r = 0; r < rows && !error; ++r) {
        for (std::size_t i = 0; i < space.issue_count(); ++i) {
          const auto k = in[r * space.issue_count() + i];
          if (k < 0 || static_cast<std::size_t>(k) >= space.issue(i).size()) {
            error = outcome_error(fmt::format("row {}: value index {} of issue '{}' is out of range (0..{})", r, k,
                                              space.issue(i).name(), space.issue(i).size() - 1));
            break;
          }
          outcome[i] = static_cast<std::uint32_t>(k);
        }
        if (!error) evaluate(outcome, out + r * columns);
      }
    }
    if (error) throw *error;
    return result;
  }
  std::vector<Outcome> rows;
  for (const auto& item : outcomes) rows.push_back(outcome_from_python(space, item));
  auto result = shaped(rows.size());
  double* out = result.mutable_data();
  for (std::size_t r = 0; r < rows.size(); ++r) evaluate(rows[r], out + r * columns);
  return result;
}

py::array_t<std::uint32_t> all_outcomes(const ScenarioHandle& handle, std::uint64_t limit) {
  const auto& space = handle.scenario().space;
  if (!space.enumerable(limit))
    throw InputError(SourceLocation{handle.scenario().source, 0, "limit"},
                     fmt::format("the scenario has {} outcomes, more than the limit {}", space.cardinality().decimal(), limit));
  const auto count = *space.cardinality().as_u64();
  const std::size_t issues = space.issue_count();
  py::array_t<std::uint32_t> result({static_cast<py::ssize_t>(count), static_cast<py::ssize_t>(issues)});
  auto* out = result.mutable_data();
  Outcome outcome(issues, 0);  // a mixed-radix counter, last issue fastest (the order of to_id)
  for (std::uint64_t id = 0; id < count; ++id) {
    std::copy(outcome.begin(), outcome.end(), out + id * issues);
    for (std::size_t i = issues; i-- > 0;) {
      if (++outcome[i] < space.issue(i).size()) break;
      outcome[i] = 0;
    }
  }
  return result;
}

std::shared_ptr<ScenarioHandle> shocked(const ScenarioHandle& handle, const std::vector<std::string>& specs) {
  std::vector<analysis::Shock> shocks;
  for (const auto& spec : specs) shocks.push_back(analysis::parse_shock(spec));
  return std::make_shared<ScenarioHandle>(analysis::apply_shocks(handle.scenario(), shocks), handle.timeline(), handle.snapshot());
}

std::string repr(const ScenarioHandle& handle) {
  const auto& s = handle.scenario();
  return fmt::format("<parley.Scenario '{}': {} parties, {} issues, {} outcomes{}>", s.name, s.parties.size(),
                     s.space.issue_count(), s.space.cardinality().decimal(),
                     handle.snapshot().empty() ? "" : ", snapshot " + handle.snapshot());
}

}  // namespace

void bind_scenario(py::module_& m) {
  py::class_<Issue>(m, "Issue", "One negotiation issue: a name and a finite list of values.")
      .def_property_readonly("name", &Issue::name)
      .def_property_readonly("kind", [](const Issue& issue) { return std::string(to_string(issue.kind())); })
      .def_property_readonly("values", [](const Issue& issue) {
        std::vector<std::string> labels;
        for (std::size_t k = 0; k < issue.size(); ++k) labels.push_back(issue.label(k));
        return labels;
      }, "value labels in index order")
      .def_property_readonly("is_numeric", &Issue::is_numeric)
      .def_property_readonly("description", [](const Issue& issue) { return issue.description; })
      .def("__len__", &Issue::size)
      .def("__repr__", [](const Issue& issue) {
        return fmt::format("<parley.Issue '{}': {} {} values>", issue.name(), issue.size(), to_string(issue.kind()));
      });

  py::class_<Party>(m, "Party", "A negotiating party: name, role, reservation value and preferences.")
      .def_property_readonly("name", [](const Party& p) { return p.name; })
      .def_property_readonly("role", [](const Party& p) { return p.role; })
      .def_property_readonly("reservation_value", [](const Party& p) { return p.reservation_value; })
      .def_property_readonly("discount_factor", [](const Party& p) { return p.discount_factor; })
      .def_property_readonly("capability", [](const Party& p) { return p.capability; })
      .def_property_readonly("salience", [](const Party& p) { return p.salience; })
      .def_property_readonly("description", [](const Party& p) { return p.description; })
      .def_property_readonly("utility_kind", [](const Party& p) {
        return std::string(p.utility.is_additive() ? "additive" : "hyper-rectangles");
      })
      .def_property_readonly("weights", [](const Party& p) -> std::optional<std::vector<double>> {
        if (!p.utility.is_additive()) return std::nullopt;
        return p.utility.additive().weights;
      }, "issue weights in issue order (additive utilities), else None")
      .def("__repr__", [](const Party& p) {
        return fmt::format("<parley.Party '{}': reservation {:.4g}>", p.name, p.reservation_value);
      });

  py::class_<ScenarioHandle, std::shared_ptr<ScenarioHandle>>(m, "Scenario",
      "A negotiation scenario: issues, parties and their preferences (use parley.load).")
      .def_property_readonly("name", [](const ScenarioHandle& h) { return h.scenario().name; })
      .def_property_readonly("description", [](const ScenarioHandle& h) { return h.scenario().description; })
      .def_property_readonly("source", [](const ScenarioHandle& h) { return h.scenario().source; })
      .def_property_readonly("issues", [](const ScenarioHandle& h) { return h.scenario().space.issues(); })
      .def_property_readonly("parties", [](const ScenarioHandle& h) { return h.scenario().parties; })
      .def_property_readonly("issue_names", [](const ScenarioHandle& h) {
        std::vector<std::string> names;
        for (const auto& issue : h.scenario().space.issues()) names.push_back(issue.name());
        return names;
      })
      .def_property_readonly("party_names", [](const ScenarioHandle& h) {
        std::vector<std::string> names;
        for (const auto& party : h.scenario().parties) names.push_back(party.name);
        return names;
      })
      .def_property_readonly("outcome_count", [](const ScenarioHandle& h) {
        return exact_int(h.scenario().space.cardinality().decimal());
      }, "exact number of outcomes (a Python int; may exceed 2**64)")
      .def("utility", [](const ScenarioHandle& h, const py::object& party, const py::object& outcome) {
        const auto p = party_from_python(h.scenario(), party);
        return h.scenario().parties[p].utility(outcome_from_python(h.scenario().space, outcome));
      }, py::arg("party"), py::arg("outcome"), "u_party(outcome) in [0, 1]; outcome as a dict or index tuple")
      .def("utilities", &batch_utilities, py::arg("outcomes"), py::arg("party") = py::none(),
           "utilities of many outcomes: array (n, parties), or (n,) for one party; outcomes as an integer "
           "array (n, issues) of value indices or a sequence of dicts / index tuples")
      .def("outcome", [](const ScenarioHandle& h, const py::object& value) {
        return outcome_to_dict(h.scenario().space, outcome_from_python(h.scenario().space, value));
      }, py::arg("outcome"), "the outcome as {issue: label}")
      .def("indices", [](const ScenarioHandle& h, const py::object& value) {
        return outcome_to_tuple(outcome_from_python(h.scenario().space, value));
      }, py::arg("outcome"), "the outcome as a tuple of value indices")
      .def("all_outcomes", &all_outcomes, py::arg("limit") = 10'000'000,
           "every outcome as an array (n, issues) of value indices, in mixed-radix order")
      .def_property_readonly("is_dated", [](const ScenarioHandle& h) { return h.timeline() != nullptr; })
      .def_property_readonly("snapshot", [](const ScenarioHandle& h) -> std::optional<std::string> {
        if (h.snapshot().empty()) return std::nullopt;
        return h.snapshot();
      }, "the snapshot id of a dated scenario, else None")
      .def_property_readonly("snapshots", [](const ScenarioHandle& h) {
        py::list list;
        if (h.timeline())
          for (const auto& s : h.timeline()->snapshots)
            list.append(py::dict(py::arg("id") = s.id, py::arg("date") = to_string(s.date), py::arg("title") = s.title));
        return list;
      }, "the snapshots of a dated scenario ({id, date, title}), [] otherwise")
      .def("at", [](const ScenarioHandle& h, const std::string& id_or_date) {
        if (!h.timeline())
          throw InputError(SourceLocation{h.scenario().source, 0, "at"},
                           "`at` needs a dated scenario (a folder whose scenario.yaml has `snapshots`)");
        const auto& snapshot = find_snapshot(*h.timeline(), id_or_date);
        return std::make_shared<ScenarioHandle>(scenario_at(*h.timeline(), snapshot), h.timeline(), snapshot.id);
      }, py::arg("date"), "the scenario at a snapshot: an id, or a date (2022, 2022-03, 2022-03-14)")
      .def("shock", [](const ScenarioHandle& h, py::args specs) {
        return shocked(h, py::cast<std::vector<std::string>>(specs));
      }, "a copy changed by shocks such as 'Russia.reservation-=0.1' (analyze --shock)")
      .def("sweep", [](const ScenarioHandle& h) {
        const auto sweep = [&] {
          py::gil_scoped_release release;
          return analysis::sensitivity_sweep(h.scenario());
        }();
        return json_to_python(report::sweep_json(h.scenario(), sweep));
      }, "the sensitivity sweep (ZOPA margin, reservation thresholds, blocking issues) as in analyze --sweep --json")
      .def("save", [](const ScenarioHandle& h, const std::filesystem::path& path, const std::string& format, bool overwrite) {
        const auto parsed = io::scenario_format_from_string(format);
        if (!parsed)
          throw InputError(SourceLocation{path.string(), 0, "format"},
                           fmt::format("format must be yaml, genius or geniusweb, got '{}'", format));
        io::save_scenario(h.scenario(), path, *parsed, overwrite);
      }, py::arg("path"), py::arg("format") = "yaml", py::arg("overwrite") = false)
      .def("__repr__", &repr);

  m.def("load", &load, py::arg("path"), py::arg("at") = py::none(),
        "Load a scenario: a YAML file or folder, a GENIUS XML folder or a GeniusWeb JSON folder. "
        "A dated scenario gives its latest snapshot, or the one named by `at`.");
}

}  // namespace parley::python
