"""Plackett–Luce listwise ranking loss for reward models (Plackett 1975; Luce 1959; as in Zhu et al. 2023,
"Principled RLHF from Pairwise or K-wise Comparisons", and the DPO paper's appendix A.3).

The probability of a ranking π (best first) of K items with scores s is a product of softmaxes:
P(π) = Π_i exp(s_{π_i}) / Σ_{j>=i} exp(s_{π_j}), so the loss per list is

    NLL = -Σ_i [ s_{π_i} - logsumexp_{j>=i} s_{π_j} ]        (mean over the batch)

With K = 2 it is exactly the Bradley–Terry loss -log σ(s_best - s_worst). Lists shorter than K are padded
at the end of ``ranking``; padded positions (mask False) take no part in any softmax.
Pure function of tensors; tests: ``pytest tests/training/losses/test_plackett_luce.py``.
"""

import torch
from torch import Tensor


def plackett_luce_loss(scores: Tensor, ranking: Tensor, mask: Tensor | None = None) -> tuple[Tensor, Tensor]:
    """scores (B, K) model rewards per item; ranking (B, K) long item indices, best first; mask (B, K) bool
    over ranking positions (True = real). Padded entries of ``ranking`` may hold any value (e.g. -1).

    Returns (loss, top1_accuracy): top1 = the highest-scored real item is ranking[:, 0]; detached.
    """
    if scores.shape != ranking.shape or scores.dim() != 2:
        raise ValueError(
            f"scores and ranking must both be (B, K); got {tuple(scores.shape)}, {tuple(ranking.shape)}"
        )
    mask = torch.ones_like(ranking, dtype=torch.bool) if mask is None else mask.to(torch.bool)
    safe_ranking = ranking.masked_fill(~mask, 0)  # any valid index; excluded below
    # A finite floor rather than -inf keeps logcumsumexp and its gradient free of NaN.
    floor = torch.finfo(scores.dtype).min
    ordered = scores.gather(1, safe_ranking).masked_fill(~mask, floor)  # (B, K) scores in ranked order
    tail_lse = ordered.flip(1).logcumsumexp(1).flip(1)  # (B, K): logsumexp over positions j >= i
    terms = torch.where(mask, ordered - tail_lse, torch.zeros_like(ordered))
    loss = -terms.sum(1).mean()

    # Items that appear at some real ranking position (amax handles repeated padding indices).
    item_valid = torch.zeros_like(scores).scatter_reduce(1, safe_ranking, mask.to(scores.dtype), "amax") > 0
    best_item = scores.detach().masked_fill(~item_valid, float("-inf")).argmax(1)  # (B,)
    top1 = (best_item == safe_ranking[:, 0]).float().mean()
    return loss, top1
