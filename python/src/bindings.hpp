// The pieces of the `parley._core` extension module, one binding file per concern.
//
// Data flow: module.cpp creates the module and calls every bind_*(); each file registers the
// classes and functions of one library module:
//   errors.cpp       parley::InputError -> parley.InputError (a ValueError with file/line/field/problem)
//   scenario.cpp     load(), Scenario, Issue, Party, outcome conversion, utilities, timeline, shocks
//   analysis.cpp     Scenario.analyze() -> Analysis (frontier as NumPy arrays, reference points, ZOPA)
//   negotiation.cpp  negotiate() -> Session, Python-defined agents (python_agent.cpp)
//   tournament.cpp   tournament() -> Ranking, with the CLI's results store
//   forecast.cpp / evidence.cpp   the forecast and evidence entry points
//   report.cpp       report() -> the timeline report of a dated scenario (report --json)
#pragma once

#include <cstddef>
#include <memory>

#include <pybind11/pybind11.h>

#include "parley/negotiation/agent.hpp"

namespace parley::python {

void bind_errors(pybind11::module_& m);
void bind_scenario(pybind11::module_& m);
void bind_analysis(pybind11::module_& m);
void bind_negotiation(pybind11::module_& m);
void bind_python_agents(pybind11::module_& m);
void bind_tournament(pybind11::module_& m);
void bind_forecast(pybind11::module_& m);
void bind_evidence(pybind11::module_& m);
void bind_report(pybind11::module_& m);

// A C++ Agent that plays by calling the methods of a Python object (python_agent.cpp); the
// session tells it its party in begin(). InputError when the object has no propose/respond.
std::unique_ptr<negotiation::Agent> make_python_agent(pybind11::object agent);

}  // namespace parley::python
