"""`EnsembleRewardModel`: combine several reward models into one score per pair.

For M members scoring N pairs, let S be the (M, N) matrix of member scores. Modes (the `COMBINERS` registry):
- "mean":            r_j = mean_i S_ij
- "min":             r_j = min_i S_ij                      (pessimistic: a pair must please every member)
- "mean_minus_std":  r_j = mean_i S_ij - k * std_i S_ij    (population std; penalises disagreement, a cheap
                     guard against reward hacking — Coste et al. 2023, "Reward Model Ensembles Help Mitigate
                     Overoptimization")
- "sum":             r_j = sum_i S_ij                      (with `weights`: a learned reward plus a weighted rule
                     bonus, e.g. the server's default `main + 50 * rule:instructions`)

`weights` (one per member, >= 0) scale each member's row before combining.

`normalize=True` z-scores each member's row over the N pairs of *this call* before combining (so members on
different scales weigh the same). Such scores only rank the pairs within a call — right for best-of-N and
rerank, wrong for an absolute rejection threshold. A row with zero spread (e.g. N == 1) becomes all zeros.

Usage:
    ens = EnsembleRewardModel([rm_a, rm_b], mode="mean_minus_std", k=0.5)
    ens.score(["q"], ["a"])
"""

import math
from collections.abc import Callable, Sequence
from typing import Literal

import torch

from reward_models.base import Prompt, RewardModel, RewardModelError

Mode = Literal["mean", "min", "mean_minus_std", "sum"]
Combiner = Callable[[torch.Tensor, float], torch.Tensor]  # (S: (M, N) float64, k) -> (N,)

COMBINERS: dict[str, Combiner] = {
    "mean": lambda s, k: s.mean(dim=0),
    "min": lambda s, k: s.min(dim=0).values,
    "mean_minus_std": lambda s, k: s.mean(dim=0) - k * s.std(dim=0, correction=0),
    "sum": lambda s, k: s.sum(dim=0),
}


def zscore_rows(s: torch.Tensor, eps: float = 1e-8) -> torch.Tensor:
    """(M, N) -> each row minus its mean over N, divided by its population std (rows with std < eps -> 0)."""
    centred = s - s.mean(dim=1, keepdim=True)
    std = s.std(dim=1, keepdim=True, correction=0)
    return torch.where(std > eps, centred / std.clamp_min(eps), torch.zeros_like(centred))


class EnsembleRewardModel:
    """Scores with every member (sequentially, in the caller's thread) and combines per `mode`."""

    kind = "ensemble"
    path = None

    def __init__(
        self,
        members: Sequence[RewardModel],
        mode: Mode = "mean",
        k: float = 1.0,
        normalize: bool = False,
        weights: Sequence[float] | None = None,
    ) -> None:
        if not members:
            raise RewardModelError("an ensemble needs at least one member", 400)
        if weights is not None and (len(weights) != len(members) or not all(0 <= w < math.inf for w in weights)):
            raise RewardModelError(f"an ensemble of {len(members)} needs as many weights, each finite and >= 0", 400)
        if mode not in COMBINERS:
            raise RewardModelError(f"unknown ensemble mode {mode!r}; choose one of {sorted(COMBINERS)}", 400)
        if k < 0:
            raise RewardModelError(f"ensemble k must be >= 0, got {k}", 400)
        self.members: tuple[RewardModel, ...] = tuple(members)
        self.mode = mode
        self.k = float(k)
        self.normalize = normalize
        self.weights: tuple[float, ...] | None = None if weights is None else tuple(float(w) for w in weights)
        terms = [m.name if w in (None, 1.0) else f"{w:g}*{m.name}"
                 for m, w in zip(self.members, self.weights or [None] * len(self.members))]
        self.name = "ensemble(" + "+".join(terms) + ")"
        self.version = "+".join(m.version for m in self.members)
        self._partial: EnsembleRewardModel | None = None

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        if not prompts:
            return []
        return self.combine([m.score(prompts, responses) for m in self.members])

    def combine(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Members' scores (M rows of N) -> the ensemble's N scores (normalise, weight, combine)."""
        s = torch.tensor(rows, dtype=torch.float64)  # (M, N)
        if self.normalize:
            s = zscore_rows(s)
        if self.weights is not None:
            s = s * torch.tensor(self.weights, dtype=torch.float64).unsqueeze(1)
        return COMBINERS[self.mode](s, self.k).tolist()

    @classmethod
    def with_verifier(cls, model: RewardModel, verifier: RewardModel, weight: float) -> "EnsembleRewardModel":
        """`model + weight × verifier` (mode "sum"): the server's default scoring (`RewardModelRegistry`), and what
        `aligned-train eval-rm --verifier` and `eval-search --verifier` replay."""
        return cls([model, verifier], mode="sum", weights=[1.0, weight])

    @property
    def partial(self) -> "EnsembleRewardModel | None":
        """The ensemble of its members' partial-answer scorers (`partial` where a member has one), or None when
        no member has one (partial answers are then scored like whole ones)."""
        twins = [getattr(m, "partial", None) for m in self.members]
        if all(t is None for t in twins):
            return None
        if self._partial is None:
            members = [t if t is not None else m for m, t in zip(self.members, twins)]
            self._partial = EnsembleRewardModel(members, self.mode, self.k, self.normalize, self.weights)
        return self._partial
