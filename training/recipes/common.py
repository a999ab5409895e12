"""Model helpers the recipes share: LoRA wrapping and chunking.

The run plumbing lives in its own modules: the loop, set-up and precision in `training/loop.py`, checkpoints and
`aligned_meta.json` in `training/checkpointing.py`, metrics in `training/tracking.py`, the config base and the
command line in `training/config.py`. `set_torch_threads` and `autocast` are importable from here too, for
training/eval.py and loadtests/bench_rm_step.py.
"""

from collections.abc import Iterator, Sequence
from typing import Any

import torch

from training.loop import autocast, set_torch_threads  # noqa: F401 - see the docstring

# Names peft understands for `LoraConfig.task_type`, per recipe kind.
LORA_TASK_TYPES: dict[str, str] = {"SEQ_CLS": "SEQ_CLS", "CAUSAL_LM": "CAUSAL_LM"}


def maybe_lora(
    model: torch.nn.Module,
    enabled: bool,
    task_type: str,
    rank: int = 8,
    alpha: int = 16,
    dropout: float = 0.0,
    target_modules: Sequence[str] | str = "all-linear",
    **lora_kwargs: Any,
) -> torch.nn.Module:
    """Wrap `model` with peft LoRA adapters when `enabled`; otherwise return it unchanged.

    task_type "SEQ_CLS" keeps the (new) score head fully trainable; "CAUSAL_LM" for policies. The final save
    merges the adapters back so the saved checkpoint is a plain model. `lora_kwargs` go to `LoraConfig`
    (e.g. layers_to_transform)."""
    if not enabled:
        return model
    from peft import LoraConfig, get_peft_model

    if task_type not in LORA_TASK_TYPES:
        raise ValueError(f"unknown LoRA task type {task_type!r}; choose one of {sorted(LORA_TASK_TYPES)}")
    config = LoraConfig(
        task_type=LORA_TASK_TYPES[task_type],
        r=rank,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=list(target_modules) if not isinstance(target_modules, str) else target_modules,
        **lora_kwargs,
    )
    return get_peft_model(model, config)


def chunked(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
