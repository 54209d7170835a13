"""Python-defined agents playing inside C++ sessions: against C++ agents, deterministically,
and failing cleanly (exception, invalid offer, bad answer, slowness) without harming the
interpreter."""
import random
import threading
import time

import pytest

import parley
from conftest import EXAMPLES


class TimeDependent(parley.Agent):
    """GENIUS time-dependent concession: target(t) = max + (reservation - max) * t^(1/e)."""

    def __init__(self, e=0.2):
        self.e = e

    def on_start(self, view):
        self.view = view
        self.party = view.party
        self.rng = random.Random(view.seed)
        self.seen = 0

    def target(self, t):
        v = self.view
        floor = max(v.reservation_value, v.min_utility)
        return v.max_utility + (floor - v.max_utility) * t ** (1 / self.e)

    def propose(self, state):
        return self.view.at_least(self.target(state.t) + self.rng.uniform(0, 0.01))

    def respond(self, state, offer):
        return parley.ACCEPT if self.view.utility(offer) >= self.target(state.t) else parley.REJECT

    def on_offer(self, state, party, offer):
        self.seen += 1


def test_python_agent_plays_a_cpp_agent(laptop):
    agent = TimeDependent()
    session = parley.negotiate(laptop, [agent, "conceder"], rounds=100, seed=4)
    assert session.reason in {"agreement", "deadline"}
    assert session.agents[0] == "python:TimeDependent"
    if session.agreement:
        assert session.utilities["buyer"] == pytest.approx(laptop.utility("buyer", session.agreement))
    assert agent.seen == sum(1 for e in session.trace if e["action"] == "offer" and e["party"] == "seller")
    # the view shows only the agent's own side, and only while its session runs
    assert agent.party == "buyer" and not hasattr(agent.view, "parties")
    with pytest.raises(RuntimeError, match="ended"):
        agent.view.utility((0, 0, 0))


def test_python_agents_are_deterministic_for_a_seed(laptop):
    runs = [parley.negotiate(laptop, [TimeDependent(), "boulware"], rounds=80, seed=11) for _ in range(2)]
    assert runs[0].trace == runs[1].trace
    other = parley.negotiate(laptop, [TimeDependent(), "boulware"], rounds=80, seed=12)
    assert other.to_dict()["seed"] == 12


def test_two_python_agents_and_multilateral():
    coalition = parley.load(EXAMPLES / "coalition.yaml")
    agents = [TimeDependent(1.0) for _ in coalition.parties]
    session = parley.negotiate(coalition, agents, rounds=60, seed=1)
    assert session.reason in {"agreement", "deadline"}


class Raises(parley.Agent):
    def propose(self, state):
        raise ZeroDivisionError("boom in propose")


class InvalidOffer(parley.Agent):
    def propose(self, state):
        return (99, 0, 0)


class BadAnswer(parley.Agent):
    def respond(self, state, offer):
        return "maybe"


class Slow(parley.Agent):
    def propose(self, state):
        time.sleep(0.05)
        return self.view.best


@pytest.mark.parametrize("agent, why", [
    (Raises(), "ZeroDivisionError: boom in propose"),
    (InvalidOffer(), "invalid offer"),
    (BadAnswer(), "respond() returned 'maybe'"),
])
def test_failures_end_the_session_with_their_reason(laptop, agent, why):
    session = parley.negotiate(laptop, ["conceder", agent], rounds=20, seed=1)
    assert session.reason == "agent_failure"
    assert session.acting_party == "seller"
    assert why in session.failure
    # the interpreter is fine and the next session runs
    assert parley.negotiate(laptop, ["conceder", "boulware"], rounds=20).reason in {"agreement", "deadline"}


def test_a_slow_agent_hits_the_time_limits(laptop):
    timed_out = parley.negotiate(laptop, [Slow(), "hardheaded"], rounds=20, action_timeout=0.01)
    assert timed_out.reason == "agent_failure" and "timeout" in timed_out.failure
    deadline = parley.negotiate(laptop, [Slow(), "hardheaded"], time_limit=0.3)
    # each of Slow's turns takes 0.05 s, so the 0.3 s limit stops the session within 7 rounds
    assert deadline.reason in {"deadline", "agreement"} and deadline.rounds <= 7


def test_an_object_without_the_methods_is_refused(laptop):
    with pytest.raises(parley.InputError, match="propose"):
        parley.negotiate(laptop, [object(), "conceder"])


def test_the_gil_is_released_while_cpp_agents_think(laptop):
    done = []
    worker = threading.Thread(target=lambda: done.append(
        parley.tournament(["boulware", "conceder", "hardheaded"], [laptop], repetitions=300, rounds=100, threads=1)))
    worker.start()
    ticks = 0
    while worker.is_alive():
        ticks += 1
        time.sleep(0.001)
    worker.join()
    assert done and ticks > 5  # the main thread ran Python code while the sessions ran


def test_python_agents_in_a_tournament(tmp_path, laptop):
    ranking = parley.tournament([TimeDependent, "boulware", "conceder"], [laptop], repetitions=5, rounds=50, seed=2)
    assert "python:TimeDependent" in [row["agent"] for row in ranking.rows]
    assert ranking.sessions == 3 * 2 * 5
    again = parley.tournament([TimeDependent, "boulware", "conceder"], [laptop], repetitions=5, rounds=50, seed=2,
                              threads=2)
    assert ranking.rows == again.rows  # the same seed, any thread count
    stored = parley.tournament([TimeDependent, "boulware"], [EXAMPLES / "laptop.yaml"], out=tmp_path / "t", rounds=30)
    resumed = parley.tournament([TimeDependent, "boulware"], [EXAMPLES / "laptop.yaml"], out=tmp_path / "t", rounds=30,
                                resume=True)
    assert resumed.ran == 0 and resumed.rows == stored.rows


def test_a_failing_python_agent_in_a_tournament(laptop):
    ranking = parley.tournament([Raises, "boulware"], [laptop], rounds=20)
    failures = {row["agent"]: row["failures"] for row in ranking.rows}
    assert failures["python:Raises"] == 2 and failures["boulware"] == 0
