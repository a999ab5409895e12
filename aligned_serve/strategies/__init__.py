"""Alignment strategies, picked by name from `STRATEGIES`."""

from aligned_serve.strategies.base import (
    AlignContext,
    AlignOutcome,
    AlignPlan,
    ScoredCandidate,
    SearchPlan,
    StrategyError,
    rank,
)
from aligned_serve.strategies.sampling import STRATEGIES as SAMPLING_STRATEGIES
from aligned_serve.strategies.sampling import Strategy
from aligned_serve.strategies.search import search, search_plan

STRATEGIES: dict[str, Strategy] = {**SAMPLING_STRATEGIES, "search": search}

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
