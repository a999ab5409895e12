"""DPO recipe: fine-tune a causal-LM policy on preference pairs against a frozen reference (Rafailov et al. 2023).

data (pairs) → reference log-probs (computed once and cached, `reference`) → policy → `training.loop.fit` with the
DPO step → HF dir + aligned_meta.json with "beta" and "reference", read by `reward_models.implicit`.

Sequences use the `policy_common` layout: the prompt through the chat template with the generation prompt, then
the response and EOS; the loss sees response-token log-probs only (labels -100 on the prompt). The reference is by
default the initial policy itself. The loss comes from `training.losses.DPO_LOSSES`.

    aligned-train dpo --train-data training/data/bundled/train.pairs.jsonl \
        --eval-data training/data/bundled/heldout.pairs.jsonl --output-dir runs/dpo --lora --beta 0.1
"""

import inspect
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor

from training import config, loop
from training.checkpointing import TrainState
from training.data.formats import DataFormatError, PreferencePair, load_pairs
from training.losses import DPO_LOSSES
from training.recipes import common, reference
from training.recipes.policy_common import encode_pair
from training.recipes.reference import ReferenceConfig

RECIPE = "dpo"


@dataclass
class DPOConfig(ReferenceConfig):
    """Settings of one DPO run; every field is a `--flag` of `aligned-train dpo`. Checked when built."""

    loss: str = field(default="sigmoid", metadata={"help": "one of DPO_LOSSES: sigmoid, ipo, cdpo"})
    label_smoothing: float = field(
        default=0.0, metadata={"help": "ε, assumed label-flip rate (sigmoid/cdpo only)"}
    )

    def problems(self) -> list[str]:
        problems = super().problems()
        if self.loss not in DPO_LOSSES:
            problems.append(f"loss must be one of {sorted(DPO_LOSSES)}, got {self.loss!r}")
        elif self.label_smoothing and "label_smoothing" not in inspect.signature(DPO_LOSSES[self.loss]).parameters:
            problems.append(f"loss {self.loss!r} takes no label_smoothing")
        if not 0 <= self.label_smoothing < 0.5:
            problems.append(f"label_smoothing must be in [0, 0.5), got {self.label_smoothing}")
        if self.loss == "cdpo" and self.label_smoothing == 0:
            problems.append("loss 'cdpo' needs label_smoothing > 0 (with 0 it is 'sigmoid')")
        return problems

    def loss_fn(self) -> Callable[[Tensor, Tensor, Tensor, Tensor], tuple[Tensor, Tensor, Tensor]]:
        """The chosen DPO loss with β (and ε where the loss takes it) bound."""
        fn = DPO_LOSSES[self.loss]
        kwargs: dict[str, float] = {"beta": self.beta}
        if "label_smoothing" in inspect.signature(fn).parameters:
            kwargs["label_smoothing"] = self.label_smoothing
        return lambda pc, pr, rc, rr: fn(pc, pr, rc, rr, **kwargs)


def pair_items(pairs: Sequence[PreferencePair], tokenizer: Any, max_length: int) -> list[reference.Item]:
    """Tokenised pairs: item i = {"index": i, "first": chosen (ids, n_prompt), "second": rejected (ids, n_prompt)}."""
    return [{"index": i, "first": encode_pair(tokenizer, p.prompt, p.chosen, max_length),
             "second": encode_pair(tokenizer, p.prompt, p.rejected, max_length)} for i, p in enumerate(pairs)]


def dpo_batch_loss(model: Any, batch: dict[str, Tensor], ref: Tensor,
                   loss_fn: Callable) -> tuple[Tensor, dict[str, Tensor]]:
    """The recipe's step: policy log-probs of a batch, the loss against cached reference log-probs ref (B, 2), and
    detached metrics (batch means)."""
    policy_chosen, policy_rejected = reference.pair_logps(model, batch)
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
def evaluate(model: Any, items: Sequence[reference.Item], ref: Tensor, cfg: DPOConfig, collate: Callable,
             device: Any) -> dict[str, float]:
    """Held-out metrics, pair-weighted means over the whole set."""
    was_training = model.training
    model.eval()
    sums: dict[str, float] = {}
    loss_fn = cfg.loss_fn()
    for chunk in common.chunked(items, cfg.eval_batch_size):
        batch = {k: v.to(device) for k, v in collate(list(chunk)).items()}
        _, metrics = dpo_batch_loss(model, batch, ref[batch["index"].cpu()], loss_fn)
        for k, v in metrics.items():
            sums[k] = sums.get(k, 0.0) + float(v) * len(chunk)
    model.train(was_training)
    return {k: v / len(items) for k, v in sums.items()}


def train(cfg: DPOConfig, on_step_end: Callable[[TrainState], None] | None = None) -> loop.TrainResult:
    """Run the recipe. `on_step_end(state)` runs after each optimizer step (and its checkpoint); tests use it to
    simulate a crash. Bad data raises DataFormatError before any model is loaded."""
    train_pairs = load_pairs(cfg.train_data)[: cfg.limit]
    eval_pairs = load_pairs(cfg.eval_data)[: cfg.eval_limit] if cfg.eval_data else []
    if not train_pairs:
        raise DataFormatError(cfg.train_data, 1, "no preference pairs")
    run = loop.start(cfg)
    policy = reference.load_policy(run, cfg, RECIPE, pair_items, train_pairs, eval_pairs)
    ref, loss_fn = policy.ref, cfg.loss_fn()

    def loss_step(model: Any, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, Tensor]]:
        return dpo_batch_loss(model, batch, ref["train"][batch["index"].cpu()], loss_fn)

    def held_out(model: Any) -> dict[str, float]:
        return evaluate(model, policy.items["eval"], ref["eval"], cfg, policy.collate, run.device)

    recorded, meta = policy.recorded(cfg)
    task = loop.Task(
        recipe=RECIPE, loss=cfg.loss, model=policy.model, tokenizer=policy.tokenizer,
        steps=loop.Batches(policy.items["train"], policy.collate, loss_step),
        total_steps=loop.count_steps(run, len(train_pairs)), evaluate=held_out if eval_pairs else None,
        eval_every=cfg.eval_every, summary={k: k for k in ("loss", "reward_accuracy", "reward_margin")},
        data_files=[cfg.train_data, cfg.eval_data], config=recorded, meta=meta,
        about=f"{len(train_pairs)} train / {len(eval_pairs)} eval pairs",
    )
    return loop.fit(run, task, on_step_end)  # the reference cache lives in checkpoints/ and goes with them


def main(argv: list[str] | None = None) -> int:
    return loop.main_for(train, config.parse_config(DPOConfig, argv, "aligned-train dpo", __doc__.split("\n\n")[0]))


if __name__ == "__main__":
    sys.exit(main())
