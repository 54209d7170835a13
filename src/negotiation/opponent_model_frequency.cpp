// HardHeaded's frequency model (van Krimpen, Looije and Hajizadeh, "HardHeaded", ANAC 2011; as
// GENIUS's HardHeadedFrequencyModel describes it). Issue weights start equal (1/n) and value
// evaluations at 1. The first bid is only remembered. For each later bid, with g = learnCoef / n:
//  * every issue whose value is the same as in the opponent's previous bid gains g, unless its
//    weight has reached the cap 1 − n·g / (1 + u·g) (u = the number of unchanged issues);
//  * all weights are then divided by 1 + u·g (they keep summing to 1 unless an issue is capped);
// and the offered value of every issue gains `value_add` in its evaluation. A prediction is
// Σ_i w_i · e_i(v_i) / max_v e_i(v) (each issue's evaluations scaled to a maximum of 1, as
// GENIUS evaluates a discrete issue). There is no time factor.
#include <algorithm>

#include "components.hpp"
#include "opponent_model_layout.hpp"

namespace parley::negotiation::components {
namespace {

class FrequencyModel final : public OpponentModel {
 public:
  FrequencyModel(double learn, double value_add) : learn_(learn), value_add_(value_add) {}

  void begin(const OutcomeSpace& space) override {
    layout_.build(space);
    const auto n = static_cast<double>(std::max<std::size_t>(1, layout_.issues()));
    weights_.assign(layout_.issues(), 1.0 / n);
    counts_.assign(layout_.total(), 1.0);
    highest_.assign(layout_.issues(), 1.0);
    previous_.assign(layout_.issues(), 0);
    has_previous_ = false;
  }

  void observe(const Outcome& offer, double) override {
    const std::size_t n = layout_.issues();
    if (!has_previous_) {
      std::copy(offer.begin(), offer.end(), previous_.begin());
      has_previous_ = true;
      return;
    }
    const double golden = learn_ / static_cast<double>(n);
    std::size_t unchanged = 0;
    for (std::size_t i = 0; i < n; ++i) unchanged += offer[i] == previous_[i] ? 1 : 0;
    const double total = 1 + golden * static_cast<double>(unchanged);
    const double cap = 1 - static_cast<double>(n) * golden / total;
    for (std::size_t i = 0; i < n; ++i) {
      if (offer[i] == previous_[i] && weights_[i] < cap) weights_[i] += golden;
      weights_[i] /= total;
    }
    for (std::size_t i = 0; i < n; ++i) {
      double& count = counts_[layout_.offset[i] + offer[i]];
      count += value_add_;
      highest_[i] = std::max(highest_[i], count);
    }
    std::copy(offer.begin(), offer.end(), previous_.begin());
  }

  double predict(const std::uint32_t* values) const override {
    double sum = 0;
    for (std::size_t i = 0; i < layout_.issues(); ++i) sum += weights_[i] * counts_[layout_.offset[i] + values[i]] / highest_[i];
    return sum;
  }

 private:
  double learn_, value_add_;
  FlatLayout layout_;
  std::vector<double> weights_, counts_, highest_;
  Outcome previous_;
  bool has_previous_ = false;
};

}  // namespace

std::unique_ptr<OpponentModel> frequency_model(double learn, double value_add) {
  return std::make_unique<FrequencyModel>(learn, value_add);
}

}  // namespace parley::negotiation::components
