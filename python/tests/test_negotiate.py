"""parley.negotiate with C++ agent specs: results equal the CLI's for the same seed."""
import json
import os
import subprocess

import pytest

import parley
from conftest import EXAMPLES


def cli(*arguments):
    binary = os.environ.get("PARLEY_CLI")
    if not binary or not os.path.exists(binary):
        pytest.skip("PARLEY_CLI not set (run through ctest)")
    return subprocess.run([binary, *arguments], check=True, capture_output=True, text=True).stdout


def test_session_matches_the_cli(laptop):
    session = parley.negotiate(laptop, agents=["boulware", "conceder"], rounds=60, seed=7)
    expected = json.loads(cli("negotiate", str(EXAMPLES / "laptop.yaml"), "--agents", "boulware,conceder",
                              "--rounds", "60", "--seed", "7", "--json"))
    mine = session.to_dict()
    for key in ["negotiators", "agreement", "utilities", "discounted_utilities", "end_reason", "rounds", "t", "offers",
                "welfare", "nash_product", "pareto_distance", "nash_distance", "kalai_smorodinsky_distance"]:
        assert mine[key] == expected[key], key
    assert session.reason == expected["end_reason"]
    if session.agreement is not None:
        assert laptop.utility("buyer", session.agreement) == pytest.approx(session.utilities["buyer"])


def test_same_seed_same_session(laptop):
    first = parley.negotiate(laptop, "timedep:e=0.5,conceder", rounds=40, seed=3)
    second = parley.negotiate(laptop, "timedep:e=0.5,conceder", rounds=40, seed=3)
    assert first.trace == second.trace and first.to_dict()["utilities"] == second.to_dict()["utilities"]


def test_trace_and_svg(laptop):
    session = parley.negotiate(laptop, ["boulware", "conceder"], rounds=30, seed=1)
    actions = [event["action"] for event in session.trace]
    assert actions[-1] == "end" and "offer" in actions
    assert sum(a == "offer" for a in actions) == session.offers
    svg = session._repr_svg_()
    assert "<svg" in svg and "</svg>" in svg
    assert parley.negotiate(laptop, ["boulware", "conceder"], rounds=30, trace=False).trace == []


def test_multilateral_and_mediated():
    coalition = parley.load(EXAMPLES / "coalition.yaml")
    n = len(coalition.parties)
    saop = parley.negotiate(coalition, ["conceder"] * n, rounds=50, seed=2)
    assert saop.to_dict()["protocol"] == "saop"
    mediated = parley.negotiate(coalition, ["conceder"] * n, protocol="mediated", rounds=50, seed=2)
    assert mediated.to_dict()["protocol"] == "mediated"


def test_bad_agent_specs_and_options(laptop):
    with pytest.raises(parley.InputError, match="bouleware|unknown"):
        parley.negotiate(laptop, ["bouleware", "conceder"])
    with pytest.raises(parley.InputError, match="1 agent"):
        parley.negotiate(laptop, ["boulware"])
    with pytest.raises(parley.InputError, match="protocol|must be"):
        parley.negotiate(laptop, ["boulware", "conceder"], protocol="auction")
    with pytest.raises(parley.InputError, match="positive"):
        parley.negotiate(laptop, ["boulware", "conceder"], rounds=0)


def test_timelines(laptop):
    parley_clock = parley.negotiate(laptop, ["hardliner", "hardliner"], rounds=10)
    genius_clock = parley.negotiate(laptop, ["hardliner", "hardliner"], rounds=10, timeline="genius")
    assert parley_clock.reason == genius_clock.reason == "deadline"
    assert parley_clock.t == pytest.approx(1.0)
    assert genius_clock.t == pytest.approx(10 / 11)
    with pytest.raises(parley.InputError, match="parley or genius"):
        parley.negotiate(laptop, ["hardliner", "hardliner"], timeline="java")


def test_agent_catalog_lists_the_cli_agents():
    catalog = parley.agent_catalog("agent")
    names = [entry["name"] for entry in (catalog if isinstance(catalog, list) else catalog["agent"])]
    assert {"boulware", "conceder", "hardheaded"} <= set(names)
