#include "elicitation/part_worth_program.hpp"

#include <fmt/format.h>

#include "parley/model/error.hpp"

namespace parley::elicitation::detail {

PartWorthProgram::PartWorthProgram(const OutcomeSpace& space, std::size_t max_values) : space_(space) {
  std::size_t values = 0;
  for (const auto& issue : space.issues()) values += issue.size();
  if (values > max_values)
    throw InputError(fmt::format("learning a utility gives every issue value its own variable; this space has {} "
                                 "values (limit {}): discretise numeric issues more coarsely",
                                 values, max_values));
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    offsets_.push_back(lp_.columns());
    for (std::size_t k = 0; k < space.issue(i).size(); ++k) lp_.add_column(0.0, 1.0);
  }
  std::vector<std::pair<std::size_t, double>> scale;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    caps_.push_back(lp_.add_column(0.0, 1.0));
    scale.emplace_back(caps_.back(), 1.0);
    for (std::size_t k = 0; k < space.issue(i).size(); ++k)
      lp_.add_row({{column(i, k), 1.0}, {caps_[i], -1.0}}, -LinearProgram::infinity, 0.0);
  }
  lp_.add_row(scale, 1.0, 1.0);
}

std::vector<std::pair<std::size_t, double>> PartWorthProgram::difference_terms(const Outcome& a,
                                                                               const Outcome& b) const {
  std::vector<std::pair<std::size_t, double>> terms;
  for (std::size_t i = 0; i < space_.issue_count(); ++i) {
    if (a[i] == b[i]) continue;
    terms.emplace_back(column(i, a[i]), 1.0);
    terms.emplace_back(column(i, b[i]), -1.0);
  }
  return terms;
}

std::vector<std::vector<double>> PartWorthProgram::part_worths(const std::vector<double>& solution) const {
  std::vector<std::vector<double>> result(space_.issue_count());
  for (std::size_t i = 0; i < space_.issue_count(); ++i)
    for (std::size_t k = 0; k < space_.issue(i).size(); ++k) result[i].push_back(solution[column(i, k)]);
  return result;
}

}  // namespace parley::elicitation::detail
