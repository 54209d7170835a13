// A test's private copy of a fixture folder, for tests that edit their input (tampering with
// a quote, breaking a field). The copy lives in the system temporary directory under the
// test's name and the process id, and is removed when the test ends.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

namespace parley::test {

class TemporaryCopy {
 public:
  explicit TemporaryCopy(const std::filesystem::path& original) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    folder_ = std::filesystem::temp_directory_path() /
              ("parley-" + std::string(test->test_suite_name()) + "-" + std::string(test->name()) + "-" +
               std::to_string(::getpid()));  // several checkouts may run the same test at once
    std::filesystem::remove_all(folder_);
    std::filesystem::copy(original, folder_, std::filesystem::copy_options::recursive);
  }
  ~TemporaryCopy() { std::filesystem::remove_all(folder_); }
  TemporaryCopy(const TemporaryCopy&) = delete;
  TemporaryCopy& operator=(const TemporaryCopy&) = delete;

  const std::filesystem::path& folder() const { return folder_; }

  // Replaces the first occurrence of `from` in `file` (relative to the copy).
  void replace(const std::string& file, const std::string& from, const std::string& to) const {
    std::ifstream in(folder_ / file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto text = buffer.str();
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << "'" << from << "' is not in " << file;
    text.replace(at, from.size(), to);
    std::ofstream(folder_ / file, std::ios::binary) << text;
  }

 private:
  std::filesystem::path folder_;
};

}  // namespace parley::test
