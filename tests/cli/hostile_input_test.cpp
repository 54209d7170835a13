// The hostile-input table: for each input a reliability probe found to crash, hang, escape the
// scenario folder, run without end or be silently accepted, the command, the exit code and the
// message parley must give. Every row builds its input in a scratch folder (small files,
// generated here), runs the built CLI under `timeout` (so a hang fails the row instead of the
// suite) and checks exit code and message. docs/LIMITS.md lists the limits the rows pin.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void spit(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// The CLI run through the shell with a prefix ("ulimit -t 60; exec timeout 60 env X=1"), so
// that a hang (exit 124) or unbounded work (SIGXCPU) fails the row instead of the suite; stderr
// captured through a file.
test::CommandResult run_with_prefix(const std::string& prefix, const std::string& arguments, const fs::path& scratch) {
  const auto err_file = scratch / "stderr.txt";
  const std::string command = prefix + " " + quoted(test::cli_path()) + " " + arguments + " 2>" + quoted(err_file);
  test::CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = slurp(err_file);
  return result;
}

void copy_fixture(const std::string& fixture, const fs::path& to) {
  fs::copy(test::fixture(fixture), to, fs::copy_options::recursive);
}

// Replaces the first `from` in `file` by `to` (the test fails when `from` is absent).
void edit(const fs::path& file, const std::string& from, const std::string& to) {
  auto text = slurp(file);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  text.replace(at, from.size(), to);
  spit(file, text);
}

