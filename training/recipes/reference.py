"""Two sequences per training item, and their log-probs under a frozen reference, computed once and cached (DPO, KTO).

An item is {"index": i, "first": (ids, n_prompt), "second": (ids, n_prompt), ...}: DPO's chosen and rejected answer,
KTO's answer and the mismatched answer its KL estimate reads. `make_collate` stacks the B firsts, then the B seconds,
into one right-padded batch (the `policy_common` layout, labels on response tokens only); other scalar fields
(KTO's label) become (B,) tensors. `reference_logps` runs the reference once over every item before training, keeps
the (N, 2) summed log-probs in memory and in `checkpoints/reference_logps.pt`, keyed by the data, the reference
checkpoint and the encoding settings, so a resumed run does not recompute them and no reference model stays in
memory while training.
"""

import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from training.checkpointing import TMP_PREFIX, file_sha256
from training.recipes.policy_common import forward, freeze, load_causal_lm, pad_right
from training.rl_math import sequence_logprobs

logger = logging.getLogger(__name__)

REFERENCE_CACHE = "reference_logps.pt"
SIDES = ("first", "second")

Item = dict[str, Any]


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
    from reward_models.hf import checkpoint_fingerprint

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
