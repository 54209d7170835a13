// Renormalising issue weights read from GENIUS and GeniusWeb profiles.
//
// Both formats' readers divide the weights by their sum. Rounding can leave that sum a hair
// above 1, and then an outcome whose evaluations are all 1 would get utility 1.0000000000000002.
// normalise_weights() lowers the largest weight by single units in the last place until the
// left-to-right sum is at most 1; floating-point sums and products are monotone, so every
// weighted sum of evaluations in [0, 1] then stays in [0, 1].
#pragma once

#include <vector>

namespace parley::io::detail {

// `weights` are >= 0 with a positive sum.
void normalise_weights(std::vector<double>& weights);

}  // namespace parley::io::detail
