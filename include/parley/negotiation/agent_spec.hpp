// parley::negotiation agent specs — agents named with their parameters in one string.
//
// Data flow: "boulware", "timedep:e=0.5", "boa:offer=timedep(e=0.2),accept=combi(T=0.98),model=frequency"
//   ──parse_agent_spec()──▶ SpecNode tree ──make_agent(spec, scenario, party)──▶ Agent.
// Grammar:  spec  := name [":" param ("," param)*]
//           param := key "=" value        value := word | number | name "(" param ("," param)* ")"
// A named agent (preset) is a BOA agent with default parts; its parameters set the offering
// strategy's parameters and the BOA keys (offer, accept, model, window, walk) override parts.
// The catalog documents every agent, offering strategy, acceptance condition, opponent model
// and mediator with its parameters (`parley agents`). Every mistake is an InputError naming
// the spec and the problem (unknown name, unknown parameter, bad value) — never a default.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/scenario.hpp"
#include "parley/negotiation/agent.hpp"
#include "parley/negotiation/boa.hpp"

namespace parley::negotiation {

struct SpecParam;

struct SpecNode {
  std::string name;              // or the plain value of a parameter
  std::vector<SpecParam> params;
};

// One `key=value` of a spec. A named struct, not std::pair<std::string, SpecNode>: a pair of
// the still-incomplete SpecNode inside SpecNode is rejected by clang with libstdc++ 12.
struct SpecParam {
  std::string key;
  SpecNode value;
};

// Syntax only; InputError("agent spec '...': ...") on malformed text.
SpecNode parse_agent_spec(std::string_view spec);

struct ParameterDoc {
  std::string name;
  std::string default_value;   // as text; "" when required / not applicable
  std::string doc;
};

struct ComponentDoc {
  std::string kind;            // "agent", "offering", "acceptance", "model", "mediator"
  std::string name;
  std::string doc;
  std::vector<ParameterDoc> parameters;
  std::string source;          // the published description it follows ("" for parley's own)
};

// Every component parley knows, grouped by kind in the order above.
const std::vector<ComponentDoc>& agent_catalog();

// Checks names and parameters without a scenario (stated-position issue names are checked by
// make_agent). Throws InputError.
void check_agent_spec(std::string_view spec);

// Builds the agent for `party` of `scenario`. Throws InputError on any problem.
std::unique_ptr<Agent> make_agent(std::string_view spec, const Scenario& scenario, std::size_t party);

// An opponent model by its spec ("bayesian", "frequency:learn=0.3"; kind 'model' of the
// catalog), for BOA components written outside parley and for model-quality studies.
// Throws InputError; "none" is refused.
std::unique_ptr<OpponentModel> make_opponent_model(std::string_view spec);

// Splits a list of specs ("boulware,conceder"). ';' always separates; ',' outside parentheses
// separates too, except that a piece reading `key=value` (an '=' before any ':' or '(')
// continues the previous spec's parameters: "boa:offer=linear,accept=never,conceder" is two specs.
std::vector<std::string> split_agent_list(std::string_view list);

}  // namespace parley::negotiation
