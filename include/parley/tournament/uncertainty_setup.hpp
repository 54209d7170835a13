// parley::tournament uncertainty setup — where negotiation meets elicitation: the spec text of
// preference uncertainty turned into a prepared scenario's rankings and estimates.
//
// Data flow: "profiles" | "ranked:N[,cost=C]" + estimator name ("lp" | "counting") + seed
//   ──uncertainty_options()──▶ negotiation::UncertaintyOptions with elicitation's GENIUS ranking
//   draw and the named estimator injected (negotiation does not depend on elicitation)
//   ──prepare_uncertainty()──▶ negotiation::PreparedUncertainty for SessionConfig::uncertainty.
// prepare_tournament() uses it for every scenario; `parley negotiate --uncertainty` for one.
// InputError on a bad spec, an unknown estimator, or a scenario without uncertain parties.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/negotiation/uncertainty.hpp"

namespace parley::tournament {

negotiation::UncertaintyOptions uncertainty_options(std::string_view spec, std::string_view estimator, std::uint64_t seed);

std::shared_ptr<const negotiation::PreparedUncertainty> prepare_uncertainty(const negotiation::PreparedScenario& prepared,
                                                                            std::string_view spec, std::string_view estimator,
                                                                            std::uint64_t seed,
                                                                            const negotiation::IndexOptions& index = {});

}  // namespace parley::tournament
