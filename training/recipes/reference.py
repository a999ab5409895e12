"""What DPO and KTO share: the reference settings, two sequences per training item, their log-probs under a frozen
reference (computed once and cached), and loading the policy after the reference is gone.

An item is {"index": i, "first": (ids, n_prompt), "second": (ids, n_prompt), ...}: DPO's chosen and rejected answer,
KTO's answer and the mismatched answer its KL estimate reads. `make_collate` stacks the B firsts, then the B seconds,
into one right-padded batch (the `policy_common` layout, labels on response tokens only); other scalar fields
(KTO's label) become (B,) tensors. `reference_logps` runs the reference once over every item before training, keeps
the (N, 2) summed log-probs in memory and in `checkpoints/reference_logps.pt`, keyed by the data, the reference
checkpoint and the encoding settings, so a resumed run does not recompute them and no reference model stays in
memory while training. `load_policy` does all of that in order and loads the policy (LoRA-wrapped if asked).
"""

import hashlib
import logging
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from training.checkpointing import TMP_PREFIX, checkpoint_dir, file_sha256
from training.config import SupervisedConfig, check_bounds, default_of
from training.loop import Run
from training.recipes.common import maybe_lora
from training.recipes.policy_common import forward, freeze, load_causal_lm, load_tokenizer, pad_right, resolve_model_dir
from training.rl_math import sequence_logprobs

logger = logging.getLogger(__name__)

REFERENCE_CACHE = "reference_logps.pt"
SIDES = ("first", "second")

Item = dict[str, Any]


@dataclass
class ReferenceConfig(SupervisedConfig):
    """Settings of the recipes trained against a frozen reference (dpo, kto); each adds its own."""

    lr: float = default_of(SupervisedConfig, "lr", 5e-6)
    warmup_ratio: float = default_of(SupervisedConfig, "warmup_ratio", 0.1)
    max_length: int = default_of(SupervisedConfig, "max_length", 384)
    reference: str | None = field(default=None, metadata={"help": "reference model dir; None = the policy init"})
    beta: float = field(default=0.1, metadata={"help": "β: strength of the KL anchor to the reference"})
    ref_batch_size: int = field(
        default=8, metadata={"help": "items per forward pass when caching reference log-probs"}
    )

    def problems(self) -> list[str]:
        problems = super().problems() + check_bounds(self, positive=("ref_batch_size",))
        if not (self.beta > 0 and math.isfinite(self.beta)):
            problems.append(f"beta must be > 0, got {self.beta}")
        return problems


def make_collate(pad_id: int) -> Callable[[list[Item]], dict[str, Tensor]]:
    """Batch of B items -> input_ids, attention_mask, labels (2B, T): rows [0, B) the firsts, [B, 2B) the seconds;
    index (B,) the items' dataset indices (to look up cached reference log-probs); any other field as a (B,) tensor."""

    def collate(items: list[Item]) -> dict[str, Tensor]:
        seqs = [it[side] for side in SIDES for it in items]
        batch = pad_right([s for s, _ in seqs], [n for _, n in seqs], pad_id)
        batch["index"] = torch.tensor([it["index"] for it in items], dtype=torch.long)
        for key in items[0].keys() - {*SIDES, "index"}:
            batch[key] = torch.tensor([it[key] for it in items])
        return batch

    return collate


def rows_logps(model: Any, batch: dict[str, Tensor], rows: slice = slice(None)) -> Tensor:
    """Summed response-token log-probs of the batch's `rows` (all 2B by default), in one forward pass: (R,)."""
    ids, mask, labels = batch["input_ids"][rows], batch["attention_mask"][rows], batch["labels"][rows]
    logits = forward(model, ids, mask).logits  # (R, T, V)
    return sequence_logprobs(logits, labels)


def pair_logps(model: Any, batch: dict[str, Tensor]) -> tuple[Tensor, Tensor]:
    """Summed response-token log-probs (first (B,), second (B,)) in one forward pass over the 2B rows."""
    logps = rows_logps(model, batch)  # (2B,)
    half = logps.shape[0] // 2
    return logps[:half], logps[half:]


