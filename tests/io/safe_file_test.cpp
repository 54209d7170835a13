// read_input_file(), confined_path(), resolved_inside_folder() and write_file_atomically(): the one read path and the one
// write path for user files (include/parley/io/input_file.hpp, safe_write.hpp).
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "parley/io/input_file.hpp"
#include "parley/io/safe_write.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;

class SafeFile : public testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("parley-safe-file-" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(folder_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(folder_, ignored);
  }
  std::string problem_of(const std::function<void()>& action) const {
    try {
      action();
    } catch (const InputError& e) {
      return e.what();
    }
    return "(no error)";
  }
  static std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder_), {})); }
  fs::path folder_;
};

TEST_F(SafeFile, ReadsARegularFile) {
  std::ofstream(folder_ / "a.txt") << "h\xC3\xA9llo\n";
  EXPECT_EQ(read_input_file(folder_ / "a.txt"), "h\xC3\xA9llo\n");
}

TEST_F(SafeFile, RefusesWhatIsNotARegularFileWithoutBlocking) {
  ::mkfifo((folder_ / "pipe").c_str(), 0600);
  EXPECT_NE(problem_of([&] { read_input_file(folder_ / "pipe"); }).find("named pipe (FIFO)"), std::string::npos);
  EXPECT_NE(problem_of([&] { read_input_file(folder_); }).find("is a folder"), std::string::npos);
  EXPECT_NE(problem_of([&] { read_input_file("/dev/zero"); }).find("/dev/zero: is a character device"), std::string::npos);
  EXPECT_NE(problem_of([&] { read_input_file(folder_ / "missing"); }).find("file does not exist"), std::string::npos);
}

TEST_F(SafeFile, NamesTheLineOfInvalidUtf8AndTheEncodingOfUtf16) {
  std::ofstream(folder_ / "bad.txt") << "ok\nstill ok\nbad \xC3\x28 here\n";
  const auto bad = problem_of([&] { read_input_file(folder_ / "bad.txt"); });
  EXPECT_NE(bad.find("bad.txt:3: invalid UTF-8 at byte 16"), std::string::npos) << bad;
  std::ofstream(folder_ / "wide.txt", std::ios::binary) << std::string("\xFE\xFF\0a", 4);
  EXPECT_NE(problem_of([&] { read_input_file(folder_ / "wide.txt"); }).find("UTF-16 (big-endian)"), std::string::npos);
  EXPECT_EQ(read_input_file(folder_ / "bad.txt", TextCheck::binary).size(), 24u) << "binary files are not checked";
}

// --input-encoding: a Windows-1252 euro (byte 0x80), as in the genius-uncertain ANAC 2015
// sporthal profiles, is refused by default (naming the option) and converted when asked.
TEST_F(SafeFile, ReadsLegacyEncodedTextOnlyWhenTheEncodingIsNamed) {
  std::ofstream(folder_ / "cp1252.xml", std::ios::binary) << "<item value=\"\x80" "10,000\"/>\n";
  const auto refused = problem_of([&] { read_input_file(folder_ / "cp1252.xml"); });
  EXPECT_NE(refused.find("cp1252.xml:1: invalid UTF-8 at byte 13"), std::string::npos) << refused;
  EXPECT_NE(refused.find("--input-encoding windows-1252"), std::string::npos) << refused;

  set_fallback_encoding("windows-1252");
  const auto converted = read_input_file(folder_ / "cp1252.xml");
  std::ofstream(folder_ / "utf8.txt") << "h\xC3\xA9llo\n";
  const auto untouched = read_input_file(folder_ / "utf8.txt");
  std::ofstream(folder_ / "nul.txt", std::ios::binary) << std::string("a\0\x80", 3);
  const auto nul = problem_of([&] { read_input_file(folder_ / "nul.txt"); });
  set_fallback_encoding("");
  EXPECT_EQ(converted, "<item value=\"\xE2\x82\xAC" "10,000\"/>\n");
  EXPECT_EQ(untouched, "h\xC3\xA9llo\n") << "valid UTF-8 is never reinterpreted";
  EXPECT_NE(nul.find("NUL byte"), std::string::npos) << nul;
  EXPECT_NE(problem_of([&] { read_input_file(folder_ / "cp1252.xml"); }).find("invalid UTF-8"), std::string::npos)
      << "\"\" restores refusal";
  EXPECT_NE(problem_of([] { set_fallback_encoding("windows-12552"); }).find("not an encoding ICU knows"),
            std::string::npos);
}

TEST_F(SafeFile, SymlinkLoopsAreNamed) {
  fs::create_symlink(folder_ / "b", folder_ / "a");
  fs::create_symlink(folder_ / "a", folder_ / "b");
  EXPECT_NE(problem_of([&] { read_input_file(folder_ / "a"); }).find("symbolic links"), std::string::npos);
}

TEST_F(SafeFile, ConfinesNamesToTheFolder) {
  fs::create_directories(folder_ / "scenario/sources");
  std::ofstream(folder_ / "scenario/sources/a.txt") << "a";
  std::ofstream(folder_ / "outside.txt") << "secret";
  fs::create_symlink(folder_ / "outside.txt", folder_ / "scenario/sources/link.txt");
  const SourceLocation where{"scenario.yaml", 3, "sources[0].file"};
  const auto root = folder_ / "scenario";
  EXPECT_EQ(confined_path(root, "sources/a.txt", where), root / "sources/a.txt");
  EXPECT_EQ(confined_path(root, "sources/../sources/a.txt", where), root / "sources/../sources/a.txt");
  for (const auto* name : {"../outside.txt", "sources/link.txt", "/etc/passwd", "sources/../../outside.txt"}) {
    const auto message = problem_of([&] { confined_path(root, name, where); });
    EXPECT_NE(message.find("scenario.yaml:3: sources[0].file:"), std::string::npos) << message;
    EXPECT_NE(message.find("--allow-outside-paths"), std::string::npos) << message;
  }
  allow_paths_outside_scenario(true);
  EXPECT_EQ(confined_path(root, "../outside.txt", where), root / "../outside.txt");
  allow_paths_outside_scenario(false);
}

