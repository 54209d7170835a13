// OMAC's forecast of the opponent's concession (Chen & Weiss, ANAC 2012): the series of the
// best utility (to OMAC) the opponent offered per time interval is smoothed by a discrete
// wavelet transformation — its approximation part kept, the detail (noise) parts dropped —
// and a cubic smoothing spline fitted to that trend is extended past the last interval to
// predict what the opponent will offer later. Private to the negotiation module; only
// agents/omac.cpp uses it.
//
// Choices where the published description leaves details open (docs/agents/omac.md):
// Daubechies-2 wavelet (4 taps, two vanishing moments, so a linear trend has no detail part),
// two decomposition levels; the series is extended by point reflection (x[n-1+k] =
// 2·x[n-1] − x[n-1-k], the same at the start) before the periodic transformation, so the
// trend near the ends — the part the forecast depends on — is not bent by the wrap-around;
// natural smoothing spline (Reinsch / Green–Silverman form) with smoothing weight λ on unit
// knot spacing, extended linearly beyond the last knot as a natural spline is.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace parley::negotiation::omac {

constexpr int kLevels = 2;
constexpr std::size_t kReflect = 12;  // > the level-2 db2 support (10 samples): wrap-around stays out of the data

// The wavelet approximation of `x` at kLevels levels, the details set to zero (same length).
inline std::vector<double> wavelet_trend(const std::vector<double>& x) {
  const std::size_t n = x.size();
  if (n < 2) return x;
  const double s3 = std::sqrt(3.0), norm = 4 * std::sqrt(2.0);
  const double h[4] = {(1 + s3) / norm, (3 + s3) / norm, (3 - s3) / norm, (1 - s3) / norm};
  // Point-reflected extension: kReflect samples before and after, then padding (continuing
  // the right-hand reflection) to a multiple of 2^kLevels.
  const auto at = [&](std::ptrdiff_t k) { return x[static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(k, 0, n - 1))]; };
  std::vector<double> signal;
  const auto m = static_cast<std::ptrdiff_t>(kReflect);
  for (std::ptrdiff_t k = m; k >= 1; --k) signal.push_back(2 * x[0] - at(k));
  signal.insert(signal.end(), x.begin(), x.end());
  const std::size_t block = std::size_t(1) << kLevels;
  for (std::ptrdiff_t k = 1; k <= m || signal.size() % block != 0; ++k)
    signal.push_back(2 * x[n - 1] - at(static_cast<std::ptrdiff_t>(n) - 1 - k));
  // Periodic analysis, keeping only the approximations.
  std::vector<std::vector<double>> levels{signal};
  for (int level = 0; level < kLevels; ++level) {
    const auto& a = levels.back();
    const std::size_t len = a.size();
    std::vector<double> next(len / 2, 0.0);
    for (std::size_t i = 0; i < len / 2; ++i)
      for (std::size_t k = 0; k < 4; ++k) next[i] += h[k] * a[(2 * i + k) % len];
    levels.push_back(std::move(next));
  }
  // Synthesis from the coarsest approximation with zero details (the filter bank is
  // orthogonal, so this is the projection onto the approximation space).
  std::vector<double> a = levels.back();
  for (int level = 0; level < kLevels; ++level) {
    const std::size_t len = a.size() * 2;
    std::vector<double> up(len, 0.0);
    for (std::size_t i = 0; i < a.size(); ++i)
      for (std::size_t k = 0; k < 4; ++k) up[(2 * i + k) % len] += h[k] * a[i];
    a = std::move(up);
  }
  return {a.begin() + m, a.begin() + m + static_cast<std::ptrdiff_t>(n)};
}

// A natural cubic smoothing spline through (k, y[k]), k = 0..n−1, minimising
// Σ (y_k − g(k))² + λ ∫ g''²: its values at the knots and its slope at the last knot.
struct SplineEnd {
  double value = 0;  // g(n−1)
  double slope = 0;  // g'(n−1), per knot step
};

inline SplineEnd smoothing_spline_end(const std::vector<double>& y, double lambda) {
  const std::size_t n = y.size();
  if (n < 3) return {y.empty() ? 0 : y.back(), n == 2 ? y[1] - y[0] : 0};
  // (R + λ QᵀQ) γ = Qᵀy for the interior second derivatives γ (γ_0 = γ_{n−1} = 0); with unit
  // spacing R is tridiagonal (2/3, 1/6) and QᵀQ pentadiagonal (6, −4, 1). Banded elimination
  // without pivoting: the matrix is symmetric positive definite.
  const std::size_t m = n - 2;
  std::vector<double> a(m * m, 0.0), rhs(m);
  const auto A = [&](std::size_t i, std::size_t j) -> double& { return a[i * m + j]; };
  for (std::size_t i = 0; i < m; ++i) {
    A(i, i) = 2.0 / 3.0 + 6 * lambda;
    if (i + 1 < m) A(i, i + 1) = A(i + 1, i) = 1.0 / 6.0 - 4 * lambda;
    if (i + 2 < m) A(i, i + 2) = A(i + 2, i) = lambda;
    rhs[i] = y[i] - 2 * y[i + 1] + y[i + 2];
  }
  for (std::size_t k = 0; k < m; ++k)
    for (std::size_t i = k + 1; i < std::min(m, k + 3); ++i) {
      const double f = A(i, k) / A(k, k);
      for (std::size_t j = k; j < std::min(m, k + 3); ++j) A(i, j) -= f * A(k, j);
      rhs[i] -= f * rhs[k];
    }
  std::vector<double> gamma(n, 0.0);  // gamma[i] = g''(i); the natural ends stay 0
  for (std::size_t k = m; k-- > 0;) {
    double s = rhs[k];
    for (std::size_t j = k + 1; j < std::min(m, k + 3); ++j) s -= A(k, j) * gamma[j + 1];
    gamma[k + 1] = s / A(k, k);
  }
  const auto g = [&](std::size_t i) {
    const double second = (i > 0 ? gamma[i - 1] : 0) - 2 * gamma[i] + (i + 1 < n ? gamma[i + 1] : 0);
    return y[i] - lambda * second;
  };
  const double last = g(n - 1), before = g(n - 2);
  return {last, last - before + gamma[n - 2] / 6};
}

}  // namespace parley::negotiation::omac