std::string repeat(const std::string& text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

const std::string minimal_yaml = test::fixture("yaml/minimal.yaml").string();
const std::string stance_csv = test::fixture("forecast/ec-car-emissions-1994.csv").string();

// At most 60 s of CPU and of wall time per row.
constexpr const char* kLimits = "ulimit -t 60; exec timeout 60 ";

struct Row {
  const char* name;
  // Builds the input in the scratch folder and returns the CLI arguments.
  std::function<std::string(const fs::path& scratch)> build;
  int exit_code;
  const char* message;           // must appear in stderr
  const char* prefix = "";       // shell prefix after `timeout 60`, e.g. "env PARLEY_MAX_INPUT_MB=1"
  bool needs_non_root = false;   // permission checks do not apply to root
};

// GeniusWeb holiday fixture with `anna.json` edited.
std::string geniusweb_with(const fs::path& scratch, const std::string& from, const std::string& to) {
  copy_fixture("geniusweb/holiday", scratch / "web");
  edit(scratch / "web/anna.json", from, to);
  return "analyze " + quoted(scratch / "web");
}

// The timeline fixture with its first source's file name replaced.
std::string timeline_source(const fs::path& scratch, const std::string& file) {
  copy_fixture("timeline/minimal", scratch / "t");
  edit(scratch / "t/scenario.yaml", "file: sources/gazette-2020-01-10.txt", "file: " + file);
  return "evidence verify " + quoted(scratch / "t");
}

const Row rows[] = {
    // Crashes
    {"nested_ufun_20000_deep",
     [](const fs::path& s) {
       copy_fixture("genius/rectangles", s / "g");
       const std::string open = R"(<ufun type="PlainUfun" weight="1" aggregation="sum">)";
       edit(s / "g/alpha.xml", open, repeat(open, 20001));
       edit(s / "g/alpha.xml", "</utility>", repeat("</ufun>", 20000) + "</utility>");
       return "analyze " + quoted(s / "g");
     },
     2, "nesting deeper than 256 levels"},
    {"geniusweb_json_300000_deep",
     [](const fs::path& s) {
       return geniusweb_with(s, R"("name": "anna",)", "\"x\": " + repeat("[", 300000) + repeat("]", 300000) +
                                                          R"(, "name": "anna",)");
     },
     2, "nesting deeper than 256 levels"},
    {"yaml_100000_deep",
     [](const fs::path& s) {
       spit(s / "deep.yaml", "parley: 1\nname: " + repeat("[", 100000) + repeat("]", 100000) + "\n");
       return "analyze " + quoted(s / "deep.yaml");
     },
     2, "nesting deeper than 256 levels"},
    {"yaml_300_deep_within_parser_limit",
     [](const fs::path& s) {
       spit(s / "deep.yaml", "parley: 1\nname: x\ndescription: " + repeat("[", 300) + repeat("]", 300) + "\n");
       return "analyze " + quoted(s / "deep.yaml");
     },
     2, "nesting deeper than 256 levels"},
    {"forecast_rounds_1e9", [](const fs::path&) { return "forecast '" + stance_csv + "' --rounds 1000000000"; }, 2,
     "ask for at most"},

    // Reading outside the scenario folder, and what is not a regular file
    {"source_dot_dot_etc_passwd", [](const fs::path& s) { return timeline_source(s, "../../../../../../etc/passwd"); }, 2,
     "outside the scenario folder"},
    {"source_absolute_path", [](const fs::path& s) { return timeline_source(s, "/etc/passwd"); }, 2,
     "is an absolute path"},
    {"source_symlink_outside",
     [](const fs::path& s) {
       const auto command = timeline_source(s, "sources/link.txt");
       fs::create_symlink("/etc/passwd", s / "t/sources/link.txt");
       return command;
     },
     2, "outside the scenario folder"},
    {"snapshot_file_outside",
     [](const fs::path& s) {
       copy_fixture("timeline/minimal", s / "t");
       fs::copy(s / "t/snapshots/march.yaml", s / "march.yaml");
       edit(s / "t/scenario.yaml", "- snapshots/march.yaml", "- ../march.yaml");
       return "evidence verify " + quoted(s / "t");
     },
     2, "outside the scenario folder"},
    {"source_is_a_folder", [](const fs::path& s) { return timeline_source(s, "sources"); }, 2, "is a folder"},
    {"source_is_dev_zero",
     [](const fs::path& s) {
       const auto command = timeline_source(s, "sources/zero.txt");
       fs::create_symlink("/dev/zero", s / "t/sources/zero.txt");
       return command;
     },
     2, "outside the scenario folder"},
    {"scenario_is_fifo",
     [](const fs::path& s) {
       ::mkfifo((s / "pipe.yaml").c_str(), 0600);
       return "analyze " + quoted(s / "pipe.yaml");
     },
     2, "is a named pipe (FIFO), expected a regular file"},
    {"scenario_is_dev_zero",
     [](const fs::path& s) {
       fs::create_symlink("/dev/zero", s / "zero.yaml");
       return "analyze " + quoted(s / "zero.yaml");
     },
     2, "is a character device, expected a regular file"},
    {"scenario_larger_than_limit",
     [](const fs::path& s) {
       spit(s / "big.yaml", slurp(minimal_yaml) + "# " + std::string(2 << 20, 'x') + "\n");
       return "analyze " + quoted(s / "big.yaml");
     },
     2, "larger than the input limit of 1 MiB; raise it with PARLEY_MAX_INPUT_MB", "env PARLEY_MAX_INPUT_MB=1"},
    {"symlink_loop",
     [](const fs::path& s) {
       fs::create_symlink(s / "b.yaml", s / "a.yaml");
       fs::create_symlink(s / "a.yaml", s / "b.yaml");
       return "analyze " + quoted(s / "a.yaml");
     },
     2, "a.yaml"},
    {"permission_denied",
     [](const fs::path& s) {
       fs::copy(minimal_yaml, s / "secret.yaml");
       fs::permissions(s / "secret.yaml", fs::perms::none);
       return "analyze " + quoted(s / "secret.yaml");
     },
     2, "permission denied", "", true},

    // Unbounded work from tiny inputs
    {"geniusweb_range_1e9",
     [](const fs::path& s) {
       return geniusweb_with(s, R"("nights": {"range": {"low": 2, "high": 6, "step": 1}})",
                             R"("nights": {"range": {"low": 1, "high": 1000000000, "step": 1}})");
     },
     2, "more than 10^7 values"},
    {"genius_full_int64_range",
     [](const fs::path& s) {
       copy_fixture("genius/rectangles", s / "g");
       edit(s / "g/rect_domain.xml", R"(lowerbound="1" upperbound="5")",
            R"(lowerbound="-9223372036854775808" upperbound="9223372036854775807")");
       return "analyze " + quoted(s / "g");
     },
     2, "more than 10^7 values"},
    // The budgets end at once with the limit and the variable that raises it.
    {"negotiate_rounds_int_max",
     [](const fs::path&) { return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --rounds 2147483647"; }, 2,
     "the budget is 10000000 rounds per session; raise it with PARLEY_MAX_ROUNDS=N"},
    {"negotiate_time_1e308",
     [](const fs::path&) { return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --time 1e308"; }, 2,
     "the budget is 86400 seconds per session; raise it with PARLEY_MAX_SESSION_SECONDS=N"},
    {"report_rounds_int_max",
     [](const fs::path&) { return "report '" + minimal_yaml + "' --rounds 2147483647"; }, 2,
     "raise it with PARLEY_MAX_ROUNDS=N"},
    {"negotiate_rounds_budget_from_environment",
     [](const fs::path&) { return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --rounds 6"; }, 2,
     "the budget is 5 rounds per session", "env PARLEY_MAX_ROUNDS=5"},
    {"malformed_rounds_budget",
     [](const fs::path&) { return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --rounds 6"; }, 2,
     "PARLEY_MAX_ROUNDS='lots' is not a number from 1 to 2147483647", "env PARLEY_MAX_ROUNDS=lots"},
    {"negotiate_action_timeout_nan",
     [](const fs::path&) { return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --action-timeout nan"; },
     2, "not a finite number"},
    {"tournament_repetitions_int_max",
     [](const fs::path& s) {
       return "tournament --agents boulware,conceder --scenarios '" + minimal_yaml +
              "' --repetitions 2147483647 --out " + quoted(s / "t");
     },
     2, "the budget is 1000000 repetitions per tournament; raise it with PARLEY_MAX_REPETITIONS=N"},

    // Silent loss and wrong exits
    {"trace_to_dev_full",
     [](const fs::path&) {
       return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --trace /dev/full --force";
     },
     2, "not a regular file"},
    // Standard output on a full disk: a small output fails at the final flush, a large one
    // while it is written; both used to end 0 (silently) or 1 ("internal error").
    {"small_stdout_to_dev_full", [](const fs::path&) { return "analyze '" + minimal_yaml + "' --json >/dev/full"; }, 2,
     "cannot write standard output: No space left on device"},
    {"large_stdout_to_dev_full",
     [](const fs::path& s) {
       spit(s / "article.txt", repeat("\u201cWe are ready,\u201d Putin said.\n", 20000));
       return "evidence extract --json " + quoted(s / "article.txt") + " >/dev/full";
     },
     2, "cannot write standard output: No space left on device"},
    {"invalid_utf8_yaml_name",
     [](const fs::path& s) {
       auto text = slurp(minimal_yaml);
       text.replace(text.find("name: a\n"), 8, "name: a\xC3\x28\n");
       spit(s / "bad.yaml", text);
       return "analyze --json " + quoted(s / "bad.yaml");
     },
     2, "invalid UTF-8 at byte"},
    {"utf16_genius_domain",
     [](const fs::path& s) {
       copy_fixture("genius/rectangles", s / "g");
       const auto text = slurp(s / "g/rect_domain.xml");
       std::string utf16 = "\xFF\xFE";
       for (const char c : text) {
         utf16 += c;
         utf16 += '\0';
       }
       spit(s / "g/rect_domain.xml", utf16);
       return "analyze " + quoted(s / "g");
     },
     2, "UTF-16 (little-endian)"},
    {"unknown_input_encoding",
     [](const fs::path&) { return "--input-encoding windows-12552 analyze '" + minimal_yaml + "'"; }, 2,
     "'windows-12552' is not an encoding ICU knows"},
    {"truncated_genius_domain_named",
     [](const fs::path& s) {
       copy_fixture("genius/rectangles", s / "g");
       const auto text = slurp(s / "g/rect_domain.xml");
       spit(s / "g/rect_domain.xml", text.substr(0, text.size() / 2));
       return "analyze " + quoted(s / "g");
     },
     2, "rect_domain.xml"},
    {"malformed_geniusweb_json_named",
     [](const fs::path& s) { return geniusweb_with(s, R"("issuesValues": {)", R"("issuesValues": {{)"); }, 2,
     "anna.json"},
    {"json_number_1e400", [](const fs::path& s) { return geniusweb_with(s, R"("lowUtility": 0.2)", R"("lowUtility": 1e400)"); },
     2, "malformed JSON"},
    {"nul_escape_in_yaml_name",
     [](const fs::path& s) {
       auto text = slurp(minimal_yaml);
       text.replace(text.find("name: a\n"), 8, "name: \"a\\0b\"\n");
       spit(s / "nul.yaml", text);
       return "analyze " + quoted(s / "nul.yaml");
     },
     2, "control character U+0000"},
    {"raw_nul_byte_in_yaml",
     [](const fs::path& s) {
       auto text = slurp(minimal_yaml);
       text.replace(text.find("name: a\n"), 8, std::string("name: a\0b\n", 10));
       spit(s / "nul.yaml", text);
       return "analyze " + quoted(s / "nul.yaml");
     },
     2, "NUL byte"},
    {"forecast_positions_1e308",
     [](const fs::path& s) {
       spit(s / "huge.csv", "actor,capability,position,salience\na,1,1e308,0.5\nb,1,-1e308,0.5\nc,1,0,0.5\n");
       return "forecast " + quoted(s / "huge.csv");
     },
     2, "rescale"},
    {"deu_row_cut",
     [](const fs::path& s) {
       auto text = slurp(test::fixture("forecast/deu-small.tsv"));
       const auto line3 = text.find("\n1\t\"x1\"");
       const auto end = text.find('\n', line3 + 1);
       text.erase(line3 + 12, end - (line3 + 12));
       spit(s / "cut.tsv", text);
       return "forecast backtest " + quoted(s / "cut.tsv");
     },
     2, "is the line cut short?"},
    {"seed_minus_one",
     [](const fs::path&) { return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --seed -1"; }, 2,
     "is negative"},
    {"seed_two_to_the_64",
     [](const fs::path&) {
       return "negotiate '" + minimal_yaml + "' --agents boulware,conceder --seed 18446744073709551616";
     },
     2, "2^64 - 1"},
    {"tournament_threads_minus_five",
     [](const fs::path& s) {
       return "tournament --agents boulware,conceder --scenarios '" + minimal_yaml + "' --threads -5 --out " +
              quoted(s / "t");
     },
     2, "from 0 to 4096"},
    {"tournament_batch_seconds_nan",
     [](const fs::path& s) {
       return "tournament --agents boulware,conceder --scenarios '" + minimal_yaml + "' --batch-seconds nan --out " +
              quoted(s / "t");
     },
     2, "not a finite number"},
};

class HostileInput : public testing::TestWithParam<Row> {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() / (std::string("parley-hostile-") + GetParam().name);
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(scratch_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(scratch_, ignored);
  }
  fs::path scratch_;
};

TEST_P(HostileInput, FailsCleanly) {
  const auto& row = GetParam();
  if (row.needs_non_root && ::geteuid() == 0) GTEST_SKIP() << "root reads every file; permission checks do not apply";
  const auto arguments = row.build(scratch_);
  if (HasFatalFailure()) return;
  const auto result = run_with_prefix(std::string(kLimits) + row.prefix, arguments, scratch_);
  EXPECT_EQ(result.exit_code, row.exit_code) << "stderr: " << result.err.substr(0, 2000);
  EXPECT_NE(result.err.find(row.message), std::string::npos) << "stderr: " << result.err.substr(0, 2000);
  EXPECT_EQ(result.err.find("internal error"), std::string::npos) << result.err.substr(0, 2000);
}

// A raised budget lets the command run (two identical stated positions agree at once).
TEST(HostileInputBudget, EnvironmentRaisesTheRoundsBudget) {
  const auto scratch = fs::temp_directory_path() / "parley-hostile-budget-raised";
  fs::create_directories(scratch);
  const auto result = run_with_prefix(std::string(kLimits) + "env PARLEY_MAX_ROUNDS=20000000",
                                      "negotiate '" + minimal_yaml +
                                          "' --agents 'stated:colour=red,size=2;stated:colour=red,size=2' --rounds 15000000",
                                      scratch);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("agreement"), std::string::npos) << result.out;
  fs::remove_all(scratch);
}

// 130,000 one-line statements (4 MB): the text listing found each statement's line by counting
// from the start, which took 20 s of CPU here before it was killed; now well under a second.
// Every statement's line must still be right: statement i is on line i.
TEST(HostileInputBudget, EvidenceListingOfAManyStatementArticleIsLinear) {
  const auto scratch = fs::temp_directory_path() / "parley-hostile-many-statements";
  fs::create_directories(scratch);
  constexpr std::size_t statements = 130000;
  spit(scratch / "article.txt", repeat("\u201cWe are ready,\u201d Putin said.\n", statements));
  const auto result =
      run_with_prefix("ulimit -t 20; exec timeout 60 ", "evidence extract " + quoted(scratch / "article.txt"), scratch);
  ASSERT_EQ(result.exit_code, 0) << result.err.substr(0, 2000);
  std::istringstream listing(result.out);
  std::size_t expected_line = 1;
  for (std::string word; listing >> word;) {
    if (word != "line") continue;
    std::size_t line = 0;
    listing >> line;
    ASSERT_EQ(line, expected_line);
    ++expected_line;
  }
  EXPECT_EQ(expected_line, statements + 1);
  fs::remove_all(scratch);
}

INSTANTIATE_TEST_SUITE_P(Table, HostileInput, testing::ValuesIn(rows),
                         [](const testing::TestParamInfo<Row>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace parley
