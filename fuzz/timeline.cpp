// Fuzzes the timeline reader (read_timeline): scenario.yaml, then optional snapshot files
// snapshots/a.yaml and snapshots/b.yaml and a source text sources/a.txt, split at "=====".
#include "fuzz_support.hpp"
#include "parley/io/yaml_timeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto folder = parley::fuzz::fresh_folder();
  const auto parts = parley::fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 4);
  std::filesystem::create_directories(folder / "snapshots");
  std::filesystem::create_directories(folder / "sources");
  const char* names[] = {"scenario.yaml", "snapshots/a.yaml", "snapshots/b.yaml", "sources/a.txt"};
  for (std::size_t i = 0; i < parts.size(); ++i) parley::fuzz::write(folder / names[i], parts[i]);
  parley::fuzz::expect_only_input_errors([&] { parley::io::read_timeline(folder); });
  return 0;
}
