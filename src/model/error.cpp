#include "parley/model/error.hpp"

namespace parley {
namespace {

std::string render(const SourceLocation& where, const std::string& problem) {
  std::string text;
  if (!where.file.empty()) {
    text += where.file;
    if (where.line > 0) text += ":" + std::to_string(where.line);
    text += ": ";
  }
  if (!where.field.empty()) text += where.field + ": ";
  return text + problem;
}

}  // namespace

InputError::InputError(SourceLocation where, std::string problem)
    : std::runtime_error(render(where, problem)), where_(std::move(where)), problem_(std::move(problem)) {}

}  // namespace parley
