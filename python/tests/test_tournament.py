"""parley.tournament: the CLI's rankings, the same results store, resume, DataFrames."""
import json
import os
import subprocess

import pytest

import parley
from conftest import EXAMPLES

AGENTS = ["boulware", "conceder", "hardheaded"]


def test_in_memory_ranking_matches_the_store(tmp_path, laptop):
    memory = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], repetitions=2, rounds=50, seed=5, threads=2)
    stored = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], out=tmp_path / "t", repetitions=2, rounds=50, seed=5)
    assert memory.sessions == stored.sessions == 2 * 3 * 2
    assert [row["agent"] for row in memory.rows] == [row["agent"] for row in stored.rows]
    assert [row["score"] for row in memory.rows] == pytest.approx([row["score"] for row in stored.rows])
    ranking = json.loads((tmp_path / "t" / "ranking.json").read_text())["ranking"]
    assert [row["agent"] for row in ranking] == [row["agent"] for row in stored.rows]
    assert len(stored.session_records()) == stored.sessions
    # an in-memory Scenario plays like its file
    from_object = parley.tournament(AGENTS, [laptop], repetitions=2, rounds=50, seed=5)
    assert [row["score"] for row in from_object.rows] == pytest.approx([row["score"] for row in memory.rows])


def test_resume_and_refusals(tmp_path):
    out = tmp_path / "t"
    first = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], out=out, rounds=30)
    assert first.ran == first.sessions
    with pytest.raises(parley.InputError):
        parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], out=out, rounds=30)  # finished: needs resume
    again = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], out=out, rounds=30, resume=True)
    assert again.ran == 0 and again.resumed_from == first.sessions
    with pytest.raises(parley.InputError):
        parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], out=out, rounds=40)  # a different tournament
    redone = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], out=out, rounds=40, force=True)
    assert redone.ran == redone.sessions


def test_ranking_matches_the_cli(tmp_path):
    binary = os.environ.get("PARLEY_CLI")
    if not binary or not os.path.exists(binary):
        pytest.skip("PARLEY_CLI not set (run through ctest)")
    subprocess.run([binary, "tournament", "--agents", ",".join(AGENTS), "--scenarios", str(EXAMPLES / "laptop.yaml"),
                    "--rounds", "40", "--seed", "9", "--out", str(tmp_path / "cli")], check=True, capture_output=True)
    cli_rows = json.loads((tmp_path / "cli" / "ranking.json").read_text())["ranking"]
    mine = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], rounds=40, seed=9)
    assert [r["agent"] for r in mine.rows] == [r["agent"] for r in cli_rows]
    assert [r["score"] for r in mine.rows] == pytest.approx([r["score"] for r in cli_rows], abs=1e-12)


def test_frames_and_chart():
    ranking = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], rounds=30)
    pandas = pytest.importorskip("pandas")
    table = ranking.frame()
    assert isinstance(table, pandas.DataFrame) and list(table["agent"]) == [r["agent"] for r in ranking.rows]
    sessions = ranking.sessions_frame()
    assert len(sessions) == ranking.sessions
    assert "<svg" in ranking._repr_svg_()
    assert "agent" in ranking.table()


def test_plain_rows_without_pandas(monkeypatch):
    from parley import _tables
    monkeypatch.setattr(_tables, "_pandas", None)
    ranking = parley.tournament(AGENTS, [EXAMPLES / "laptop.yaml"], rounds=30)
    assert ranking.frame() == ranking.rows


def test_bad_tournaments():
    with pytest.raises(parley.InputError):
        parley.tournament(["boulware", "nosuchagent"], [EXAMPLES / "laptop.yaml"])
    with pytest.raises(parley.InputError):
        parley.tournament(AGENTS, [EXAMPLES / "missing.yaml"])
