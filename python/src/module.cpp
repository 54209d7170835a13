// PYBIND11_MODULE for parley._core: the compiled half of the Python package (see bindings.hpp).
#include "bindings.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "parley's C++ engine (use the `parley` package, not this module directly)";
  parley::python::bind_errors(m);
  parley::python::bind_scenario(m);
  parley::python::bind_analysis(m);
  parley::python::bind_python_agents(m);
  parley::python::bind_negotiation(m);
  parley::python::bind_tournament(m);
  parley::python::bind_forecast(m);
  parley::python::bind_evidence(m);
  parley::python::bind_report(m);
}
