// parley::tournament role assignments — which agent plays which negotiating side.
//
// Data flow: (agent count, opponent count, sides, self_play, limit, seed)
//   ──role_assignments()──▶ RoleAssignments: lists of agent indices, one per side, sorted.
// Agent indices 0..agents-1 are the ranked agents, agents..agents+opponents-1 the opponents.
//  * no opponents: every tuple of `sides` distinct agents (any tuple with self_play);
//  * with opponents: exactly one side is an agent, every other side an opponent (distinct
//    opponents unless self_play).
// When there are more than `limit` tuples, `limit` distinct ones are drawn uniformly with a
// generator seeded by `seed` (enumerated and partially shuffled when the total is at most a
// million, drawn and de-duplicated otherwise), then sorted. Pure function of its inputs.
#pragma once

#include <cstdint>
#include <vector>

namespace parley::tournament {

struct RoleAssignmentRequest {
  std::size_t agents = 0;
  std::size_t opponents = 0;
  std::size_t sides = 2;
  bool self_play = false;
  std::uint64_t limit = 1000;
  std::uint64_t seed = 1;
};

struct RoleAssignments {
  std::vector<std::vector<std::uint32_t>> tuples;  // sorted lexicographically
  std::uint64_t total = 0;                         // how many exist (saturates at UINT64_MAX)
};

// Number of valid tuples (saturating).
std::uint64_t count_role_assignments(const RoleAssignmentRequest& request);

RoleAssignments role_assignments(const RoleAssignmentRequest& request);

}  // namespace parley::tournament