@torch.no_grad()
def compute_reference_logps(reference: Any, dataset: Sequence[Item], batch_size: int, collate: Callable) -> Tensor:
    """(N, 2) reference log-probs [first, second] of every item, in dataset order: one pass, no grad."""
    out = torch.zeros(len(dataset), 2)
    device = next(reference.parameters()).device
    for start in range(0, len(dataset), batch_size):
        batch = collate([dataset[i] for i in range(start, min(start + batch_size, len(dataset)))])
        first, second = pair_logps(reference, {k: v.to(device) for k, v in batch.items()})
        out[batch["index"]] = torch.stack([first, second], 1).float().cpu()
    return out


def cache_key(files: Sequence[str | None], reference_dir: Path, settings: str) -> str:
    """The cache's key: the data files' hashes, the reference checkpoint's fingerprint and the encoding settings."""
    from aligned_core.checkpoint_meta import checkpoint_fingerprint

    h = hashlib.sha256()
    for path in files:
        h.update((file_sha256(path) if path else "-").encode())
    h.update(checkpoint_fingerprint(reference_dir).encode())
    h.update(settings.encode())
    return h.hexdigest()


def reference_logps(
    key: str, reference_dir: Path, datasets: dict[str, Sequence[Item]], collate: Callable, batch_size: int,
    cache_dir: Path, accelerator: Any,
) -> dict[str, Tensor]:
    """{split: (N, 2)} reference log-probs, read from the cache when its key matches, else computed with the
    reference model (loaded, run once, released) and cached atomically."""
    path = cache_dir / REFERENCE_CACHE
    if path.is_file():
        cached = torch.load(path, map_location="cpu")
        if cached.get("key") == key:
            logger.info("reference log-probs read from %s", path)
            return cached["logps"]
    reference, _ = load_causal_lm(reference_dir)
    freeze(reference).to(accelerator.device)
    logps = {name: compute_reference_logps(reference, ds, batch_size, collate) for name, ds in datasets.items()}
    del reference
    if accelerator.is_main_process:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f"{TMP_PREFIX}{REFERENCE_CACHE}"
        torch.save({"key": key, "logps": logps}, tmp)
        os.replace(tmp, path)
    return logps


@dataclass
class Policy:
    """A policy ready to train against cached reference log-probs: `items` and `ref` per split ("train", "eval")."""

    model: Any
    tokenizer: Any
    collate: Callable[[list[Item]], dict[str, Tensor]]
    items: dict[str, list[Item]]
    ref: dict[str, Tensor]
    model_dir: Path
    reference_dir: Path

    def recorded(self, cfg: ReferenceConfig) -> tuple[ReferenceConfig, dict[str, Any]]:
        """The config to record (with resolved model paths) and the aligned_meta.json fields that
        `reward_models.implicit` reads ("beta", "reference")."""
        meta = {"beta": cfg.beta, "reference": str(self.reference_dir), "base_model": str(self.model_dir)}
        return replace(cfg, model=str(self.model_dir), reference=str(self.reference_dir)), meta


def load_policy(run: Run, cfg: ReferenceConfig, recipe: str, encode: Callable[[Sequence[Any], Any, int], list[Item]],
                train_rows: Sequence[Any], eval_rows: Sequence[Any]) -> Policy:
    """Tokenise the rows (`encode(rows, tokenizer, max_length)`), get the reference log-probs (cached in
    checkpoints/), then load the policy: one model in memory at a time."""
    model_dir = resolve_model_dir(cfg.model)
    reference_dir = resolve_model_dir(cfg.reference or cfg.model)
    tokenizer = load_tokenizer(model_dir)  # the reference must share it
    collate = make_collate(tokenizer.pad_token_id)
    items = {"train": encode(train_rows, tokenizer, cfg.max_length)}
    if eval_rows:
        items["eval"] = encode(eval_rows, tokenizer, cfg.max_length)
    key = cache_key([cfg.train_data, cfg.eval_data], reference_dir,
                    f"{recipe}:{cfg.max_length}:{cfg.limit}:{cfg.eval_limit}")
    ref = reference_logps(key, reference_dir, items, collate, cfg.ref_batch_size, checkpoint_dir(cfg.output_dir),
                          run.accelerator)
    model, _ = load_causal_lm(model_dir)
    model = maybe_lora(model, cfg.lora, "CAUSAL_LM", cfg.lora_rank, cfg.lora_alpha)
    return Policy(model, tokenizer, collate, items, ref, model_dir, reference_dir)
