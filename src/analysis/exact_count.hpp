// Internal: building ExactCount (zopa.hpp) from Boost big integers.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include "parley/analysis/zopa.hpp"

namespace parley::analysis::detail {

using BigCount = boost::multiprecision::cpp_int;
// 128-bit counts for spaces below 2^127 (GCC extension; much faster than BigCount).
__extension__ typedef unsigned __int128 WideCount;

ExactCount make_exact_count(const BigCount& value);

inline BigCount to_big(WideCount value) {
  BigCount big = static_cast<std::uint64_t>(value >> 64);
  big <<= 64;
  big += static_cast<std::uint64_t>(value);
  return big;
}

}  // namespace parley::analysis::detail
