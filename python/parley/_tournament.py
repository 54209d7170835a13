"""parley.tournament(): the CLI's tournament from Python, with its ranking as a DataFrame."""
import contextlib
import copy

from . import _core
from ._tables import frame


def _python_spec(agent):
    """The spec name of a Python agent class or instance: python:ClassName."""
    kind = agent if isinstance(agent, type) else type(agent)
    return "python:" + kind.__name__


@contextlib.contextmanager
def _registered(agents):
    """Spec strings for `agents`; Python agents (classes, or instances copied per session) are
    registered with the engine under python:ClassName for the duration of the block."""
    specs, names = [], []
    try:
        for agent in agents:
            if isinstance(agent, str):
                specs.append(agent)
                continue
            spec = _python_spec(agent)
            make = agent if isinstance(agent, type) else (lambda original=agent: copy.deepcopy(original))
            _core._register_agent(spec, make)
            names.append(spec)
            specs.append(spec)
        yield specs
    finally:
        for spec in names:
            _core._unregister_agent(spec)


def tournament(agents, scenarios, out=None, opponents=None, repetitions=1, rounds=100, protocol="auto",
               mediator="hillclimb", seed=1, self_play=False, max_assignments=1000, threads=0, resume=False,
               force=False, batch_seconds=1.0):
    """Every agent against every agent on every scenario (as `parley tournament`).

    agents / opponents: spec strings ('boulware', 'timedep:e=0.5', ...) or one string 'a,b,c', and
    Python agents: a class (instantiated for every session) or an instance (deep-copied for
    every session), ranked as python:ClassName.
    scenarios: paths (YAML, GENIUS, GeniusWeb) and/or parley.Scenario objects.
    out: a results folder — the same resumable store as `parley tournament --out` (a run that
    was stopped continues where it was; resume=True re-summarises a finished one, force=True
    starts over). Without out, the sessions run in memory.
    Returns a parley.Ranking: ranking.frame() / ranking.sessions_frame() are pandas DataFrames.
    """
    if isinstance(agents, str):
        agents = _core._split_agent_list(agents)
    if isinstance(opponents, str):
        opponents = _core._split_agent_list(opponents)
    with _registered(list(agents) + list(opponents or [])) as specs:
        count = len(list(agents))
        return _core._tournament(specs[:count], scenarios, out=None if out is None else str(out),
                                 opponents=specs[count:] or None, repetitions=repetitions, rounds=rounds,
                                 protocol=protocol, mediator=mediator, seed=seed, self_play=self_play,
                                 max_assignments=max_assignments, threads=threads, resume=resume, force=force,
                                 batch_seconds=batch_seconds)


def _ranking_frame(self):
    """The ranking rows as a pandas DataFrame (a list of dicts without pandas)."""
    return frame(self.rows)


def _sessions_frame(self):
    """One row per session record, nested fields flattened (a list of dicts without pandas)."""
    records = self.session_records()
    try:
        import pandas
    except ImportError:
        return records
    return pandas.json_normalize(records)


_core.Ranking.frame = _ranking_frame
_core.Ranking.sessions_frame = _sessions_frame
