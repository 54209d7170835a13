// parley::Scenario — what a negotiation is about and who negotiates.
//
// Data flow: io readers (YAML, GENIUS XML, GeniusWeb JSON, KTAB CSV) build a Scenario;
// analysis, negotiation, tournament and forecast read it. A Scenario is one moment: a dated
// timeline of positions (the flagship) yields one Scenario per snapshot.
// `validate_scenario` checks the invariants every module relies on; readers call it and
// turn its findings into InputErrors that name the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/model/error.hpp"
#include "parley/model/outcome_space.hpp"
#include "parley/model/user_model.hpp"
#include "parley/model/utility.hpp"

namespace parley {

// A hard constraint: options of one issue the party will not sign, whatever the rest of the
// package gives it. An outcome that picks a rejected option is not rational for the party, however
// high its utility (DESIGN.md's definition of a rational outcome; docs/algorithms/red_lines.md).
struct RedLineConstraint {
  std::size_t issue = 0;
  std::vector<std::uint32_t> rejected;  // option indices of that issue, ascending
  std::string description;              // shown in reports: "will not sign: crimea = recognised-russian"
};

struct Party {
  std::string name;
  std::string role;                  // free text: "principal", "mediator", "ally", "host", ...
  UtilityFunction utility;
  double reservation_value = 0.0;    // utility of no agreement, in [0, 1]
  double discount_factor = 1.0;      // GENIUS: u(o, t) = u(o) * d^t, d in (0, 1]
  std::optional<double> capability;  // forecasting: power to influence, > 0
  std::optional<double> salience;    // forecasting: how much the party cares, in [0, 1]
  std::vector<RedLineConstraint> red_lines;  // hard constraints; empty for most scenarios
  std::string description;
  // Preference uncertainty (GENIUS UNCERTAIN, GeniusWeb partial orderings, elicitation):
  // what the party may see of its own preferences; see user_model.hpp.
  std::optional<UserModel> user_model;
};

struct Scenario {
  std::string name;
  std::string description;           // free text, kept by readers and writers that can hold it
  OutcomeSpace space;
  std::vector<Party> parties;        // two or more, each with a utility over `space`
  std::string source;                // where it was read from (file or folder), for messages

  std::optional<std::size_t> find_party(std::string_view name) const;
};

// Checks: >= 2 parties with distinct names, every issue non-empty, every utility shaped to
// the space (one weight per issue, one evaluation per value, rectangle bounds in range),
// weights finite, >= 0 and summing to 1, evaluations and reservation values in [0, 1],
// discount factor in (0, 1]. Throws InputError (file = scenario.source) naming the field.
void validate_scenario(const Scenario& scenario);

// True when the outcome picks an option one of the party's red lines rejects.
bool breaks_red_line(const Party& party, const Outcome& outcome);
bool has_red_lines(const Scenario& scenario);

// Party names in party order, and the index of the party named `name` (exact spelling); else
// InputError at `where`: "no party named 'Rusia'; did you mean 'Russia'? (parties: Russia, Ukraine)".
std::vector<std::string> party_names(const Scenario& scenario);
std::size_t require_party(const Scenario& scenario, std::string_view name, const SourceLocation& where);

// Utilities of every party for one outcome, in party order.
std::vector<double> utilities_of(const Scenario& scenario, const Outcome& outcome);

}  // namespace parley
