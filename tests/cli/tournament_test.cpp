// `parley tournament` end to end: a real run killed with SIGKILL resumes to the same results
// as a clean run; MPI with two processes writes the same store; refusals and bad input exit 2.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "support/test_paths.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using parley::test::run_cli;

class Folder {
 public:
  Folder() : path_(fs::temp_directory_path() / ("parley-cli-tournament-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path_);
  }
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// A tournament long enough (about 2,400 sessions) to be killed in the middle.
// Small batches let the kill land mid-run; MPI runs use larger ones (fewer collective calls).
std::vector<std::string> tournament_arguments(const fs::path& out, const std::string& threads,
                                              const std::string& batch_seconds = "0.02") {
  return {"tournament",
          "--agents", "boulware;conceder;linear;hardheaded;tft",
          "--scenarios", parley::test::fixture("tournament/bilateral.yaml").string(),
          parley::test::fixture("tournament/three_party.yaml").string(),
          "--repetitions", "30", "--rounds", "200", "--seed", "77", "--threads", threads,
          "--batch-seconds", batch_seconds, "--out", out.string()};
}

std::string shell_join(const std::vector<std::string>& arguments) {
  std::string text;
  for (const auto& argument : arguments) text += " '" + argument + "'";
  return text;
}

std::vector<nlohmann::json> records_without_wall_time(const fs::path& folder) {
  std::vector<nlohmann::json> records;
  std::ifstream in(folder / "results.jsonl");
  for (std::string line; std::getline(in, line);) {
    auto record = nlohmann::json::parse(line);
    record.erase("wall_seconds");
    records.push_back(std::move(record));
  }
  return records;
}

std::size_t complete_lines(const fs::path& file) {
  std::ifstream in(file);
  std::size_t lines = 0;
  for (std::string line; std::getline(in, line);) lines += in.eof() ? 0 : 1;
  return lines;
}

// Starts `parley` with stdout/stderr discarded; returns its pid.
pid_t spawn_cli(const std::vector<std::string>& arguments) {
  std::vector<std::string> argv_text{parley::test::cli_path().string()};
  argv_text.insert(argv_text.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return failed ? -1 : pid;
}

const std::vector<nlohmann::json>& clean_run() {
  static const Folder folder;
  static const std::vector<nlohmann::json> records = [] {
    const auto result = run_cli(shell_join(tournament_arguments(folder.path(), "2")));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return records_without_wall_time(folder.path());
  }();
  return records;
}

TEST(TournamentCli, KilledRunResumesToTheCleanResult) {
  const auto& expected = clean_run();
  ASSERT_EQ(expected.size(), 2400u);
  Folder folder;
  const auto arguments = tournament_arguments(folder.path(), "1");
  const pid_t pid = spawn_cli(arguments);
  ASSERT_GT(pid, 0);
  const auto results = folder.path() / "results.jsonl";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (complete_lines(results) < 50 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run finished before it could be killed";
  const auto recorded = complete_lines(results);
  ASSERT_GE(recorded, 50u);
  ASSERT_LT(recorded, expected.size()) << "the run finished before it could be killed";
  {  // as if the kill had cut a write in half
    std::ofstream torn(results, std::ios::app);
    torn << R"({"session":)" << recorded << R"(,"scenario":"Sup)";
  }

  const auto resumed = run_cli(shell_join(arguments));  // the same command
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.out.find(std::to_string(recorded) + " recorded before"), std::string::npos) << resumed.out;
  EXPECT_EQ(records_without_wall_time(folder.path()), expected);
  EXPECT_EQ(resumed.err.find('\r'), std::string::npos) << "no progress bar when stderr is not a terminal";
}

// Runs a shell command (an mpirun line), returning its wait status and its output.
std::pair<int, std::string> run_shell(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {-1, "popen failed"};
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  return {pclose(pipe), output};
}

TEST(TournamentCli, MpiTwoProcessesWriteTheSameStore) {
  if (std::system("command -v mpirun >/dev/null 2>&1") != 0) GTEST_SKIP() << "mpirun is not installed; skipping";
  const auto& expected = clean_run();
  Folder folder;
  const std::string mpirun =
      "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 mpirun --oversubscribe -np 2 "
      "--mca btl self,tcp --mca btl_tcp_if_include lo --mca oob_tcp_if_include lo ";
  const std::string command = mpirun + "'" + parley::test::cli_path().string() + "'" +
                              shell_join(tournament_arguments(folder.path(), "1", "0.5")) + " 2>&1";
  const auto [status, output] = run_shell(command);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << output;
  EXPECT_NE(output.find("2 MPI processes"), std::string::npos) << output;
  EXPECT_EQ(records_without_wall_time(folder.path()), expected);
}

TEST(TournamentCli, MpiAnInputErrorOnOneRankEndsEveryRankWithItsMessage) {
  // One job, two commands (Open MPI's MPMD form): rank 1 is given a scenario that does not exist,
  // as a file missing on one host would be. Before, rank 1 stopped silently and rank 0 waited
  // for it forever; now every rank ends, and rank 0 prints rank 1's error.
  if (std::system("command -v mpirun >/dev/null 2>&1") != 0) GTEST_SKIP() << "mpirun is not installed; skipping";
  Folder folder;
  const auto arguments = [&](const std::string& scenario) {
    return "'" + parley::test::cli_path().string() + "' tournament --agents 'boulware;linear' --scenarios '" + scenario +
           "' --rounds 50 --out '" + (folder.path() / "out").string() + "'";
  };
  const std::string missing = (folder.path() / "missing.yaml").string();
  const std::string command =
      "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 timeout 60 mpirun --oversubscribe "
      "--mca btl self,tcp --mca btl_tcp_if_include lo --mca oob_tcp_if_include lo -np 1 " +
      arguments(parley::test::fixture("tournament/bilateral.yaml").string()) + " : -np 1 " + arguments(missing) + " 2>&1";
  const auto [status, output] = run_shell(command);
  ASSERT_TRUE(WIFEXITED(status)) << output;
  EXPECT_NE(WEXITSTATUS(status), 124) << "the job hung until timeout killed it:\n" << output;
  EXPECT_NE(WEXITSTATUS(status), 0) << output;
  EXPECT_NE(output.find("error: rank 1: " + missing), std::string::npos) << output;
  EXPECT_FALSE(std::filesystem::exists(folder.path() / "out" / "results.jsonl")) << "nothing may run";
}

TEST(TournamentCli, FinishedOrDifferentTournamentAsksForResumeOrForce) {
  Folder folder;
  const std::string base = " tournament --agents 'boulware;linear' --scenarios '" +
                           parley::test::fixture("tournament/bilateral.yaml").string() +
                           "' --rounds 50 --out '" + folder.path().string() + "'";
  ASSERT_EQ(run_cli(base).exit_code, 0);
  auto again = run_cli(base);
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--resume"), std::string::npos) << again.err;

  auto resumed = run_cli(base + " --resume --json");
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  const auto summary = nlohmann::json::parse(resumed.out);
  EXPECT_EQ(summary["ran"], 0);
  EXPECT_EQ(summary["sessions"], 2);
  EXPECT_EQ(summary["ranking"].size(), 2u);

  auto different = run_cli(base + " --seed 9");
  EXPECT_EQ(different.exit_code, 2);
  EXPECT_NE(different.err.find("different tournament"), std::string::npos) << different.err;
  EXPECT_EQ(run_cli(base + " --seed 9 --force").exit_code, 0);
  EXPECT_EQ(run_cli(base + " --resume --force").exit_code, 2) << "the two flags exclude each other";

  for (const char* file : {"manifest.json", "results.jsonl", "ranking.csv", "ranking.json", "ranking.svg"})
    EXPECT_TRUE(fs::exists(folder.path() / file)) << file;
}

TEST(TournamentCli, BadInputExitsTwoWithAClearMessage) {
  Folder folder;
  const auto scenario = "'" + parley::test::fixture("tournament/bilateral.yaml").string() + "'";
  const auto out = " --out '" + folder.path().string() + "'";
  auto unknown = run_cli("tournament --agents 'boulware;wizard' --scenarios " + scenario + out);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("wizard"), std::string::npos) << unknown.err;

  auto missing = run_cli("tournament --agents 'boulware;linear' --scenarios /no/such.yaml" + out);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/no/such.yaml"), std::string::npos) << missing.err;

  auto rounds = run_cli("tournament --agents 'boulware;linear' --rounds 0 --scenarios " + scenario + out);
  EXPECT_EQ(rounds.exit_code, 2);
  EXPECT_NE(rounds.err.find("rounds"), std::string::npos) << rounds.err;
  EXPECT_FALSE(fs::exists(folder.path() / "manifest.json")) << "nothing is written on bad input";
}

}  // namespace
