"""PPO losses (Schulman et al. 2017, arXiv:1707.06347): clipped policy surrogate and clipped value loss.

Per token, with ratio ρ = exp(log π - log π_old) and advantage A:

    policy:  max(-A ρ, -A clip(ρ, 1-ε, 1+ε))                        (masked mean over tokens)
    value:   0.5 * max((V - R)^2, (V_old + clip(V - V_old, -c, c) - R)^2)

The max picks the pessimistic term, so once ρ has moved past the clip range in the direction A favours,
the token's gradient is zero. Metrics: clipfrac = share of tokens where the clipped term is active;
approx_kl = masked mean of the k3 estimator of KL(π_old || π) (unbiased, >= 0; tokens come from π_old).
References: torchtune rlhf/loss/ppo.py, OpenAI baselines ppo2. Shapes (B, T); mask True = real token.
Tests: ``pytest tests/training/losses/test_ppo.py``.
"""

import torch
from torch import Tensor

from training.rl_math import kl_estimate, masked_mean


def ppo_policy_loss(
    logprobs: Tensor, old_logprobs: Tensor, advantages: Tensor, mask: Tensor, clip_eps: float = 0.2
) -> tuple[Tensor, Tensor, Tensor]:
    """Clipped surrogate policy loss. logprobs (B, T) from the current policy (with grad); old_logprobs and
    advantages (B, T) from the rollout (treated as constants). Returns (loss, clipfrac, approx_kl)."""
    if clip_eps <= 0:
        raise ValueError(f"clip_eps must be > 0, got {clip_eps}")
    old_logprobs, advantages = old_logprobs.detach(), advantages.detach()
    ratio = torch.exp(logprobs - old_logprobs)  # (B, T)
    unclipped = -advantages * ratio
    clipped = -advantages * ratio.clamp(1.0 - clip_eps, 1.0 + clip_eps)
    loss = masked_mean(torch.maximum(unclipped, clipped), mask)
    clipfrac = masked_mean((clipped > unclipped).float(), mask).detach()
    approx_kl = masked_mean(kl_estimate(old_logprobs, logprobs.detach(), "k3"), mask)
    return loss, clipfrac, approx_kl


def ppo_value_loss(
    values: Tensor, old_values: Tensor, returns: Tensor, mask: Tensor, clip_value: float = 0.2
) -> tuple[Tensor, Tensor]:
    """Clipped value loss. values (B, T) from the current critic (with grad); old_values and returns (B, T)
    from the rollout. Returns (loss, clipfrac)."""
    if clip_value <= 0:
        raise ValueError(f"clip_value must be > 0, got {clip_value}")
    old_values, returns = old_values.detach(), returns.detach()
    values_clipped = old_values + (values - old_values).clamp(-clip_value, clip_value)
    unclipped = (values - returns) ** 2
    clipped = (values_clipped - returns) ** 2
    loss = 0.5 * masked_mean(torch.maximum(unclipped, clipped), mask)
    clipfrac = masked_mean((clipped > unclipped).float(), mask).detach()
    return loss, clipfrac
