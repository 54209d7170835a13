// Python-defined agents inside C++ sessions.
//
// Data flow: parley.negotiate(scenario, agents=[MyAgent(), "boulware"]) ──make_python_agent──▶
// PythonAgent (a negotiation::Agent) ──per turn, holding the GIL──▶ the object's methods:
//   on_start(view)            optional, once: the negotiator's view (below)
//   respond(state, offer)     when an offer stands: parley.ACCEPT, parley.REJECT or parley.END
//   propose(state)            after a rejection or on the opening move: an outcome (index tuple or dict)
//   on_offer(state, party, offer)  optional: another party's offer
//   vote(state, draft, proposal)   mediated protocol only: True accepts the mediator's change
// The view shows only the agent's own preferences (utility, reservation, discount, its offer
// index) plus the outcome space and deadline — never another party's utility.
// Failures end the session as the engine's agent failures, never the interpreter: a Python
// exception ("exception: ValueError: ..."), a bad return value or an invalid outcome
// ("exception: invalid offer: ..."), and the session's action timeout / time limit for slow agents.
// Outcomes go to Python as tuples of value indices (cheap); view.outcome(o) gives the labels.
#include <fmt/format.h>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/external_agents.hpp"
#include "parley/negotiation/negotiator_view.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "scenario_handle.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

using namespace negotiation;

// What a Python agent may know: the engine's NegotiatorView of its party (its own preferences,
// never another party's). Valid while its session runs (it points into the session's prepared
// scenario, which a tournament drops when it ends); afterwards every access raises.
struct PythonView {
  negotiation::NegotiatorView view;
  std::shared_ptr<bool> alive = std::make_shared<bool>(true);

  const negotiation::NegotiatorView& checked() const {
    if (!*alive) throw std::runtime_error("this NegotiatorView belongs to a session that has ended");
    return view;
  }
  const OutcomeSpace& space() const { return checked().space(); }
  const OfferIndex& index() const { return checked().index(); }
};

struct TurnView {
  int round = 0;
  double t = 0;
  py::object offer = py::none();     // standing offer (index tuple) or None
  py::object proposer = py::none();  // its party's name
  py::object view = py::none();      // the NegotiatorView
};

const char* const kAccept = "accept";
const char* const kReject = "reject";
const char* const kEnd = "end";

std::string describe_python_error(py::error_already_set& error) {
  std::string type = "Exception";
  if (error.type()) type = py::cast<std::string>(error.type().attr("__name__"));
  return fmt::format("{}: {}", type, py::cast<std::string>(py::str(error.value())));
}

class PythonAgent final : public Agent {
 public:
  explicit PythonAgent(py::object object) : object_(std::move(object)) {
    spec_ = "python:" + py::cast<std::string>(py::type::of(object_).attr("__name__"));
    has_on_offer_ = py::hasattr(object_, "on_offer");
    has_on_start_ = py::hasattr(object_, "on_start");
    if (!py::hasattr(object_, "propose") || !py::hasattr(object_, "respond"))
      throw InputError(SourceLocation{"", 0, "agents"},
                       fmt::format("{} is neither an agent spec string nor an agent with propose(state) and "
                                   "respond(state, offer)", py::cast<std::string>(py::repr(object_))));
  }

  // Python objects are released with the GIL held: sessions end on threads that released it.
  ~PythonAgent() override {
    py::gil_scoped_acquire gil;
    if (alive_) *alive_ = false;
    respond_ = propose_ = on_offer_ = state_ = view_ = object_ = py::object();
  }

