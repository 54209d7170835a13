// JSON documents of the library (one schema per result: analysis_to_json, sweep_json, session
// records, rankings) as plain Python values (dict, list, str, int, float, bool, None).
#pragma once

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>

namespace parley::python {

pybind11::object json_to_python(const nlohmann::json& value);
pybind11::object json_to_python(const nlohmann::ordered_json& value);

}  // namespace parley::python
