"""DPO recipe: fine-tune a causal-LM policy on preference pairs against a frozen reference (Rafailov et al. 2023).

setup (data → reference log-probs, computed once and cached → policy → optimizer → resume) → train → save (HF dir
+ aligned_meta.json with "beta" and "reference", read by `reward_models.implicit`) → cleanup, top to bottom below.

Sequences use the `policy_common` layout: the prompt through the chat template with the generation prompt, then
the response and EOS; the loss sees response-token log-probs only (labels -100 on the prompt). The reference
(by default the initial policy itself) is run once over every train and eval pair before training; its log-probs
are kept in memory and in `output_dir/checkpoints/reference_logps.pt`, so a resumed run does not recompute them
and no reference model stays in memory while training. The loss comes from `training.losses.DPO_LOSSES`.

    aligned-train dpo --train-data training/data/bundled/train.pairs.jsonl \
        --eval-data training/data/bundled/heldout.pairs.jsonl --output-dir runs/dpo --lora --beta 0.1
"""

import argparse
import hashlib
import inspect
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from torch.utils.data import Dataset

from training.data.formats import DataFormatError, PreferencePair, load_pairs
from training.losses import DPO_LOSSES
from training.recipes import common
from training.recipes.policy_common import (
    encode_pair,
    forward,
    freeze,
    load_causal_lm,
    load_tokenizer,
    pad_right,
    resolve_model_dir,
)
from training.rl_math import sequence_logprobs

logger = logging.getLogger(__name__)

RECIPE = "dpo"
REFERENCE_CACHE = "reference_logps.pt"


# ---------------------------------------------------------------------------------------------------- config


