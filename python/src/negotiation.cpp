// parley.negotiate() -> parley.Session: one session of C++ agents (spec strings, as in the CLI)
// and Python-defined agents (python_agent.cpp) under sao / saop / mediated, with its trace and
// the report module's utility-space plot as the Session's SVG.
// The GIL is released for the whole session; Python agents take it back for each call.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "json_value.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/catalog_json.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/negotiation/session_json.hpp"
#include "parley/report/utility_plot.hpp"
#include "scenario_handle.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

using namespace negotiation;

// Keeps what a Session shows: every event with its outcome copied, and the offers for the plot.
class EventLog final : public TraceSink {
 public:
  struct Event {
    TraceKind kind;
    int round;
    double t;
    std::size_t party;
    std::optional<Outcome> outcome;
    bool accepted;
    std::string detail;
  };
  explicit EventLog(const Scenario& scenario) : offers(scenario) {}
  void record(const TraceEvent& event) override {
    events.push_back(Event{event.kind, event.round, event.t, event.party,
                           event.outcome ? std::optional<Outcome>(*event.outcome) : std::nullopt, event.accepted,
                           std::string(event.detail)});
    offers.record(event);
  }
  std::vector<Event> events;
  OfferRecorder offers;
};

struct Session {
  std::shared_ptr<const ScenarioHandle> handle;
  std::shared_ptr<const PreparedScenario> prepared;
  SessionConfig config;
  SessionResult result;
  std::shared_ptr<EventLog> log;  // null when the trace was not kept
};

std::string party_name(const Scenario& scenario, std::size_t party) {
  return party < scenario.parties.size() ? scenario.parties[party].name : std::string("mediator");
}

py::dict per_party(const Scenario& scenario, const std::vector<double>& values) {
  py::dict d;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) d[py::str(scenario.parties[p].name)] = values[p];
  return d;
}

py::list trace_list(const Session& s) {
  py::list list;
  if (!s.log) return list;
  const auto& scenario = s.handle->scenario();
  for (const auto& e : s.log->events) {
    py::dict d;
    d["round"] = e.round;
    d["t"] = e.t;
    d["party"] = e.party == SIZE_MAX ? py::object(py::none()) : py::object(py::str(party_name(scenario, e.party)));
    d["action"] = std::string(to_string(e.kind));
    d["outcome"] = e.outcome ? py::object(outcome_to_dict(scenario.space, *e.outcome)) : py::object(py::none());
    if (e.kind == TraceKind::vote || e.kind == TraceKind::end) d["accepted"] = e.accepted;
    if (!e.detail.empty()) d["detail"] = e.detail;
    list.append(d);
  }
  return list;
}

std::string session_svg(const Session& s) {
  const auto negotiators = s.result.parties;
  const std::size_t x = negotiators.size() >= 2 ? negotiators[0] : 0, y = negotiators.size() >= 2 ? negotiators[1] : 1;
  report::UtilityPlotInput input{s.prepared.get(), x, y, s.log ? &s.log->offers.offers() : nullptr, s.result.agreement};
  input.title = fmt::format("{}: {} ({})", s.handle->scenario().name.empty() ? std::string("scenario") : s.handle->scenario().name,
                            fmt::join(s.result.agents, " vs "), to_string(s.config.protocol));
  input.seed = s.config.seed;
  return report::render_utility_plot(input);
}

SessionConfig session_config(const Scenario& scenario, const std::string& protocol, const py::object& rounds,
                             double time_limit, double action_timeout, std::uint64_t seed, const py::object& parties,
                             const std::string& mediator, const std::string& timeline) {
  SessionConfig config;
  config.seed = seed;
  const auto kind = timeline_from_string(timeline);
  if (!kind) throw InputError(SourceLocation{"", 0, "timeline"}, fmt::format("must be parley or genius, got '{}'", timeline));
  config.timeline = *kind;
  if (!rounds.is_none()) {
    config.rounds = py::cast<int>(rounds);
    if (config.rounds <= 0) throw InputError(SourceLocation{"", 0, "rounds"}, fmt::format("must be positive, got {}", config.rounds));
  } else {
    config.rounds = time_limit > 0 ? 0 : 100;
  }
  config.time_limit = time_limit;
  config.action_timeout = action_timeout;
  std::vector<std::string> names;
  for (const auto& party : scenario.parties) names.push_back(party.name);
  config.mediator = parse_mediator_spec(mediator, names);
  if (!parties.is_none())
    for (const auto& party : parties) config.parties.push_back(party_from_python(scenario, party));
  if (protocol == "auto") {
    const std::size_t count = config.parties.empty() ? scenario.parties.size() : config.parties.size();
    config.protocol = count == 2 ? Protocol::sao : Protocol::saop;
  } else if (const auto parsed = protocol_from_string(protocol)) {
    config.protocol = *parsed;
  } else {
    throw InputError(SourceLocation{"", 0, "protocol"}, fmt::format("must be auto, sao, saop or mediated, got '{}'", protocol));
  }
  if (config.protocol != Protocol::mediated) config.mediator.party.reset();
  return config;
}

