"""Alignment strategies, picked by name from `STRATEGIES`: the sampling ones in `builtin.py` (best-of-N,
rejection, rerank, none) and reward-guided search in `search.py`."""

from aligned_serve.strategies.base import (
    AlignContext,
    AlignOutcome,
    AlignPlan,
    ScoredCandidate,
    SearchPlan,
    StrategyError,
    rank,
)
from aligned_serve.strategies.builtin import STRATEGIES as BUILTIN_STRATEGIES
from aligned_serve.strategies.builtin import Strategy
from aligned_serve.strategies.search import search, search_plan

STRATEGIES: dict[str, Strategy] = {**BUILTIN_STRATEGIES, "search": search}

__all__ = [
    "STRATEGIES",
    "AlignContext",
    "AlignOutcome",
    "AlignPlan",
    "ScoredCandidate",
    "SearchPlan",
    "Strategy",
    "StrategyError",
    "rank",
    "search_plan",
]
