#!/usr/bin/env python3
"""Writes a two-party additive YAML scenario with N binary issues (docs/perf/analysis.md).

usage: bench/binary_issues_scenario.py N [--weights equal|random] [--seed S] > big.yaml

Issue iK has values `a` (worth 1 to party `first`, 0 to `second`) and `b` (the reverse), so
every issue is a pure trade-off and both values stay non-dominated: the worst case for the
issue-by-issue frontier merge of parley's additive analysis. With equal weights the frontier
has N + 1 points (k issues won by `first`, k = 0..N); with random weights it is larger.
"""
import argparse
import random
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("issues", type=int)
    parser.add_argument("--weights", choices=["equal", "random"], default="equal")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.issues < 1:
        parser.error("N must be at least 1")
    rng = random.Random(args.seed)
    out = sys.stdout
    n = args.issues
    out.write(f"parley: 1\nname: binary-{n}-{args.weights}\nissues:\n")
    for k in range(n):
        out.write(f"  - {{name: i{k}, type: categorical, values: [a, b]}}\n")
    out.write("parties:\n")
    for party, (a, b) in (("first", (1, 0)), ("second", (0, 1))):
        raw = [1.0] * n if args.weights == "equal" else [rng.uniform(0.5, 1.5) for _ in range(n)]
        total = sum(raw)
        out.write(f"  - name: {party}\n    utility:\n      type: additive\n      weights:\n")
        for k in range(n):
            out.write(f"        i{k}: {raw[k] / total!r}\n")
        out.write("      evaluations:\n")
        for k in range(n):
            out.write(f"        i{k}: {{a: {a}, b: {b}}}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
