"""Shared RL math for the PPO/RFT recipes: masked statistics, log-probs, GAE, KL estimators, KL controllers.

Pure, typed functions of tensors (in the style of torchtune's ``rlhf/rewards.py``); shapes are in the
docstrings, B = batch, T = response length, V = vocabulary. Masks are bool (or 0/1) tensors, True = real
token. Sequences are right-padded: the valid tokens of a row are a prefix, the padded tail is masked out.

Tests: ``pytest tests/training/test_rl_math.py``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import torch
from torch import Tensor

KLKind = Literal["k1", "k2", "k3"]


def masked_mean(x: Tensor, mask: Tensor, dim: int | None = None) -> Tensor:
    """Mean of ``x`` where ``mask`` is true, over everything or along ``dim``. Masked positions never leak
    in (not even NaN/inf); an all-false mask gives 0, not NaN."""
    mask = mask.to(torch.bool)
    kept = torch.where(mask, x, torch.zeros_like(x))
    summed, count = (kept.sum(), mask.sum()) if dim is None else (kept.sum(dim), mask.sum(dim))
    return summed / count.clamp(min=1).to(summed.dtype)


def masked_var(x: Tensor, mask: Tensor, unbiased: bool = True) -> Tensor:
    """Variance of ``x`` over the masked entries (scalar); ``unbiased`` applies Bessel's n/(n-1).
    Raises ValueError when unbiased and fewer than two entries are unmasked (the variance is undefined)."""
    mask = mask.to(torch.bool)
    centered = x - masked_mean(x, mask)
    var = masked_mean(centered**2, mask)
    if unbiased:
        n = int(mask.sum().item())
        if n < 2:
            raise ValueError(f"unbiased masked_var needs at least 2 unmasked entries, got {n}")
        var = var * n / (n - 1)
    return var


def whiten(x: Tensor, mask: Tensor | None = None, shift_mean: bool = True) -> Tensor:
    """(x - mean) / sqrt(var + 1e-8) over the masked entries (unbiased var), as for PPO advantages.
    ``shift_mean=False`` adds the mean back (scale only, as for rewards). Masked positions come out 0."""
    mask = torch.ones_like(x, dtype=torch.bool) if mask is None else mask.to(torch.bool)
    mean, var = masked_mean(x, mask), masked_var(x, mask)
    whitened = (x - mean) * torch.rsqrt(var + 1e-8)
    if not shift_mean:
        whitened = whitened + mean
    return torch.where(mask, whitened, torch.zeros_like(whitened))


def gather_logprobs(logits: Tensor, token_ids: Tensor, temperature: float = 1.0) -> Tensor:
    """log softmax(logits / temperature) at ``token_ids``: (B, T, V), (B, T) -> (B, T), in float32.

    Computed as gathered logit - logsumexp, which avoids a second (B, T, V) log-softmax tensor. Use the
    sampling temperature so that the log-probs match the distribution the tokens were drawn from.
    """
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    logits = logits.float() / temperature  # (B, T, V)
    picked = logits.gather(-1, token_ids.unsqueeze(-1)).squeeze(-1)  # (B, T)
    return picked - torch.logsumexp(logits, dim=-1)


def sequence_logprobs(logits: Tensor, labels: Tensor, ignore_index: int = -100) -> Tensor:
    """Summed log-prob of each sequence's labels: (B, T, V), (B, T) -> (B,).

    Logits at position t predict the label at t+1, so the shift is done here. Label positions equal to
    ``ignore_index`` (the prompt, padding) contribute nothing. This is the log π(y|x) DPO needs.
    """
    logits, labels = logits[:, :-1], labels[:, 1:]  # (B, T-1, V), (B, T-1)
    mask = labels != ignore_index
    safe = labels.masked_fill(~mask, 0)  # any valid id; those positions are dropped below
    logps = gather_logprobs(logits, safe)  # (B, T-1)
    return torch.where(mask, logps, torch.zeros_like(logps)).sum(-1)


def estimate_gae(
    rewards: Tensor, values: Tensor, mask: Tensor, gamma: float = 1.0, lam: float = 0.95
) -> tuple[Tensor, Tensor]:
    """Generalised advantage estimation (Schulman et al. 2016, arXiv:1506.02438). All (B, T).

        δ_t = r_t + γ V_{t+1} - V_t,    A_t = δ_t + γ λ A_{t+1},    R_t = A_t + V_t
    with V and A beyond the last valid token taken as 0 (the episode ends there). Returns
    (advantages, returns), both 0 at masked positions. The mask must be right-padded (a valid prefix).
    """
    if not (0.0 <= gamma <= 1.0 and 0.0 <= lam <= 1.0):
        raise ValueError(f"gamma and lam must be in [0, 1], got gamma={gamma}, lam={lam}")
    m = mask.to(values.dtype)
    rewards, values = rewards * m, values * m
    advantages = torch.zeros_like(values)
    next_adv, next_value = torch.zeros_like(values[:, 0]), torch.zeros_like(values[:, 0])  # (B,) each
    for t in reversed(range(values.shape[1])):
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        next_adv = (delta + gamma * lam * next_adv) * m[:, t]
        advantages[:, t] = next_adv
        next_value = values[:, t]
    returns = (advantages + values) * m
    return advantages, returns


# Estimators of KL(π || ref) from samples x ~ π, as functions of log r = log ref(x) - log π(x).
KL_ESTIMATORS: dict[str, Callable[[Tensor], Tensor]] = {
    "k1": lambda log_r: -log_r,
    "k2": lambda log_r: 0.5 * log_r**2,
    "k3": lambda log_r: torch.expm1(log_r) - log_r,
}


def kl_estimate(logprobs: Tensor, ref_logprobs: Tensor, kind: KLKind = "k1") -> Tensor:
    """Per-token estimate of KL(π || ref) for tokens sampled from π (J. Schulman, "Approximating KL
    Divergence", 2020, http://joschu.net/blog/kl-approx.html). With log r = ref_logprobs - logprobs:

        k1 = -log r               unbiased, high variance, can be negative
        k2 = (log r)^2 / 2        biased, low variance, >= 0
        k3 = (r - 1) - log r      unbiased, low variance, >= 0
    Shapes: any, elementwise.
    """
    if kind not in KL_ESTIMATORS:
        raise ValueError(f"unknown KL estimator {kind!r}; choose from {sorted(KL_ESTIMATORS)}")
    return KL_ESTIMATORS[kind](ref_logprobs.float() - logprobs.float())


def kl_penalized_rewards(
    scores: Tensor, logprobs: Tensor, ref_logprobs: Tensor, mask: Tensor, kl_coef: float, kind: KLKind = "k1"
) -> tuple[Tensor, Tensor]:
    """Per-token RLHF reward (Ziegler et al. 2019): r_t = -kl_coef * kl_t, plus the sequence score at the
    last unmasked token. scores (B,); logprobs, ref_logprobs, mask (B, T). Returns (rewards, kl), (B, T)
    each, 0 at masked positions; kl is detached."""
    mask = mask.to(torch.bool)
    kl = kl_estimate(logprobs, ref_logprobs, kind).detach()
    kl = torch.where(mask, kl, torch.zeros_like(kl))
    rewards = -kl_coef * kl
    positions = torch.arange(mask.shape[1], device=mask.device)
    last = torch.where(mask, positions, -1).amax(dim=-1).clamp(min=0)  # (B,) last valid index
    rewards = rewards.scatter_add(1, last.unsqueeze(1), scores.to(rewards.dtype).unsqueeze(1))
    return rewards, kl


@dataclass
class FixedKLController:
    """Constant KL coefficient."""

    value: float

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError(f"KL coefficient must be >= 0, got {self.value}")

    def update(self, current_kl: float, n_steps: int) -> None:  # the coefficient stays fixed
        pass


@dataclass
class AdaptiveKLController:
    """Adaptive KL coefficient (Ziegler et al. 2019, arXiv:1909.08593, §2.2):

        e = clip(KL / target - 1, -0.2, 0.2),    β <- β (1 + e * n_steps / horizon)
    so β grows while the measured KL is above ``target`` and shrinks while it is below.
    """

    value: float
    target: float
    horizon: int

    def __post_init__(self) -> None:
        if self.value < 0 or self.target <= 0 or self.horizon <= 0:
            raise ValueError(f"need value >= 0, target > 0, horizon > 0; got {self}")

    def update(self, current_kl: float, n_steps: int) -> None:
        error = min(max(current_kl / self.target - 1.0, -0.2), 0.2)
        self.value *= 1.0 + error * n_steps / self.horizon


KL_CONTROLLERS: dict[str, type[FixedKLController] | type[AdaptiveKLController]] = {
    "fixed": FixedKLController,
    "adaptive": AdaptiveKLController,
}
