#include "elicitation/linear_program.hpp"

#include <cmath>
#include <stdexcept>

#include <glpk.h>

namespace parley::elicitation::detail {
namespace {

int bound_type(double lower, double upper) {
  const bool has_lower = std::isfinite(lower), has_upper = std::isfinite(upper);
  if (has_lower && has_upper) return lower == upper ? GLP_FX : GLP_DB;
  if (has_lower) return GLP_LO;
  if (has_upper) return GLP_UP;
  return GLP_FR;
}

}  // namespace

struct LinearProgram::Problem {
  glp_prob* lp = glp_create_prob();
  ~Problem() { glp_delete_prob(lp); }
};

LinearProgram::LinearProgram() : problem_(std::make_unique<Problem>()) {}
LinearProgram::~LinearProgram() = default;

std::size_t LinearProgram::add_column(double lower, double upper) {
  glp_add_cols(problem_->lp, 1);
  set_column_bounds(columns_, lower, upper);
  return columns_++;
}

std::size_t LinearProgram::add_row(const std::vector<std::pair<std::size_t, double>>& terms, double lower,
                                   double upper) {
  const int i = glp_add_rows(problem_->lp, 1);
  std::vector<int> index(terms.size() + 1);
  std::vector<double> value(terms.size() + 1);
  for (std::size_t t = 0; t < terms.size(); ++t) {
    index[t + 1] = static_cast<int>(terms[t].first) + 1;
    value[t + 1] = terms[t].second;
  }
  glp_set_mat_row(problem_->lp, i, static_cast<int>(terms.size()), index.data(), value.data());
  ++rows_;
  set_row_bounds(rows_ - 1, lower, upper);
  return rows_ - 1;
}

void LinearProgram::set_column_bounds(std::size_t column, double lower, double upper) {
  glp_set_col_bnds(problem_->lp, static_cast<int>(column) + 1, bound_type(lower, upper),
                   std::isfinite(lower) ? lower : 0.0, std::isfinite(upper) ? upper : 0.0);
}

void LinearProgram::set_row_bounds(std::size_t row, double lower, double upper) {
  glp_set_row_bnds(problem_->lp, static_cast<int>(row) + 1, bound_type(lower, upper),
                   std::isfinite(lower) ? lower : 0.0, std::isfinite(upper) ? upper : 0.0);
}

std::optional<std::vector<double>> LinearProgram::solve(const std::vector<std::pair<std::size_t, double>>& objective,
                                                        bool maximise) {
  auto* lp = problem_->lp;
  for (std::size_t j = 0; j < columns_; ++j) glp_set_obj_coef(lp, static_cast<int>(j) + 1, 0.0);
  for (const auto& [j, c] : objective) glp_set_obj_coef(lp, static_cast<int>(j) + 1, c);
  glp_set_obj_dir(lp, maximise ? GLP_MAX : GLP_MIN);
  glp_smcp parameters;
  glp_init_smcp(&parameters);
  parameters.msg_lev = GLP_MSG_OFF;
  parameters.presolve = GLP_OFF;  // keep the basis between calls: later solves start warm
  if (glp_simplex(lp, &parameters) != 0) {
    // A singular warm basis: start again from the standard basis once.
    glp_std_basis(lp);
    if (glp_simplex(lp, &parameters) != 0) return std::nullopt;
  }
  if (glp_get_status(lp) != GLP_OPT) return std::nullopt;
  std::vector<double> values(columns_);
  for (std::size_t j = 0; j < columns_; ++j) values[j] = glp_get_col_prim(lp, static_cast<int>(j) + 1);
  return values;
}

}  // namespace parley::elicitation::detail
