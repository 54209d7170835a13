// parley::forecast::ActorStance and ForecastIssue — the input of every forecasting model.
//
// Data flow: readers (csv_input.hpp, deu.hpp) and scenario_issues.hpp build ForecastIssues;
// the models (weighted_position.hpp, nash.hpp, bdm.hpp, forecast.hpp) read them.
// One issue is a line (a "metric scale"); each actor holds one position on it, a capability
// (power to influence, >= 0) and a salience (how much it cares, in [0, 1]). Readers of files
// whose salience is on a 0-100 scale divide it by 100.
//
// Public API: ActorStance, IssueScale, ForecastIssue, validate_issue(), scale_of().
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace parley::forecast {

struct ActorStance {
  std::string actor;
  double capability = 0;  // >= 0
  double position = 0;    // a point on the issue's scale
  double salience = 0;    // in [0, 1]
};

// The ends of an issue's scale (e.g. 0 and 100). Nash bargaining measures utility against it.
struct IssueScale {
  double lower = 0;
  double upper = 0;
};

struct ForecastIssue {
  std::string name;
  std::vector<ActorStance> stances;  // two or more actors
  std::optional<IssueScale> scale;   // unset: the span of the actors' positions
  std::string source;                // file the issue was read from, for messages
};

// Checks: >= 2 actors with distinct names, finite numbers, capability >= 0, salience in
// [0, 1], some actor with capability * salience > 0, positions inside the scale when one is
// given, scale.lower < scale.upper. Throws InputError (file = issue.source) naming the actor.
void validate_issue(const ForecastIssue& issue);

// The given scale, or [min position, max position] when none is set.
IssueScale scale_of(const ForecastIssue& issue);

}  // namespace parley::forecast
