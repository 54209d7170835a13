#include "parley/elicitation/elicitation_session.hpp"

#include <algorithm>
#include <cmath>
#include <istream>
#include <ostream>
#include <set>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "elicitation/part_worth_program.hpp"
#include "parley/elicitation/learn_utility.hpp"
#include "parley/elicitation/seeded_draws.hpp"

namespace parley::elicitation {
namespace {

using detail::LinearProgram;
using Terms = std::vector<std::pair<std::size_t, double>>;

constexpr double settled = 1e-6;
constexpr std::size_t max_values = 2000;

}  // namespace

struct ElicitationSession::State {
  State(const OutcomeSpace& s, const ElicitationOptions& o) : space(s), options(o), draws(o.seed) {}

  const OutcomeSpace& space;
  ElicitationOptions options;
  SeededDraws draws;
  std::vector<OutcomeComparison> statements;
  std::vector<bool> kept;  // per statement: not set aside as inconsistent
  double delta = 0;
  std::unique_ptr<detail::PartWorthProgram> polytope;
  AdditiveUtility estimate;
  std::vector<WeightRange> ranges;
  std::set<std::pair<Outcome, Outcome>> asked;

  // Adds the kept statements to a program whose part-worth of (issue, value) is column(i, k).
  template <typename Column>
  void add_statements(LinearProgram& lp, Column column) const {
    for (std::size_t c = 0; c < statements.size(); ++c) {
      if (!kept[c]) continue;
      Terms terms;
      for (std::size_t i = 0; i < space.issue_count(); ++i) {
        if (statements[c].better[i] == statements[c].worse[i]) continue;
        terms.emplace_back(column(i, statements[c].better[i]), 1.0);
        terms.emplace_back(column(i, statements[c].worse[i]), -1.0);
      }
      if (statements[c].indifferent)
        lp.add_row(terms, -delta, delta);
      else
        lp.add_row(terms, delta, LinearProgram::infinity);
    }
  }

  // The kept answers as sparse rows over the part-worth variables: lower <= sum <= upper.
  struct Row {
    Terms terms;
    double lower, upper;
  };
  std::vector<Row> answer_rows(const std::vector<std::size_t>& offsets) const {
    std::vector<Row> rows;
    for (std::size_t c = 0; c < statements.size(); ++c) {
      if (!kept[c]) continue;
      Terms terms;
      for (std::size_t i = 0; i < space.issue_count(); ++i) {
        if (statements[c].better[i] == statements[c].worse[i]) continue;
        terms.emplace_back(offsets[i] + statements[c].better[i], 1.0);
        terms.emplace_back(offsets[i] + statements[c].worse[i], -1.0);
      }
      if (statements[c].indifferent)
        rows.push_back({terms, -delta, delta});
      else
        rows.push_back({terms, delta, LinearProgram::infinity});
    }
    return rows;
  }

  double uniform() { return (static_cast<double>(draws.below(std::uint64_t{1} << 53)) + 0.5) / 9007199254740992.0; }

