// Usage errors end to end (issue 12): the documented `error:` form, exit code 2, and the nearest
// valid name for a misspelled command or option (parley::unknown_name).
#include <gtest/gtest.h>

#include "support/test_paths.hpp"

namespace parley {
namespace {

TEST(UsageErrors, MisspelledCommandSuggestsTheNearestOne) {
  const auto result = test::run_cli("negotiat");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("error: unknown command 'negotiat'; did you mean 'negotiate'?"), std::string::npos) << result.err;
}

TEST(UsageErrors, UnknownCommandListsTheValidOnes) {
  const auto result = test::run_cli("frobnicate");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("error: unknown command 'frobnicate' (valid: ", 0), 0u) << result.err;
  EXPECT_NE(result.err.find("analyze"), std::string::npos);
}

TEST(UsageErrors, MisspelledOptionSuggestsTheNearestOne) {
  const auto path = (test::source_dir() / "scenarios/examples/laptop.yaml").string();
  const auto result = test::run_cli("analyze '" + path + "' --jsn");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("error: unknown option '--jsn' for 'parley analyze'; did you mean '--json'?"), std::string::npos)
      << result.err;
}

TEST(UsageErrors, NoCommandIsAnErrorInTheDocumentedForm) {
  const auto result = test::run_cli("");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("error: a command is required", 0), 0u) << result.err;
}

TEST(UsageErrors, OtherParseErrorsUseTheErrorForm) {
  const auto result = test::run_cli("analyze");  // the required path is missing
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("error: ", 0), 0u) << result.err;
}

TEST(UsageErrors, MisspelledAgentPartyAndSnapshotSuggestTheNearestOne) {
  const auto laptop = "'" + (test::source_dir() / "scenarios/examples/laptop.yaml").string() + "'";
  const auto agent = test::run_cli("negotiate " + laptop + " --agents bolware,conceder");
  EXPECT_EQ(agent.exit_code, 2);
  EXPECT_NE(agent.err.find("unknown agent 'bolware'; did you mean 'boulware'? (known: "), std::string::npos) << agent.err;
  const auto flagship = "'" + (test::source_dir() / "scenarios/russia-ukraine").string() + "'";
  const auto party = test::run_cli("analyze " + flagship + " --shock 'Rusia.reservation-=0.1'");
  EXPECT_EQ(party.exit_code, 2);
  EXPECT_NE(party.err.find("no party named 'Rusia'; did you mean 'Russia'?"), std::string::npos) << party.err;
  const auto snapshot = test::run_cli("analyze " + flagship + " --at 2022-04-impase");
  EXPECT_EQ(snapshot.exit_code, 2);
  EXPECT_NE(snapshot.err.find("did you mean '2022-04-impasse'?"), std::string::npos) << snapshot.err;
  const auto subcommand = test::run_cli("evidence extrac");
  EXPECT_EQ(subcommand.exit_code, 2);
  EXPECT_NE(subcommand.err.find("error: unknown command 'extrac' for 'parley evidence'; did you mean 'extract'?"),
            std::string::npos) << subcommand.err;
}

}  // namespace
}  // namespace parley
