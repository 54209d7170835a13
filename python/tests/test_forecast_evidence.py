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
