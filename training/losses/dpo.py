"""Direct preference optimisation losses: sigmoid DPO, conservative DPO (cDPO) and IPO.

With summed sequence log-probs π (policy) and ref (frozen reference), h = (π_c - ref_c) - (π_r - ref_r):

    sigmoid DPO  (Rafailov et al. 2023, arXiv:2305.18290):  -log σ(β h)
    cDPO         (Mitchell 2023, "A note on DPO with noisy preferences"): labels flipped with prob. ε,
                 -(1-ε) log σ(β h) - ε log σ(-β h)
    IPO          (Azar et al. 2023, arXiv:2310.12036):      (h - 1/(2β))^2

all averaged over the batch. The implicit rewards β (π - ref) are returned as detached metrics.
References: torchtune rlhf/loss/dpo.py, TRL DPOTrainer.dpo_loss. Note that TRL's IPO divides the
log-probs by the sequence length first; here the caller decides what it passes in.

``DPO_LOSSES`` picks a loss by name. "cdpo" is ``dpo_loss`` itself, with ``label_smoothing`` (ε) made a
required keyword so that a recipe choosing it cannot forget ε; "ipo" takes ``beta`` only (no ε).
Tests: ``pytest tests/training/losses/test_dpo.py``.
"""

from collections.abc import Callable

import torch.nn.functional as F
from torch import Tensor


def _log_ratio_diff(
    policy_chosen_logps: Tensor,
    policy_rejected_logps: Tensor,
    ref_chosen_logps: Tensor,
    ref_rejected_logps: Tensor,
) -> tuple[Tensor, Tensor, Tensor]:
    """Returns (h, chosen log-ratio, rejected log-ratio), each (B,)."""
    chosen = policy_chosen_logps - ref_chosen_logps
    rejected = policy_rejected_logps - ref_rejected_logps
    return chosen - rejected, chosen, rejected


def dpo_loss(
    policy_chosen_logps: Tensor,
    policy_rejected_logps: Tensor,
    ref_chosen_logps: Tensor,
    ref_rejected_logps: Tensor,
    beta: float = 0.1,
    label_smoothing: float = 0.0,
) -> tuple[Tensor, Tensor, Tensor]:
    """Sigmoid DPO, or cDPO when label_smoothing = ε > 0. Inputs (B,) summed log-probs of each response.

    Returns (loss, chosen_rewards, rejected_rewards); rewards = β (π - ref), detached, shape (B,).
    """
    if beta <= 0:
        raise ValueError(f"beta must be > 0, got {beta}")
    if not 0.0 <= label_smoothing < 0.5:
        raise ValueError(f"label_smoothing must be in [0, 0.5), got {label_smoothing}")
    h, chosen, rejected = _log_ratio_diff(
        policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps
    )
    losses = -(1 - label_smoothing) * F.logsigmoid(beta * h) - label_smoothing * F.logsigmoid(-beta * h)
    return losses.mean(), (beta * chosen).detach(), (beta * rejected).detach()


def ipo_loss(
    policy_chosen_logps: Tensor,
    policy_rejected_logps: Tensor,
    ref_chosen_logps: Tensor,
    ref_rejected_logps: Tensor,
    beta: float = 0.1,
) -> tuple[Tensor, Tensor, Tensor]:
    """IPO: mean (h - 1/(2β))^2, β being the paper's regulariser τ. Inputs and returns as dpo_loss."""
    if beta <= 0:
        raise ValueError(f"beta must be > 0, got {beta}")
    h, chosen, rejected = _log_ratio_diff(
        policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps
    )
    loss = ((h - 1 / (2 * beta)) ** 2).mean()
    return loss, (beta * chosen).detach(), (beta * rejected).detach()


def cdpo_loss(
    policy_chosen_logps: Tensor,
    policy_rejected_logps: Tensor,
    ref_chosen_logps: Tensor,
    ref_rejected_logps: Tensor,
    beta: float = 0.1,
    *,
    label_smoothing: float,
) -> tuple[Tensor, Tensor, Tensor]:
    """cDPO: ``dpo_loss`` with ``label_smoothing`` (ε, the assumed label-flip rate) required."""
    return dpo_loss(
        policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=beta,
        label_smoothing=label_smoothing,
    )


DPO_LOSSES: dict[str, Callable[..., tuple[Tensor, Tensor, Tensor]]] = {
    "sigmoid": dpo_loss,
    "ipo": ipo_loss,
    "cdpo": cdpo_loss,
}
