// Fuzzes the YAML scenario reader (read_yaml_scenario) with one scenario.yaml.
#include "fuzz_support.hpp"
#include "parley/io/yaml_scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto folder = parley::fuzz::fresh_folder();
  parley::fuzz::write(folder / "scenario.yaml", {reinterpret_cast<const char*>(data), size});
  parley::fuzz::expect_only_input_errors([&] { parley::io::read_yaml_scenario(folder / "scenario.yaml"); });
  return 0;
}
