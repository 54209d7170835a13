// parley::elicitation::SeededDraws — the random draws of the elicitation module.
//
// Data flow: one seed ──SeededDraws──▶ below(n) integers, used by the ranked sample, the
// sampled fit measures and the question pool. The engine is std::mt19937_64, whose output
// sequence the C++ standard fixes; integers are mapped with rejection sampling written here
// (std::uniform_int_distribution differs between standard libraries), so a seed gives the
// same draws on every platform.
#pragma once

#include <cstdint>
#include <random>

namespace parley::elicitation {

class SeededDraws {
 public:
  explicit SeededDraws(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n); n > 0.
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;  // accept [0, limit): a multiple of n
    std::uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return x % n;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace parley::elicitation
