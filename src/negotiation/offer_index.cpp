#include "parley/negotiation/offer_index.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "parley/model/random.hpp"

namespace parley::negotiation {
namespace {

constexpr double kEpsilon = 1e-12;
constexpr double kFirstBand = 0.002;  // additive search: first width of [target, target + band]
constexpr std::size_t kAscentStarts = 32;

}  // namespace

CandidateBuffer::CandidateBuffer(std::size_t issue_count, std::size_t capacity)
    : issues_(issue_count), capacity_(capacity), values_((capacity + 1) * issue_count), utilities_(capacity) {}

void CandidateBuffer::push(const std::uint32_t* values, double utility) {
  if (count_ == capacity_) return;
  std::copy(values, values + issues_, values_.begin() + static_cast<std::ptrdiff_t>(count_ * issues_));
  utilities_[count_++] = utility;
}

void CandidateBuffer::copy_to(std::size_t k, Outcome& out) const {
  out.resize(issues_);
  std::copy(values(k), values(k) + issues_, out.begin());
}

OfferIndex::OfferIndex(const OutcomeSpace& space, const UtilityFunction& utility, const IndexOptions& options)
    : issue_count_(space.issue_count()), node_budget_(options.search_node_budget) {
  for (const auto& issue : space.issues()) radices_.push_back(issue.size());
  if (space.enumerable(options.enumeration_limit)) {
    build_sorted(space, utility);
  } else if (utility.is_additive()) {
    build_additive(utility.additive());
  } else {
    build_sampled(utility, options);
  }
}

void OfferIndex::build_sorted(const OutcomeSpace& space, const UtilityFunction& utility) {
  layout_ = Layout::sorted;
  const auto count = *space.cardinality().as_u64();
  std::vector<double> raw(count);
  Outcome outcome(issue_count_, 0);
  for (std::uint64_t id = 0; id < count; ++id) {
    raw[id] = utility(outcome);
    // odometer increment, last issue fastest (matches OutcomeSpace::to_id)
    for (std::size_t i = issue_count_; i-- > 0;) {
      if (++outcome[i] < radices_[i]) break;
      outcome[i] = 0;
    }
  }
  ids_.resize(count);
  std::iota(ids_.begin(), ids_.end(), std::uint64_t{0});
  // Ties broken by id so that the order (and every agent's choice) is platform independent.
  std::sort(ids_.begin(), ids_.end(), [&](std::uint64_t a, std::uint64_t b) {
    return raw[a] < raw[b] || (raw[a] == raw[b] && a < b);
  });
  utilities_.resize(count);
  for (std::uint64_t k = 0; k < count; ++k) utilities_[k] = raw[ids_[k]];
  min_utility_ = utilities_.front();
  max_utility_ = utilities_.back();
  decode(count - 1, best_);
}

void OfferIndex::build_additive(const AdditiveUtility& additive) {
  layout_ = Layout::additive_search;
  choices_.resize(issue_count_);
  suffix_max_.assign(issue_count_ + 1, 0.0);
  suffix_min_.assign(issue_count_ + 1, 0.0);
  best_.assign(issue_count_, 0);
  for (std::size_t i = 0; i < issue_count_; ++i) {
    auto& list = choices_[i];
    for (std::uint32_t k = 0; k < radices_[i]; ++k) list.push_back({additive.contribution(i, k), k});
    std::stable_sort(list.begin(), list.end(),
                     [](const Choice& a, const Choice& b) { return a.contribution > b.contribution; });
    best_[i] = list.front().value;
  }
  for (std::size_t i = issue_count_; i-- > 0;) {
    suffix_max_[i] = suffix_max_[i + 1] + choices_[i].front().contribution;
    suffix_min_[i] = suffix_min_[i + 1] + choices_[i].back().contribution;
  }
  max_utility_ = suffix_max_[0];
  min_utility_ = suffix_min_[0];
}

void OfferIndex::build_sampled(const UtilityFunction& utility, const IndexOptions& options) {
  layout_ = Layout::sampled;
  std::mt19937_64 rng(options.seed);
  const std::size_t samples = std::max<std::size_t>(options.sample_size, kAscentStarts);
  std::vector<std::uint32_t> values(samples * issue_count_);
  std::vector<double> raw(samples);
  Outcome outcome(issue_count_);
  for (std::size_t s = 0; s < samples; ++s) {
    for (std::size_t i = 0; i < issue_count_; ++i) outcome[i] = static_cast<std::uint32_t>(uniform_index(rng, radices_[i]));
    std::copy(outcome.begin(), outcome.end(), values.begin() + static_cast<std::ptrdiff_t>(s * issue_count_));
    raw[s] = utility(outcome);
  }
  // Coordinate ascent from the best samples so that the top of the index is near the true
  // maximum (random samples of a 10^40 space rarely hit it).
  std::vector<std::size_t> order(samples);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::partial_sort(order.begin(), order.begin() + kAscentStarts, order.end(),
                    [&](std::size_t a, std::size_t b) { return raw[a] > raw[b]; });
  for (std::size_t start = 0; start < kAscentStarts; ++start) {
    const std::size_t s = order[start];
    std::copy_n(values.begin() + static_cast<std::ptrdiff_t>(s * issue_count_), issue_count_, outcome.begin());
    double value = raw[s];
    for (bool improved = true; improved;) {
      improved = false;
      for (std::size_t i = 0; i < issue_count_; ++i) {
        const std::uint32_t keep = outcome[i];
        std::uint32_t best_value = keep;
        for (std::uint32_t k = 0; k < radices_[i]; ++k) {
          outcome[i] = k;
          const double u = utility(outcome);
          if (u > value + kEpsilon) value = u, best_value = k, improved = true;
        }
        outcome[i] = best_value;
      }
    }
    values.insert(values.end(), outcome.begin(), outcome.end());
    raw.push_back(value);
  }
  const std::size_t total = raw.size();
  std::vector<std::size_t> sorted(total);
  std::iota(sorted.begin(), sorted.end(), std::size_t{0});
  std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) { return raw[a] < raw[b]; });
  utilities_.resize(total);
  sampled_values_.resize(total * issue_count_);
  for (std::size_t k = 0; k < total; ++k) {
    utilities_[k] = raw[sorted[k]];
    std::copy_n(values.begin() + static_cast<std::ptrdiff_t>(sorted[k] * issue_count_), issue_count_,
                sampled_values_.begin() + static_cast<std::ptrdiff_t>(k * issue_count_));
  }
  min_utility_ = utilities_.front();
  max_utility_ = utilities_.back();
  decode(total - 1, best_);
}

