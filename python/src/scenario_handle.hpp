// ScenarioHandle — what a Python `parley.Scenario` holds, and the outcome conversions every
// binding shares.
//
// Data flow: parley.load(path) ──io──▶ ScenarioHandle { the Scenario (immutable, shared),
// the Timeline it came from (dated scenarios), the snapshot id } ──prepared()──▶ the
// negotiation module's PreparedScenario, built once on first use (sessions, plots) and shared
// by every later negotiate() / plot of the same Scenario object.
// Outcomes cross the boundary as a dict {issue: value label} or a sequence of value indices in
// issue order; both become parley::Outcome here, and every mistake is an InputError naming
// the outcome and the issue.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "parley/model/scenario.hpp"
#include "parley/model/timeline.hpp"
#include "parley/negotiation/prepared_scenario.hpp"

namespace parley::python {

class ScenarioHandle {
 public:
  ScenarioHandle(Scenario scenario, std::shared_ptr<const Timeline> timeline = nullptr, std::string snapshot = {});

  const Scenario& scenario() const { return *scenario_; }
  std::shared_ptr<const Scenario> shared() const { return scenario_; }
  const std::shared_ptr<const Timeline>& timeline() const { return timeline_; }
  const std::string& snapshot() const { return snapshot_; }

  // Built on first use (validates, sorts outcomes, computes the frontier); thread-safe.
  std::shared_ptr<const negotiation::PreparedScenario> prepared() const;

 private:
  std::shared_ptr<const Scenario> scenario_;
  std::shared_ptr<const Timeline> timeline_;
  std::string snapshot_;
  mutable std::once_flag prepared_once_;
  mutable std::shared_ptr<const negotiation::PreparedScenario> prepared_;
};

// A dict {issue name: label (str) or number} or a sequence of value indices -> Outcome.
Outcome outcome_from_python(const OutcomeSpace& space, const pybind11::handle& value);
// {issue name: label}, in issue order.
pybind11::dict outcome_to_dict(const OutcomeSpace& space, const Outcome& outcome);
pybind11::tuple outcome_to_tuple(const Outcome& outcome);
// A party given by name or index.
std::size_t party_from_python(const Scenario& scenario, const pybind11::handle& party);

// An exact non-negative integer written in decimal, as a Python int.
pybind11::int_ exact_int(const std::string& decimal);

}  // namespace parley::python
