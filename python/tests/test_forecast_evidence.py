"""The forecast and evidence entry points return the CLI's documents."""
import json
import os
import subprocess

import pytest

import parley
from conftest import FIXTURES, FLAGSHIP


def cli_json(*arguments):
    binary = os.environ.get("PARLEY_CLI")
    if not binary or not os.path.exists(binary):
        pytest.skip("PARLEY_CLI not set (run through ctest)")
    return json.loads(subprocess.run([binary, *arguments, "--json"], check=True, capture_output=True, text=True).stdout)


def test_forecast_matches_the_cli():
    path = FIXTURES / "forecast" / "ec-car-emissions-1994.csv"
    issues = parley.forecast(path)
    expected = cli_json("forecast", str(path))["issues"]
    assert [i["name"] for i in issues] == [i["name"] for i in expected]
    for mine, theirs in zip(issues, expected):
        assert mine["median"] == pytest.approx(theirs["median"])
        assert mine["compromise"] == pytest.approx(theirs["compromise"])
        assert mine["bdm"]["forecast"] == pytest.approx(theirs["bdm"]["forecast"])
    only = parley.forecast(path, model="compromise")
    assert only[0]["bdm"] is None and only[0]["compromise"] is not None
    with pytest.raises(parley.InputError):
        parley.forecast(path, model="oracle")
    with pytest.raises(parley.InputError):
        parley.forecast(path, issue="no such issue")


def test_forecast_of_a_scenario():
    issues = parley.forecast(parley.load(FIXTURES / "forecast" / "budget-scenario.yaml"))
    assert issues and all("median" in issue for issue in issues)


def test_evidence_extract_and_verify():
    sources = sorted((FLAGSHIP / "sources").glob("*.txt"))
    articles = parley.extract_evidence(sources[:1], scenario=FLAGSHIP)
    expected = cli_json("evidence", "extract", str(sources[0]), "--scenario", str(FLAGSHIP))
    assert articles == expected
    report = parley.verify_citations(FLAGSHIP)
    assert report == {k: v for k, v in cli_json("evidence", "verify", str(FLAGSHIP)).items() if k != "path"}


def test_report_is_the_cli_report_document():
    document = parley.report(FLAGSHIP, simulate=False)
    assert document["schema"] == "parley.report/2"
    expected = cli_json("report", str(FLAGSHIP), "--no-simulation")
    assert document == expected
    # The three-sided picture with the West, and the meaning of every computed number.
    assert any(s["wider_table"] is not None for s in document["snapshots"])
    assert "margin" in document["definitions"]
    shocked = parley.report(FLAGSHIP, shocks=["Russia.reservation-=0.1"], simulate=False)
    assert shocked["shocks"] == ["Russia.reservation-=0.1"]
    with pytest.raises(parley.InputError):
        parley.report(FLAGSHIP, shocks=["Rusia.reservation-=0.1"])
    with pytest.raises(parley.InputError):
        parley.report(FLAGSHIP, rounds=0)


def test_report_refuses_a_broken_citation_unless_told_to_mark_it(tmp_path):
    import shutil
    copy = tmp_path / "flagship"
    shutil.copytree(FLAGSHIP, copy)
    snapshot = next((copy / "snapshots").glob("2022-02*.yaml"))
    text = snapshot.read_text()
    real = "quote: recognizing Russia's takeover of its southeastern region of Crimea"
    assert real in text
    snapshot.write_text(text.replace(real, "quote: Ukraine agreed to hand Crimea to Russia forever", 1))
    with pytest.raises(parley.InputError, match="citation check failed"):
        parley.report(copy, simulate=False)
    marked = parley.report(copy, simulate=False, mark_broken_citations=True)
    assert not marked["citation_check"]["ok"]
