// Scenario preparation keeps to the tournament's thread count: `--threads 1` means one thread
// from the first scenario read to the last record, not every core while the frontiers are built.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <tbb/parallel_for.h>
#include <tbb/task_scheduler_observer.h>

#include "tournament/tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

// Counts TBB worker threads joining the process's default arena, where parallel loops run when
// no explicit arena bounds them.
class DefaultArenaWorkers : public tbb::task_scheduler_observer {
 public:
  DefaultArenaWorkers() { observe(true); }
  ~DefaultArenaWorkers() override { observe(false); }
  void on_scheduler_entry(bool is_worker) override {
    if (is_worker) ++joined_;
  }
  int joined() const { return joined_; }

 private:
  std::atomic<int> joined_{0};
};

// Enough scenarios that an unbounded parallel loop over them gets a worker's help.
TournamentConfig many_scenarios() {
  auto config = test::small_config();
  config.scenarios.assign(256, test::three_party_path());
  config.agents = {"boulware", "linear", "conceder"};
  config.repetitions = 1;
  return config;
}

TEST(PrepareThreads, OneThreadPreparesOnTheCallingThreadOnly) {
  if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "one core: nothing to bound";
  DefaultArenaWorkers workers;
  const auto tournament = prepare_on_every_rank(many_scenarios(), 1);
  EXPECT_EQ(tournament.scenarios().size(), 256u);
  EXPECT_EQ(workers.joined(), 0) << "a worker thread helped prepare although threads = 1";
}

// The observer does see a worker joining the default arena: the test above can fail. (Two
// iterations that each wait for the other to start need two threads at once.)
TEST(PrepareThreads, TheObserverSeesWorkers) {
  if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "one core: no worker to see";
  DefaultArenaWorkers workers;
  std::atomic<int> started{0};
  tbb::parallel_for(0, 2, [&](int) {
    ++started;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (started < 2 && std::chrono::steady_clock::now() < deadline) std::this_thread::yield();
  });
  ASSERT_EQ(started, 2);
  EXPECT_GT(workers.joined(), 0);
}

}  // namespace
}  // namespace parley::tournament
