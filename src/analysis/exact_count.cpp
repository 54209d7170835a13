#include "analysis/exact_count.hpp"

#include <limits>

namespace parley::analysis::detail {

ExactCount make_exact_count(const BigCount& value) {
  ExactCount count;
  count.decimal = value.str();
  count.approx = value.convert_to<double>();
  if (value <= std::numeric_limits<std::uint64_t>::max()) count.u64 = value.convert_to<std::uint64_t>();
  return count;
}

}  // namespace parley::analysis::detail
