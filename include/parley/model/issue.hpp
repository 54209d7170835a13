// parley::Issue — one negotiation issue and its finite list of values.
//
// Every issue is seen by the rest of parley as values 0..size()-1 (an outcome is one index
// per issue). Categorical and ordinal issues keep their labels; ordinal order is the label
// order (first = one end of the range, last = the other). Integer ranges hold every integer
// in [lower, upper]; real ranges are discretised to lower, lower+step, ..., upper (the last
// step may be shorter so that `upper` is always a value). Numeric labels are generated on
// demand, so a range of a million integers costs no memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

enum class IssueKind { categorical, ordinal, integer, real };

std::string_view to_string(IssueKind kind);
std::optional<IssueKind> issue_kind_from_string(std::string_view text);

class Issue {
 public:
  // Categorical or ordinal issue with the given labels (at least one, all distinct).
  static Issue with_labels(std::string name, IssueKind kind, std::vector<std::string> labels);
  // Integer issue with every integer in [lower, upper].
  static Issue integer_range(std::string name, std::int64_t lower, std::int64_t upper);
  // Real issue on [lower, upper] discretised with `step` (> 0).
  static Issue real_range(std::string name, double lower, double upper, double step);

  const std::string& name() const { return name_; }
  IssueKind kind() const { return kind_; }
  bool is_numeric() const { return kind_ == IssueKind::integer || kind_ == IssueKind::real; }
  std::size_t size() const { return size_; }

  // Label of value k as shown to users and written to files ("Dell", "7", "0.25").
  std::string label(std::size_t k) const;
  // Index of the value with this label (numeric issues also accept any spelling of the
  // number that names an exact grid value, e.g. "7.0"), or nullopt.
  std::optional<std::size_t> find(std::string_view label) const;
  // Labels that find() has compared with its argument on the calling thread so far: a
  // deterministic measure of lookup work, which tests bound to show that reading an issue of
  // n values stays O(n log n) (tests/io/many_values_test.cpp); timings live in bench/.
  static std::uint64_t label_comparisons();
  // Numeric value of k: the number for numeric issues, k for categorical/ordinal.
  double numeric_value(std::size_t k) const;

  // Range description for numeric issues.
  double lower() const { return lower_; }
  double upper() const { return upper_; }
  double step() const { return step_; }
  const std::vector<std::string>& labels() const { return labels_; }  // empty when numeric

  std::string description;

 private:
  std::string name_;
  IssueKind kind_ = IssueKind::categorical;
  std::vector<std::string> labels_;
  // Value indices in label order, so that find() is a binary search: readers look up every
  // label of a profile, which a linear scan made quadratic (10^5 values: a minute).
  std::vector<std::uint32_t> by_label_;
  double lower_ = 0, upper_ = 0, step_ = 1;
  std::size_t size_ = 0;
};

}  // namespace parley
