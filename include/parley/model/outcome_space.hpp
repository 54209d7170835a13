// parley::OutcomeSpace — the issues of a scenario and the outcomes they span.
//
// An Outcome is one value index per issue (issue order of the space). The number of
// outcomes is a product that may not fit 64 bits (ANAC 2014 has 10^40), so it is an exact
// OutcomeCount; code that enumerates must ask `enumerable()` first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/error.hpp"
#include "parley/model/issue.hpp"

namespace parley {

using Outcome = std::vector<std::uint32_t>;

// Exact count of outcomes, kept as a decimal string with a u64 fast path.
class OutcomeCount {
 public:
  static OutcomeCount product_of(const std::vector<std::size_t>& factors);
  std::optional<std::uint64_t> as_u64() const { return u64_; }
  double as_double() const { return approx_; }
  const std::string& decimal() const { return decimal_; }

 private:
  std::optional<std::uint64_t> u64_;
  double approx_ = 0;
  std::string decimal_;
};

// A count for people: the exact decimal, and beside it from 10 digits on its scientific form
// to three significant digits: "27", "10000000000 (~1.00e+10)".
std::string readable_count(const std::string& decimal);

class OutcomeSpace {
 public:
  OutcomeSpace() = default;
  explicit OutcomeSpace(std::vector<Issue> issues);  // throws InputError on duplicate names

  const std::vector<Issue>& issues() const { return issues_; }
  std::size_t issue_count() const { return issues_.size(); }
  const Issue& issue(std::size_t i) const { return issues_[i]; }
  std::optional<std::size_t> find_issue(std::string_view name) const;

  OutcomeCount cardinality() const;
  // True when the space has at most `limit` outcomes.
  bool enumerable(std::uint64_t limit) const;

  // Mixed-radix id <-> outcome (issue 0 is the most significant digit); only for spaces
  // whose cardinality fits 64 bits.
  std::uint64_t to_id(const Outcome& outcome) const;
  Outcome from_id(std::uint64_t id) const;

  // "issue=value, issue=value" for messages and tables. A value holding a comma or a double
  // quote is written in double quotes (its quotes doubled), so the pairs stay separable:
  // party="Greens, Left", seats=3.
  std::string describe(const Outcome& outcome) const;
  bool is_valid(const Outcome& outcome) const;

 private:
  std::vector<Issue> issues_;
};

// Issue names in order, and the index of the issue named `name`; else InputError at `where`:
// "no issue named 'crimae'; did you mean 'crimea'? (issues: ...)". The same for a value of a
// categorical or ordinal issue ("issue 'x' has no value 'y'; did you mean ...? (values: ...)");
// numeric issues accept any spelling of a grid number and name their range instead.
std::vector<std::string> issue_names(const OutcomeSpace& space);
std::size_t require_issue(const OutcomeSpace& space, std::string_view name, const SourceLocation& where);
std::size_t require_value(const Issue& issue, std::string_view label, const SourceLocation& where);

}  // namespace parley
