// Acceptance conditions (Baarslag, Hindriks and Jonker 2014, "Effective acceptance conditions
// in multi-issue negotiation"). `offered` is the agent's utility of the standing offer and
// `next` that of the offer it would make instead.
#include <algorithm>

#include "components.hpp"

namespace parley::negotiation::components {
namespace {

constexpr double kTolerance = 1e-12;

// AC_next(a, b): accept when a·u(offer) + b ≥ u(own next offer).
class AcceptNext final : public AcceptanceCondition {
 public:
  AcceptNext(double a, double b) : a_(a), b_(b) {}
  bool accept(const AgentState&, double offered, double next) const override {
    return a_ * offered + b_ >= next - kTolerance;
  }

 private:
  double a_, b_;
};

// AC_const(c): accept any offer worth at least c.
class AcceptConst final : public AcceptanceCondition {
 public:
  explicit AcceptConst(double c) : c_(c) {}
  bool accept(const AgentState&, double offered, double) const override { return offered >= c_ - kTolerance; }

 private:
  double c_;
};

// AC_time(T): accept anything once t ≥ T.
class AcceptTime final : public AcceptanceCondition {
 public:
  explicit AcceptTime(double deadline) : deadline_(deadline) {}
  bool accept(const AgentState& state, double, double) const override { return state.t >= deadline_; }

 private:
  double deadline_;
};

// AC_combi(T, MAX^W): AC_next, or once t ≥ T accept an offer at least as good as the best
// received in the last W = 1 − t of time (the window as long as the time that remains).
class AcceptCombi final : public AcceptanceCondition {
 public:
  AcceptCombi(double deadline, double a, double b) : next_(a, b), deadline_(deadline) {}
  bool accept(const AgentState& state, double offered, double next) const override {
    if (next_.accept(state, offered, next)) return true;
    if (state.t < deadline_) return false;
    const double since = state.t - (1 - state.t);
    double best = -1;
    for (std::size_t k = state.received.size(); k-- > 0 && state.received_times[k] >= since - kTolerance;)
      best = std::max(best, state.received[k]);
    return offered >= best - kTolerance;
  }

 private:
  AcceptNext next_;
  double deadline_;
};

class AcceptNever final : public AcceptanceCondition {
 public:
  bool accept(const AgentState&, double, double) const override { return false; }
};

}  // namespace

std::unique_ptr<AcceptanceCondition> accept_next(double a, double b) { return std::make_unique<AcceptNext>(a, b); }
std::unique_ptr<AcceptanceCondition> accept_const(double c) { return std::make_unique<AcceptConst>(c); }
std::unique_ptr<AcceptanceCondition> accept_time(double deadline) { return std::make_unique<AcceptTime>(deadline); }
std::unique_ptr<AcceptanceCondition> accept_combi(double deadline, double a, double b) {
  return std::make_unique<AcceptCombi>(deadline, a, b);
}
std::unique_ptr<AcceptanceCondition> accept_never() { return std::make_unique<AcceptNever>(); }

}  // namespace parley::negotiation::components
