#include "analysis/meet_in_the_middle.hpp"

#include <algorithm>
#include <numeric>

#include "parley/model/tolerance.hpp"

namespace parley::analysis::detail {
namespace {

struct PartialSum {
  double u0, u1;
};

// Every partial utility vector of the issues in `half` (one per combination of their values).
std::vector<PartialSum> partial_sums(const Scenario& scenario, const std::vector<std::size_t>& half) {
  const auto& a = scenario.parties[0].utility.additive();
  const auto& b = scenario.parties[1].utility.additive();
  std::vector<PartialSum> sums{{0.0, 0.0}};
  for (auto issue : half) {
    std::vector<PartialSum> next;
    next.reserve(sums.size() * scenario.space.issue(issue).size());
    for (const auto& s : sums)
      for (std::size_t k = 0; k < scenario.space.issue(issue).size(); ++k)
        next.push_back({s.u0 + a.contribution(issue, k), s.u1 + b.contribution(issue, k)});
    sums = std::move(next);
  }
  return sums;
}

class Fenwick {
 public:
  explicit Fenwick(std::size_t n) : tree_(n + 1, 0) {}
  void add(std::size_t i) {
    for (++i; i < tree_.size(); i += i & (~i + 1)) ++tree_[i];
  }
  std::uint64_t prefix(std::size_t n) const {  // number of added indices < n
    std::uint64_t total = 0;
    for (; n > 0; n -= n & (~n + 1)) total += tree_[n];
    return total;
  }

 private:
  std::vector<std::uint64_t> tree_;
};

}  // namespace

std::optional<std::uint64_t> count_rational_meet_in_the_middle(const Scenario& scenario, std::uint64_t max_half) {
  if (scenario.parties.size() != 2) return std::nullopt;
  for (const auto& party : scenario.parties)
    if (!party.utility.is_additive()) return std::nullopt;

  // Balance the halves: largest issues first, each to the half with the smaller product.
  const auto& space = scenario.space;
  std::vector<std::size_t> issues(space.issue_count());
  std::iota(issues.begin(), issues.end(), std::size_t{0});
  std::stable_sort(issues.begin(), issues.end(), [&](auto x, auto y) { return space.issue(x).size() > space.issue(y).size(); });
  std::vector<std::size_t> half[2];
  double product[2] = {1, 1};
  for (auto issue : issues) {
    const int h = product[0] <= product[1] ? 0 : 1;
    half[h].push_back(issue);
    product[h] *= static_cast<double>(space.issue(issue).size());
  }
  if (product[0] > static_cast<double>(max_half) || product[1] > static_cast<double>(max_half)) return std::nullopt;

  const double r0 = scenario.parties[0].reservation_value;
  const double r1 = scenario.parties[1].reservation_value;

  auto a = partial_sums(scenario, half[0]);
  auto b = partial_sums(scenario, half[1]);
  std::sort(a.begin(), a.end(), [](const auto& x, const auto& y) { return x.u0 < y.u0; });
  std::sort(b.begin(), b.end(), [](const auto& x, const auto& y) { return x.u0 > y.u0; });
  std::vector<double> b1(b.size());
  for (std::size_t k = 0; k < b.size(); ++k) b1[k] = b[k].u1;
  std::sort(b1.begin(), b1.end());

  // As a0 grows the u0 threshold for b falls, so the eligible b only ever grow.
  Fenwick eligible(b.size());
  std::size_t added = 0;
  std::uint64_t count = 0;
  for (const auto& x : a) {
    while (added < b.size() && tolerance::meets_reservation(x.u0 + b[added].u0, r0)) {
      const auto rank = std::lower_bound(b1.begin(), b1.end(), b[added].u1) - b1.begin();
      eligible.add(static_cast<std::size_t>(rank));
      ++added;
    }
    // Eligible b with x.u1 + b.u1 >= theta1: ranks from the first b1 meeting it.
    const auto first = std::partition_point(b1.begin(), b1.end(), [&](double v) { return !tolerance::meets_reservation(x.u1 + v, r1); }) - b1.begin();
    count += added - eligible.prefix(static_cast<std::size_t>(first));
  }
  return count;
}

}  // namespace parley::analysis::detail
