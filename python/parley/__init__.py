"""parley: multi-party, multi-issue negotiation — the C++ engine from Python.

    import parley
    scenario = parley.load("scenarios/examples/laptop.yaml")   # YAML, GENIUS or GeniusWeb
    analysis = scenario.analyze()          # frontier (NumPy), Nash / Kalai points, ZOPA
    session = parley.negotiate(scenario, agents=["boulware", "conceder"], rounds=100, seed=1)
    ranking = parley.tournament(["boulware", "conceder", "hardheaded"], ["scenarios/examples/laptop.yaml"])
    ranking.frame()                        # a pandas DataFrame (plain rows without pandas)

Python agents are classes with propose(state) and respond(state, offer) (see parley.Agent and
docs/python.md). Every mistake in user input raises parley.InputError, a ValueError that
carries file, line, field and problem.
"""
from ._core import (
    ACCEPT,
    END,
    REJECT,
    Analysis,
    InputError,
    Issue,
    NegotiatorView,
    Party,
    Point,
    Ranking,
    Scenario,
    Session,
    State,
    agent_catalog,
    extract_evidence,
    forecast,
    load,
    negotiate,
    report,
    verify_citations,
)
from ._agent import Agent
from ._tables import frame
from ._tournament import tournament

__all__ = [
    "ACCEPT", "END", "REJECT", "Agent", "Analysis", "InputError", "Issue", "NegotiatorView", "Party", "Point",
    "Ranking", "Scenario", "Session", "State", "agent_catalog", "extract_evidence", "forecast", "frame", "load", "negotiate",
    "report", "tournament", "verify_citations",
]