  void begin(const negotiation::NegotiatorView& view) override {
    view_pointer_ = &view;
    call([&] {
      PythonView wrapped{view};
      alive_ = wrapped.alive;
      view_ = py::cast(std::move(wrapped));
      state_ = py::cast(TurnView{});
      state_.cast<TurnView&>().view = view_;
      // Bound once: a turn then costs two calls, not two attribute lookups and two calls.
      respond_ = object_.attr("respond");
      propose_ = object_.attr("propose");
      if (has_on_offer_) on_offer_ = object_.attr("on_offer");
      if (has_on_start_) object_.attr("on_start")(view_);
    });
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    ActionKind kind = ActionKind::offer;
    call([&] {
      auto& state = update_state(turn.round, turn.t, turn.standing_offer, turn.standing_proposer);
      if (turn.standing_offer) {
        const py::object answer = respond_(state_, state.offer);
        if (is_answer(answer, kAccept) || (PyBool_Check(answer.ptr()) && answer.cast<bool>())) {
          kind = ActionKind::accept;
          return;
        }
        if (is_answer(answer, kEnd)) {
          kind = ActionKind::walk_away;
          return;
        }
        if (!is_answer(answer, kReject) && !(PyBool_Check(answer.ptr()) && !answer.cast<bool>()))
          throw std::runtime_error(fmt::format("respond() returned {}; expected parley.ACCEPT, parley.REJECT or parley.END",
                                               py::cast<std::string>(py::repr(answer))));
      }
      const py::object proposal = propose_(state_);
      if (is_answer(proposal, kEnd)) {
        kind = ActionKind::walk_away;
        return;
      }
      if (proposal.is_none()) throw std::runtime_error("invalid offer: propose() returned None (return parley.END to walk away)");
      try {
        offer = outcome_from_python(view_pointer_->space(), proposal);
      } catch (const InputError& error) {
        throw std::runtime_error("invalid offer: " + error.problem());
      }
    });
    return kind;
  }

  void observe(const ObservedAction& action) override {
    if (!has_on_offer_ || action.kind != ActionKind::offer || !action.offer) return;
    call([&] {
      update_state(action.round, action.t, action.offer, action.party);
      on_offer_(state_, py::str(std::string(view_pointer_->party_name(action.party))),
                               outcome_to_tuple(*action.offer));
    });
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule) override {
    bool yes = false;
    call([&] {
      if (!py::hasattr(object_, "vote")) throw std::runtime_error("the mediated protocol needs vote(state, draft, proposal)");
      auto& state = state_.cast<TurnView&>();
      state.t = t;
      yes = object_.attr("vote")(state_, outcome_to_tuple(draft), outcome_to_tuple(proposal)).cast<bool>();
    });
    return yes;
  }

  const std::string& spec() const override { return spec_; }

 private:
  // Runs `body` with the GIL; a Python exception becomes a C++ one the session reports.
  template <class Body>
  void call(Body&& body) {
    py::gil_scoped_acquire gil;
    try {
      body();
    } catch (py::error_already_set& error) {
      throw std::runtime_error(describe_python_error(error));
    } catch (const py::cast_error& error) {
      throw std::runtime_error(std::string("bad return value: ") + error.what());
    }
  }

  TurnView& update_state(int round, double t, const Outcome* standing, std::size_t proposer) {
    auto& state = state_.cast<TurnView&>();
    state.round = round;
    state.t = t;
    state.offer = standing ? py::object(outcome_to_tuple(*standing)) : py::object(py::none());
    state.proposer = standing ? py::object(py::str(std::string(view_pointer_->party_name(proposer)))) : py::object(py::none());
    return state;
  }

  static bool is_answer(const py::object& value, const char* answer) {
    return py::isinstance<py::str>(value) && value.cast<std::string>() == answer;
  }

  py::object object_;
  const negotiation::NegotiatorView* view_pointer_ = nullptr;  // valid during the session
  std::shared_ptr<bool> alive_;
  std::string spec_;
  py::object view_, state_, respond_, propose_, on_offer_;
  bool has_on_offer_ = false, has_on_start_ = false;
};

}  // namespace

std::unique_ptr<Agent> make_python_agent(py::object agent) { return std::make_unique<PythonAgent>(std::move(agent)); }

namespace {

// A tournament builds a fresh agent per session by calling `make` (a class, or any callable
// returning an agent) on whichever thread runs the session.
void register_python_agent(const std::string& spec, py::object make) {
  // The callable is released with the GIL, whichever thread drops the last reference.
  std::shared_ptr<py::object> shared(new py::object(std::move(make)), [](py::object* object) {
    py::gil_scoped_acquire gil;
    delete object;
  });
  register_external_agent(spec, [shared](const Scenario&, std::size_t) -> std::unique_ptr<Agent> {
    py::gil_scoped_acquire gil;
    try {
      return make_python_agent((*shared)());
    } catch (py::error_already_set& error) {
      throw std::runtime_error(describe_python_error(error));
    }
  });
}

}  // namespace

