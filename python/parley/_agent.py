"""The base class of Python agents (optional: any object with propose and respond plays)."""
from ._core import ACCEPT, REJECT


class Agent:
    """A negotiator written in Python that plays inside parley's C++ sessions.

    The engine calls, for the party the agent plays:
      on_start(view)                 once; `view` is a parley.NegotiatorView (own preferences only)
      respond(state, offer)          an offer stands: return parley.ACCEPT, parley.REJECT or parley.END
      propose(state)                 your offer: a tuple of value indices (or a dict issue -> label)
      on_offer(state, party, offer)  another party offered `offer`
    `state` has round, t (= relative_time), offer, proposer and view. Outcomes arrive as tuples
    of value indices; view.outcome(o) gives their labels. This base class keeps the view in
    self.view, proposes its best outcome and accepts only an offer worth as much (a hardliner):
    override propose and respond.
    """

    def on_start(self, view):
        self.view = view

    def propose(self, state):
        return self.view.best

    def respond(self, state, offer):
        return ACCEPT if self.view.utility(offer) >= self.view.max_utility else REJECT
