// Fuzzes the GeniusWeb JSON folder reader: a domain and up to two profiles, split at "=====".
#include "fuzz_support.hpp"
#include "parley/io/geniusweb_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto folder = parley::fuzz::fresh_folder();
  const auto parts = parley::fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 3);
  const char* names[] = {"domain.json", "profile-a.json", "profile-b.json"};
  for (std::size_t i = 0; i < parts.size(); ++i) parley::fuzz::write(folder / names[i], parts[i]);
  parley::fuzz::expect_only_input_errors([&] { parley::io::read_geniusweb_folder(folder); });
  return 0;
}
