#include "parley/model/issue.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <string>

#include <fmt/format.h>

#include "parley/model/error.hpp"

namespace parley {
namespace {

// Most values one integer or real range issue may have (10^7): every reader enumerates and
// labels an issue's values, so a 96-byte file must not ask for 10^9 of them.
constexpr std::uint64_t kMaxIssueValues = 10'000'000;

}  // namespace

std::string_view to_string(IssueKind kind) {
  switch (kind) {
    case IssueKind::categorical: return "categorical";
    case IssueKind::ordinal: return "ordinal";
    case IssueKind::integer: return "integer";
    case IssueKind::real: return "real";
  }
  return "categorical";
}

std::optional<IssueKind> issue_kind_from_string(std::string_view text) {
  for (auto kind : {IssueKind::categorical, IssueKind::ordinal, IssueKind::integer, IssueKind::real})
    if (to_string(kind) == text) return kind;
  return std::nullopt;
}

Issue Issue::with_labels(std::string name, IssueKind kind, std::vector<std::string> labels) {
  if (kind != IssueKind::categorical && kind != IssueKind::ordinal)
    throw InputError(fmt::format("issue '{}': labelled issues must be categorical or ordinal", name));
  if (labels.empty()) throw InputError(fmt::format("issue '{}' has no values", name));
  if (labels.size() > kMaxIssueValues)
    throw InputError(fmt::format("issue '{}' has {} values, more than 10^7", name, labels.size()));
  std::vector<std::uint32_t> by_label(labels.size());
  std::iota(by_label.begin(), by_label.end(), std::uint32_t{0});
  std::stable_sort(by_label.begin(), by_label.end(), [&](std::uint32_t a, std::uint32_t b) { return labels[a] < labels[b]; });
  // Of several repeated labels, name the one whose second copy comes first in the file.
  std::optional<std::uint32_t> first_repeat;
  for (std::size_t j = 1; j < by_label.size(); ++j)
    if (labels[by_label[j]] == labels[by_label[j - 1]] && (!first_repeat || by_label[j] < *first_repeat))
      first_repeat = by_label[j];
  if (first_repeat)
    throw InputError(fmt::format("issue '{}' has the value '{}' twice", name, labels[*first_repeat]));
  Issue issue;
  issue.by_label_ = std::move(by_label);
  issue.name_ = std::move(name);
  issue.kind_ = kind;
  issue.size_ = labels.size();
  issue.labels_ = std::move(labels);
  return issue;
}

Issue Issue::integer_range(std::string name, std::int64_t lower, std::int64_t upper) {
  if (upper < lower)
    throw InputError(fmt::format("issue '{}': upper bound {} is below lower bound {}", name, upper, lower));
  // The difference in unsigned arithmetic: upper - lower in int64 overflows (UB) for wide ranges.
  const std::uint64_t span = static_cast<std::uint64_t>(upper) - static_cast<std::uint64_t>(lower);
  if (span >= kMaxIssueValues)
    throw InputError(fmt::format("issue '{}': range [{}, {}] has more than 10^7 values", name, lower, upper));
  // Bounds are kept as doubles; beyond 2^53 they would no longer be exact.
  constexpr std::int64_t exact = std::int64_t{1} << 53;
  if (lower < -exact || upper > exact)
    throw InputError(fmt::format("issue '{}': bounds [{}, {}] are beyond +-2^53", name, lower, upper));
  Issue issue;
  issue.name_ = std::move(name);
  issue.kind_ = IssueKind::integer;
  issue.lower_ = static_cast<double>(lower);
  issue.upper_ = static_cast<double>(upper);
  issue.step_ = 1;
  issue.size_ = static_cast<std::size_t>(span) + 1;
  return issue;
}

Issue Issue::real_range(std::string name, double lower, double upper, double step) {
  if (!std::isfinite(lower) || !std::isfinite(upper) || upper < lower)
    throw InputError(fmt::format("issue '{}': range [{}, {}] is not a finite interval", name, lower, upper));
  if (!std::isfinite(step) || step <= 0)
    throw InputError(fmt::format("issue '{}': discretisation step {} must be positive", name, step));
  const double steps = (upper - lower) / step;
  if (!(steps <= static_cast<double>(kMaxIssueValues)))
    throw InputError(fmt::format("issue '{}': step {} gives more than 10^7 values; use a coarser step", name, step));
  Issue issue;
  issue.name_ = std::move(name);
  issue.kind_ = IssueKind::real;
  issue.lower_ = lower;
  issue.upper_ = upper;
  issue.step_ = step;
  // Grid lower + k*step, plus `upper` itself when the range is not a whole number of steps.
  const auto whole = static_cast<std::size_t>(std::floor(steps + 1e-9));
  const bool ragged = lower + static_cast<double>(whole) * step < upper - 1e-12 * std::max(1.0, std::abs(upper));
  issue.size_ = whole + 1 + (ragged ? 1 : 0);
  return issue;
}

double Issue::numeric_value(std::size_t k) const {
  if (!is_numeric()) return static_cast<double>(k);
  if (k + 1 == size_) return upper_;
  return lower_ + static_cast<double>(k) * step_;
}

std::string Issue::label(std::size_t k) const {
  if (!is_numeric()) return labels_.at(k);
  if (kind_ == IssueKind::integer) return std::to_string(static_cast<std::int64_t>(lower_) + static_cast<std::int64_t>(k));
  return fmt::format("{}", numeric_value(k));  // shortest round-trip representation
}

namespace {
// Per thread, so that counting costs no synchronisation in parallel callers.
thread_local std::uint64_t label_comparisons_on_this_thread = 0;
}  // namespace

std::uint64_t Issue::label_comparisons() { return label_comparisons_on_this_thread; }

std::optional<std::size_t> Issue::find(std::string_view label) const {
  if (!is_numeric()) {
    const auto at = std::lower_bound(by_label_.begin(), by_label_.end(), label, [&](std::uint32_t k, std::string_view wanted) {
      ++label_comparisons_on_this_thread;
      return labels_[k] < wanted;
    });
    ++label_comparisons_on_this_thread;  // the equality test below
    if (at == by_label_.end() || labels_[*at] != label) return std::nullopt;
    return *at;
  }
  double number = 0;
  const auto* end = label.data() + label.size();
  auto [ptr, ec] = std::from_chars(label.data(), end, number);
  if (ec != std::errc() || ptr != end || !std::isfinite(number)) return std::nullopt;
  if (number < lower_ || number > upper_) return std::nullopt;
  if (number == upper_) return size_ - 1;
  const double position = (number - lower_) / step_;
  const double nearest = std::round(position);
  if (std::abs(position - nearest) > 1e-9) return std::nullopt;
  return static_cast<std::size_t>(nearest);
}

}  // namespace parley
