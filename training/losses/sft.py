"""Supervised fine-tuning loss: next-token cross-entropy on response tokens only.

    loss = -(1/N) Σ_{t: y_{t+1} != ignore} log p(y_{t+1} | y_{<=t}),    N = number of such label tokens

The logits at position t predict the token at t+1, so the shift happens here; callers pass logits and
labels aligned with input_ids, labels set to ``ignore_index`` on the prompt and padding (the same
convention as Hugging Face causal-LM models). Used by the RFT recipe (SFT on best-of-N winners).
Tests: ``pytest tests/training/losses/test_sft.py``.
"""

import torch.nn.functional as F
from torch import Tensor


def sft_loss(logits: Tensor, labels: Tensor, ignore_index: int = -100) -> tuple[Tensor, Tensor]:
    """logits (B, T, V), labels (B, T). Returns (loss, num_tokens): the mean CE over the N counted label
    tokens (0, not NaN, when N = 0) and N as a detached long scalar, for token-weighted averaging."""
    if logits.shape[:2] != labels.shape:
        raise ValueError(
            f"logits (B, T, V) and labels (B, T) disagree: {tuple(logits.shape)}, {tuple(labels.shape)}"
        )
    shift_logits = logits[:, :-1].float()  # (B, T-1, V)
    shift_labels = labels[:, 1:]  # (B, T-1)
    summed = F.cross_entropy(
        shift_logits.reshape(-1, shift_logits.shape[-1]),
        shift_labels.reshape(-1),
        ignore_index=ignore_index,
        reduction="sum",
    )
    num_tokens = (shift_labels != ignore_index).sum()
    return summed / num_tokens.clamp(min=1), num_tokens.detach()
