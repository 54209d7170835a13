// Fuzzes the forecast inputs: the first byte picks stance/KTAB CSV (input.csv) or DEU TSV
// (input.tsv); the rest is the file.
#include "fuzz_support.hpp"
#include "parley/forecast/deu.hpp"
#include "parley/forecast/forecast_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto folder = parley::fuzz::fresh_folder();
  const bool deu = data[0] % 2 == 1;
  const auto file = folder / (deu ? "input.tsv" : "input.csv");
  parley::fuzz::write(file, {reinterpret_cast<const char*>(data) + 1, size - 1});
  parley::fuzz::expect_only_input_errors([&] {
    if (deu)
      parley::forecast::read_deu(file);
    else
      parley::forecast::read_forecast_input(file);
  });
  return 0;
}