  // The centroid of the polytope G (mean part-worths of a uniform point of G), estimated by
  // hit-and-run (Smith 1984) from an interior point found by LP; nullopt when G has no interior.
  std::optional<std::vector<std::vector<double>>> centroid() {
    const std::size_t n = space.issue_count();
    std::vector<std::size_t> offsets;
    std::size_t values = 0;
    for (std::size_t i = 0; i < n; ++i) {
      offsets.push_back(values);
      values += space.issue(i).size();
    }
    const std::size_t dims = values + n;  // part-worths, then caps
    const auto cap = [&](std::size_t i) { return values + i; };
    // Inequalities a.v <= b in a sparse form; the equality sum of caps = 1 is kept by the
    // directions (their cap components sum to 0).
    std::vector<Terms> a;
    std::vector<double> b;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t k = 0; k < space.issue(i).size(); ++k) {
        a.push_back({{offsets[i] + k, -1.0}});
        b.push_back(0.0);
        a.push_back({{offsets[i] + k, 1.0}, {cap(i), -1.0}});
        b.push_back(0.0);
      }
    for (const auto& row : answer_rows(offsets)) {
      if (std::isfinite(row.upper)) {
        a.push_back(row.terms);
        b.push_back(row.upper);
      }
      Terms negated = row.terms;
      for (auto& [column, c] : negated) c = -c;
      a.push_back(negated);
      b.push_back(-row.lower);
    }
    // Interior point: maximise the smallest slack t.
    LinearProgram lp;
    for (std::size_t d = 0; d < dims; ++d) lp.add_column(0.0, 1.0);
    const auto t = lp.add_column(0.0, 1.0);
    for (std::size_t r = 0; r < a.size(); ++r) {
      Terms terms = a[r];
      terms.emplace_back(t, 1.0);
      lp.add_row(terms, -LinearProgram::infinity, b[r]);
    }
    Terms scale;
    for (std::size_t i = 0; i < n; ++i) scale.emplace_back(cap(i), 1.0);
    lp.add_row(scale, 1.0, 1.0);
    const auto start = lp.solve({{t, 1.0}}, true);
    if (!start || (*start)[t] <= 1e-9) return std::nullopt;
    std::vector<double> v(start->begin(), start->begin() + static_cast<std::ptrdiff_t>(dims));

