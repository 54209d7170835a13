// Validators for the CLI's numeric options: whole numbers that must not wrap or saturate
// (--seed -1, --seed 2^64), and real numbers that must be finite and in range (nan, inf,
// 1e308). CLI11's own PositiveNumber/NonNegativeNumber let NaN through (every comparison with
// NaN is false), so parley's options use these instead. Each error names the value and the range
// (the CLI prints it and exits 2).
//
// Public API: unsigned_64bit, whole_number(min, max, why), finite_number(min, max, why).
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

namespace parley::cli {

// Budgets of one session (docs/LIMITS.md): GENIUS/ANAC deadlines are at most a few thousand
// rounds or 180 s; the bounds stop a typo from running for days without a word.
inline constexpr std::int64_t kMaxRounds = 10'000'000;
inline constexpr double kMaxSessionSeconds = 86'400;  // one day
inline constexpr const char* kRoundsLimitReason = "at most 10^7 rounds per session; see docs/LIMITS.md";
inline constexpr const char* kTimeLimitReason = "at most 86400 s (one day) per session; see docs/LIMITS.md";

// A decimal whole number in [0, 2^64 - 1], e.g. --seed.
CLI::Validator unsigned_64bit();

// A decimal whole number in [min, max]; `why` explains the bound when it is a budget
// (e.g. "a session of more rounds does not finish in reasonable time; see docs/LIMITS.md").
CLI::Validator whole_number(std::int64_t min, std::int64_t max, const std::string& why = "");

// A finite real number in [min, max] (NaN and infinities refused).
CLI::Validator finite_number(double min, double max, const std::string& why = "");

}  // namespace parley::cli
