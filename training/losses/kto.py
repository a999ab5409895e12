"""Kahneman–Tversky optimisation loss (KTO; Ethayarajh et al. 2024, arXiv:2402.01306, eq. 8), for unpaired
feedback: single answers labelled desirable or undesirable.

With summed sequence log-probs of the policy π and the frozen reference ref, the implied reward of an answer is
r = log π(y|x) - log ref(y|x). The reference point is the policy's KL from the reference, estimated on mismatched
(prompt, answer) pairs of the batch (x_i with another row's answer y'), clipped at 0 and not differentiated:

    z0 = max(0, mean_i[ log π(y'_i|x_i) - log ref(y'_i|x_i) ]),    detached
    v(x, y) = λ_D σ(β (r - z0))    if y is desirable
              λ_U σ(β (z0 - r))    if y is undesirable
    loss = mean over the batch of (λ_y - v(x, y))
         = mean[ λ_D (1 - σ(β (r - z0))) on desirable rows,  λ_U (1 - σ(β (z0 - r))) on undesirable rows ]

λ_D, λ_U weigh the two kinds; the paper keeps λ_D n_D / (λ_U n_U) in [1, 4/3] when the data are imbalanced.
Reference implementation: TRL `KTOTrainer.kto_loss` (its KL term is the same batch estimate, gathered across
processes). Pure function of tensors; tests: ``pytest tests/training/losses/test_kto.py``.
"""

import torch
from torch import Tensor


def kto_loss(
    policy_logps: Tensor,
    ref_logps: Tensor,
    policy_kl_logps: Tensor,
    ref_kl_logps: Tensor,
    desirable: Tensor,
    beta: float = 0.1,
    desirable_weight: float = 1.0,
    undesirable_weight: float = 1.0,
) -> tuple[Tensor, Tensor, Tensor]:
    """KTO over a batch. policy_logps, ref_logps (B,): summed log-probs of each row's answer; policy_kl_logps,
    ref_kl_logps (M,): of the mismatched pairs (M >= 1, usually B); desirable (B,) bool labels.

    Returns (loss, rewards, z0): rewards = β r (B,), detached; z0 = the reference point, a detached scalar.
    """
    if not (policy_logps.shape == ref_logps.shape == desirable.shape) or policy_logps.dim() != 1:
        raise ValueError(f"policy_logps {tuple(policy_logps.shape)}, ref_logps {tuple(ref_logps.shape)} and "
                         f"desirable {tuple(desirable.shape)} must be the same (B,) shape")
    if policy_kl_logps.shape != ref_kl_logps.shape or policy_kl_logps.numel() == 0:
        raise ValueError(f"policy_kl_logps {tuple(policy_kl_logps.shape)} and ref_kl_logps "
                         f"{tuple(ref_kl_logps.shape)} must be the same non-empty shape")
    if beta <= 0:
        raise ValueError(f"beta must be > 0, got {beta}")
    if desirable_weight < 0 or undesirable_weight < 0:
        raise ValueError(f"weights must be >= 0, got {desirable_weight}, {undesirable_weight}")
    z0 = (policy_kl_logps - ref_kl_logps).mean().clamp(min=0).detach()  # ()
    rewards = policy_logps - ref_logps  # (B,)
    desirable = desirable.to(torch.bool)
    losses = torch.where(
        desirable,
        desirable_weight * (1 - torch.sigmoid(beta * (rewards - z0))),
        undesirable_weight * (1 - torch.sigmoid(beta * (z0 - rewards))),
    )  # (B,)
    return losses.mean(), (beta * rewards).detach(), z0
