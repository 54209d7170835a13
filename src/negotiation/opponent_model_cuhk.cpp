// CUHKAgent's frequency model (Hao and Leung, ANAC 2012 winner; in the BOA form Hendrikx gave
// it for GENIUS, "CUHK Frequency Model V2"). Per issue, a count of how often the opponent
// offered each value; every received offer counts, also a repeated one, until a different
// offer beyond the first `stored` ones arrives: from then on the model learns nothing (the
// agent bounded its bid history at 100). A prediction is Σ_i count_i(v_i) / Σ_i max_v count_i(v): the issues are
// weighted by their counts, not by separate weights, and an outcome made of the most offered
// value of every issue scores 1. Before any offer every outcome scores 0.
#include <algorithm>
#include <set>

#include "components.hpp"
#include "opponent_model_layout.hpp"

namespace parley::negotiation::components {
namespace {

class CuhkFrequencyModel final : public OpponentModel {
 public:
  explicit CuhkFrequencyModel(std::size_t stored) : stored_(stored) {}

  void begin(const OutcomeSpace& space) override {
    layout_.build(space);
    counts_.assign(layout_.total(), 0.0);
    highest_.assign(layout_.issues(), 0.0);
    highest_total_ = 0;
    seen_.clear();
    full_ = false;
  }

  void observe(const Outcome& offer, double) override {
    if (full_) return;
    if (!seen_.contains(offer)) {
      if (seen_.size() >= stored_) {  // one different offer too many: learning ends for good
        full_ = true;
        return;
      }
      seen_.insert(offer);
    }
    for (std::size_t i = 0; i < layout_.issues(); ++i) {
      const double count = ++counts_[layout_.offset[i] + offer[i]];
      if (count > highest_[i]) highest_total_ += count - highest_[i], highest_[i] = count;
    }
  }

  double predict(const std::uint32_t* values) const override {
    if (highest_total_ == 0) return 0;
    double sum = 0;
    for (std::size_t i = 0; i < layout_.issues(); ++i) sum += counts_[layout_.offset[i] + values[i]];
    return sum / highest_total_;
  }

 private:
  std::size_t stored_;
  FlatLayout layout_;
  std::vector<double> counts_, highest_;
  double highest_total_ = 0;
  std::set<Outcome> seen_;  // the different offers counted so far
  bool full_ = false;
};

}  // namespace

std::unique_ptr<OpponentModel> cuhk_frequency_model(std::size_t stored) {
  return std::make_unique<CuhkFrequencyModel>(stored);
}

}  // namespace parley::negotiation::components
