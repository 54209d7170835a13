// Shared helpers for the tournament tests: the shipped fixture scenarios, small configs, and
// temporary result folders that clean up after themselves.
#pragma once

#include <filesystem>
#include <random>
#include <string>

#include "parley/tournament/run_tournament.hpp"
#include "support/test_paths.hpp"

namespace parley::tournament::test {

inline std::filesystem::path bilateral_path() { return parley::test::fixture("tournament/bilateral.yaml"); }
inline std::filesystem::path three_party_path() { return parley::test::fixture("tournament/three_party.yaml"); }

inline TournamentConfig small_config() {
  TournamentConfig config;
  config.agents = {"boulware", "conceder", "linear", "hardheaded"};
  config.scenarios = {bilateral_path(), three_party_path()};
  config.repetitions = 2;
  config.rounds = 60;
  config.seed = 2024;
  return config;
}

inline Tournament prepare(const TournamentConfig& config) {
  return prepare_tournament(config, load_scenario_inputs(config.scenarios));
}

// A fresh folder under the system temporary folder, removed at scope exit.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() / ("parley-tournament-test-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace parley::tournament::test
