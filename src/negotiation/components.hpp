// Concrete BOA components (offering strategies, acceptance conditions, opponent models).
// Private to the negotiation module: users name them in spec strings (agent_spec.hpp), and
// the factory (agent_factory.cpp) builds them through these functions.
#pragma once

#include <memory>

#include "parley/negotiation/boa.hpp"

namespace parley::negotiation::components {

std::unique_ptr<OfferingStrategy> time_dependent(double e, double k);
enum class TitForTatMode { relative, random_absolute, averaged };
std::unique_ptr<OfferingStrategy> tit_for_tat(TitForTatMode mode, int delay, int window, double noise);
std::unique_ptr<OfferingStrategy> agentk(double tau);
std::unique_ptr<OfferingStrategy> random_offers();
std::unique_ptr<OfferingStrategy> stated_position(Outcome position);

std::unique_ptr<AcceptanceCondition> accept_next(double a, double b);
std::unique_ptr<AcceptanceCondition> accept_const(double c);
std::unique_ptr<AcceptanceCondition> accept_time(double deadline);
std::unique_ptr<AcceptanceCondition> accept_combi(double deadline, double a, double b);
std::unique_ptr<AcceptanceCondition> accept_never();

std::unique_ptr<OpponentModel> frequency_model(double learn, double value_add);
std::unique_ptr<OpponentModel> bayesian_model(double sigma, double step, double floor);
std::unique_ptr<OpponentModel> cuhk_frequency_model(std::size_t stored);
std::unique_ptr<OpponentModel> smith_frequency_model();

}  // namespace parley::negotiation::components