void OfferIndex::decode(std::size_t entry, Outcome& out) const {
  out.resize(issue_count_);
  if (layout_ == Layout::sampled) {
    std::copy_n(sampled_values_.begin() + static_cast<std::ptrdiff_t>(entry * issue_count_), issue_count_,
                out.begin());
    return;
  }
  std::uint64_t id = ids_[entry];
  for (std::size_t i = issue_count_; i-- > 0;) {
    out[i] = static_cast<std::uint32_t>(id % radices_[i]);
    id /= radices_[i];
  }
}

std::size_t OfferIndex::lower_entry(double target) const {
  return static_cast<std::size_t>(std::lower_bound(utilities_.begin(), utilities_.end(), target - kEpsilon) -
                                  utilities_.begin());
}

template <class Visit>
bool OfferIndex::depth_first(double lo, double hi, std::size_t rotation, std::uint32_t* path, Visit&& visit) const {
  std::size_t nodes = 0;
  bool stopped = false;
  auto descend = [&](auto& self, std::size_t i, double sum) -> void {
    if (i == issue_count_) {
      if (sum >= lo - kEpsilon && sum <= hi + kEpsilon) stopped = visit(static_cast<const std::uint32_t*>(path), sum);
      return;
    }
    const auto& list = choices_[i];
    const std::size_t m = list.size();
    const std::size_t start = rotation == 0 ? 0 : (rotation ^ (i * 0x9E3779B97F4A7C15ULL)) % m;
    for (std::size_t j = 0; j < m && !stopped; ++j) {
      const Choice& choice = list[(start + j) % m];
      const double next = sum + choice.contribution;
      if (next + suffix_max_[i + 1] < lo - kEpsilon) {
        if (rotation == 0) break;  // descending order: every later value is lower still
        continue;
      }
      if (next + suffix_min_[i + 1] > hi + kEpsilon) continue;
      if (++nodes > node_budget_) {
        stopped = true;
        nodes = node_budget_ + 1;
        return;
      }
      path[i] = choice.value;
      self(self, i + 1, next);
    }
  };
  descend(descend, 0, 0.0);
  return nodes <= node_budget_;
}

double OfferIndex::at_least(double target, Outcome& out) const {
  if (target >= max_utility_ - kEpsilon) {
    out = best_;  // same size: no allocation
    return max_utility_;
  }
  if (layout_ != Layout::additive_search) {
    const std::size_t entry = lower_entry(target);
    decode(entry, out);
    return utilities_[entry];
  }
  out.resize(issue_count_);
  double found = -1;
  for (double band = kFirstBand; found < 0; band *= 2) {
    const double hi = std::min(target + band, max_utility_);
    depth_first(target, hi, 0, out.data(), [&](const std::uint32_t*, double u) {
      found = u;
      return true;
    });
    if (found < 0 && hi >= max_utility_) break;
  }
  if (found < 0) {
    out = best_;
    return max_utility_;
  }
  return found;
}

