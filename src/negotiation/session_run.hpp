// The state of one running session, shared by the protocol loops (alternating_offers.cpp,
// mediated.cpp): the clock and deadline, guarded calls into agents (exceptions and timeouts
// become an agent failure that ends the session), and trace recording. Private to the module.
#pragma once

#include <chrono>
#include <exception>
#include <memory>
#include <vector>

#include "parley/negotiation/session.hpp"

namespace parley::negotiation {

class SessionRun {
 public:
  SessionRun(const PreparedScenario& prepared, const SessionConfig& config, TraceSink* trace,
             std::vector<std::unique_ptr<Agent>>& agents, std::vector<std::size_t> parties);

  const PreparedScenario& prepared;
  const SessionConfig& config;
  std::vector<std::unique_ptr<Agent>>& agents;  // agents[k] negotiates for parties[k]
  std::vector<std::size_t> parties;
  SessionResult result;

  std::size_t issue_count() const { return prepared.scenario().space.issue_count(); }
  // Normalised time of a turn in `round`: round / N for a round deadline, elapsed / S for a
  // time deadline, the larger of the two when both are set.
  double time_at(int round) const;
  // True when `round` lies beyond the deadline (in rounds or in time).
  bool past_deadline(int round) const;

  // Runs `call` for negotiator k. Returns false (and ends the session as an agent failure)
  // when it throws or overruns the action timeout.
  template <class Call>
  bool guarded(std::size_t k, Call&& call);

  void fail(std::size_t k, std::string why);
  void end(EndReason reason, int round, double t);
  bool ended() const { return ended_; }
  void record(const TraceEvent& event) {
    if (trace_ != nullptr) trace_->record(event);
  }
  // Tells every negotiator but k about k's action; false when one of them failed.
  bool notify_others(std::size_t k, ActionKind kind, const Outcome* offer, int round, double t);
  // At the start of a round: measures the agents' opponent models when t reached the next of
  // config.model_quality.times.
  void model_checkpoint(int round, double t);

 private:
  double elapsed() const;
  void measure_models(int round, double t);
  std::size_t next_model_time_ = 0;
  TraceSink* trace_;
  std::chrono::steady_clock::time_point start_;
  bool ended_ = false;
};

template <class Call>
bool SessionRun::guarded(std::size_t k, Call&& call) {
  const auto before = config.action_timeout > 0 ? std::chrono::steady_clock::now() : start_;
  try {
    call();
  } catch (const std::exception& error) {
    fail(k, std::string("exception: ") + error.what());
    return false;
  } catch (...) {
    fail(k, "exception of unknown type");
    return false;
  }
  if (config.action_timeout > 0) {
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - before).count();
    if (took > config.action_timeout) {
      fail(k, "timeout: one action took " + std::to_string(took) + " s, the limit is " +
                  std::to_string(config.action_timeout) + " s");
      return false;
    }
  }
  return true;
}

void run_alternating_offers(SessionRun& run);
void run_mediated(SessionRun& run);

}  // namespace parley::negotiation
