#include "parley/analysis/random_scenario.hpp"

#include <algorithm>
#include <string>

namespace parley::analysis {
namespace {

// SplitMix64: a tiny generator whose output is fully specified, so a seed means the same
// scenario everywhere (std:: distributions are implementation-defined).
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

OutcomeSpace random_space(const RandomScenarioSpec& spec) {
  std::vector<std::string> labels;
  for (std::size_t k = 0; k < spec.values_per_issue; ++k) labels.push_back("v" + std::to_string(k));
  std::vector<Issue> issues;
  for (std::size_t i = 0; i < spec.issues; ++i)
    issues.push_back(Issue::with_labels("i" + std::to_string(i), IssueKind::ordinal, labels));
  return OutcomeSpace(std::move(issues));
}

AdditiveUtility random_additive(const RandomScenarioSpec& spec, SplitMix64& random) {
  AdditiveUtility additive;
  double total = 0;
  for (std::size_t i = 0; i < spec.issues; ++i) {
    const double w = spec.coarse ? static_cast<double>(1 + random.below(4)) : 0.05 + random.uniform();
    additive.weights.push_back(w);
    total += w;
    std::vector<double> evaluations(spec.values_per_issue);
    for (auto& e : evaluations) e = spec.coarse ? static_cast<double>(random.below(5)) / 4.0 : random.uniform();
    const double best = *std::max_element(evaluations.begin(), evaluations.end());
    if (best <= 0)
      evaluations[random.below(evaluations.size())] = 1.0;
    else
      for (auto& e : evaluations) e /= best;
    additive.evaluations.push_back(std::move(evaluations));
  }
  for (auto& w : additive.weights) w /= total;
  return additive;
}

HyperRectangleUtility random_rectangles(const RandomScenarioSpec& spec, SplitMix64& random) {
  HyperRectangleUtility utility;
  double positive_total = 0;
  const std::size_t max_issues = std::clamp<std::size_t>(spec.max_rectangle_issues, 1, spec.issues);
  for (std::size_t r = 0; r < spec.rectangles_per_party; ++r) {
    HyperRectangle rectangle;
    const std::size_t constrained = 1 + random.below(max_issues);
    std::vector<std::uint32_t> chosen;
    while (chosen.size() < constrained) {
      const auto issue = static_cast<std::uint32_t>(random.below(spec.issues));
      if (std::find(chosen.begin(), chosen.end(), issue) == chosen.end()) chosen.push_back(issue);
    }
    std::sort(chosen.begin(), chosen.end());
    for (const auto issue : chosen) {
      auto a = static_cast<std::uint32_t>(random.below(spec.values_per_issue));
      auto b = static_cast<std::uint32_t>(random.below(spec.values_per_issue));
      if (a > b) std::swap(a, b);
      rectangle.bounds.push_back({issue, a, b, random.below(6) == 0});
    }
    const double magnitude = static_cast<double>(1 + random.below(100));
    rectangle.utility = random.below(5) == 0 ? -magnitude : magnitude;
    if (rectangle.utility > 0) positive_total += rectangle.utility;
    utility.rectangles.push_back(std::move(rectangle));
  }
  utility.normaliser = positive_total > 0 ? positive_total : 1.0;
  return utility;
}

template <class MakeUtility>
Scenario random_scenario(const RandomScenarioSpec& spec, const char* kind, MakeUtility make_utility) {
  SplitMix64 random(spec.seed);
  Scenario scenario;
  scenario.name = std::string("random-") + kind + "-" + std::to_string(spec.seed);
  scenario.source = scenario.name;
  scenario.space = random_space(spec);
  for (std::size_t p = 0; p < spec.parties; ++p) {
    Party party;
    party.name = "p" + std::to_string(p);
    party.utility = make_utility(random);
    party.reservation_value = spec.max_reservation * random.uniform();
    scenario.parties.push_back(std::move(party));
  }
  return scenario;
}

}  // namespace

Scenario random_additive_scenario(const RandomScenarioSpec& spec) {
  return random_scenario(spec, "additive", [&](SplitMix64& random) { return UtilityFunction(random_additive(spec, random)); });
}

Scenario random_rectangle_scenario(const RandomScenarioSpec& spec) {
  return random_scenario(spec, "rectangles",
                         [&](SplitMix64& random) { return UtilityFunction(random_rectangles(spec, random)); });
}

Scenario random_mixed_scenario(const RandomScenarioSpec& spec) {
  auto scenario = random_additive_scenario(spec);
  const auto rectangles = random_rectangle_scenario(spec);
  for (std::size_t p = 1; p < scenario.parties.size(); p += 2) scenario.parties[p].utility = rectangles.parties[p].utility;
  scenario.name = "random-mixed-" + std::to_string(spec.seed);
  scenario.source = scenario.name;
  return scenario;
}

Scenario binary_tradeoff_scenario(std::size_t issues, bool equal_weights, std::uint64_t seed) {
  SplitMix64 random(seed);
  Scenario scenario;
  scenario.name = "binary-" + std::to_string(issues) + (equal_weights ? "-equal" : "-random-" + std::to_string(seed));
  scenario.source = scenario.name;
  std::vector<Issue> space;
  for (std::size_t i = 0; i < issues; ++i)
    space.push_back(Issue::with_labels("i" + std::to_string(i), IssueKind::categorical, {"a", "b"}));
  scenario.space = OutcomeSpace(std::move(space));
  for (const std::size_t wins : {0, 1}) {  // the value worth 1 to the party
    Party party;
    party.name = wins == 0 ? "first" : "second";
    AdditiveUtility additive;
    double total = 0;
    for (std::size_t i = 0; i < issues; ++i) {
      additive.weights.push_back(equal_weights ? 1.0 : 0.5 + random.uniform());
      total += additive.weights.back();
      additive.evaluations.push_back(wins == 0 ? std::vector<double>{1, 0} : std::vector<double>{0, 1});
    }
    for (auto& w : additive.weights) w /= total;
    party.utility = UtilityFunction(std::move(additive));
    scenario.parties.push_back(std::move(party));
  }
  return scenario;
}

}  // namespace parley::analysis
