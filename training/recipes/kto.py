"""KTO recipe: fine-tune a causal-LM policy on unpaired feedback, single answers labelled good or bad (Ethayarajh et
al. 2024, `training.losses.kto_loss`).

data (JSONL rows `{"prompt": str | messages, "completion": str, "label": bool}`, TRL's unpaired preference format,
as `aligned-train export --format kto` writes them) → reference log-probs (computed once and cached, `reference`) →
policy → `training.loop.fit` with the KTO step → HF dir + aligned_meta.json with "beta" and "reference".

The KL reference point z0 is estimated on mismatched pairs, as in TRL: row i's prompt with row i-1's completion
(a fixed pairing of the data set, so the reference log-probs of these pairs are cached too). The policy's log-probs
of the mismatched pairs are taken without gradient (z0 is detached in the loss anyway).

    aligned-train kto --train-data kto.jsonl --output-dir runs/kto --lora --lr 1e-4 --beta 0.1
"""

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from reward_models.base import Prompt
from training import config, loop
from training.checkpointing import TrainState
from training.data.formats import DataFormatError, read_jsonl
from training.losses import kto_loss
from training.recipes import common, reference
from training.recipes.policy_common import encode_pair
from training.recipes.reference import ReferenceConfig
from training.tracking import Metrics

RECIPE = "kto"


@dataclass
class KTORow:
    prompt: Prompt
    completion: str
    label: bool  # True: desirable


def _parse_row(path: str, line: int, row: dict) -> KTORow:
    prompt, completion, label = row.get("prompt"), row.get("completion"), row.get("label")
    for key in ("prompt", "completion", "label"):
        if key not in row:
            raise DataFormatError(path, line, f"missing field {key!r}")
    messages_ok = isinstance(prompt, list) and prompt and all(
        isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str) for m in prompt)
    if not (isinstance(prompt, str) and prompt.strip()) and not messages_ok:
        raise DataFormatError(path, line, "field 'prompt' must be a non-empty string or a list of chat messages")
    if not isinstance(completion, str) or not completion.strip():
        raise DataFormatError(path, line, "field 'completion' must be a non-empty string")
    if not isinstance(label, bool):
        raise DataFormatError(path, line, f"field 'label' must be true or false, got {label!r}")
    return KTORow(prompt, completion, label)