    constexpr int burn_in = 1000, samples = 20000;
    std::vector<double> direction(dims), sum(values, 0.0);
    for (int step = 0; step < burn_in + samples; ++step) {
      double cap_mean = 0;
      for (std::size_t d = 0; d < dims; d += 2) {  // Box–Muller: two normal deviates per pair
        const double radius = std::sqrt(-2.0 * std::log(uniform())), angle = 6.283185307179586 * uniform();
        direction[d] = radius * std::cos(angle);
        if (d + 1 < dims) direction[d + 1] = radius * std::sin(angle);
      }
      for (std::size_t i = 0; i < n; ++i) cap_mean += direction[cap(i)] / static_cast<double>(n);
      for (std::size_t i = 0; i < n; ++i) direction[cap(i)] -= cap_mean;
      double low = -LinearProgram::infinity, high = LinearProgram::infinity;
      for (std::size_t r = 0; r < a.size(); ++r) {
        double along = 0, at = 0;
        for (const auto& [column, c] : a[r]) {
          along += c * direction[column];
          at += c * v[column];
        }
        const double room = b[r] - at;
        if (along > 1e-15) high = std::min(high, room / along);
        else if (along < -1e-15) low = std::max(low, room / along);
      }
      if (!(low < high) || !std::isfinite(low) || !std::isfinite(high)) continue;
      const double lambda = low + (high - low) * uniform();
      for (std::size_t d = 0; d < dims; ++d) v[d] += lambda * direction[d];
      if (step >= burn_in)
        for (std::size_t d = 0; d < values; ++d) sum[d] += v[d];
    }
    std::vector<std::vector<double>> mean(n);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t k = 0; k < space.issue(i).size(); ++k) mean[i].push_back(sum[offsets[i] + k] / samples);
    return mean;
  }

  void refresh() {
    LearnOptions learn_options;
    learn_options.tie_tolerance = options.min_margin;
    learn_options.max_values = max_values;
    const auto learned = learn_utility(space, statements, learn_options);
    kept.assign(statements.size(), true);
    for (const auto c : learned.set_aside) kept[c] = false;
    delta = options.min_margin;
    if (learned.margin > 0) delta = std::min(delta, learned.margin / 2);

    polytope = std::make_unique<detail::PartWorthProgram>(space, max_values);
    add_statements(polytope->lp(), [&](std::size_t i, std::size_t k) { return polytope->column(i, k); });

    const auto centre = centroid();
    estimate = centre ? utility_from_part_worths(*centre) : learned.utility;
    compute_ranges();
  }

  void compute_ranges() {
    const std::size_t n = space.issue_count();
    ranges.assign(n, WeightRange{});
    std::vector<std::size_t> best(n), worst(n);
    std::vector<bool> oriented(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& e = estimate.evaluations[i];
      best[i] = static_cast<std::size_t>(std::max_element(e.begin(), e.end()) - e.begin());
      worst[i] = static_cast<std::size_t>(std::min_element(e.begin(), e.end()) - e.begin());
      oriented[i] = e[best[i]] > e[worst[i]];
    }
    LinearProgram lp;
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < n; ++i) {
      offsets.push_back(lp.columns());
      for (std::size_t k = 0; k < space.issue(i).size(); ++k)
        lp.add_column(0.0, oriented[i] && k == worst[i] ? 0.0 : 1.0);
    }
    const auto column = [&](std::size_t i, std::size_t k) { return offsets[i] + k; };
    // An issue the answers never separated has no best value yet: its part-worths stay free
    // (they only enter the scale through the oriented issues' weights).
    Terms scale;
    for (std::size_t i = 0; i < n; ++i) {
      if (!oriented[i]) continue;
      scale.emplace_back(column(i, best[i]), 1.0);
      for (std::size_t k = 0; k < space.issue(i).size(); ++k)
        if (k != best[i]) lp.add_row({{column(i, k), 1.0}, {column(i, best[i]), -1.0}}, -LinearProgram::infinity, 0.0);
    }
    if (scale.empty()) return;
    lp.add_row(scale, 1.0, 1.0);
    add_statements(lp, column);
    for (std::size_t i = 0; i < n; ++i) {
      if (!oriented[i]) continue;
      const auto low = lp.solve({{column(i, best[i]), 1.0}}, false);
      const auto high = lp.solve({{column(i, best[i]), 1.0}}, true);
      if (!low || !high) continue;
      ranges[i] = {(*low)[column(i, best[i])], (*high)[column(i, best[i])], true};
    }
  }

  std::vector<std::pair<Outcome, Outcome>> candidates() {
    Outcome base(space.issue_count());
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      const auto& e = estimate.evaluations[i];
      base[i] = static_cast<std::uint32_t>(std::max_element(e.begin(), e.end()) - e.begin());
    }
    std::vector<std::pair<Outcome, Outcome>> singles, trades;
    const auto n = space.issue_count();
    for (std::size_t i = 0; i < n; ++i)
      for (std::uint32_t p = 0; p < space.issue(i).size(); ++p)
        for (std::uint32_t q = p + 1; q < space.issue(i).size(); ++q) {
          Outcome a = base, b = base;
          a[i] = p;
          b[i] = q;
          singles.emplace_back(a, b);
        }
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        for (std::uint32_t p = 0; p < space.issue(i).size(); ++p)
          for (std::uint32_t p2 = p + 1; p2 < space.issue(i).size(); ++p2)
            for (std::uint32_t q = 0; q < space.issue(j).size(); ++q)
              for (std::uint32_t q2 = 0; q2 < space.issue(j).size(); ++q2) {
                if (q == q2) continue;
                Outcome a = base, b = base;
                a[i] = p, a[j] = q;
                b[i] = p2, b[j] = q2;
                trades.emplace_back(a, b);
              }
    const std::size_t room = options.candidate_pairs > singles.size() ? options.candidate_pairs - singles.size() : 0;
    if (trades.size() > room) {
      for (std::size_t k = 0; k < room; ++k) std::swap(trades[k], trades[k + draws.below(trades.size() - k)]);
      trades.resize(room);
    }
    singles.insert(singles.end(), trades.begin(), trades.end());
    return singles;
  }
};

ElicitationSession::ElicitationSession(const OutcomeSpace& space, const ElicitationOptions& options)
    : state_(std::make_unique<State>(space, options)) {
  state_->refresh();
}
ElicitationSession::~ElicitationSession() = default;
ElicitationSession::ElicitationSession(ElicitationSession&&) noexcept = default;

