"""parley.load and parley.Scenario: issues, parties, exact counts, utilities, errors, dated
scenarios and shocks. Utilities are checked against a computation straight from the YAML file
(PyYAML), not against parley itself."""
import itertools

import numpy as np
import pytest
import yaml

import parley
from conftest import EXAMPLES, FIXTURES, FLAGSHIP, shared


def yaml_utility(document, party, outcome):
    """u(o) from the scenario file's weights and evaluations (the file is GENIUS-normalised)."""
    spec = next(p for p in document["parties"] if p["name"] == party)["utility"]
    total = sum(spec["weights"].values())
    return sum(spec["weights"][issue] / total * spec["evaluations"][issue][value] for issue, value in outcome.items())


def test_laptop_structure(laptop):
    assert laptop.name == "Laptop"
    assert laptop.issue_names == ["Laptop", "Harddisk", "External Monitor"]
    assert laptop.party_names == ["buyer", "seller"]
    assert [issue.values for issue in laptop.issues][0] == ["Dell", "Macintosh", "HP"]
    assert laptop.outcome_count == 27 and isinstance(laptop.outcome_count, int)
    assert laptop.parties[0].discount_factor == pytest.approx(0.42441038)
    assert laptop.parties[0].utility_kind == "additive"
    assert sum(laptop.parties[1].weights) == pytest.approx(1)


def test_utility_matches_the_file_for_every_outcome(laptop):
    document = yaml.safe_load((EXAMPLES / "laptop.yaml").read_text())
    values = [issue.values for issue in laptop.issues]
    for labels in itertools.product(*values):
        outcome = dict(zip(laptop.issue_names, labels))
        indices = tuple(v.index(label) for v, label in zip(values, labels))
        for party in laptop.party_names:
            expected = yaml_utility(document, party, outcome)
            assert laptop.utility(party, outcome) == pytest.approx(expected, abs=1e-12)
            assert laptop.utility(party, indices) == pytest.approx(expected, abs=1e-12)
        assert laptop.outcome(indices) == outcome
        assert laptop.indices(outcome) == indices


def test_batched_utilities(laptop):
    outcomes = laptop.all_outcomes()
    assert outcomes.shape == (27, 3)
    table = laptop.utilities(outcomes)
    assert table.shape == (27, 2) and table.dtype == np.float64
    for row, outcome in zip(table, outcomes):
        assert row[0] == laptop.utility("buyer", tuple(outcome))
        assert row[1] == laptop.utility(1, tuple(outcome))
    seller = laptop.utilities([laptop.outcome(tuple(o)) for o in outcomes], party="seller")
    assert seller.shape == (27,)
    np.testing.assert_array_equal(seller, table[:, 1])


def test_outcome_count_is_exact_beyond_64_bits(tmp_path):
    issues = "\n".join(f"  - {{name: i{k}, type: integer, range: [0, 9]}}" for k in range(22))
    weights = ", ".join(f"i{k}: 1" for k in range(22))
    evaluations = "\n".join(f"        i{k}: {{linear: [0, 1]}}" for k in range(22))
    party = lambda name: f"  - name: {name}\n    utility:\n      weights: {{{weights}}}\n      evaluations:\n{evaluations}\n"
    path = tmp_path / "big.yaml"
    path.write_text(f"parley: 1\nname: big\nissues:\n{issues}\nparties:\n{party('a')}{party('b')}")
    big = parley.load(path)
    assert big.outcome_count == 10**22
    with pytest.raises(parley.InputError, match="more than the limit"):
        big.all_outcomes()


def test_genius_and_geniusweb_folders():
    genius = parley.load(FIXTURES / "genius" / "mixed")
    assert len(genius.parties) >= 2 and genius.outcome_count > 0
    web = parley.load(FIXTURES / "geniusweb" / "holiday")
    assert len(web.parties) >= 2
    outcome = tuple(0 for _ in web.issues)
    assert 0 <= web.utility(0, outcome) <= 1


def test_anac_energy_from_shared_data():
    energy = parley.load(shared("genius/anac/y2011/Energy"))
    assert energy.outcome_count == 390625
    assert energy.utilities(energy.all_outcomes()).shape == (390625, 2)


def test_input_errors_carry_file_place_and_problem(tmp_path):
    with pytest.raises(parley.InputError) as missing:
        parley.load(tmp_path / "nowhere.yaml")
    assert isinstance(missing.value, ValueError)
    assert missing.value.file and "nowhere.yaml" in missing.value.file
    bad = FIXTURES / "yaml" / "bad" / "duplicate_issue.yaml"
    with pytest.raises(parley.InputError) as duplicate:
        parley.load(bad)
    assert duplicate.value.file.endswith("duplicate_issue.yaml")
    assert duplicate.value.line and duplicate.value.line > 0
    assert duplicate.value.problem and duplicate.value.problem in str(duplicate.value)


def test_bad_outcomes_and_parties(laptop):
    with pytest.raises(parley.InputError, match="no value 'Lenovo'") as error:
        laptop.utility("buyer", {"Laptop": "Lenovo", "Harddisk": "60 Gb", "External Monitor": "19'' LCD"})
    assert error.value.field == "outcome"
    with pytest.raises(parley.InputError, match="no value for issue 'Harddisk'"):
        laptop.utility("buyer", {"Laptop": "Dell", "External Monitor": "19'' LCD"})
    with pytest.raises(parley.InputError, match="out of range"):
        laptop.utility("buyer", (0, 3, 0))
    with pytest.raises(parley.InputError, match="3 value indices given for 3 issues|2 value indices"):
        laptop.utility("buyer", (0, 1))
    with pytest.raises(parley.InputError, match="no party named 'buyr'"):
        laptop.utility("buyr", (0, 0, 0))
    with pytest.raises(parley.InputError, match="shape"):
        laptop.utilities(np.zeros((4, 2), dtype=int))


def test_dated_scenario_snapshots_and_shocks():
    flagship = parley.load(FLAGSHIP)
    assert flagship.is_dated and flagship.snapshot == flagship.snapshots[-1]["id"]
    first = flagship.snapshots[0]
    early = flagship.at(first["id"])
    assert early.snapshot == first["id"]
    by_date = flagship.at(first["date"])
    assert by_date.snapshot == first["id"]
    party = early.party_names[0]
    shocked = early.shock(f"{party}.reservation-=0.05")
    before = early.parties[0].reservation_value
    assert shocked.parties[0].reservation_value == pytest.approx(max(0.0, before - 0.05)) or before < 0.05
    assert early.parties[0].reservation_value == before  # the original is unchanged
    with pytest.raises(parley.InputError):
        early.shock("Nobody.reservation=0.1")
    with pytest.raises(parley.InputError, match="dated scenario"):
        parley.load(EXAMPLES / "laptop.yaml").at("2022")


def test_sweep_is_the_cli_document(laptop):
    sweep = laptop.sweep()
    assert "margin" in sweep
    assert len(sweep["reservation_thresholds"]) == 2


def test_all_outcomes_in_mixed_radix_order():
    coalition = parley.load(EXAMPLES / "coalition.yaml")
    sizes = [len(issue) for issue in coalition.issues]
    outcomes = coalition.all_outcomes()
    assert len(outcomes) == coalition.outcome_count == np.prod(sizes)
    expected = np.stack(np.unravel_index(np.arange(len(outcomes)), sizes), axis=1)  # issue 0 most significant
    np.testing.assert_array_equal(outcomes, expected)
