// A small linear program solved with GLPK's simplex (Debian libglpk-dev), the only place the
// elicitation module touches GLPK: the rest builds rows and columns through this class.
//
// Columns and rows are added with bounds; the objective is set per call to solve(), so one
// program answers many "maximise / minimise this" questions (weight ranges, pair ranges).
#pragma once

#include <cstddef>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace parley::elicitation::detail {

class LinearProgram {
 public:
  static constexpr double infinity = std::numeric_limits<double>::infinity();

  LinearProgram();
  ~LinearProgram();
  LinearProgram(const LinearProgram&) = delete;
  LinearProgram& operator=(const LinearProgram&) = delete;

  // A column lower <= x <= upper (either may be infinite); returns its index.
  std::size_t add_column(double lower, double upper);
  // A row lower <= sum coefficient * x_column <= upper; returns its index.
  std::size_t add_row(const std::vector<std::pair<std::size_t, double>>& terms, double lower, double upper);
  // Changes a column's bounds.
  void set_column_bounds(std::size_t column, double lower, double upper);
  // Changes a row's bounds.
  void set_row_bounds(std::size_t row, double lower, double upper);

  std::size_t columns() const { return columns_; }

  // Optimises sum objective * x; the column values at the optimum, or nullopt when the program
  // is infeasible or unbounded (or the solver gives up).
  std::optional<std::vector<double>> solve(const std::vector<std::pair<std::size_t, double>>& objective, bool maximise);

 private:
  struct Problem;
  std::unique_ptr<Problem> problem_;
  std::size_t columns_ = 0, rows_ = 0;
};

}  // namespace parley::elicitation::detail
