// parley.tournament() -> parley.Ranking: the CLI's tournament (same config, same seeds, same
// results store with resume) from Python. With `out` the sessions go to a resumable results
// folder exactly as `parley tournament --out`; without it they run in memory. The GIL is
// released while the sessions run on every core.
#include <fmt/format.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>
#include <tbb/task_arena.h>

#include "bindings.hpp"
#include "json_value.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/tournament/ranking_chart.hpp"
#include "parley/tournament/run_tournament.hpp"
#include "parley/tournament/session_record.hpp"
#include "scenario_handle.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

using namespace tournament;

struct Ranking {
  std::vector<RankingRow> rows;
  std::uint64_t sessions = 0, resumed_from = 0, ran = 0;
  double seconds = 0;
  std::string out;
  std::vector<nlohmann::json> records;  // in-memory runs: every session record, in session order
};

py::list rows_list(const Ranking& r) {
  return py::cast<py::list>(json_to_python(ranking_json(r.rows)));
}

std::vector<std::string> specs_of(const py::object& value) {
  if (value.is_none()) return {};
  if (py::isinstance<py::str>(value)) return negotiation::split_agent_list(py::cast<std::string>(value));
  std::vector<std::string> specs;
  for (const auto& item : value) {
    if (!py::isinstance<py::str>(item))
      throw InputError(SourceLocation{"", 0, "agents"},
                       fmt::format("tournament agents are spec strings (or registered Python agents), got {}",
                                   py::cast<std::string>(py::repr(item))));
    specs.push_back(py::cast<std::string>(item));
  }
  return specs;
}

Ranking run(const py::object& agents, const py::object& scenarios, const py::object& out, const py::object& opponents,
            int repetitions, int rounds, const std::string& protocol, const std::string& mediator, std::uint64_t seed,
            bool self_play, std::uint64_t max_assignments, int threads, bool resume, bool force, double batch_seconds) {
  TournamentConfig config;
  config.agents = specs_of(agents);
  config.opponents = specs_of(opponents);
  config.repetitions = repetitions;
  config.rounds = rounds;
  config.protocol = protocol;
  config.mediator = mediator;
  config.seed = seed;
  config.self_play = self_play;
  config.max_assignments = max_assignments;
  std::vector<ScenarioInput> inputs;
  std::vector<std::filesystem::path> paths;
  const py::list items = py::isinstance<py::str>(scenarios) || py::isinstance<ScenarioHandle>(scenarios) ||
                                 !py::isinstance<py::iterable>(scenarios)
                             ? py::list(py::make_tuple(scenarios))
                             : py::list(scenarios);
  for (const auto& item : items) {
    if (py::isinstance<ScenarioHandle>(item)) inputs.push_back({"", "", item.cast<const ScenarioHandle&>().scenario()});
    else paths.push_back(py::cast<std::filesystem::path>(item));
  }
  config.scenarios = paths;
  if (resume && force) throw InputError(SourceLocation{"", 0, "resume"}, "resume and force exclude each other");
  Ranking ranking;
  py::gil_scoped_release release;
  check_config(config);
  auto loaded = load_scenario_inputs(paths);
  for (auto& input : inputs) loaded.push_back(std::move(input));
  // Preparation keeps to `threads` as the sessions do (its parallel loops use the caller's arena).
  tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
  const Tournament t = arena.execute([&] { return prepare_tournament(config, std::move(loaded)); });
  if (!out.is_none()) {
    RunOptions options;
    {
      py::gil_scoped_acquire gil;
      options.out = py::cast<std::filesystem::path>(out);
    }
    options.mode = force ? StoreMode::force : resume ? StoreMode::resume : StoreMode::start_or_continue;
    options.threads = threads;
    options.batch_seconds = batch_seconds;
    const auto summary = run_tournament(t, options);
    ranking.rows = summary.ranking;
    ranking.sessions = summary.sessions;
    ranking.resumed_from = summary.resumed_from;
    ranking.ran = summary.ran;
    ranking.seconds = summary.seconds;
    ranking.out = options.out.string();
    return ranking;
  }
  const auto start = std::chrono::steady_clock::now();
  ranking.records = run_sessions(t, 0, t.session_count(), threads);
  RankingBuilder builder(t.agent_specs(), t.competitor_count());
  for (const auto& record : ranking.records) builder.add(record);
  ranking.rows = builder.rows();
  ranking.sessions = ranking.ran = t.session_count();
  ranking.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return ranking;
}

py::list records_of(const Ranking& r) {
  py::list list;
  if (!r.out.empty()) {
    for_each_record(r.out, [&](const nlohmann::json& record) { list.append(json_to_python(record)); });
  } else {
    for (const auto& record : r.records) list.append(json_to_python(record));
  }
  return list;
}

}  // namespace

void bind_tournament(py::module_& m) {
  py::class_<Ranking>(m, "Ranking", "The result of parley.tournament(): one row per ranked agent, best first.")
      .def_property_readonly("rows", &rows_list, "ranking rows as dicts (the fields of ranking.json)")
      .def_property_readonly("sessions", [](const Ranking& r) { return r.sessions; })
      .def_property_readonly("resumed_from", [](const Ranking& r) { return r.resumed_from; },
                             "sessions already in the results store before this run")
      .def_property_readonly("ran", [](const Ranking& r) { return r.ran; })
      .def_property_readonly("seconds", [](const Ranking& r) { return r.seconds; })
      .def_property_readonly("out", [](const Ranking& r) -> std::optional<std::string> {
        if (r.out.empty()) return std::nullopt;
        return r.out;
      })
      .def("session_records", &records_of, "every session record (the lines of results.jsonl)")
      .def("table", [](const Ranking& r) { return ranking_table(r.rows); }, "the CLI's aligned ranking table")
      .def("_repr_svg_", [](const Ranking& r) { return render_ranking_chart(r.rows); })
      .def("__repr__", [](const Ranking& r) {
        return fmt::format("<parley.Ranking: {} agents, {} sessions{}>", r.rows.size(), r.sessions,
                           r.rows.empty() ? "" : ", best " + r.rows.front().agent);
      });

  m.def("_split_agent_list", &negotiation::split_agent_list, py::arg("list"));
  m.def("_tournament", &run, py::arg("agents"), py::arg("scenarios"), py::arg("out") = py::none(),
        py::arg("opponents") = py::none(), py::arg("repetitions") = 1, py::arg("rounds") = 100, py::arg("protocol") = "auto",
        py::arg("mediator") = "hillclimb", py::arg("seed") = 1, py::arg("self_play") = false,
        py::arg("max_assignments") = TournamentConfig{}.max_assignments, py::arg("threads") = 0, py::arg("resume") = false,
        py::arg("force") = false, py::arg("batch_seconds") = 1.0);
}

}  // namespace parley::python