std::size_t OfferIndex::count_at_least(double utility) const {
  return layout_ == Layout::additive_search ? 0 : utilities_.size() - lower_entry(utility);
}

double OfferIndex::next_below(double utility, Outcome& out) const {
  if (layout_ != Layout::additive_search) {
    const std::size_t entry = lower_entry(utility);
    if (entry == 0) return -1;
    decode(entry - 1, out);
    return utilities_[entry - 1];
  }
  const double hi = utility - 2 * kEpsilon;
  if (hi < min_utility_ - kEpsilon) return -1;
  out.resize(issue_count_);
  double found = -1;
  Outcome path(issue_count_);
  for (double band = kFirstBand; found < 0; band *= 2) {
    const double lo = std::max(hi - band, min_utility_);
    depth_first(lo, hi, 0, path.data(), [&](const std::uint32_t* values, double u) {
      if (u > found) found = u, std::copy_n(values, issue_count_, out.begin());
      return false;  // keep searching the band for its best outcome (within the node budget)
    });
    if (lo <= min_utility_) break;
  }
  return found;
}

void OfferIndex::candidates(double lo, double hi, CandidateBuffer& out) const {
  out.clear();
  if (layout_ == Layout::additive_search) {
    depth_first(lo, hi, 0, out.scratch(), [&](const std::uint32_t* path, double u) {
      out.push(path, u);
      return out.full();
    });
    return;
  }
  for (std::size_t entry = lower_entry(lo); entry < utilities_.size() && !out.full(); ++entry) {
    if (utilities_[entry] > hi + kEpsilon) break;
    push_entry(entry, out);
  }
}

void OfferIndex::push_entry(std::size_t entry, CandidateBuffer& out) const {
  if (layout_ == Layout::sampled) {
    out.push(sampled_values_.data() + entry * issue_count_, utilities_[entry]);
    return;
  }
  std::uint32_t* row = out.scratch();
  std::uint64_t id = ids_[entry];
  for (std::size_t i = issue_count_; i-- > 0;) {
    row[i] = static_cast<std::uint32_t>(id % radices_[i]);
    id /= radices_[i];
  }
  out.push(row, utilities_[entry]);
}

void OfferIndex::sample_band(double lo, double hi, RandomEngine& rng, CandidateBuffer& out) const {
  out.clear();
  if (out.capacity() == 0) return;
  if (layout_ == Layout::additive_search) {
    // One randomly rotated search per candidate: each starts its descent at different values.
    Outcome found(issue_count_);
    for (std::size_t k = 0; k < out.capacity(); ++k) {
      const std::size_t rotation = static_cast<std::size_t>(rng() | 1);
      double u = -1;
      depth_first(lo, hi, rotation, found.data(), [&](const std::uint32_t*, double v) {
        u = v;
        return true;
      });
      if (u < 0) return;
      out.push(found.data(), u);
    }
    return;
  }
  const std::size_t first = lower_entry(lo);
  const std::size_t last = static_cast<std::size_t>(
      std::upper_bound(utilities_.begin(), utilities_.end(), hi + kEpsilon) - utilities_.begin());
  if (first >= last) return;
  const std::size_t count = last - first, strata = std::min(count, out.capacity());
  // Stratified: one uniform draw from each of `strata` equal slices of the band.
  for (std::size_t s = 0; s < strata; ++s) {
    const std::size_t begin = first + s * count / strata, end = first + (s + 1) * count / strata;
    push_entry(begin + static_cast<std::size_t>(uniform_index(rng, end - begin)), out);
  }
}

double OfferIndex::random_in(double lo, double hi, std::mt19937_64& rng, Outcome& out) const {
  if (layout_ != Layout::additive_search) {
    const std::size_t first = lower_entry(lo);
    const std::size_t last = static_cast<std::size_t>(
        std::upper_bound(utilities_.begin(), utilities_.end(), hi + kEpsilon) - utilities_.begin());
    if (first >= last) return at_least(lo, out);
    const std::size_t entry = first + static_cast<std::size_t>(uniform_index(rng, last - first));
    decode(entry, out);
    return utilities_[entry];
  }
  out.resize(issue_count_);
  double found = -1;
  const std::size_t rotation = static_cast<std::size_t>(rng() | 1);
  depth_first(lo, hi, rotation, out.data(), [&](const std::uint32_t*, double u) {
    found = u;
    return true;
  });
  return found < 0 ? at_least(lo, out) : found;
}

}  // namespace parley::negotiation
