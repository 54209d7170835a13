"""Benchmarks of the Python package against the C++ engine (figures for docs/PERFORMANCE.md).

    PYTHONPATH=build/python /usr/bin/python3 bench/python/bench_python.py [--cli build/parley]

1. cost per round of a session: a Python agent vs a C++ agent, against two C++ agents (the
   difference is the cost of calling Python each turn);
2. two C++ agents driven from Python vs the same session from the CLI;
3. the exact Pareto frontier of ANAC Energy (390,625 outcomes) from Python vs the CLI.
Medians of repeated runs; wall-clock time, so run on an idle machine or compare ratios.
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import time

import parley

ROOT = pathlib.Path(__file__).resolve().parents[2]
LAPTOP = ROOT / "scenarios" / "examples" / "laptop.yaml"
ENERGY = ROOT.parent / "shared" / "data" / "genius" / "anac" / "y2011" / "Energy"


class Boulware(parley.Agent):
    """The notebook's 20-line Python agent (docs/notebooks/getting_started.ipynb)."""

    def on_start(self, view):
        self.view = view

    def target(self, t):
        v = self.view
        floor = max(v.reservation_value, v.min_utility)
        return v.max_utility - (v.max_utility - floor) * t ** 5

    def propose(self, state):
        return self.view.at_least(self.target(state.t))

    def respond(self, state, offer):
        return parley.ACCEPT if self.view.utility(offer) >= self.target(state.t) else parley.REJECT


class NeverAccepts:
    """The cheapest Python agent: offers its best outcome and rejects everything."""

    def on_start(self, view):
        self.best = view.best

    def propose(self, state):
        return self.best

    def respond(self, state, offer):
        return parley.REJECT


def median_time(function, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_round(scenario, agents, rounds, repeats):
    def run():
        session = parley.negotiate(scenario, agents(), rounds=rounds, seed=1, trace=False)
        assert session.rounds == rounds and session.reason == "deadline", (session.reason, session.rounds)
    return median_time(run, repeats) / rounds


def cli_time(cli, arguments, repeats):
    return median_time(lambda: subprocess.run([cli, *arguments], check=True, capture_output=True), repeats)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=str(ROOT / "build" / "parley"))
    parser.add_argument("--rounds", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    laptop = parley.load(LAPTOP)
    print(f"load average {os.getloadavg()[0]:.1f}; rounds per session {args.rounds}; median of {args.repeats}")
    print()
    print("| session (Laptop, no agreement, deadline) | per round |")
    print("|---|---|")
    cpp = per_round(laptop, lambda: ["hardliner", "hardliner"], args.rounds, args.repeats)
    mixed = per_round(laptop, lambda: [NeverAccepts(), "hardliner"], args.rounds, args.repeats)
    python = per_round(laptop, lambda: [NeverAccepts(), NeverAccepts()], args.rounds, args.repeats)
    print(f"| two C++ hardliners, from Python | {cpp * 1e6:.3f} µs |")
    print(f"| Python agent vs C++ hardliner | {mixed * 1e6:.3f} µs |")
    print(f"| two Python agents | {python * 1e6:.3f} µs |")
    # In sao each agent acts once per round: the difference is the cost of one Python turn.
    print(f"| cost of one Python turn (mixed − C++) | {(mixed - cpp) * 1e6:.3f} µs |")
    print()
    short = 100
    session_from_python = median_time(
        lambda: parley.negotiate(laptop, ["boulware", "conceder"], rounds=short, seed=1), args.repeats * 5)
    print("| one session boulware vs conceder, Laptop, 100 rounds | wall time |")
    print("|---|---|")
    print(f"| parley.negotiate (scenario prepared once, trace kept) | {session_from_python * 1e6:.1f} µs |")
    if os.path.exists(args.cli):
        cli = cli_time(args.cli, ["negotiate", str(LAPTOP), "--agents", "boulware,conceder", "--rounds", str(short),
                                  "--json"], args.repeats)
        print(f"| `parley negotiate --json` (process, load, prepare, session) | {cli * 1e3:.1f} ms |")
    print()
    agents = ["boulware", "conceder", "linear", "hardheaded"]
    start = time.perf_counter()
    ranking = parley.tournament([Boulware, *agents], [laptop], repetitions=50, rounds=100, seed=1)
    with_python = time.perf_counter() - start
    start = time.perf_counter()
    plain = parley.tournament(["tft", *agents], [laptop], repetitions=50, rounds=100, seed=1)
    without = time.perf_counter() - start
    print("| tournament, Laptop, 5 agents, 50 repetitions, 100 rounds | sessions | wall time |")
    print("|---|---|---|")
    print(f"| the Python Boulware + 4 built-in agents | {ranking.sessions} | {with_python:.2f} s |")
    print(f"| tft + the same 4 built-in agents (all C++) | {plain.sessions} | {without:.2f} s |")
    print()
    if ENERGY.exists():
        energy = parley.load(ENERGY)
        analyze = median_time(energy.analyze, args.repeats)
        size = len(energy.analyze().frontier)
        print("| ANAC Energy (390,625 outcomes): exact frontier + reference points + ZOPA | wall time |")
        print("|---|---|")
        print(f"| scenario.analyze() ({size} frontier points) | {analyze * 1e3:.2f} ms |")
        load = median_time(lambda: parley.load(ENERGY), args.repeats)
        print(f"| parley.load(Energy) | {load * 1e3:.2f} ms |")
        if os.path.exists(args.cli):
            cli = cli_time(args.cli, ["analyze", str(ENERGY), "--json"], args.repeats)
            print(f"| `parley analyze Energy --json` (process, load, analysis, JSON) | {cli * 1e3:.1f} ms |")
        table = median_time(lambda: energy.utilities(energy.all_outcomes()), args.repeats)
        print(f"| scenario.utilities(all 390,625 outcomes) → NumPy | {table * 1e3:.1f} ms |")
    else:
        print(f"(ANAC Energy not found at {ENERGY}: frontier benchmark skipped)")


if __name__ == "__main__":
    main()
