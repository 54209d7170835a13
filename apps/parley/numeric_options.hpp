// Validators for the CLI's numeric options: whole numbers that must not wrap or saturate
// (--seed -1, --seed 2^64), and real numbers that must be finite and in range (nan, inf,
// 1e308). CLI11's own PositiveNumber/NonNegativeNumber let NaN through (every comparison with
// NaN is false), so parley's options use these instead. Each error names the value and the range
// (the CLI prints it and exits 2).
//
// Public API: unsigned_64bit, whole_number(min, max, why), finite_number(min, max, why), and the
// budget-bounded whole_number_within / finite_number_within.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

namespace parley::cli {

// Budgets (docs/LIMITS.md): GENIUS/ANAC deadlines are at most a few thousand rounds or 180 s,
// and a tournament repeats each pairing a few times. The defaults stop a typo (--rounds
// 2147483647, --time 1e308, --repetitions 2147483647) from running for days without a word;
// an environment variable raises each one for a user who means it.
struct Budget {
  const char* variable;   // the environment variable that raises it
  double default_limit;
  double highest;         // the most the variable may allow (what the option's type holds)
  const char* unit;       // "rounds per session"
};
inline constexpr Budget kRoundsBudget{"PARLEY_MAX_ROUNDS", 10'000'000, 2'147'483'647, "rounds per session"};
inline constexpr Budget kSessionSecondsBudget{"PARLEY_MAX_SESSION_SECONDS", 86'400, 1e9, "seconds per session"};
inline constexpr Budget kRepetitionsBudget{"PARLEY_MAX_REPETITIONS", 1'000'000, 2'147'483'647,
                                           "repetitions per tournament"};

// A decimal whole number from `min` to the budget's limit in force.
CLI::Validator whole_number_within(std::int64_t min, const Budget& budget);
// A finite real number from `min` to the budget's limit in force.
CLI::Validator finite_number_within(double min, const Budget& budget);

// A decimal whole number in [0, 2^64 - 1], e.g. --seed.
CLI::Validator unsigned_64bit();

// A decimal whole number in [min, max]; `why` explains the bound when it is a budget
// (e.g. "a session of more rounds does not finish in reasonable time; see docs/LIMITS.md").
CLI::Validator whole_number(std::int64_t min, std::int64_t max, const std::string& why = "");

// A finite real number in [min, max] (NaN and infinities refused).
CLI::Validator finite_number(double min, double max, const std::string& why = "");

}  // namespace parley::cli
