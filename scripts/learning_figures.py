#!/usr/bin/env python3
"""The learning figures of docs/elicitation.md: for every additive ANAC scenario in
../shared/data/genius (y2010-y2013, y2015, y2016; y2014 is nonlinear), the first party learns
its utility from GENIUS ranked samples of 10, 20 and 50 bids (seed 314), by LP and by counting;
prints the median and the 10th percentile of Spearman rho and the median frontier and Nash
errors per method and size, and the number of scenarios.

    python3 scripts/learning_figures.py build/parley ../shared/data/genius/anac > figures.md
"""
import json
import os
import statistics
import subprocess
import sys

parley, root = sys.argv[1], sys.argv[2]
years = ['y2010', 'y2011', 'y2012', 'y2013', 'y2015', 'y2016']
sizes = [10, 20, 50]
results = {}  # (method, size) -> list of estimates
skipped = []
for year in years:
    for name in sorted(os.listdir(os.path.join(root, year))):
        folder = os.path.join(root, year, name)
        info = subprocess.run([parley, 'analyze', folder, '--json'], capture_output=True, text=True)
        if info.returncode != 0:
            skipped.append((folder, info.stderr.strip().splitlines()[-1:]))
            continue
        party = json.loads(info.stdout)['parties'][0]
        for size in sizes:
            run = subprocess.run([parley, 'learn', folder, '--party', party, '--bids', str(size), '--json'],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                skipped.append((folder, run.stderr.strip().splitlines()[-1:]))
                break
            for estimate in json.loads(run.stdout)['estimates']:
                results.setdefault((estimate['method'], size), []).append(estimate)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float('nan')


def decile(values):
    values = sorted(v for v in values if v is not None)
    return values[len(values) // 10] if values else float('nan')


print('| bids | method | scenarios | Spearman median | Spearman 10th pct | Kendall median | frontier error median | Nash error median |')
print('|---:|---|---:|---:|---:|---:|---:|---:|')
for size in sizes:
    for method in ['lp', 'counting']:
        rows = results.get((method, size), [])
        print('| {} | {} | {} | {:.3f} | {:.3f} | {:.3f} | {:.4f} | {:.4f} |'.format(
            size, method, len(rows), median([r['spearman'] for r in rows]), decile([r['spearman'] for r in rows]),
            median([r['kendall'] for r in rows]), median([r.get('frontier_error') for r in rows]),
            median([r.get('nash_error') for r in rows])))
for folder, why in skipped:
    print('skipped', folder, why, file=sys.stderr)
