// The module rules of docs/ARCHITECTURE.md, checked on the source tree:
//  - a module includes only its own headers and those of the modules before it in the data
//    flow (the "depends on" column, taken transitively);
//  - a module's private headers (src/<module>/*.hpp) stay inside it;
//  - public headers stay light: no third-party library headers (nlohmann's json_fwd.hpp is
//    the one exception), and model's headers include nothing outside the standard library and
//    model itself.
// The checks read #include lines, so a violation shows as the file and the line.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

// docs/ARCHITECTURE.md's "depends on" column (direct dependencies; the closure is allowed).
const std::map<std::string, std::set<std::string>> kDependsOn = {
    {"model", {}},
    {"svg", {}},
    {"io", {"model"}},
    {"analysis", {"model"}},
    {"elicitation", {"analysis", "io", "model"}},
    {"negotiation", {"analysis", "model"}},
    {"tournament", {"negotiation", "elicitation", "io", "svg"}},
    {"forecast", {"io", "model"}},
    {"evidence", {"io", "model"}},
    {"report", {"analysis", "negotiation", "forecast", "evidence", "io", "svg"}},
    {"serve", {"report", "negotiation", "evidence", "analysis", "io"}},
};

std::set<std::string> allowed_modules(const std::string& module) {
  std::set<std::string> allowed{module};
  std::vector<std::string> pending{module};
  while (!pending.empty()) {
    const std::string next = pending.back();
    pending.pop_back();
    for (const auto& dependency : kDependsOn.at(next))
      if (allowed.insert(dependency).second) pending.push_back(dependency);
  }
  return allowed;
}

struct Include {
  fs::path file;
  int line;
  std::string target;  // what is between the quotes or angle brackets
  bool angled;
};

std::vector<Include> includes_under(const fs::path& folder) {
  static const std::regex directive(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::vector<Include> found;
  if (!fs::exists(folder)) return found;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const auto extension = entry.path().extension();
    if (!entry.is_regular_file() || (extension != ".hpp" && extension != ".cpp" && extension != ".def")) continue;
    std::ifstream in(entry.path());
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
      std::smatch match;
      if (std::regex_search(text, match, directive)) found.push_back({entry.path(), line, match[2], match[1] == "<"});
    }
  }
  return found;
}

std::string where(const Include& include) {
  return fs::relative(include.file, test::source_dir()).string() + ":" + std::to_string(include.line) + ": " +
         include.target;
}

// "parley/<module>/..." or "<module>/..." (a private header) → the module, else "".
std::string module_of(const std::string& target) {
  static const std::regex named(R"(^(?:parley/)?([a-z_]+)/)");
  std::smatch match;
  if (!std::regex_search(target, match, named)) return "";
  return kDependsOn.count(match[1]) ? std::string(match[1]) : "";
}

TEST(Architecture, EveryModuleIsInTheTable) {
  for (const auto& root : {test::source_dir() / "src", test::source_dir() / "include/parley"})
    for (const auto& entry : fs::directory_iterator(root)) {
      if (!entry.is_directory()) continue;
      EXPECT_TRUE(kDependsOn.count(entry.path().filename().string())) << entry.path();
    }
}

TEST(Architecture, ModulesIncludeOnlyModulesBeforeThem) {
  std::vector<std::string> violations;
  for (const auto& [module, direct] : kDependsOn) {
    const auto allowed = allowed_modules(module);
    for (const auto& root : {test::source_dir() / "src" / module, test::source_dir() / "include/parley" / module})
      for (const auto& include : includes_under(root)) {
        if (include.angled) continue;
        const std::string target_module = module_of(include.target);
        if (target_module.empty()) continue;
        const bool private_header = include.target.rfind("parley/", 0) != 0;
        if (private_header ? target_module != module : !allowed.count(target_module))
          violations.push_back(module + " → " + target_module + " at " + where(include));
      }
  }
  EXPECT_TRUE(violations.empty()) << testing::PrintToString(violations);
}

TEST(Architecture, PublicHeadersIncludeNoHeavyThirdPartyHeaders) {
  // The standard library's headers have no extension and no folder.
  static const std::regex standard(R"(^[a-z_0-9]+$)");
  std::vector<std::string> violations;
  for (const auto& include : includes_under(test::source_dir() / "include/parley")) {
    if (!include.angled || std::regex_match(include.target, standard)) continue;
    if (include.target == "nlohmann/json_fwd.hpp" && include.file.parent_path().filename() != "model") continue;
    violations.push_back(where(include));
  }
  EXPECT_TRUE(violations.empty()) << "use a forward declaration (or nlohmann/json_fwd.hpp) instead: "
                                  << testing::PrintToString(violations);
}

}  // namespace
}  // namespace parley
