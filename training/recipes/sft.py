"""SFT recipe: fine-tune a causal LM on conversations, the loss on assistant tokens only.

data (`{"messages": [...]}` rows, e.g. best-of-N winners from `aligned-train export --format sft`) → model →
`training.loop.fit` with `training.losses.sft_loss` (prompt and template tokens labelled -100) → HF dir +
aligned_meta.json. RFT (`aligned-train rft iterate`) runs this recipe once per round on that round's winners.

    aligned-train sft --train-data winners.jsonl --output-dir runs/sft --lora --lr 1e-4
"""

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import torch
from torch import Tensor

from training import config, loop
from training.checkpointing import TrainState
from training.config import SupervisedConfig
from training.data.formats import DataFormatError, SFTRow, load_sft
from training.losses import sft_loss
from training.recipes import common
from training.recipes.policy_common import (
    encode_conversation,
    forward,
    load_causal_lm,
    pad_labels_right,
    resolve_model_dir,
)
from training.tracking import token_weighted

RECIPE = "sft"
Encoded = tuple[list[int], list[int]]  # (ids, labels)


@dataclass
class SFTConfig(SupervisedConfig):
    """Settings of one SFT run; every field is a `--flag` of `aligned-train sft`. Checked when built. The shared
    fields (training/config.py) are all it needs."""


def encode_rows(rows: Sequence[SFTRow], tokenizer: Any, max_length: int) -> list[Encoded]:
    """Tokenised conversations: (ids, labels), labels on assistant tokens only."""
    return [encode_conversation(tokenizer, r.messages, max_length) for r in rows]


def make_collate(pad_id: int) -> Callable[[list[Encoded]], dict[str, Tensor]]:
    return lambda rows: pad_labels_right(rows, pad_id)


def batch_loss(model: Any, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, Tensor]]:
    """The recipe's step: the mean CE over the batch's label tokens, and {"loss", "tokens"} (label tokens)."""
    logits = forward(model, batch["input_ids"], batch["attention_mask"]).logits  # (B, T, V)
    loss, tokens = sft_loss(logits, batch["labels"])
    return loss, {"loss": loss.detach(), "tokens": tokens}


@torch.no_grad()
def evaluate(model: Any, data: Sequence[Encoded], batch_size: int, collate: Callable, device: Any) -> dict[str, float]:
    """Token-weighted held-out loss over the whole set, and its label tokens."""
    was_training = model.training
    model.eval()
    window = []
    for chunk in common.chunked(data, batch_size):
        _, metrics = batch_loss(model, loop.to_device(collate(list(chunk)), device))
        window.append({k: float(v) for k, v in metrics.items()})
    model.train(was_training)
    return {k: float(v) for k, v in token_weighted(window).items()}


def train(cfg: SFTConfig, on_step_end: Callable[[TrainState], None] | None = None) -> loop.TrainResult:
    """SFT on `cfg.train_data`. `on_step_end(state)` runs after each optimizer step (and its checkpoint); tests use
    it to simulate a crash. Bad data raises DataFormatError before any model is loaded."""
    rows = load_sft(cfg.train_data)[: cfg.limit]
    eval_rows = load_sft(cfg.eval_data)[: cfg.eval_limit] if cfg.eval_data else []
    if not rows:
        raise DataFormatError(cfg.train_data, 1, "no SFT rows")
    run = loop.start(cfg)
    model_dir = resolve_model_dir(cfg.model)
    model, tokenizer = load_causal_lm(model_dir)
    collate = make_collate(tokenizer.pad_token_id)
    train_set = encode_rows(rows, tokenizer, cfg.max_length)
    eval_set = encode_rows(eval_rows, tokenizer, cfg.max_length)
    model = common.maybe_lora(model, cfg.lora, "CAUSAL_LM", cfg.lora_rank, cfg.lora_alpha)

    def held_out(model: Any) -> dict[str, float]:
        return evaluate(model, eval_set, cfg.eval_batch_size, collate, run.device)

    task = loop.Task(
        recipe=RECIPE, loss="sft", model=model, tokenizer=tokenizer,
        steps=loop.Batches(train_set, collate, batch_loss), total_steps=loop.count_steps(run, len(train_set)),
        reduce=token_weighted, evaluate=held_out if eval_set else None, eval_every=cfg.eval_every,
        data_files=[cfg.train_data, cfg.eval_data], config=replace(cfg, model=str(model_dir)),
        meta={"base_model": str(model_dir)}, about=f"{len(train_set)} train / {len(eval_set)} eval conversations",
    )
    return loop.fit(run, task, on_step_end)


def main(argv: list[str] | None = None) -> int:
    cfg = config.parse_config(SFTConfig, argv, "aligned-train sft", __doc__.split("\n\n")[0])
    return loop.main_for(train, cfg, (DataFormatError, FileNotFoundError, ValueError))


if __name__ == "__main__":
    sys.exit(main())
