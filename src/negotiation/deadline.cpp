#include "parley/negotiation/deadline.hpp"

#include <algorithm>

namespace parley::negotiation {

std::string_view to_string(TimelineKind kind) { return kind == TimelineKind::genius ? "genius" : "parley"; }

std::optional<TimelineKind> timeline_from_string(std::string_view text) {
  for (auto kind : {TimelineKind::parley, TimelineKind::genius})
    if (to_string(kind) == text) return kind;
  return std::nullopt;
}

double Deadline::time_at(int round, double elapsed) const {
  double t = 0;
  if (rounds > 0) t = static_cast<double>(round) / (timeline == TimelineKind::genius ? rounds + 1 : rounds);
  if (seconds > 0) t = std::max(t, elapsed / seconds);
  return std::clamp(t, 0.0, 1.0);
}

}  // namespace parley::negotiation
