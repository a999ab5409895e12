"""Alignment strategies, picked by name from `STRATEGIES`."""

from aligned_serve.strategies.base import (
    AlignContext,
    AlignOutcome,
    AlignPlan,
    ScoredCandidate,
    StrategyError,
    rank,
)
from aligned_serve.strategies.sampling import STRATEGIES, Strategy

__all__ = [
    "STRATEGIES",
    "AlignContext",
    "AlignOutcome",
    "AlignPlan",
    "ScoredCandidate",
    "Strategy",
    "StrategyError",
    "rank",
]
