// Builds agents from parsed spec strings, taking names, parameters and defaults from the
// catalog (agent_catalog.cpp). Every problem is an InputError naming the spec.
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "agent_params.hpp"
#include "agents/registry.hpp"
#include "components.hpp"
#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/external_agents.hpp"

namespace parley::negotiation {
namespace {

const ComponentDoc* find_doc(std::string_view kind, std::string_view name) {
  for (const auto& doc : agent_catalog())
    if (doc.kind == kind && doc.name == name) return &doc;
  return nullptr;
}

std::vector<std::string> names_of(std::string_view kind) {
  std::vector<std::string> names;
  for (const auto& doc : agent_catalog())
    if (doc.kind == kind) names.push_back(doc.name);
  return names;
}

const ComponentDoc& require_doc(std::string_view kind, const SpecNode& node, std::string_view spec) {
  if (const auto* doc = find_doc(kind, node.name)) return *doc;
  const std::string what = kind == "agent" ? "agent" : fmt::format("{} component", kind);
  fail(spec, fmt::format("unknown {} '{}'{}", what, node.name, name_hint(node.name, names_of(kind), "known")));
}

Outcome stated_outcome(const SpecNode& node, const Scenario& scenario, std::size_t party, std::string_view spec) {
  const auto& space = scenario.space;
  const auto& utility = scenario.parties[party].utility;
  Outcome position(space.issue_count(), 0);
  // Unnamed issues: the party's best value (additive), else the first value.
  if (utility.is_additive())
    for (std::size_t i = 0; i < space.issue_count(); ++i)
      for (std::uint32_t k = 1; k < space.issue(i).size(); ++k)
        if (utility.additive().contribution(i, k) > utility.additive().contribution(i, position[i])) position[i] = k;
  for (const auto& [key, value] : node.params) {
    const SourceLocation where{"", 0, fmt::format("agent spec '{}'", spec)};
    const auto issue = require_issue(space, key, where);
    position[issue] = static_cast<std::uint32_t>(require_value(space.issue(issue), value.name, where));
  }
  return position;
}

// `scenario` is null when only checking the spec.
std::unique_ptr<OfferingStrategy> build_offering(const SpecNode& node, std::string_view spec, const Scenario* scenario,
                                                 std::size_t party) {
  const ComponentDoc& doc = require_doc("offering", node, spec);
  const Params p(node, doc, spec, node.name == "stated");
  const auto& name = node.name;
  if (name == "stated")
    return components::stated_position(scenario ? stated_outcome(node, *scenario, party, spec) : Outcome{});
  if (name == "random") return components::random_offers();
  if (name == "agentk-target") return components::agentk(p.number("tau", 0, 100));
  if (name == "tft") {
    const std::string mode = p.text("mode");
    components::TitForTatMode m{};
    if (mode == "relative") m = components::TitForTatMode::relative;
    else if (mode == "random") m = components::TitForTatMode::random_absolute;
    else if (mode == "averaged") m = components::TitForTatMode::averaged;
    else fail(spec, fmt::format("tft mode must be relative, random or averaged, got '{}'", mode));
    return components::tit_for_tat(m, p.integer("delay", 1, 1000), p.integer("span", 1, 1000), p.number("noise", 0, 1));
  }
  const double k = p.number("k", 0, 1);
  if (name == "timedep") return components::time_dependent(p.number("e", 0, 1e6), k);
  const double e = name == "hardliner" ? 0 : name == "boulware" ? 0.2 : name == "linear" ? 1 : 2;
  return components::time_dependent(e, k);
}

std::unique_ptr<AcceptanceCondition> build_acceptance(const SpecNode& node, std::string_view spec) {
  const ComponentDoc& doc = require_doc("acceptance", node, spec);
  const Params p(node, doc, spec);
  const auto& name = node.name;
  if (name == "next") return components::accept_next(p.number("a", 0, 1e6), p.number("b", -1, 1));
  if (name == "const") return components::accept_const(p.number("c", 0, 1));
  if (name == "time") return components::accept_time(p.number("T", 0, 1));
  if (name == "combi") return components::accept_combi(p.number("T", 0, 1), p.number("a", 0, 1e6), p.number("b", -1, 1));
  return components::accept_never();
}

std::function<std::unique_ptr<OpponentModel>()> build_model(const SpecNode& node, std::string_view spec) {
  const ComponentDoc& doc = require_doc("model", node, spec);
  const Params p(node, doc, spec);
  if (node.name == "frequency") {
    const double learn = p.number("learn", 0, 1), add = p.number("value_add", 0, 100);
    return [learn, add] { return components::frequency_model(learn, add); };
  }
  if (node.name == "bayesian") {
    const double sigma = p.number("sigma", 1e-3, 10), step = p.number("step", 0, 1), floor = p.number("floor", 0, 1);
    return [sigma, step, floor] { return components::bayesian_model(sigma, step, floor); };
  }
  if (node.name == "cuhk-frequency") {
    const auto stored = static_cast<std::size_t>(p.integer("stored", 1, 1'000'000));
    return [stored] { return components::cuhk_frequency_model(stored); };
  }
  if (node.name == "smith-frequency") return [] { return components::smith_frequency_model(); };
  return {};
}

bool is_boa_key(std::string_view key) {
  return key == "offer" || key == "accept" || key == "model" || key == "window" || key == "walk";
}

BoaParts build_parts(const SpecNode& top, std::string_view spec, const Scenario* scenario, std::size_t party) {
  const ComponentDoc& doc = require_doc("agent", top, spec);
  const Params p(top, doc, spec, top.name == "stated");
  SpecNode offering;
  if (top.name == "boa") {
    const SpecNode* offer = p.given("offer");
    if (offer == nullptr) fail(spec, "'boa' needs parameter 'offer'");
    offering = *offer;
  } else {
    const bool lite = top.name == "boulware-frequency";
    offering.name = lite ? "timedep" : top.name;
    if (lite && p.given("e") == nullptr) offering.params.push_back({"e", SpecNode{"0.05", {}}});
    for (const auto& [key, value] : top.params)
      if (!is_boa_key(key)) offering.params.push_back({key, value});
  }
  BoaParts parts;
  parts.offering = build_offering(offering, spec, scenario, party);
  parts.acceptance = build_acceptance(p.given("accept") ? *p.given("accept") : SpecNode{"next", {}}, spec);
  const SpecNode default_model{top.name == "boulware-frequency" ? "frequency" : "none", {}};
  parts.make_model = build_model(p.given("model") ? *p.given("model") : default_model, spec);
  parts.model_window = p.number("window", 0, 1);
  parts.walk_away_time = p.text("walk") == "never" ? 2.0 : p.number("walk", 0, 1);
  return parts;
}

}  // namespace

std::unique_ptr<OpponentModel> make_opponent_model(std::string_view spec) {
  const auto make = build_model(parse_agent_spec(spec), spec);
  if (!make) fail(spec, "'none' is not an opponent model");
  return make();
}

namespace {
const AgentDefinition* find_standalone(const SpecNode& top) {
  for (const auto& definition : standalone_agents())
    if (definition.doc.name == top.name) return &definition;
  return nullptr;
}
}  // namespace

void check_agent_spec(std::string_view spec) {
  if (find_external_agent(spec)) return;  // registered outside the catalog (external_agents.hpp)
  const SpecNode top = parse_agent_spec(spec);
  if (const auto* standalone = find_standalone(top)) {
    standalone->make(Params(top, standalone->doc, spec), std::string(spec));
    return;
  }
  build_parts(top, spec, nullptr, 0);
}

std::unique_ptr<Agent> make_agent(std::string_view spec, const Scenario& scenario, std::size_t party) {
  if (const auto external = find_external_agent(spec)) return (*external)(scenario, party);
  const SpecNode top = parse_agent_spec(spec);
  if (const auto* standalone = find_standalone(top)) return standalone->make(Params(top, standalone->doc, spec), std::string(spec));
  return std::make_unique<BoaAgent>(std::string(spec), build_parts(top, spec, &scenario, party));
}

}  // namespace parley::negotiation
