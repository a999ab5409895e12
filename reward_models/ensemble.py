"""`EnsembleRewardModel`: combine several reward models into one score per pair.

For M members scoring N pairs, let S be the (M, N) matrix of member scores. Modes (the `COMBINERS` registry):
- "mean":            r_j = mean_i S_ij
- "min":             r_j = min_i S_ij                      (pessimistic: a pair must please every member)
- "mean_minus_std":  r_j = mean_i S_ij - k * std_i S_ij    (population std; penalises disagreement, a cheap
                     guard against reward hacking — Coste et al. 2023, "Reward Model Ensembles Help Mitigate
                     Overoptimization")

`normalize=True` z-scores each member's row over the N pairs of *this call* before combining (so members on
different scales weigh the same). Such scores only rank the pairs within a call — right for best-of-N and
rerank, wrong for an absolute rejection threshold. A row with zero spread (e.g. N == 1) becomes all zeros.

Usage:
    ens = EnsembleRewardModel([rm_a, rm_b], mode="mean_minus_std", k=0.5)
    ens.score(["q"], ["a"])
"""

from collections.abc import Callable, Sequence
from typing import Literal

import torch

from reward_models.base import Prompt, RewardModel, RewardModelError

Mode = Literal["mean", "min", "mean_minus_std"]
Combiner = Callable[[torch.Tensor, float], torch.Tensor]  # (S: (M, N) float64, k) -> (N,)

COMBINERS: dict[str, Combiner] = {
    "mean": lambda s, k: s.mean(dim=0),
    "min": lambda s, k: s.min(dim=0).values,
    "mean_minus_std": lambda s, k: s.mean(dim=0) - k * s.std(dim=0, correction=0),
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
        self, members: Sequence[RewardModel], mode: Mode = "mean", k: float = 1.0, normalize: bool = False
    ) -> None:
        if not members:
            raise RewardModelError("an ensemble needs at least one member", 400)
        if mode not in COMBINERS:
            raise RewardModelError(f"unknown ensemble mode {mode!r}; choose one of {sorted(COMBINERS)}", 400)
        if k < 0:
            raise RewardModelError(f"ensemble k must be >= 0, got {k}", 400)
        self.members: tuple[RewardModel, ...] = tuple(members)
        self.mode = mode
        self.k = float(k)
        self.normalize = normalize
        self.name = "ensemble(" + "+".join(m.name for m in self.members) + ")"
        self.version = "+".join(m.version for m in self.members)

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        if not prompts:
            return []
        rows = [m.score(prompts, responses) for m in self.members]
        s = torch.tensor(rows, dtype=torch.float64)  # (M, N)
        if self.normalize:
            s = zscore_rows(s)
        return COMBINERS[self.mode](s, self.k).tolist()
