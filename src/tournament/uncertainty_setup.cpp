// The uncertainty spec with elicitation's ranking draw and estimator injected (uncertainty_setup.hpp).
#include "parley/tournament/uncertainty_setup.hpp"

#include "parley/elicitation/estimators.hpp"

namespace parley::tournament {

negotiation::UncertaintyOptions uncertainty_options(std::string_view spec, std::string_view estimator, std::uint64_t seed) {
  auto options = negotiation::parse_uncertainty_spec(spec, "uncertainty");
  options.estimator = std::string(estimator);
  options.estimate = elicitation::utility_estimator_named(estimator, "estimator");
  options.draw_ranking = elicitation::genius_ranking_draw();
  options.seed = seed;
  return options;
}

std::shared_ptr<const negotiation::PreparedUncertainty> prepare_uncertainty(const negotiation::PreparedScenario& prepared,
                                                                            std::string_view spec, std::string_view estimator,
                                                                            std::uint64_t seed,
                                                                            const negotiation::IndexOptions& index) {
  return std::make_shared<const negotiation::PreparedUncertainty>(prepared, uncertainty_options(spec, estimator, seed),
                                                                  index);
}

}  // namespace parley::tournament