def load_kto(path: str) -> list[KTORow]:
    """Unpaired rows of a JSONL file; a bad row raises DataFormatError naming the file and line."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"data file not found: {path}")
    return [_parse_row(path, line, row) for line, row in read_jsonl(path)]


@dataclass
class KTOConfig(ReferenceConfig):
    """Settings of one KTO run; every field is a `--flag` of `aligned-train kto`. Checked when built."""

    desirable_weight: float = field(default=1.0, metadata={"help": "λ_D, weight of desirable rows' loss"})
    undesirable_weight: float = field(
        default=1.0, metadata={"help": "λ_U, weight of undesirable rows' loss (keep λ_D n_D / (λ_U n_U) in [1, 4/3])"}
    )

    def problems(self) -> list[str]:
        problems = super().problems() + config.check_bounds(
            self, non_negative=("desirable_weight", "undesirable_weight"))
        if self.desirable_weight == 0 and self.undesirable_weight == 0:
            problems.append("desirable_weight and undesirable_weight cannot both be 0")
        return problems


def kto_items(rows: Sequence[KTORow], tokenizer: Any, max_length: int) -> list[reference.Item]:
    """Item i = {"index", "first": (prompt_i, completion_i), "second": (prompt_i, completion_{i-1}), "label"}."""
    return [{"index": i, "label": r.label,
             "first": encode_pair(tokenizer, r.prompt, r.completion, max_length),
             "second": encode_pair(tokenizer, r.prompt, rows[i - 1].completion, max_length)}
            for i, r in enumerate(rows)]


def kto_batch_loss(model: Any, batch: dict[str, Tensor], ref: Tensor, cfg: KTOConfig) -> tuple[Tensor, Metrics]:
    """The recipe's step: the KTO loss of a batch against cached reference log-probs ref (B, 2) [answer,
    mismatched], and the sums `kto_reduce` turns into a row."""
    rows = ref.shape[0]
    logps = reference.rows_logps(model, batch, slice(0, rows))  # (B,)
    with torch.no_grad():
        kl_logps = reference.rows_logps(model, batch, slice(rows, 2 * rows))  # (B,)
    ref = ref.to(logps.device)
    desirable = batch["label"].bool()
    loss, rewards, z0 = kto_loss(logps, ref[:, 0], kl_logps, ref[:, 1], desirable, cfg.beta, cfg.desirable_weight,
                                 cfg.undesirable_weight)
    return loss, {"loss": float(loss.detach()), "kl": float(z0), "rows": rows,
                  "desirable": float(desirable.sum()), "reward_desirable_sum": float(rewards[desirable].sum()),
                  "undesirable": float((~desirable).sum()), "reward_undesirable_sum": float(rewards[~desirable].sum())}


def kto_reduce(window: Sequence[Metrics]) -> Metrics:
    """A row from micro-batch sums: loss and z0 weighted by rows, mean rewards per label, their margin."""
    rows = sum(m["rows"] for m in window)
    out = {key: sum(m[key] * m["rows"] for m in window) / rows for key in ("loss", "kl")}
    for kind in ("desirable", "undesirable"):
        n = sum(m[kind] for m in window)
        if n:
            out[f"reward_{kind}"] = sum(m[f"reward_{kind}_sum"] for m in window) / n
    if "reward_desirable" in out and "reward_undesirable" in out:
        out["reward_margin"] = out["reward_desirable"] - out["reward_undesirable"]
    return out


@torch.no_grad()
def evaluate(model: Any, items: Sequence[reference.Item], ref: Tensor, cfg: KTOConfig, collate: Callable,
             device: Any) -> Metrics:
    """Held-out loss, reference point and mean rewards over the whole set."""
    was_training = model.training
    model.eval()
    window = []
    for chunk in common.chunked(items, cfg.eval_batch_size):
        batch = loop.to_device(collate(list(chunk)), device)
        window.append(kto_batch_loss(model, batch, ref[batch["index"].cpu()], cfg)[1])
    model.train(was_training)
    return kto_reduce(window)


def train(cfg: KTOConfig, on_step_end: Callable[[TrainState], None] | None = None) -> loop.TrainResult:
    """Run the recipe. `on_step_end(state)` runs after each optimizer step (and its checkpoint). Bad data raises
    DataFormatError before any model is loaded."""
    rows = load_kto(cfg.train_data)[: cfg.limit]
    eval_rows = load_kto(cfg.eval_data)[: cfg.eval_limit] if cfg.eval_data else []
    for path, data in ((cfg.train_data, rows), (cfg.eval_data, eval_rows)):
        if path and len(data) < 2:
            raise DataFormatError(path, 1, "KTO needs at least 2 rows (the KL estimate pairs a prompt with another "
                                           "row's completion)")
    run = loop.start(cfg)
    policy = reference.load_policy(run, cfg, RECIPE, kto_items, rows, eval_rows)
    ref = policy.ref

    def loss_step(model: Any, batch: dict[str, Tensor]) -> tuple[Tensor, Metrics]:
        return kto_batch_loss(model, batch, ref["train"][batch["index"].cpu()], cfg)

    def held_out(model: Any) -> Metrics:
        return evaluate(model, policy.items["eval"], ref["eval"], cfg, policy.collate, run.device)

    recorded, meta = policy.recorded(cfg)
    task = loop.Task(
        recipe=RECIPE, loss="kto", model=policy.model, tokenizer=policy.tokenizer,
        steps=loop.Batches(policy.items["train"], policy.collate, loss_step),
        total_steps=loop.count_steps(run, len(rows)), reduce=kto_reduce, evaluate=held_out if eval_rows else None,
        eval_every=cfg.eval_every, summary={k: k for k in ("loss", "kl", "reward_margin")},
        data_files=[cfg.train_data, cfg.eval_data], config=recorded, meta=meta,
        about=f"{len(rows)} train rows ({sum(r.label for r in rows)} desirable) / {len(eval_rows)} eval rows",
    )
    return loop.fit(run, task, on_step_end)


def main(argv: list[str] | None = None) -> int:
    return loop.main_for(train, config.parse_config(KTOConfig, argv, "aligned-train kto", __doc__.split("\n\n")[0]))


if __name__ == "__main__":
    sys.exit(main())
