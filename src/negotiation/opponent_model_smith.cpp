// Agent Smith's frequency model (van Galen Last, ANAC 2010; the BOA "Smith Frequency Model" of
// Baarslag, Hindriks, Hendrikx, Dirkzwager and Jonker, "Decoupling negotiating agents to explore
// the space of negotiation strategies", 2012). Per issue, how often the opponent offered each
// value among its n offers so far (repeats count):
//  * a value's evaluation is its share of the offers, count_i(v) / n — not scaled to a maximum
//    of 1, so only an opponent that never varies an issue rates a value there at 1;
//  * an issue's weight is the share of its most offered value, max_v count_i(v) / n, the
//    weights renormalised to sum to 1: an issue on which the opponent keeps one value matters
//    to it, whichever value that is.
// A prediction is Σ_i w_i · count_i(v_i) / n; before any offer every outcome scores 0.
// GENIUS's version also has a distance-based rule for integer and real issues; parley's
// issues are discrete, so only the discrete rule exists here.
#include <algorithm>

#include "components.hpp"
#include "opponent_model_layout.hpp"

namespace parley::negotiation::components {
namespace {

class SmithFrequencyModel final : public OpponentModel {
 public:
  void begin(const OutcomeSpace& space) override {
    layout_.build(space);
    counts_.assign(layout_.total(), 0.0);
    highest_.assign(layout_.issues(), 0.0);
    offers_ = 0;
    highest_total_ = 0;
  }

  void observe(const Outcome& offer, double) override {
    ++offers_;
    for (std::size_t i = 0; i < layout_.issues(); ++i) {
      const double count = ++counts_[layout_.offset[i] + offer[i]];
      if (count > highest_[i]) highest_total_ += count - highest_[i], highest_[i] = count;
    }
  }

  // w_i · count / n with w_i = highest_i / Σ_j highest_j.
  double predict(const std::uint32_t* values) const override {
    if (offers_ == 0) return 0;
    double sum = 0;
    for (std::size_t i = 0; i < layout_.issues(); ++i) sum += highest_[i] * counts_[layout_.offset[i] + values[i]];
    return sum / (highest_total_ * offers_);
  }

 private:
  FlatLayout layout_;
  std::vector<double> counts_, highest_;
  double offers_ = 0, highest_total_ = 0;
};

}  // namespace

std::unique_ptr<OpponentModel> smith_frequency_model() { return std::make_unique<SmithFrequencyModel>(); }

}  // namespace parley::negotiation::components
