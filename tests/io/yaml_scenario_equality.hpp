// Test helper: asserts that two Scenarios are identical field by field (issues, parties,
// utilities), reporting the first differences by name. Doubles are compared exactly unless
// a tolerance is given (formats that renormalise may move the last bit). Rectangle bounds
// are compared as multisets: their order inside a rectangle carries no meaning.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "parley/model/scenario.hpp"

namespace parley::test {

struct Sameness {
  double tolerance = 0;           // 0: bit-identical doubles
  bool compare_metadata = true;   // scenario/party/issue names, descriptions, roles, issue kinds
};

inline void expect_close(double a, double b, double tolerance, const std::string& what) {
  if (tolerance == 0)
    EXPECT_EQ(a, b) << what;
  else
    EXPECT_NEAR(a, b, tolerance) << what;
}

inline void expect_close(const std::vector<double>& a, const std::vector<double>& b, double tolerance,
                         const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (std::size_t k = 0; k < a.size(); ++k) expect_close(a[k], b[k], tolerance, what + "[" + std::to_string(k) + "]");
}

inline std::vector<std::tuple<std::uint32_t, bool, std::uint32_t, std::uint32_t>> sorted_bounds(const HyperRectangle& r) {
  std::vector<std::tuple<std::uint32_t, bool, std::uint32_t, std::uint32_t>> bounds;
  for (const auto& b : r.bounds) bounds.emplace_back(b.issue, b.excluded, b.first, b.last);
  std::sort(bounds.begin(), bounds.end());
  return bounds;
}

inline void expect_same_scenario(const Scenario& a, const Scenario& b, Sameness how = {}) {
  const double tol = how.tolerance;
  if (how.compare_metadata) {
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.description, b.description);
  }
  ASSERT_EQ(a.space.issue_count(), b.space.issue_count());
  for (std::size_t i = 0; i < a.space.issue_count(); ++i) {
    const auto &x = a.space.issue(i), &y = b.space.issue(i);
    const std::string what = "issue " + x.name();
    EXPECT_EQ(x.name(), y.name()) << what;
    ASSERT_EQ(x.size(), y.size()) << what;
    EXPECT_EQ(x.is_numeric(), y.is_numeric()) << what;
    for (std::size_t k = 0; k < x.size(); ++k) EXPECT_EQ(x.label(k), y.label(k)) << what;
    if (x.is_numeric() && x.kind() == y.kind()) {
      EXPECT_EQ(x.lower(), y.lower()) << what;
      EXPECT_EQ(x.upper(), y.upper()) << what;
      EXPECT_EQ(x.step(), y.step()) << what;
    }
    if (how.compare_metadata) {
      EXPECT_EQ(x.kind(), y.kind()) << what;
      EXPECT_EQ(x.description, y.description) << what;
    }
  }
  ASSERT_EQ(a.parties.size(), b.parties.size());
  for (std::size_t p = 0; p < a.parties.size(); ++p) {
    const auto &x = a.parties[p], &y = b.parties[p];
    const std::string what = "party " + x.name;
    if (how.compare_metadata) {
      EXPECT_EQ(x.name, y.name);
      EXPECT_EQ(x.role, y.role) << what;
      EXPECT_EQ(x.description, y.description) << what;
      EXPECT_EQ(x.capability, y.capability) << what;
      EXPECT_EQ(x.salience, y.salience) << what;
    }
    expect_close(x.reservation_value, y.reservation_value, tol, what + " reservation");
    expect_close(x.discount_factor, y.discount_factor, tol, what + " discount");
    ASSERT_EQ(x.utility.is_additive(), y.utility.is_additive()) << what;
    if (x.utility.is_additive()) {
      const auto &u = x.utility.additive(), &v = y.utility.additive();
      expect_close(u.weights, v.weights, tol, what + " weights");
      ASSERT_EQ(u.evaluations.size(), v.evaluations.size()) << what;
      for (std::size_t i = 0; i < u.evaluations.size(); ++i)
        expect_close(u.evaluations[i], v.evaluations[i], tol, what + " evaluations of " + a.space.issue(i).name());
    } else {
      const auto &u = x.utility.hyper_rectangles(), &v = y.utility.hyper_rectangles();
      expect_close(u.normaliser, v.normaliser, tol, what + " normaliser");
      ASSERT_EQ(u.rectangles.size(), v.rectangles.size()) << what;
      for (std::size_t r = 0; r < u.rectangles.size(); ++r) {
        expect_close(u.rectangles[r].utility, v.rectangles[r].utility, tol, what + " rectangle utility");
        EXPECT_EQ(sorted_bounds(u.rectangles[r]), sorted_bounds(v.rectangles[r])) << what << " rectangle " << r;
      }
    }
  }
}

// Same issues and parties, and every party gives every outcome the same utility (within
// `tolerance`): for formats that may restructure a utility (e.g. GENIUS expands rectangles
// that mix INCLUDES and EXCLUDES). The space must be small enough to enumerate.
inline void expect_same_utilities(const Scenario& a, const Scenario& b, double tolerance) {
  ASSERT_EQ(a.space.issue_count(), b.space.issue_count());
  for (std::size_t i = 0; i < a.space.issue_count(); ++i) ASSERT_EQ(a.space.issue(i).size(), b.space.issue(i).size());
  ASSERT_EQ(a.parties.size(), b.parties.size());
  ASSERT_TRUE(a.space.enumerable(1'000'000));
  const auto count = *a.space.cardinality().as_u64();
  for (std::uint64_t id = 0; id < count; ++id) {
    const auto outcome = a.space.from_id(id);
    const auto x = utilities_of(a, outcome), y = utilities_of(b, outcome);
    for (std::size_t p = 0; p < x.size(); ++p)
      ASSERT_NEAR(x[p], y[p], tolerance) << "party " << a.parties[p].name << " at " << a.space.describe(outcome);
  }
  for (std::size_t p = 0; p < a.parties.size(); ++p) {
    EXPECT_NEAR(a.parties[p].reservation_value, b.parties[p].reservation_value, tolerance);
    EXPECT_NEAR(a.parties[p].discount_factor, b.parties[p].discount_factor, tolerance);
  }
}

}  // namespace parley::test
