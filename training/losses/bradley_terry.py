"""Bradley–Terry pairwise loss for reward-model training (Bradley & Terry 1952; Ouyang et al. 2022, eq. 1).

    loss = mean_b[ -log σ(r_c - r_r - m) ] + center_coef * mean_b[ (r_c + r_r)^2 ]

The optional per-pair margin m (Llama 2, Touvron et al. 2023) asks for a larger gap on clearly better pairs.
The centring term (Eisenstein et al. 2023, "Helping or Herding?") pins the reward's free offset near 0,
so rewards from differently trained models are comparable. Reference: TRL RewardTrainer.compute_loss.
Pure function of tensors; tests: ``pytest tests/training/losses/test_bradley_terry.py``.
"""

import torch.nn.functional as F
from torch import Tensor


def bradley_terry_loss(
    chosen_rewards: Tensor,
    rejected_rewards: Tensor,
    margin: Tensor | None = None,
    center_coef: float = 0.0,
) -> tuple[Tensor, Tensor, Tensor]:
    """Pairwise Bradley–Terry NLL. Inputs (B,) scalar rewards per response; margin (B,) or None.

    Returns (loss, accuracy, mean_margin): accuracy = mean(r_c > r_r), mean_margin = mean(r_c - r_r),
    both detached scalars.
    """
    if chosen_rewards.shape != rejected_rewards.shape:
        raise ValueError(
            f"chosen {tuple(chosen_rewards.shape)} and rejected {tuple(rejected_rewards.shape)} differ"
        )
    if center_coef < 0:
        raise ValueError(f"center_coef must be >= 0, got {center_coef}")
    diff = chosen_rewards - rejected_rewards  # (B,)
    logits = diff if margin is None else diff - margin
    loss = -F.logsigmoid(logits).mean()
    if center_coef > 0:
        loss = loss + center_coef * ((chosen_rewards + rejected_rewards) ** 2).mean()
    accuracy = (diff > 0).float().mean().detach()
    return loss, accuracy, diff.mean().detach()
