// Trace sinks: JSON Lines (nlohmann::ordered_json keeps the documented key order, and its
// shortest round-trip number format makes the text reproducible) and in-memory offers.
#include "parley/negotiation/trace.hpp"

#include <ostream>

#include <nlohmann/json.hpp>

#include "parley/negotiation/model_quality.hpp"
#include "parley/negotiation/outcome_json.hpp"

namespace parley::negotiation {

std::string_view to_string(TraceKind kind) {
  switch (kind) {
    case TraceKind::offer: return "offer";
    case TraceKind::accept: return "accept";
    case TraceKind::walk_away: return "walk_away";
    case TraceKind::propose: return "propose";
    case TraceKind::vote: return "vote";
    case TraceKind::failure: return "failure";
    case TraceKind::end: return "end";
    case TraceKind::model_quality: return "model_quality";
  }
  return "?";
}

JsonlTraceWriter::JsonlTraceWriter(std::ostream& out, const Scenario& scenario) : out_(out), scenario_(scenario) {}

void JsonlTraceWriter::record(const TraceEvent& event) { out_ << trace_event_json(scenario_, event).dump() << '\n'; }

nlohmann::ordered_json trace_event_json(const Scenario& scenario, const TraceEvent& event) {
  nlohmann::ordered_json line;
  line["round"] = event.round;
  line["t"] = event.t;
  line["action"] = to_string(event.kind);
  line["party"] = event.party < scenario.parties.size() ? nlohmann::ordered_json(scenario.parties[event.party].name)
                                                          : nlohmann::ordered_json(nullptr);
  if (event.kind == TraceKind::vote) line["accept"] = event.accepted;
  if (event.kind == TraceKind::model_quality && event.quality != nullptr) {
    line["opponent"] = scenario.parties.at(event.opponent).name;
    line["pearson"] = event.quality->pearson;
    line["ranking_distance"] = event.quality->ranking_distance;
    line["outcomes"] = event.quality->outcomes;
    line["sampled"] = event.quality->sampled;
  }
  if (event.kind == TraceKind::end) {
    line["agreement"] = event.accepted;
    line["reason"] = event.detail;
  } else if (!event.detail.empty()) {
    line["detail"] = event.detail;
  }
  if (event.outcome != nullptr && event.kind != TraceKind::vote) {
    line["outcome"] = outcome_json(scenario.space, *event.outcome);
    auto& utilities = line["utilities"] = nlohmann::ordered_json::object();
    for (const auto& party : scenario.parties) utilities[party.name] = party.utility(*event.outcome);
  }
  return line;
}

void OfferRecorder::record(const TraceEvent& event) {
  if (event.kind != TraceKind::offer && event.kind != TraceKind::propose) return;
  if (event.outcome == nullptr) return;
  offers_.push_back({event.party, event.round, utilities_of(scenario_, *event.outcome)});
}

}  // namespace parley::negotiation
