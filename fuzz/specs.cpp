// Fuzzes the command-line spec parsers: the first byte picks the agent spec
// (parse_agent_spec + check_agent_spec), the mediator spec or the shock spec.
#include "fuzz_support.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/mediator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view spec(reinterpret_cast<const char*>(data) + 1, size - 1);
  parley::fuzz::expect_only_input_errors([&] {
    switch (data[0] % 4) {
      case 0: parley::negotiation::parse_agent_spec(spec); break;
      case 1: parley::negotiation::check_agent_spec(spec); break;
      case 2: parley::negotiation::parse_mediator_spec(spec, {"north", "south", "east"}); break;
      default: parley::analysis::parse_shock(spec); break;
    }
  });
  return 0;
}