@dataclass
class DPOConfig:
    """Settings of one DPO run; every field is a `--flag` of `aligned-train dpo`. Checked when built."""

    train_data: str = field(
        default="", metadata={"help": "preference pairs JSONL ({prompt, chosen, rejected})"}
    )
    output_dir: str = field(
        default="", metadata={"help": "where checkpoints, metrics and the final model go"}
    )
    eval_data: str | None = field(default=None, metadata={"help": "held-out pairs JSONL"})
    model: str | None = field(
        default=None, metadata={"help": "policy init (HF causal LM dir); None = default generator"}
    )
    reference: str | None = field(
        default=None, metadata={"help": "reference model dir; None = the policy init"}
    )
    loss: str = field(default="sigmoid", metadata={"help": "one of DPO_LOSSES: sigmoid, ipo, cdpo"})
    beta: float = field(default=0.1, metadata={"help": "β: strength of the KL anchor to the reference"})
    label_smoothing: float = field(
        default=0.0, metadata={"help": "ε, assumed label-flip rate (sigmoid/cdpo only)"}
    )
    lora: bool = field(
        default=False, metadata={"help": "train LoRA adapters (merged into the model when saved)"}
    )
    lora_rank: int = field(default=16, metadata={"help": "LoRA rank r"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha (scale = alpha / r)"})
    lr: float = field(default=5e-6, metadata={"help": "peak learning rate (AdamW); LoRA wants ~1e-4"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    warmup_ratio: float = field(default=0.1, metadata={"help": "fraction of steps of linear warm-up"})
    lr_schedule: str = field(default="linear", metadata={"help": "transformers scheduler name after warm-up"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm (0 = off)"})
    epochs: float = field(
        default=1.0, metadata={"help": "passes over the training pairs (ignored if max_steps)"}
    )
    max_steps: int | None = field(default=None, metadata={"help": "optimizer steps to run; overrides epochs"})
    batch_size: int = field(default=4, metadata={"help": "pairs per micro-batch (2 sequences each)"})
    grad_accum: int = field(default=1, metadata={"help": "micro-batches per optimizer step"})
    max_length: int = field(
        default=384, metadata={"help": "tokens per sequence; the prompt's start is cut first"}
    )
    limit: int | None = field(default=None, metadata={"help": "use only the first n training pairs"})
    eval_limit: int | None = field(default=None, metadata={"help": "use only the first n eval pairs"})
    ref_batch_size: int = field(
        default=8, metadata={"help": "pairs per forward pass when caching reference log-probs"}
    )
    eval_every: int = field(default=0, metadata={"help": "evaluate every n steps (0 = only at the end)"})
    save_every: int = field(default=50, metadata={"help": "checkpoint every n optimizer steps"})
    log_every: int = field(default=1, metadata={"help": "log train metrics every n optimizer steps"})
    seed: int = field(default=0, metadata={"help": "seed for data order and initialisation"})
    resume: bool = field(default=True, metadata={"help": "continue from the newest checkpoint in output_dir"})
    keep_checkpoints: bool = field(default=False, metadata={"help": "keep checkpoints/ after the final save"})
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads (None = available cores)"})

    def __post_init__(self) -> None:
        problems = []
        if not self.train_data:
            problems.append("train_data is required")
        if not self.output_dir:
            problems.append("output_dir is required")
        if self.loss not in DPO_LOSSES:
            problems.append(f"loss must be one of {sorted(DPO_LOSSES)}, got {self.loss!r}")
        elif self.label_smoothing and "label_smoothing" not in inspect.signature(DPO_LOSSES[self.loss]).parameters:
            problems.append(f"loss {self.loss!r} takes no label_smoothing")
        if not (self.beta > 0 and math.isfinite(self.beta)):
            problems.append(f"beta must be > 0, got {self.beta}")
        if not 0 <= self.label_smoothing < 0.5:
            problems.append(f"label_smoothing must be in [0, 0.5), got {self.label_smoothing}")
        if self.loss == "cdpo" and self.label_smoothing == 0:
            problems.append("loss 'cdpo' needs label_smoothing > 0 (with 0 it is 'sigmoid')")
        for name in ("lr", "epochs", "batch_size", "grad_accum", "ref_batch_size", "save_every", "log_every",
                     "lora_rank", "lora_alpha"):
            if getattr(self, name) <= 0:
                problems.append(f"{name} must be > 0, got {getattr(self, name)}")
        for name in ("weight_decay", "max_grad_norm", "eval_every"):
            if getattr(self, name) < 0:
                problems.append(f"{name} must be >= 0, got {getattr(self, name)}")
        for name in ("max_steps", "limit", "eval_limit", "threads"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                problems.append(f"{name} must be >= 1, got {getattr(self, name)}")
        if not 0 <= self.warmup_ratio < 1:
            problems.append(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.max_length < 8:
            problems.append(f"max_length must be >= 8, got {self.max_length}")
        if problems:
            raise ValueError("invalid DPOConfig: " + "; ".join(problems))

    def loss_fn(self) -> Callable[[Tensor, Tensor, Tensor, Tensor], tuple[Tensor, Tensor, Tensor]]:
        """The chosen DPO loss with β (and ε where the loss takes it) bound."""
        fn = DPO_LOSSES[self.loss]
        kwargs: dict[str, float] = {"beta": self.beta}
        if "label_smoothing" in inspect.signature(fn).parameters:
            kwargs["label_smoothing"] = self.label_smoothing
        return lambda pc, pr, rc, rr: fn(pc, pr, rc, rr, **kwargs)


# ---------------------------------------------------------------------------------------------------- data


class PairDataset(Dataset):
    """Tokenised pairs; item i = {"index": i, "chosen": (ids, n_prompt), "rejected": (ids, n_prompt)}."""

    def __init__(self, pairs: Sequence[PreferencePair], tokenizer: Any, max_length: int) -> None:
        self.items = [
            {
                "index": i,
                "chosen": encode_pair(tokenizer, p.prompt, p.chosen, max_length),
                "rejected": encode_pair(tokenizer, p.prompt, p.rejected, max_length),
            }
            for i, p in enumerate(pairs)
        ]

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> dict[str, Any]:
        return self.items[i]


def make_collate(pad_id: int) -> Callable[[list[dict[str, Any]]], dict[str, Tensor]]:
    """Batch of B pairs -> input_ids, attention_mask, labels (2B, T): rows [0, B) chosen, [B, 2B) rejected;
    index (B,) the pairs' dataset indices (to look up cached reference log-probs)."""

    def collate(items: list[dict[str, Any]]) -> dict[str, Tensor]:
        seqs = [it[side] for side in ("chosen", "rejected") for it in items]
        batch = pad_right([s for s, _ in seqs], [n for _, n in seqs], pad_id)
        batch["index"] = torch.tensor([it["index"] for it in items], dtype=torch.long)
        return batch

    return collate


# ---------------------------------------------------------------------------------------------------- forward


def pair_logps(model: Any, batch: dict[str, Tensor]) -> tuple[Tensor, Tensor]:
    """Summed response-token log-probs (chosen (B,), rejected (B,)) in one forward pass over the 2B rows."""
    logits = forward(model, batch["input_ids"], batch["attention_mask"]).logits  # (2B, T, V)
    logps = sequence_logprobs(logits, batch["labels"])  # (2B,)
    half = logps.shape[0] // 2
    return logps[:half], logps[half:]


@torch.no_grad()
def compute_reference_logps(reference: Any, dataset: PairDataset, batch_size: int, collate: Callable) -> Tensor:
    """(N, 2) reference log-probs [chosen, rejected] of every pair, in dataset order: one pass, no grad."""
    out = torch.zeros(len(dataset), 2)
    device = next(reference.parameters()).device
    for start in range(0, len(dataset), batch_size):
        batch = collate([dataset[i] for i in range(start, min(start + batch_size, len(dataset)))])
        chosen, rejected = pair_logps(reference, {k: v.to(device) for k, v in batch.items()})
        out[batch["index"]] = torch.stack([chosen, rejected], 1).float().cpu()
    return out


def dpo_batch_loss(
    model: Any, batch: dict[str, Tensor], ref: Tensor, loss_fn: Callable
) -> tuple[Tensor, dict[str, Tensor]]:
    """The recipe's forward path: policy log-probs of a batch, the loss against cached reference log-probs
    ref (B, 2), and detached metrics (batch means)."""
    policy_chosen, policy_rejected = pair_logps(model, batch)
    ref = ref.to(policy_chosen.device)
    loss, chosen_rewards, rejected_rewards = loss_fn(policy_chosen, policy_rejected, ref[:, 0], ref[:, 1])
    metrics = {
        "loss": loss.detach(),
        "reward_accuracy": (chosen_rewards > rejected_rewards).float().mean(),
        "reward_margin": (chosen_rewards - rejected_rewards).mean(),
        "chosen_reward": chosen_rewards.mean(),
        "rejected_reward": rejected_rewards.mean(),
        "logps_chosen": policy_chosen.detach().mean(),
        "logps_rejected": policy_rejected.detach().mean(),
    }
    return loss, metrics


@torch.no_grad()
def evaluate(
    model: Any, dataset: PairDataset, ref: Tensor, cfg: DPOConfig, collate: Callable, device: Any
) -> dict[str, float]:
    """Held-out metrics, pair-weighted means over the whole set."""
    was_training = model.training
    model.eval()
    sums: dict[str, float] = {}
    loss_fn = cfg.loss_fn()
    for start in range(0, len(dataset), cfg.ref_batch_size):
        batch = collate([dataset[i] for i in range(start, min(start + cfg.ref_batch_size, len(dataset)))])
        batch = {k: v.to(device) for k, v in batch.items()}
        _, metrics = dpo_batch_loss(model, batch, ref[batch["index"].cpu()], loss_fn)
        for k, v in metrics.items():
            sums[k] = sums.get(k, 0.0) + float(v) * len(batch["index"])
    model.train(was_training)
    return {f"eval_{k}": v / len(dataset) for k, v in sums.items()}


# -------------------------------------------------------------------------------------------- reference cache


def _cache_key(cfg: DPOConfig, reference_dir: Path) -> str:
    from reward_models.hf import checkpoint_fingerprint

    h = hashlib.sha256()
    for path in (cfg.train_data, cfg.eval_data):
        h.update((common.file_sha256(path) if path else "-").encode())
    h.update(checkpoint_fingerprint(reference_dir).encode())
    h.update(f"{cfg.max_length}:{cfg.limit}:{cfg.eval_limit}".encode())
    return h.hexdigest()


def reference_logps(
    cfg: DPOConfig, reference_dir: Path, datasets: dict[str, PairDataset], collate: Callable, cache_dir: Path,
    accelerator: Any,
) -> dict[str, Tensor]:
    """{split: (N, 2)} reference log-probs, read from the cache when it matches the data and reference, else
    computed with the reference model (loaded, run once, released) and cached atomically."""
    path = cache_dir / REFERENCE_CACHE
    key = _cache_key(cfg, reference_dir)
    if path.is_file():
        cached = torch.load(path, map_location="cpu")
        if cached.get("key") == key:
            logger.info("dpo: reference log-probs read from %s", path)
            return cached["logps"]
    reference, _ = load_causal_lm(reference_dir)
    freeze(reference).to(accelerator.device)
    logps = {name: compute_reference_logps(reference, ds, cfg.ref_batch_size, collate) for name, ds in datasets.items()}
    del reference
    if accelerator.is_main_process:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f"{common.TMP_PREFIX}{REFERENCE_CACHE}"
        torch.save({"key": key, "logps": logps}, tmp)
        os.replace(tmp, path)
    return logps


# ---------------------------------------------------------------------------------------------------- recipe


@dataclass
class DPOResult:
    output_dir: Path
    steps: int
    resumed_from: int | None
    metrics: dict[str, float]
    elapsed_s: float
    history: list[dict[str, Any]]


def train(cfg: DPOConfig, on_step_end: Callable[[common.TrainState], None] | None = None) -> DPOResult:
    """Run the recipe. `on_step_end(state)` runs after each optimizer step (and its checkpoint); tests use it to
    simulate a crash. Bad data raises DataFormatError before any model is loaded."""
    t0 = time.time()
    # ---- setup: data, then reference log-probs (cached), then the policy
    threads = common.set_torch_threads(cfg.threads)
    train_pairs = load_pairs(cfg.train_data)[: cfg.limit]
    eval_pairs = load_pairs(cfg.eval_data)[: cfg.eval_limit] if cfg.eval_data else []
    if not train_pairs:
        raise DataFormatError(cfg.train_data, 1, "no preference pairs")
    common.seed_everything(cfg.seed)
    accelerator = common.make_accelerator(cfg.grad_accum)
    model_dir = resolve_model_dir(cfg.model)
    reference_dir = resolve_model_dir(cfg.reference or cfg.model)
    tokenizer = load_tokenizer(model_dir)  # the reference must share it
    collate = make_collate(tokenizer.pad_token_id)
    datasets = {"train": PairDataset(train_pairs, tokenizer, cfg.max_length)}
    if eval_pairs:
        datasets["eval"] = PairDataset(eval_pairs, tokenizer, cfg.max_length)
    out = Path(cfg.output_dir)
    ckpts = common.Checkpointer(out / "checkpoints", keep=2)
    ref = reference_logps(cfg, reference_dir, datasets, collate, ckpts.root, accelerator)

    model, _ = load_causal_lm(model_dir)  # after the reference is gone: one model in memory at a time
    model = common.maybe_lora(model, cfg.lora, "CAUSAL_LM", cfg.lora_rank, cfg.lora_alpha)
    per_epoch = common.micro_batches_per_epoch(len(datasets["train"]), cfg.batch_size, accelerator.num_processes)
    total_steps = cfg.max_steps or max(1, math.ceil(cfg.epochs * per_epoch / cfg.grad_accum))
    optimizer = torch.optim.AdamW(
        [p for p in model.parameters() if p.requires_grad], lr=cfg.lr, weight_decay=cfg.weight_decay
    )
    scheduler = _scheduler(cfg, optimizer, total_steps * accelerator.num_processes)
    model, optimizer, scheduler = accelerator.prepare(model, optimizer, scheduler)
    state = (ckpts.resume(accelerator) if cfg.resume else None) or common.TrainState(seed=cfg.seed)
    log = common.MetricsLog(out / common.METRICS_FILE, state.history, enabled=accelerator.is_main_process)
    trainable, total = common.count_parameters(model)
    logger.info("dpo: %d train / %d eval pairs, %d steps, %d/%d params trainable, %d threads%s",
                len(train_pairs), len(eval_pairs), total_steps, trainable, total, threads,
                f", resumed at step {state.step}" if state.resumed_from is not None else "")

    # ---- train
    loss_fn = cfg.loss_fn()
    bar = common.progress_bar(total_steps, state.step, "dpo", accelerator.is_main_process)
    model.train()
    window: dict[str, list[float]] = {}
    while state.step < total_steps:
        loader = common.epoch_loader(accelerator, datasets["train"], cfg.batch_size, collate, cfg.seed, state.epoch,
                                     state.micro_in_epoch)
        for batch in loader:
            batch = {k: v.to(accelerator.device) for k, v in batch.items()}
            with accelerator.accumulate(model):
                loss, metrics = dpo_batch_loss(model, batch, ref["train"][batch["index"].cpu()], loss_fn)
                accelerator.backward(loss)
                if accelerator.sync_gradients and cfg.max_grad_norm > 0:
                    accelerator.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad()
            state.micro_in_epoch += 1
            for k, v in metrics.items():
                window.setdefault(k, []).append(float(v))
            if not accelerator.sync_gradients:
                continue
            state.step += 1
            bar.update(1)
            if state.step % cfg.log_every == 0 or state.step == total_steps:
                row = {"step": state.step, "epoch": state.epoch, **{k: _mean(v) for k, v in window.items()},
                       "lr": scheduler.get_last_lr()[0], "time": round(time.time() - t0, 2)}
                window.clear()
                state.history.append(row)
                log.log(row)
                bar.set_postfix(loss=f"{row['loss']:.3f}", acc=f"{row['reward_accuracy']:.2f}")
            if "eval" in datasets and cfg.eval_every and state.step % cfg.eval_every == 0 and state.step < total_steps:
                row = {"step": state.step, **evaluate(model, datasets["eval"], ref["eval"], cfg, collate,
                                                      accelerator.device)}
                state.history.append(row)
                log.log(row)
            if state.step % cfg.save_every == 0 and state.step < total_steps:
                ckpts.save(accelerator, state)
            if on_step_end is not None:
                on_step_end(state)
            if state.step >= total_steps:
                break
        else:  # the epoch ran out before total_steps
            state.epoch += 1
            state.micro_in_epoch = 0
    bar.close()

    # ---- save
    train_rows = [r for r in state.history if "loss" in r]
    metrics_out: dict[str, float] = {k: train_rows[-1][k] for k in ("loss", "reward_accuracy", "reward_margin")} \
        if train_rows else {}
    if "eval" in datasets:
        final_eval = evaluate(model, datasets["eval"], ref["eval"], cfg, collate, accelerator.device)
        metrics_out.update(final_eval)
        state.history.append({"step": state.step, **final_eval})
        log.log(state.history[-1])
    meta = common.build_meta(
        RECIPE, replace(cfg, model=str(model_dir), reference=str(reference_dir)),
        common.data_record([cfg.train_data, cfg.eval_data]), cfg.loss, state.step, metrics_out,
        beta=cfg.beta, reference=str(reference_dir), base_model=str(model_dir),
        train_seconds=round(time.time() - t0, 1), threads=threads,
    )
    common.save_final(accelerator, model, tokenizer, out, meta)
    if accelerator.is_main_process:
        common.save_curves_png(state.history, out / common.CURVES_FILE)

    # ---- cleanup (the reference cache lives in checkpoints/ and goes with it)
    if not cfg.keep_checkpoints:
        ckpts.remove_all(accelerator)
    accelerator.end_training()
    return DPOResult(out, state.step, state.resumed_from, metrics_out, time.time() - t0, state.history)


def _scheduler(cfg: DPOConfig, optimizer: torch.optim.Optimizer, steps: int) -> Any:
    from transformers import get_scheduler

    return get_scheduler(cfg.lr_schedule, optimizer, num_warmup_steps=int(cfg.warmup_ratio * steps),
                         num_training_steps=steps)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


# ---------------------------------------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligned-train dpo", description=__doc__.split("\n\n")[0])
    common.add_config_args(parser, DPOConfig)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    try:
        cfg = common.config_from_args(DPOConfig, args)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        result = train(cfg)
    except (DataFormatError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"saved {result.output_dir} after {result.steps} steps in {result.elapsed_s:.0f}s; metrics {result.metrics}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
