// Sanity on the real GENIUS scenarios in ../shared/data/genius (skipped when absent):
// conceders agree wherever a zone of possible agreement exists, and hardliners agree exactly
// when one's best outcome is also best for the other.
#include <filesystem>

#include <gtest/gtest.h>

#include "parley/analysis/zopa.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/session.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

constexpr std::uint64_t kMaxOutcomes = 500'000;  // keeps the suite fast; larger ones are benchmarked

// Every readable two-party GENIUS scenario of at most kMaxOutcomes outcomes, prepared once
// for both tests.
std::vector<std::unique_ptr<PreparedScenario>> load_two_party_scenarios(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> folders;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
    if (entry.is_directory() && io::is_genius_folder(entry.path())) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  std::vector<std::unique_ptr<PreparedScenario>> prepared;
  for (const auto& folder : folders) {
    Scenario scenario;
    try {
      scenario = io::load_scenario(folder);
    } catch (const InputError&) {
      continue;  // the io tests own the reader's coverage
    }
    if (scenario.parties.size() != 2 || !scenario.space.enumerable(kMaxOutcomes)) continue;
    prepared.push_back(std::make_unique<PreparedScenario>(std::move(scenario)));
  }
  return prepared;
}

const std::vector<std::unique_ptr<PreparedScenario>>& two_party_scenarios(const std::filesystem::path& root) {
  static const auto scenarios = load_two_party_scenarios(root);
  return scenarios;
}

TEST(GeniusScenarios, ConcedersAgreeWheneverThereIsAZopa) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius");
  const auto& scenarios = two_party_scenarios(root);
  ASSERT_GT(scenarios.size(), 20u);
  SessionConfig config;
  config.rounds = 200;
  std::size_t with_zopa = 0;
  for (const auto& prepared : scenarios) {
    const auto zopa = analysis::zopa(prepared->scenario(), prepared->frontier());
    if (!zopa.nonempty.value_or(false)) continue;
    ++with_zopa;
    const auto result = run_session(*prepared, {"conceder", "conceder"}, config);
    EXPECT_EQ(result.reason, EndReason::agreement) << prepared->scenario().source;
    if (!result.agreement) continue;
    for (std::size_t p = 0; p < 2; ++p) {
      EXPECT_GE(result.utilities[p], prepared->scenario().parties[p].reservation_value - 1e-9)
          << prepared->scenario().source;
    }
  }
  EXPECT_GT(with_zopa, 20u);
}

TEST(GeniusScenarios, HardlinersAgreeOnlyWhenABestOutcomeIsShared) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius");
  SessionConfig config;
  config.rounds = 50;
  std::size_t apart = 0;
  for (const auto& prepared : two_party_scenarios(root)) {
    const auto& parties = prepared->scenario().parties;
    const auto& a = prepared->index(0);
    const auto& b = prepared->index(1);
    const bool shared = parties[1].utility(a.best()) >= b.max_utility() - 1e-12 ||
                        parties[0].utility(b.best()) >= a.max_utility() - 1e-12;
    apart += !shared;
    const auto result = run_session(*prepared, {"hardliner", "hardliner"}, config);
    EXPECT_EQ(result.agreement.has_value(), shared) << prepared->scenario().source;
    if (!shared) {
      EXPECT_EQ(result.reason, EndReason::deadline) << prepared->scenario().source;
    }
  }
  EXPECT_GT(apart, 20u);
}

}  // namespace
}  // namespace parley::negotiation