void bind_python_agents(py::module_& m) {
  m.attr("ACCEPT") = kAccept;
  m.attr("REJECT") = kReject;
  m.attr("END") = kEnd;
  m.def("_register_agent", &register_python_agent, py::arg("spec"), py::arg("make"));
  m.def("_unregister_agent", [](const std::string& spec) {
    py::gil_scoped_release release;  // a factory being dropped may need the GIL
    unregister_external_agent(spec);
  }, py::arg("spec"));

  py::class_<TurnView>(m, "State", "The turn a Python agent is asked about (one object per agent, updated in place).")
      .def_readonly("round", &TurnView::round, "1-based round")
      .def_readonly("t", &TurnView::t, "normalised time in [0, 1] (round / rounds)")
      .def_property_readonly("relative_time", [](const TurnView& s) { return s.t; }, "NegMAS's name for t")
      .def_readonly("offer", &TurnView::offer, "the standing offer (index tuple) or None")
      .def_readonly("proposer", &TurnView::proposer, "who made the standing offer")
      .def_readonly("view", &TurnView::view, "the agent's NegotiatorView");

  py::class_<PythonView>(m, "NegotiatorView",
      "What an agent may know: the outcome space, its own preferences, reservation, discount and deadline.")
      .def_property_readonly("party", [](const PythonView& v) {
        const auto& view = v.checked();
        return std::string(view.party_name(view.self()));
      })
      .def_property_readonly("issues", [](const PythonView& v) { return v.space().issues(); })
      .def_property_readonly("issue_names", [](const PythonView& v) {
        std::vector<std::string> names;
        for (const auto& issue : v.space().issues()) names.push_back(issue.name());
        return names;
      })
      .def_property_readonly("outcome_count", [](const PythonView& v) { return exact_int(v.space().cardinality().decimal()); })
      .def_property_readonly("reservation_value", [](const PythonView& v) { return v.checked().reservation_value(); })
      .def_property_readonly("discount_factor", [](const PythonView& v) { return v.checked().discount_factor(); })
      .def_property_readonly("rounds", [](const PythonView& v) { return v.checked().deadline().rounds; },
                             "the deadline in rounds (0: a time deadline only)")
      .def_property_readonly("time_limit", [](const PythonView& v) { return v.checked().deadline().seconds; },
                             "the deadline in seconds (0: a round deadline only)")
      .def_property_readonly("seed", [](const PythonView& v) { return v.checked().seed(); },
                             "this agent's own random stream, derived from the session seed")
      .def_property_readonly("is_estimate", [](const PythonView& v) { return v.checked().preferences().is_estimate(); },
                             "True when utility() is an estimate of your preferences rather than the exact function")
      .def("utility", [](const PythonView& v, const py::object& outcome) {
        return v.checked().utility(outcome_from_python(v.space(), outcome));
      }, py::arg("outcome"), "your utility of an outcome (index tuple or dict)")
      .def_property_readonly("max_utility", [](const PythonView& v) { return v.index().max_utility(); })
      .def_property_readonly("min_utility", [](const PythonView& v) { return v.index().min_utility(); })
      .def_property_readonly("best", [](const PythonView& v) { return outcome_to_tuple(v.index().best()); }, "your best outcome")
      .def("at_least", [](const PythonView& v, double target) {
        Outcome out(v.space().issue_count());
        v.index().at_least(target, out);
        return outcome_to_tuple(out);
      }, py::arg("utility"), "an outcome worth at least `utility` to you, as close to it as the index finds (your best if none)")
      .def("outcome", [](const PythonView& v, const py::object& outcome) {
        return outcome_to_dict(v.space(), outcome_from_python(v.space(), outcome));
      }, py::arg("outcome"), "the outcome as {issue: label}")
      .def("__repr__", [](const PythonView& v) {
        return *v.alive ? fmt::format("<parley.NegotiatorView of '{}'>", v.view.party_name(v.view.self()))
                        : std::string("<parley.NegotiatorView (session ended)>");
      });
}

}  // namespace parley::python
