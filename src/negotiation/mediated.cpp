// Mediated single-text protocol (mediator.hpp). The mediator sees only the negotiators' votes:
// per (issue, value) it counts proposals and adoptions and prefers values with a high
// adoption rate (Laplace-smoothed), exploring uniformly with probability `exploration`.
#include <algorithm>

#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"
#include "parley/model/random.hpp"
#include "parley/model/tolerance.hpp"
#include "parley/negotiation/mediator.hpp"
#include "session_run.hpp"

namespace parley::negotiation {
namespace {

constexpr int kStakeRetries = 16;  // proposals a stakeholding mediator may redraw per round

class Mediator {
 public:
  Mediator(const OutcomeSpace& space, const MediatorConfig& config, std::uint64_t seed)
      : space_(space), config_(config), rng_(seed) {
    offset_.assign(space.issue_count() + 1, 0);
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      offset_[i + 1] = offset_[i] + space.issue(i).size();
      if (space.issue(i).size() > 1) changeable_.push_back(i);
    }
    proposed_.assign(offset_.back(), 0.0);
    adopted_.assign(offset_.back(), 0.0);
  }

  void random_outcome(Outcome& out) {
    for (std::size_t i = 0; i < space_.issue_count(); ++i)
      out[i] = static_cast<std::uint32_t>(uniform_index(rng_, space_.issue(i).size()));
  }

  bool can_change() const { return !changeable_.empty(); }

  // Writes into `proposal` the draft with one issue changed; returns that issue.
  std::size_t propose(const Outcome& draft, Outcome& proposal) {
    std::copy(draft.begin(), draft.end(), proposal.begin());
    const std::size_t issue = changeable_[uniform_index(rng_, changeable_.size())];
    const std::size_t m = space_.issue(issue).size();
    std::uint32_t value = draft[issue];
    if (bernoulli(rng_, config_.exploration)) {
      value = static_cast<std::uint32_t>((draft[issue] + 1 + uniform_index(rng_, m - 1)) % m);
    } else {
      double total = 0;
      for (std::size_t v = 0; v < m; ++v)
        if (v != draft[issue]) total += score(issue, v);
      double pick = uniform_real(rng_, 0, total);
      for (std::size_t v = 0; v < m; ++v) {
        if (v == draft[issue]) continue;
        value = static_cast<std::uint32_t>(v);
        if ((pick -= score(issue, v)) <= 0) break;
      }
    }
    proposal[issue] = value;
    return issue;
  }

  void learn(std::size_t issue, std::uint32_t value, bool adopted) {
    proposed_[offset_[issue] + value] += 1;
    if (adopted) adopted_[offset_[issue] + value] += 1;
  }

 private:
  double score(std::size_t issue, std::size_t value) const {
    return (adopted_[offset_[issue] + value] + 1) / (proposed_[offset_[issue] + value] + 2);
  }

  const OutcomeSpace& space_;
  const MediatorConfig& config_;
  std::mt19937_64 rng_;
  std::vector<std::size_t> offset_, changeable_;
  std::vector<double> proposed_, adopted_;
};

}  // namespace

void run_mediated(SessionRun& run) {
  const auto& scenario = run.prepared.scenario();
  const auto& config = run.config.mediator;
  const UtilityFunction* stake =
      config.party && config.stake ? &scenario.parties[*config.party].utility : nullptr;
  const std::size_t mediator_party = config.party.value_or(SIZE_MAX);
  Mediator mediator(scenario.space, config, run.config.seed ^ 0xD1B54A32D192ED03ULL);
  Outcome draft(run.issue_count()), proposal(run.issue_count());
  mediator.random_outcome(draft);
  run.record(TraceEvent{TraceKind::propose, 0, 0.0, mediator_party, &draft, false, "initial draft"});
  int round = 1;
  for (; !run.past_deadline(round) && mediator.can_change(); ++round) {
    const double t = run.time_at(round);
    run.result.rounds = round;
    run.result.t = t;
    std::size_t issue = mediator.propose(draft, proposal);
    for (int retry = 0; stake != nullptr && stake->utility(proposal) < stake->utility(draft) && retry < kStakeRetries; ++retry)
      issue = mediator.propose(draft, proposal);
    if (stake != nullptr && stake->utility(proposal) < stake->utility(draft)) continue;  // nothing it would propose
    ++run.result.offers;
    run.record(TraceEvent{TraceKind::propose, round, t, mediator_party, &proposal});
    bool adopted = true;
    for (std::size_t k = 0; k < run.agents.size(); ++k) {
      bool yes = false;
      if (!run.guarded(k, [&] { yes = run.agents[k]->vote(draft, proposal, t, config.rule); })) return;
      run.record(TraceEvent{TraceKind::vote, round, t, run.parties[k], &proposal, yes});
      adopted = adopted && yes;
    }
    mediator.learn(issue, proposal[issue], adopted);
    if (adopted) draft.swap(proposal);
  }
  // Ratification: the final text binds when it is rational for every negotiator.
  bool rational = true;
  for (auto p : run.parties) rational = rational && tolerance::meets_reservation(scenario.parties[p].utility(draft), scenario.parties[p].reservation_value);
  if (rational) run.result.agreement = draft;
  run.end(rational ? EndReason::agreement : EndReason::deadline, run.result.rounds, run.result.t);
}

MediatorConfig parse_mediator_spec(std::string_view spec, const std::vector<std::string>& party_names) {
  const auto bad = [&](const std::string& problem) {
    throw InputError(SourceLocation{"", 0, fmt::format("mediator spec '{}'", spec)}, problem);
  };
  MediatorConfig config;
  config.spec = std::string(spec);
  const auto colon = spec.find(':');
  const std::string_view name = spec.substr(0, colon);
  if (name == "hillclimb") config.rule = VoteRule::hill_climbing;
  else if (name == "veto") config.rule = VoteRule::veto;
  else bad(fmt::format("unknown mediator '{}'{}", name, name_hint(name, std::vector<std::string>{"hillclimb", "veto"}, "known")));
  if (colon == std::string_view::npos) return config;
  std::string_view rest = spec.substr(colon + 1);
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    const auto equals = item.find('=');
    if (equals == std::string_view::npos) bad(fmt::format("expected key=value, got '{}'", item));
    const std::string_view key = item.substr(0, equals), value = item.substr(equals + 1);
    if (key == "party") {
      const auto found = std::find(party_names.begin(), party_names.end(), value);
      if (value.empty() || found == party_names.end())
        bad(fmt::format("no party named '{}' in the scenario{}", value, name_hint(value, party_names, "parties")));
      config.party = static_cast<std::size_t>(found - party_names.begin());
    } else if (key == "stake") {
      if (value != "0" && value != "1") bad(fmt::format("stake must be 0 or 1, got '{}'", value));
      config.stake = value == "1";
    } else if (key == "explore") {
      try {
        std::size_t used = 0;
        config.exploration = std::stod(std::string(value), &used);
        if (used != value.size() || !(config.exploration >= 0 && config.exploration <= 1)) throw std::invalid_argument("");
      } catch (const std::exception&) {
        bad(fmt::format("explore must be a number in [0, 1], got '{}'", value));
      }
    } else {
      bad(fmt::format("unknown parameter '{}'{}", key,
                      name_hint(key, std::vector<std::string>{"party", "stake", "explore"}, "parameters")));
    }
  }
  return config;
}

}  // namespace parley::negotiation
