// Role assignments: counting, enumeration in lexicographic order, and seeded sampling.
#include "parley/tournament/role_assignments.hpp"

#include <algorithm>
#include <limits>
#include <random>
#include <set>

#include "parley/model/random.hpp"

namespace parley::tournament {
namespace {

constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();
constexpr std::uint64_t kEnumerationLimit = 1'000'000;

using Tuple = std::vector<std::uint32_t>;

std::uint64_t saturating_multiply(std::uint64_t a, std::uint64_t b) {
  if (a != 0 && b > kSaturated / a) return kSaturated;
  return a * b;
}

// Tuples of `length` values from a pool of `pool` (distinct unless `repeat`).
std::uint64_t tuples_from(std::uint64_t pool, std::size_t length, bool repeat) {
  std::uint64_t count = 1;
  for (std::size_t k = 0; k < length; ++k) {
    if (!repeat && pool < k + 1) return 0;
    count = saturating_multiply(count, repeat ? pool : pool - k);
  }
  return count;
}

// Every valid tuple in lexicographic order. With opponents, a side may take an agent only
// while no agent is placed yet, and the last side must take one if none is.
std::vector<Tuple> enumerate(const RoleAssignmentRequest& r) {
  const auto agents = static_cast<std::uint32_t>(r.agents);
  const auto everyone = static_cast<std::uint32_t>(r.agents + r.opponents);
  const bool opponents = r.opponents > 0;
  std::vector<Tuple> out;
  Tuple tuple(r.sides);
  const auto fill = [&](auto&& self, std::size_t side, bool agent_placed) -> void {
    if (side == r.sides) {
      out.push_back(tuple);
      return;
    }
    const bool last = side + 1 == r.sides;
    std::uint32_t first = 0, end = opponents ? everyone : agents;
    if (opponents && agent_placed) first = agents;       // only opponents left to place
    if (opponents && !agent_placed && last) end = agents;  // the last side must be the agent
    for (std::uint32_t v = first; v < end; ++v) {
      if (!r.self_play && std::find(tuple.begin(), tuple.begin() + side, v) != tuple.begin() + side) continue;
      tuple[side] = v;
      self(self, side + 1, agent_placed || v < agents);
    }
  };
  fill(fill, 0, false);
  return out;
}

// One uniformly drawn valid tuple.
Tuple draw(const RoleAssignmentRequest& r, std::mt19937_64& rng) {
  Tuple tuple(r.sides);
  const auto pick_distinct = [&](std::uint32_t first, std::uint32_t size, std::size_t side) {
    for (;;) {
      const auto v = first + static_cast<std::uint32_t>(uniform_index(rng, size));
      if (r.self_play || std::find(tuple.begin(), tuple.begin() + side, v) == tuple.begin() + side) return v;
    }
  };
  if (r.opponents == 0) {
    for (std::size_t side = 0; side < r.sides; ++side) tuple[side] = pick_distinct(0, r.agents, side);
    return tuple;
  }
  // Every valid tuple is reached by exactly one (agent side, agent, opponents) draw.
  const auto agent_side = static_cast<std::size_t>(uniform_index(rng, r.sides));
  tuple[agent_side] = static_cast<std::uint32_t>(uniform_index(rng, r.agents));
  Tuple opponents;
  for (std::size_t side = 0; side + 1 < r.sides; ++side) {
    std::uint32_t v = 0;
    for (;;) {
      v = r.agents + static_cast<std::uint32_t>(uniform_index(rng, r.opponents));
      if (r.self_play || std::find(opponents.begin(), opponents.end(), v) == opponents.end()) break;
    }
    opponents.push_back(v);
  }
  for (std::size_t side = 0, k = 0; side < r.sides; ++side)
    if (side != agent_side) tuple[side] = opponents[k++];
  return tuple;
}

}  // namespace

std::uint64_t count_role_assignments(const RoleAssignmentRequest& r) {
  if (r.sides == 0 || r.agents == 0) return 0;
  if (r.opponents == 0) return tuples_from(r.agents, r.sides, r.self_play);
  return saturating_multiply(saturating_multiply(r.sides, r.agents), tuples_from(r.opponents, r.sides - 1, r.self_play));
}

RoleAssignments role_assignments(const RoleAssignmentRequest& r) {
  RoleAssignments result;
  result.total = count_role_assignments(r);
  if (result.total == 0) return result;
  std::mt19937_64 rng(r.seed);
  if (result.total <= r.limit) {
    result.tuples = enumerate(r);
  } else if (result.total <= kEnumerationLimit) {
    // Partial Fisher–Yates: the first `limit` entries become a uniform sample.
    result.tuples = enumerate(r);
    for (std::size_t k = 0; k < r.limit; ++k) {
      const auto j = k + static_cast<std::size_t>(uniform_index(rng, result.tuples.size() - k));
      std::swap(result.tuples[k], result.tuples[j]);
    }
    result.tuples.resize(r.limit);
  } else {
    std::set<Tuple> chosen;
    while (chosen.size() < r.limit) chosen.insert(draw(r, rng));
    result.tuples.assign(chosen.begin(), chosen.end());
  }
  std::sort(result.tuples.begin(), result.tuples.end());
  return result;
}

}  // namespace parley::tournament
