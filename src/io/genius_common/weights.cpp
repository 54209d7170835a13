#include "io/genius_common/weights.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace parley::io::detail {

void normalise_weights(std::vector<double>& weights) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (auto& weight : weights) weight /= total;
  const auto largest = std::max_element(weights.begin(), weights.end());
  while (std::accumulate(weights.begin(), weights.end(), 0.0) > 1.0) *largest = std::nextafter(*largest, 0.0);
}

}  // namespace parley::io::detail