TEST_F(SafeFile, ResolvesAClientsFileInsideTheFolderWithoutAnOptOut) {
  fs::create_directories(folder_ / "scenario/sources");
  std::ofstream(folder_ / "scenario/sources/a.txt") << "a";
  std::ofstream(folder_ / "outside.txt") << "secret";
  fs::create_symlink(folder_ / "outside.txt", folder_ / "scenario/sources/link.txt");
  fs::create_symlink(folder_ / "scenario/sources/a.txt", folder_ / "scenario/inside-link.txt");
  const auto root = folder_ / "scenario";
  const auto a = fs::canonical(root / "sources/a.txt");
  EXPECT_EQ(resolved_inside_folder(root, "sources/../sources/a.txt"), a);
  EXPECT_EQ(resolved_inside_folder(root, a), a) << "an absolute name inside the folder is the file";
  EXPECT_EQ(resolved_inside_folder(root, "inside-link.txt"), a) << "symlinks are resolved";
  // The opt-out is for files the user names on the command line, never for a client's.
  allow_paths_outside_scenario(true);
  for (const auto* name : {"../outside.txt", "sources/link.txt", "/etc/passwd", "sources/../../outside.txt"}) {
    const auto message = problem_of([&] { resolved_inside_folder(root, name); });
    EXPECT_NE(message.find(std::string("'") + name + "' is outside the scenario folder " + fs::canonical(root).string()),
              std::string::npos)
        << message;
  }
  allow_paths_outside_scenario(false);
  EXPECT_NE(problem_of([&] { resolved_inside_folder(folder_ / "no-such-folder", "a.txt"); }).find("cannot be resolved"),
            std::string::npos);
}

TEST_F(SafeFile, AnEditKeepsThePermissionsOfTheFileItReplaces) {
  const auto file = folder_ / "scenario.yaml";
  const mode_t old_mask = ::umask(022);
  write_file_atomically(file, "first", WriteMode::create_new);
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  write_file_atomically(file, "second", WriteMode::edit);
  EXPECT_EQ(read(file), "second");
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::mask,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  write_file_atomically(file, "third", WriteMode::replace);
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::mask,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read)
      << "replace gives the usual 0666 minus the umask";
  ::umask(old_mask);
  EXPECT_EQ(entries(), 1u) << "no temporary file is left behind";
}

TEST_F(SafeFile, WritesAtomicallyAndRefusesToReplaceWithoutPermission) {
  const auto file = folder_ / "out.txt";
  write_file_atomically(file, "first", WriteMode::create_new);
  EXPECT_EQ(read(file), "first");
  EXPECT_NE(problem_of([&] { write_file_atomically(file, "second", WriteMode::create_new); }).find("file exists"),
            std::string::npos);
  write_file_atomically(file, "second", WriteMode::replace);
  EXPECT_EQ(read(file), "second");
  EXPECT_EQ(entries(), 1u) << "no temporary file is left behind";
  struct stat info {};
  ::stat(file.c_str(), &info);
  EXPECT_NE(info.st_mode & S_IRUSR, 0u);
}

TEST_F(SafeFile, ADanglingSymlinkIsReplacedNotWrittenThrough) {
  fs::create_symlink(folder_ / "target-elsewhere", folder_ / "link");
  EXPECT_NE(problem_of([&] { write_file_atomically(folder_ / "link", "x", WriteMode::create_new); }).find("file exists"),
            std::string::npos);
  write_file_atomically(folder_ / "link", "x", WriteMode::replace);
  EXPECT_FALSE(fs::exists(folder_ / "target-elsewhere"));
  EXPECT_FALSE(fs::is_symlink(folder_ / "link"));
}

TEST_F(SafeFile, AFailedWriteLeavesNothingBehind) {
  const auto message = problem_of([&] { write_file_atomically("/dev/full", "x", WriteMode::replace); });
  EXPECT_NE(message.find("/dev/full: is not a regular file"), std::string::npos) << message;
  EXPECT_NE(problem_of([&] { write_file_atomically(folder_, "x", WriteMode::replace); }).find("is a folder"),
            std::string::npos);
  EXPECT_NE(problem_of([&] { write_file_atomically(folder_ / "no/such/folder/x", "x", WriteMode::replace); })
                .find("cannot create a file in"),
            std::string::npos);
  {
    AtomicFile abandoned(folder_ / "half.txt", WriteMode::create_new);
    abandoned.write("half of it");
  }  // destroyed without commit(): as if the writer failed midway
  EXPECT_EQ(entries(), 0u);
}

TEST_F(SafeFile, AFullDiskIsAnInputErrorNamingThePath) {
  // ENOSPC on the real write path needs a full file system; RLIMIT_FSIZE gives the same short
  // write (EFBIG) without one.
  const auto file = folder_ / "big.txt";
  const pid_t child = ::fork();
  if (child == 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit {1024, 1024};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    try {
      write_file_atomically(file, std::string(1 << 20, 'x'), WriteMode::create_new);
    } catch (const InputError& e) {
      const std::string what = e.what();
      ::_exit(what.find("big.txt: writing failed") != std::string::npos ? 42 : 1);
    }
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 42);
  EXPECT_EQ(entries(), 0u) << "neither the target nor a temporary remains";
}

}  // namespace
}  // namespace parley::io
