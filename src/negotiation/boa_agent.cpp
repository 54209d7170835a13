#include "parley/negotiation/boa.hpp"

#include <algorithm>
#include <cmath>


namespace parley::negotiation {
namespace {
constexpr double kTolerance = 1e-12;
constexpr std::size_t kModelCandidates = 64;  // outcomes a model compares per offer
}  // namespace

double time_dependent_target(double t, double e, double k, double p_min, double p_max) {
  t = std::clamp(t, 0.0, 1.0);
  const double f = e <= 0 ? k : k + (1 - k) * std::pow(t, 1 / e);
  return p_min + (p_max - p_min) * (1 - f);
}

double AgentState::choose_near(double lo, Outcome& out) {
  if (models.empty()) return index->at_least(lo, out);
  index->sample_band(lo, lo + model_window, rng, candidates);
  if (candidates.size() == 0) return index->at_least(lo, out);
  std::size_t chosen = 0;
  double best = -1;
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    double predicted = 0;
    for (const auto& model : models) predicted += model->predict(candidates.values(c));
    if (predicted > best + kTolerance) best = predicted, chosen = c;
  }
  candidates.copy_to(chosen, out);
  return candidates.utility(chosen);
}

BoaAgent::BoaAgent(std::string spec, BoaParts parts) : spec_(std::move(spec)), parts_(std::move(parts)) {}

void BoaAgent::begin(const NegotiatorView& given) {
  view_.emplace(given);
  const NegotiatorView& view = *view_;
  state_.view = &view;
  state_.index = &view.index();
  state_.reservation = view.reservation_value();
  state_.max_target = state_.index->max_utility();
  state_.min_target = std::min(std::max(view.reservation_value(), state_.index->min_utility()), state_.max_target);
  state_.round_limit = view.deadline().rounds;
  const std::size_t rounds = static_cast<std::size_t>(std::max(state_.round_limit, 16));
  state_.received.reserve(rounds * view.others().size());
  state_.received_times.reserve(rounds * view.others().size());
  state_.sent.reserve(rounds);
  state_.opponents = view.others();
  state_.models.clear();
  if (parts_.make_model)
    for (std::size_t k = 0; k < view.others().size(); ++k) {
      state_.models.push_back(parts_.make_model());
      state_.models.back()->begin(view.space());
    }
  state_.model_window = parts_.model_window;
  state_.candidates = CandidateBuffer(view.space().issue_count(), kModelCandidates);
  state_.rng.seed(view.seed());
  parts_.offering->begin(state_);
}

ActionKind BoaAgent::act(const TurnState& turn, Outcome& offer) {
  state_.round = turn.round;
  state_.t = turn.t;
  const double next = parts_.offering->next_offer(state_, offer);
  if (turn.standing_offer != nullptr) {
    const double offered = state_.utility(*turn.standing_offer);
    if (parts_.acceptance->accept(state_, offered, next)) return ActionKind::accept;
  }
  if (turn.t >= parts_.walk_away_time) return ActionKind::walk_away;
  state_.sent.push_back(next);
  return ActionKind::offer;
}

void BoaAgent::observe(const ObservedAction& action) {
  if (action.kind != ActionKind::offer || action.offer == nullptr) return;
  const double u = state_.utility(*action.offer);
  state_.received.push_back(u);
  state_.received_times.push_back(action.t);
  state_.best_received = std::max(state_.best_received, u);
  if (state_.models.empty()) return;
  const auto position = std::find(state_.opponents.begin(), state_.opponents.end(), action.party);
  if (position != state_.opponents.end())
    state_.models[static_cast<std::size_t>(position - state_.opponents.begin())]->observe(*action.offer, action.t);
}

const OpponentModel* BoaAgent::opponent_model(std::size_t party) const {
  const auto position = std::find(state_.opponents.begin(), state_.opponents.end(), party);
  if (state_.models.empty() || position == state_.opponents.end()) return nullptr;
  return state_.models[static_cast<std::size_t>(position - state_.opponents.begin())].get();
}

bool BoaAgent::vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) {
  state_.t = t;
  const double now = state_.utility(draft);
  const double then = state_.utility(proposal);
  if (then >= now - kTolerance) return true;
  return rule == VoteRule::veto && then >= parts_.offering->target(state_) - kTolerance;
}

}  // namespace parley::negotiation
