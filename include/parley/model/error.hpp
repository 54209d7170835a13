// parley::InputError — the one error type for bad user input.
//
// Data flow: every reader (io), the CLI and the library validators throw InputError when
// what a user wrote is wrong. It carries where (file, line, field) and what (problem), and
// renders as `scenario.yaml:12: weight of issue 'crimea' is negative`. The CLI prints it as
// `error: <what()>` and exits 2; any other exception is an internal failure (exit 1).
#pragma once

#include <stdexcept>
#include <string>

namespace parley {

struct SourceLocation {
  std::string file;   // path as the user gave it; empty when the input was not a file
  int line = 0;       // 1-based; 0 when unknown
  std::string field;  // e.g. "parties[1].weights.crimea"; empty when not applicable
};

class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, std::string problem);
  explicit InputError(std::string problem) : InputError(SourceLocation{}, std::move(problem)) {}

  const SourceLocation& where() const { return where_; }
  const std::string& problem() const { return problem_; }

 private:
  SourceLocation where_;
  std::string problem_;
};

}  // namespace parley
