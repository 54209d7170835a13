"""Scenario.analyze(): the frontier and reference points against a brute-force oracle computed
here with NumPy over every outcome (independent of parley's algorithms)."""
import numpy as np
import pytest

import parley
from conftest import EXAMPLES, shared


def brute_force_frontier(table):
    """Rows of `table` that no other row Pareto-dominates (ties kept once)."""
    unique = np.unique(np.round(table, 12), axis=0)
    if unique.shape[1] == 2:  # two parties: sweep by u0 descending, keep strict records of u1
        order = np.lexsort((-unique[:, 1], -unique[:, 0]))
        keep, best = [], -np.inf
        for row in unique[order]:
            if row[1] > best:
                keep.append(row)
                best = row[1]
        return np.array(keep)
    keep = []
    for row in unique:
        dominated = np.any(np.all(unique >= row, axis=1) & np.any(unique > row, axis=1))
        if not dominated:
            keep.append(row)
    return np.array(keep)


def sorted_rows(array):
    return array[np.lexsort(array.T[::-1])]


@pytest.mark.parametrize("path", [EXAMPLES / "laptop.yaml", EXAMPLES / "coalition.yaml", EXAMPLES / "rectangles.yaml"])
def test_frontier_matches_brute_force(path):
    scenario = parley.load(path)
    table = scenario.utilities(scenario.all_outcomes())
    analysis = scenario.analyze()
    assert analysis.frontier_method != "not_computed"
    expected = brute_force_frontier(table)
    np.testing.assert_allclose(sorted_rows(np.round(analysis.frontier, 12)), sorted_rows(expected), atol=1e-9)
    # every frontier outcome really has the utilities listed for it
    np.testing.assert_allclose(scenario.utilities(analysis.frontier_indices), analysis.frontier, atol=1e-12)
    assert len(analysis.frontier_outcomes) == len(analysis.frontier)


def test_reference_points_match_their_definitions(laptop):
    analysis = laptop.analyze()
    table = laptop.utilities(laptop.all_outcomes())
    reservations = np.array([p.reservation_value for p in laptop.parties])
    rational = table[np.all(table >= reservations - 1e-9, axis=1)]
    gains = np.clip(rational - reservations, 0, None)
    assert np.prod(analysis.nash.utilities - reservations) == pytest.approx(np.max(np.prod(gains, axis=1)))
    assert sum(analysis.max_welfare.utilities) == pytest.approx(np.max(table.sum(axis=1)))
    assert min(analysis.egalitarian.utilities) == pytest.approx(np.max(table.min(axis=1)))
    assert laptop.utilities([analysis.nash.outcome])[0] == pytest.approx(analysis.nash.utilities)
    assert analysis.zopa["rational_outcomes"] == len(rational)
    assert analysis.zopa["nonempty"] is True
    assert set(analysis.extremes) == {"buyer", "seller"}
    assert analysis.extremes["buyer"]["best"].utilities[0] == pytest.approx(table[:, 0].max())


def test_to_dict_is_the_cli_schema(laptop):
    document = laptop.analyze().to_dict()
    assert document["pareto_size"] == len(laptop.analyze().frontier)
    assert "nash" in document and "zopa" in document


def test_svg_for_jupyter(laptop):
    svg = laptop.analyze()._repr_svg_()
    assert svg.lstrip().startswith("<svg") or svg.lstrip().startswith("<?xml")
    assert "</svg>" in svg


def test_energy_frontier_size_from_shared_data():
    energy = parley.load(shared("genius/anac/y2011/Energy"))
    analysis = energy.analyze()
    expected = brute_force_frontier(energy.utilities(energy.all_outcomes()))
    assert len(analysis.frontier) == len(expected)
