// parley::InputError as a Python exception: parley.InputError, a subclass of ValueError with
// the attributes file, line, field and problem (str() is the CLI's "file:line: problem").
#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "parley/model/error.hpp"

namespace py = pybind11;

namespace parley::python {

void bind_errors(py::module_& m) {
  // The exception class lives as long as the module; a static handle is pybind11's idiom.
  static py::exception<InputError> input_error(m, "InputError", PyExc_ValueError);
  input_error.doc() = "Bad user input: a subclass of ValueError with file, line, field and problem attributes.";
  py::register_exception_translator([](std::exception_ptr pointer) {
    try {
      if (pointer) std::rethrow_exception(pointer);
    } catch (const InputError& error) {
      py::object instance = py::reinterpret_borrow<py::object>(input_error.ptr())(py::str(error.what()));
      const auto& where = error.where();
      instance.attr("file") = where.file.empty() ? py::object(py::none()) : py::object(py::str(where.file));
      instance.attr("line") = where.line > 0 ? py::object(py::int_(where.line)) : py::object(py::none());
      instance.attr("field") = where.field.empty() ? py::object(py::none()) : py::object(py::str(where.field));
      instance.attr("problem") = py::str(error.problem());
      PyErr_SetObject(input_error.ptr(), instance.ptr());
    }
  });
}

}  // namespace parley::python
