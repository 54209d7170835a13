// JSON -> Python values by walking the document (no text round trip; key order kept).
#include "json_value.hpp"

namespace py = pybind11;

namespace parley::python {

namespace {

template <class Json>
py::object convert(const Json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return py::none();
    case nlohmann::json::value_t::boolean: return py::bool_(value.template get<bool>());
    case nlohmann::json::value_t::number_integer: return py::int_(value.template get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: return py::int_(value.template get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: return py::float_(value.template get<double>());
    case nlohmann::json::value_t::string: return py::str(value.template get_ref<const std::string&>());
    case nlohmann::json::value_t::array: {
      py::list list;
      for (const auto& item : value) list.append(convert(item));
      return list;
    }
    case nlohmann::json::value_t::object: {
      py::dict dict;
      for (auto it = value.begin(); it != value.end(); ++it) dict[py::str(it.key())] = convert(it.value());
      return dict;
    }
    default: return py::none();  // binary and discarded values never occur in parley's documents
  }
}

}  // namespace

py::object json_to_python(const nlohmann::json& value) { return convert(value); }
py::object json_to_python(const nlohmann::ordered_json& value) { return convert(value); }

}  // namespace parley::python
