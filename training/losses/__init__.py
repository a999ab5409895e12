"""Training losses, one pure function per module: tensors in, ``(loss, *detached_metrics)`` out."""

from training.losses.bradley_terry import bradley_terry_loss
from training.losses.dpo import DPO_LOSSES, cdpo_loss, dpo_loss, ipo_loss
from training.losses.kto import kto_loss
from training.losses.plackett_luce import plackett_luce_loss
from training.losses.ppo import ppo_policy_loss, ppo_value_loss
from training.losses.sft import sft_loss

__all__ = [
    "DPO_LOSSES",
    "bradley_terry_loss",
    "cdpo_loss",
    "dpo_loss",
    "ipo_loss",
    "kto_loss",
    "plackett_luce_loss",
    "ppo_policy_loss",
    "ppo_value_loss",
    "sft_loss",
]
