// parley::negotiation traces — every action of a session, for replay, plots and debugging.
//
// Data flow: run_session() ──TraceEvent per action──▶ TraceSink. JsonlTraceWriter writes one
// JSON object per line (docs/cli/negotiate.md lists the fields); OfferRecorder keeps the
// offers in memory (the utility-space plot reads it). Events hold no wall-clock time, so the
// same seed gives a byte-identical trace.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "parley/model/scenario.hpp"

namespace parley::negotiation {

struct ModelQuality;  // model_quality.hpp

// model_quality: the session runner's measure of one agent's opponent model (model_quality.hpp),
// not an action; recorded only with SessionConfig::model_quality.
enum class TraceKind { offer, accept, walk_away, propose, vote, failure, end, model_quality };
std::string_view to_string(TraceKind kind);

struct TraceEvent {
  TraceKind kind = TraceKind::offer;
  int round = 0;
  double t = 0;
  std::size_t party = 0;              // who acted (for propose: the mediator party or SIZE_MAX)
  const Outcome* outcome = nullptr;   // offer / accepted offer / proposal / agreement
  bool accepted = false;              // vote: the answer; end: whether there is an agreement
  std::string_view detail;            // failure message, end reason
  std::size_t opponent = SIZE_MAX;    // model_quality: the party modelled (party = the modeller)
  const ModelQuality* quality = nullptr;  // model_quality only
};

class TraceSink {
 public:
  virtual ~TraceSink() = default;
  virtual void record(const TraceEvent& event) = 0;
};

// One event as a JSON object: the line JsonlTraceWriter writes, and one entry of the
// "timeline" array of `negotiate --json` (the same schema in both places).
nlohmann::ordered_json trace_event_json(const Scenario& scenario, const TraceEvent& event);

// JSON Lines: {"round":3,"t":0.03,"party":"buyer","action":"offer","outcome":{...},"utilities":{...}}.
class JsonlTraceWriter final : public TraceSink {
 public:
  JsonlTraceWriter(std::ostream& out, const Scenario& scenario);
  void record(const TraceEvent& event) override;

 private:
  std::ostream& out_;
  const Scenario& scenario_;
};

// Keeps each offer (party, round, utilities of every party) in memory.
class OfferRecorder final : public TraceSink {
 public:
  struct Offer {
    std::size_t party;
    int round;
    std::vector<double> utilities;  // every scenario party
  };
  explicit OfferRecorder(const Scenario& scenario) : scenario_(scenario) {}
  void record(const TraceEvent& event) override;
  const std::vector<Offer>& offers() const { return offers_; }

 private:
  const Scenario& scenario_;
  std::vector<Offer> offers_;
};

// Forwards to several sinks.
class TeeSink final : public TraceSink {
 public:
  explicit TeeSink(std::vector<TraceSink*> sinks) : sinks_(std::move(sinks)) {}
  void record(const TraceEvent& event) override {
    for (auto* sink : sinks_) sink->record(event);
  }

 private:
  std::vector<TraceSink*> sinks_;
};

}  // namespace parley::negotiation