Session negotiate(std::shared_ptr<ScenarioHandle> handle, const py::object& agent_list, const std::string& protocol,
                  const py::object& rounds, double time_limit, double action_timeout, std::uint64_t seed,
                  const py::object& parties, const std::string& mediator, const std::string& timeline, bool trace) {
  const auto& scenario = handle->scenario();
  Session s{handle, nullptr,
            session_config(scenario, protocol, rounds, time_limit, action_timeout, seed, parties, mediator, timeline), {}, nullptr};
  py::list entries;
  if (py::isinstance<py::str>(agent_list)) {
    for (const auto& spec : split_agent_list(py::cast<std::string>(agent_list))) entries.append(spec);
  } else {
    for (const auto& entry : agent_list) entries.append(entry);
  }
  for (const auto& entry : entries)
    if (py::isinstance<py::str>(entry)) check_agent_spec(py::cast<std::string>(entry));  // fail fast, before preparing
  {
    py::gil_scoped_release release;
    s.prepared = handle->prepared();
  }
  const auto negotiators = negotiating_parties(*s.prepared, s.config);
  if (entries.size() != negotiators.size()) {
    std::vector<std::string> names;
    for (auto p : negotiators) names.push_back(scenario.parties[p].name);
    throw InputError(SourceLocation{"", 0, "agents"}, fmt::format("{} agent(s) given for {} negotiating parties ({})",
                                                                  entries.size(), negotiators.size(), fmt::join(names, ", ")));
  }
  std::vector<std::unique_ptr<Agent>> agents;
  for (std::size_t k = 0; k < negotiators.size(); ++k) {
    const py::handle entry = entries[k];
    if (py::isinstance<py::str>(entry)) agents.push_back(make_agent(py::cast<std::string>(entry), scenario, negotiators[k]));
    else agents.push_back(make_python_agent(py::reinterpret_borrow<py::object>(entry)));
  }
  if (trace) s.log = std::make_shared<EventLog>(s.prepared->scenario());
  {
    py::gil_scoped_release release;
    s.result = run_session_with_agents(*s.prepared, std::move(agents), s.config, s.log.get());
  }
  return s;
}

}  // namespace

void bind_negotiation(py::module_& m) {
  py::class_<Session>(m, "Session", "The result of parley.negotiate(): agreement, utilities, reason, trace.")
      .def_property_readonly("agreement", [](const Session& s) {
        return s.result.agreement ? py::object(outcome_to_dict(s.handle->scenario().space, *s.result.agreement)) : py::object(py::none());
      }, "the agreed outcome as {issue: label}, or None")
      .def_property_readonly("agreement_indices", [](const Session& s) {
        return s.result.agreement ? py::object(outcome_to_tuple(*s.result.agreement)) : py::object(py::none());
      })
      .def_property_readonly("utilities", [](const Session& s) { return per_party(s.handle->scenario(), s.result.utilities); })
      .def_property_readonly("discounted_utilities", [](const Session& s) {
        return per_party(s.handle->scenario(), s.result.discounted_utilities);
      })
      .def_property_readonly("rounds", [](const Session& s) { return s.result.rounds; })
      .def_property_readonly("t", [](const Session& s) { return s.result.t; })
      .def_property_readonly("reason", [](const Session& s) { return std::string(to_string(s.result.reason)); },
                             "agreement, deadline, walk_away or agent_failure")
      .def_property_readonly("acting_party", [](const Session& s) -> std::optional<std::string> {
        if (!s.result.acting_party) return std::nullopt;
        return party_name(s.handle->scenario(), *s.result.acting_party);
      }, "who walked away or failed")
      .def_property_readonly("failure", [](const Session& s) -> std::optional<std::string> {
        if (s.result.failure.empty()) return std::nullopt;
        return s.result.failure;
      }, "why the agent failed (exception, invalid offer, timeout)")
      .def_property_readonly("offers", [](const Session& s) { return s.result.offers; })
      .def_property_readonly("agents", [](const Session& s) { return s.result.agents; })
      .def_property_readonly("wall_seconds", [](const Session& s) { return s.result.wall_seconds; })
      .def_property_readonly("trace", &trace_list, "every action: {round, t, party, action, outcome, ...}")
      .def("to_dict", [](const Session& s) {
        return json_to_python(session_result_json(s.handle->scenario(), s.config, s.result));
      }, "the document of `parley negotiate --json` (negotiation::session_result_json)")
      .def("_repr_svg_", &session_svg)
      .def("__repr__", [](const Session& s) {
        return fmt::format("<parley.Session {}: {} after {} rounds>", fmt::join(s.result.agents, " vs "),
                           to_string(s.result.reason), s.result.rounds);
      });

  m.def("agent_catalog", [](const std::string& kind) { return json_to_python(agent_catalog_json(kind)); },
        py::arg("kind") = "",
        "every agent, offering strategy, acceptance condition, opponent model and mediator with its parameters "
        "(`parley agents --json`); kind selects one group ('agent', 'offering', ...)");
  m.def("negotiate", &negotiate, py::arg("scenario"), py::arg("agents"), py::arg("protocol") = "auto",
        py::arg("rounds") = py::none(), py::arg("time_limit") = 0.0, py::arg("action_timeout") = 0.0, py::arg("seed") = 1,
        py::arg("parties") = py::none(), py::arg("mediator") = "hillclimb", py::arg("timeline") = "parley",
        py::arg("trace") = true,
        "Run one session. agents: spec strings as in the CLI ('boulware', 'timedep:e=0.5', ...) or Python agents, "
        "one per negotiating party in turn order (or one string 'boulware,conceder').");
}

}  // namespace parley::python