std::optional<Question> ElicitationSession::next_question() {
  auto& s = *state_;
  std::optional<Question> best;
  double best_score = settled;
  for (auto& [a, b] : s.candidates()) {
    if (s.asked.count({a, b}) || s.asked.count({b, a})) continue;
    const auto terms = s.polytope->difference_terms(a, b);
    const auto low = s.polytope->lp().solve(terms, false);
    const auto high = s.polytope->lp().solve(terms, true);
    if (!low || !high) continue;
    const auto value = [&](const std::vector<double>& x) {
      double d = 0;
      for (const auto& [column, c] : terms) d += c * x[column];
      return d;
    };
    const double lo = value(*low), hi = value(*high);
    const double score = std::min(hi, -lo);
    if (score > best_score) {
      best_score = score;
      best = Question{a, b, lo, hi};
    }
  }
  return best;
}

void ElicitationSession::answer(const Question& question, Answer answer) {
  auto& s = *state_;
  s.asked.emplace(question.first, question.second);
  if (answer == Answer::second)
    s.statements.push_back({question.second, question.first, false});
  else
    s.statements.push_back({question.first, question.second, answer == Answer::same});
  s.refresh();
}

const AdditiveUtility& ElicitationSession::estimate() const { return state_->estimate; }
const std::vector<WeightRange>& ElicitationSession::weight_ranges() const { return state_->ranges; }
const std::vector<OutcomeComparison>& ElicitationSession::statements() const { return state_->statements; }
std::size_t ElicitationSession::set_aside() const {
  return static_cast<std::size_t>(std::count(state_->kept.begin(), state_->kept.end(), false));
}

DialogueResult run_dialogue(ElicitationSession& session, const OutcomeSpace& space, std::size_t max_questions,
                            std::istream& in, std::ostream& out) {
  DialogueResult result;
  while (result.questions < max_questions) {
    const auto question = session.next_question();
    if (!question) {
      result.settled = true;
      fmt::print(out, "\nEvery candidate comparison is decided by the answers so far.\n");
      break;
    }
    fmt::print(out, "\nQuestion {}:\n  A: {}\n  B: {}\n", result.questions + 1, space.describe(question->first),
               space.describe(question->second));
    std::string differs;
    for (std::size_t i = 0; i < space.issue_count(); ++i)
      if (question->first[i] != question->second[i])
        differs += fmt::format("{}{}: {} (A) or {} (B)", differs.empty() ? "" : "; ", space.issue(i).name(),
                               space.issue(i).label(question->first[i]), space.issue(i).label(question->second[i]));
    fmt::print(out, "  (they differ only in {})\n", differs);
    std::optional<Answer> answer;
    while (!answer) {
      fmt::print(out, "Which do you prefer: a, b or = (q to stop)? ");
      out.flush();
      std::string line;
      if (!std::getline(in, line)) {
        result.stopped_by_person = true;
        fmt::print(out, "\n");
        return result;
      }
      line.erase(0, line.find_first_not_of(" \t\r"));
      line.erase(line.find_last_not_of(" \t\r") + 1);
      if (line == "a" || line == "A") answer = Answer::first;
      else if (line == "b" || line == "B") answer = Answer::second;
      else if (line == "=") answer = Answer::same;
      else if (line == "q" || line == "Q") {
        result.stopped_by_person = true;
        return result;
      } else {
        fmt::print(out, "please answer a, b, = or q\n");
      }
    }
    session.answer(*question, *answer);
    ++result.questions;
    const auto& ranges = session.weight_ranges();
    std::string open;
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      if (!ranges[i].known) {
        open += fmt::format("{}{} (not yet separated)", open.empty() ? "" : ", ", space.issue(i).name());
      } else if (ranges[i].high - ranges[i].low > 0.05) {
        open += fmt::format("{}{} {:.2f}-{:.2f}", open.empty() ? "" : ", ", space.issue(i).name(), ranges[i].low,
                            ranges[i].high);
      }
    }
    fmt::print(out, "  weights still open (range over the utilities your answers allow, given each issue's best "
                    "and worst option so far): {}\n",
               open.empty() ? "none wider than 0.05" : open);
  }
  return result;
}

}  // namespace parley::elicitation
