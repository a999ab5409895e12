"""Reward-model recipe: train a one-label sequence classifier on preference pairs or ranked lists.

data (groups of responses, `rm_data`) → model (a causal LM truncated to `num_layers`, with a fresh score head) →
`training.loop.fit` with the Bradley–Terry or Plackett–Luce step → HF dir + aligned_meta.json. The base is any causal
LM checkpoint; `num_layers=k` keeps only its first k decoder layers, which gives a small reward model that trains in
minutes on a CPU and is still an ordinary `LlamaForSequenceClassification` (num_hidden_layers=k) that transformers
and vLLM's pooling runner load.

Inputs are formatted exactly as `reward_models.hf.HFRewardModel.encode` does at serving time (the tokenizer's chat
template over the prompt messages plus one assistant turn, truncated from the left).

    aligned-train rm --train-data pairs.jsonl --eval-data heldout.pairs.jsonl --output-dir runs/rm --num-layers 6
    python -m training.recipes.rm --default      # the default reward model, trained once into the cache
"""

import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import InitVar, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from reward_models.annotate import CONFIG_KEY, SCHEMES
from training import config, loop
from training.checkpointing import META_FILE, TrainState, is_complete_model
from training.config import SupervisedConfig, check_bounds, default_of
from training.data.formats import DataFormatError
from training.losses.bradley_terry import bradley_terry_loss
from training.losses.plackett_luce import plackett_luce_loss
from training.recipes import common
from training.recipes.rm_data import (
    DATA_FORMATS,
    EncodedGroup,
    Encoder,
    RMBatch,
    encode_groups,
    forward_rewards,
    load_groups,
    make_collate,
    padded,
)

logger = logging.getLogger(__name__)

RECIPE = "rm"
BUNDLED = Path(__file__).resolve().parents[1] / "data" / "bundled"


def default_rm_dir() -> Path:
    """Where the default reward model lives: $ALIGNED_SERVE_CACHE/reward-models/default."""
    from aligned_core.default_models import cache_dir

    return cache_dir() / "reward-models" / "default"


# ---------------------------------------------------------------------------------------------------- config


@dataclass
class RMConfig(SupervisedConfig):
    """Settings of one reward-model run; every field is a `--flag` of `aligned-train rm`. Checked when built."""

    lr: float = default_of(SupervisedConfig, "lr", 2e-5)
    lr_schedule: str = default_of(SupervisedConfig, "lr_schedule", "cosine")
    batch_size: int = default_of(SupervisedConfig, "batch_size", 8)  # prompts: a pair gives 2 sequences, a list K
    log_every: int = default_of(SupervisedConfig, "log_every", 10)
    eval_batch_size: int = default_of(SupervisedConfig, "eval_batch_size", 32)
    data_format: str = field(default="auto", metadata={"help": "'auto' (from the first row), 'pairs' or 'ranked'"})
    num_layers: int | None = field(
        default=None, metadata={"help": "keep only the first k decoder layers of the base (None = all)"}
    )
    loss: str = field(default="bradley_terry",
                      metadata={"help": "objective: one of LOSSES (bradley_terry, plackett_luce)"})
    margin_coef: float = field(
        default=0.0, metadata={"help": "Bradley–Terry margin = coef * the pair's margin (score gap); 0 = none"}
    )
    center_coef: float = field(default=0.0, metadata={"help": "weight of the reward-centring term (r_c + r_r)^2"})
    freeze_embeddings: bool = field(default=False, metadata={"help": "keep the token embeddings fixed"})
    freeze_layers: int = field(
        default=0,
        metadata={"help": "keep the first n decoder layers fixed (implies frozen embeddings): no backward there"},
    )
    shared_prefix: bool = field(
        default=True,
        metadata={"help": "encode each group's common prompt prefix once and its responses on top of its KV cache "
                          "(same rewards, about a third fewer token positions for lists of 8)"},
    )
    annotate: str | None = field(
        default=None,
        metadata={"help": "append a reward_models.annotate panel (e.g. text-stats-v1: word, sentence, comma ... "
                          "counts) to every response; saved in config.json so the server applies it too"},
    )
    base_model: InitVar[str | None] = None  # the old name of `model`, for callers that still pass it

    def __post_init__(self, base_model: str | None) -> None:
        if base_model is not None:
            self.model = base_model
        super().__post_init__()

    def problems(self) -> list[str]:
        problems = super().problems() + check_bounds(self, non_negative=("margin_coef", "center_coef"))
        if self.data_format not in DATA_FORMATS and self.data_format != "auto":
            problems.append(f"data_format must be 'auto' or one of {sorted(DATA_FORMATS)}, got {self.data_format!r}")
        if self.loss not in LOSSES:
            problems.append(f"loss must be one of {sorted(LOSSES)}, got {self.loss!r}")
        if self.annotate is not None and self.annotate not in SCHEMES:
            problems.append(f"annotate must be one of {sorted(SCHEMES)}, got {self.annotate!r}")
        if self.num_layers is not None and self.num_layers < 1:
            problems.append(f"num_layers must be >= 1, got {self.num_layers}")
        if self.freeze_layers < 0 or (self.num_layers is not None and self.freeze_layers >= self.num_layers):
            problems.append(f"freeze_layers must be in [0, num_layers), got {self.freeze_layers}")
        return problems


# ---------------------------------------------------------------------------------------------------- objectives


def _bradley_terry(rewards: Tensor, batch: RMBatch, cfg: RMConfig) -> tuple[Tensor, Tensor]:
    margin = batch.pair_gap * cfg.margin_coef if cfg.margin_coef > 0 else None
    better, worse = rewards[batch.pair_better], rewards[batch.pair_worse]
    loss, accuracy, _ = bradley_terry_loss(better, worse, margin, cfg.center_coef)
    return loss, accuracy


def _plackett_luce(rewards: Tensor, batch: RMBatch, cfg: RMConfig) -> tuple[Tensor, Tensor]:
    scores = rewards[batch.items]  # (B, K); padded slots read row 0 and are masked out by the loss
    return plackett_luce_loss(scores, batch.ranking, batch.mask)


# Loss name -> objective(rewards (N,), batch, cfg) -> (loss, accuracy); accuracy is pairwise (BT) or top-1 (PL).
LOSSES: dict[str, Callable[[Tensor, RMBatch, RMConfig], tuple[Tensor, Tensor]]] = {
    "bradley_terry": _bradley_terry,
    "plackett_luce": _plackett_luce,
}


# ---------------------------------------------------------------------------------------------------- model


def build_model(cfg: RMConfig) -> tuple[Any, Any]:
    """(model, tokenizer): the base loaded as a 1-label sequence classifier, truncated to `num_layers`."""
    import transformers
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    from reward_models.hf import ensure_pad_token

    base = cfg.model or str(_default_generator())
    tokenizer = AutoTokenizer.from_pretrained(base)
    ensure_pad_token(tokenizer)
    tokenizer.padding_side, tokenizer.truncation_side = "right", "left"
    depth = AutoConfig.from_pretrained(base).num_hidden_layers
    if cfg.num_layers is not None and cfg.num_layers > depth:
        raise ValueError(f"num_layers={cfg.num_layers} but {base} has only {depth} decoder layers")
    overrides: dict[str, Any] = {"num_labels": 1, "pad_token_id": tokenizer.pad_token_id}
    if cfg.num_layers is not None:
        overrides["num_hidden_layers"] = cfg.num_layers  # weights of deeper layers are simply not loaded
    verbosity = transformers.logging.get_verbosity()
    transformers.logging.set_verbosity_error()  # the load report lists every dropped layer and the new head
    try:
        model = AutoModelForSequenceClassification.from_pretrained(base, dtype=torch.float32, **overrides)
    finally:
        transformers.logging.set_verbosity(verbosity)
    model.config.pad_token_id = tokenizer.pad_token_id
    if cfg.annotate is not None:
        setattr(model.config, CONFIG_KEY, cfg.annotate)  # saved in config.json: the server applies it too
    layers = _decoder_layers(model)
    if cfg.num_layers is not None and len(layers) != cfg.num_layers:
        raise RuntimeError(f"truncation failed: model has {len(layers)} layers, wanted {cfg.num_layers}")
    if cfg.freeze_embeddings or cfg.freeze_layers:
        model.get_input_embeddings().requires_grad_(False)
    for layer in layers[: cfg.freeze_layers]:
        layer.requires_grad_(False)
    extra = {"layers_to_transform": list(range(cfg.freeze_layers, len(layers)))} if cfg.freeze_layers else {}
    model = common.maybe_lora(model, cfg.lora, "SEQ_CLS", cfg.lora_rank, cfg.lora_alpha, **extra)
    tokenizer.model_max_length = cfg.max_length  # the server then truncates exactly as training did
    return model, tokenizer


def _decoder_layers(model: Any) -> Any:
    layers = getattr(model.base_model, "layers", None)
    if layers is None:
        raise ValueError(f"{type(model).__name__}: cannot find decoder layers (base_model.layers)")
    return layers


def _default_generator() -> Path:
    from aligned_core.default_models import default_generator_dir

    return default_generator_dir()


@torch.no_grad()
def score_sequences(model: Any, seqs: Sequence[list[int]], pad_id: int, batch_size: int, device: Any) -> Tensor:
    """Rewards (N,) for token lists, batched by similar length."""
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = torch.empty(len(seqs))
    for chunk in common.chunked(order, batch_size):
        ids, att = padded([seqs[i] for i in chunk], pad_id)
        logits = model(input_ids=ids.to(device), attention_mask=att.to(device)).logits[:, 0]
        out[list(chunk)] = logits.float().cpu()
    return out


def evaluate(model: Any, data: Sequence[EncodedGroup], pad_id: int, batch_size: int, device: Any) -> dict[str, float]:
    """Held-out pairwise accuracy (better scored above worse) and mean reward margin over all pairs."""
    was_training = model.training
    model.eval()
    rewards = score_sequences(model, [ids for eg in data for ids in eg.ids], pad_id, batch_size, device)
    model.train(was_training)
    diffs, offset = [], 0
    for eg in data:
        diffs += [float(rewards[offset + i] - rewards[offset + j]) for i, j, _ in eg.group.pairs]
        offset += len(eg.ids)
    d = torch.tensor(diffs)
    return {"accuracy": float((d > 0).float().mean()), "margin": float(d.mean()), "pairs": float(len(diffs))}


# ---------------------------------------------------------------------------------------------------- recipe


def train(cfg: RMConfig, on_step_end: Callable[[TrainState], None] | None = None) -> loop.TrainResult:
    """Run the recipe. `on_step_end(state)` is called after each optimizer step (and its checkpoint); tests use
    it to simulate a crash. Bad data raises DataFormatError before anything is written."""
    train_groups = [g for g in load_groups(cfg.train_data, cfg.data_format)[: cfg.limit] if g.pairs]  # ties: none
    eval_groups = load_groups(cfg.eval_data, "auto")[: cfg.eval_limit] if cfg.eval_data else []
    if not train_groups:
        raise DataFormatError(cfg.train_data, 1, "no usable preference in the file (every list is a tie)")
    run = loop.start(cfg)
    model, tokenizer = build_model(cfg)
    encoder = Encoder(tokenizer, cfg.max_length, cfg.annotate)
    train_set, eval_set = encode_groups(encoder, train_groups), encode_groups(encoder, eval_groups)
    pad_id, objective = tokenizer.pad_token_id, LOSSES[cfg.loss]

    def loss_step(model: Any, batch: RMBatch) -> tuple[Tensor, dict[str, Tensor]]:
        rewards = forward_rewards(model, batch, _ddp_inner(model))  # (N,) float32
        loss, accuracy = objective(rewards, batch, cfg)
        return loss, {"loss": loss.detach(), "accuracy": accuracy}

    def held_out(model: Any) -> dict[str, float]:
        return evaluate(model, eval_set, pad_id, cfg.eval_batch_size, run.device)

    task = loop.Task(
        recipe=RECIPE, loss=cfg.loss, model=model, tokenizer=tokenizer,
        steps=loop.Batches(train_set, make_collate(pad_id, cfg.shared_prefix), loss_step),
        total_steps=loop.count_steps(run, len(train_set)), evaluate=held_out if eval_set else None,
        eval_every=cfg.eval_every, summary={"train_loss": "loss"},
        data_files=[*cfg.train_data.split(","), cfg.eval_data],
        config=replace(cfg, model=cfg.model or str(_default_generator())),
        meta={"num_layers": int(model.config.num_hidden_layers)},
        about=f"{len(train_set)} train / {len(eval_set)} eval groups",
    )
    return loop.fit(run, task, on_step_end)


def _ddp_inner(model: Any) -> Any:
    """The module inside a DDP wrapper (DDP expects one forward per backward), else the model itself: FSDP and
    DeepSpeed must see every forward, since they gather the parameters there."""
    return model.module if isinstance(model, torch.nn.parallel.DistributedDataParallel) else model


# ---------------------------------------------------------------------------------------------------- default RM

# The default reward model: 4 layers of SmolLM2-135M with a fresh score head, the first layer and the embeddings
# frozen, Bradley–Terry with margin = the judge score gap over every non-tied pair of all 1692 bundled train lists
# (8 own samples each; 1180 have a non-tie), 2 epochs = 590 steps, the forward in bf16 autocast where the CPU has
# AVX512-BF16 or AMX ("auto": 1.6x per step; ~12 minutes on 2 idle cores, ~16 without native bf16). On the v1
# held-out split (which shares templates with train) it closed 59.7% of the best-of-8 gap over seeds 0-5; on the
# task-v2 test splits 15-20% (README, "Measured"). Every run and alternative: docs/experiments.md.
DEFAULT_RM_PRESET = RMConfig(
    train_data=",".join(str(BUNDLED / name) for name in (
        "train.ranked.jsonl", "train.seed1.ranked.jsonl", "train.seed3.ranked.jsonl", "train.seed4.ranked.jsonl",
        "train.seed5.ranked.jsonl")),
    eval_data=str(BUNDLED / "heldout.pairs.jsonl"),
    output_dir="<default reward model dir>",
    num_layers=4,
    freeze_layers=1,
    freeze_embeddings=True,
    loss="bradley_terry",
    margin_coef=1.0,
    lr=6e-4,
    epochs=2.0,
    batch_size=4,
    max_length=256,
    save_every=50,
    log_every=5,
    seed=0,
    mixed_precision="auto",
)


def ensure_default_reward_model(target: Path | None = None) -> Path:
    """A directory holding the default recipe's model, training it first (DEFAULT_RM_PRESET, bundled data) when
    `target` (default: the cache's default dir) holds no complete checkpoint. An interrupted training resumes from
    its last checkpoint. A model trained with other settings (an older preset) is trained again. `make rm` uses
    this through `training.recipes.default_rm`, which also repacks the committed artifact."""
    target = default_rm_dir() if target is None else Path(target)
    preset = replace(DEFAULT_RM_PRESET, output_dir=str(target))
    if is_complete_model(target):
        trained = json.loads((target / META_FILE).read_text()).get("config", {})
        if preset_key(trained) == preset_key(asdict(preset)):
            return target
        logger.warning("the default reward model in %s was trained with other settings than DEFAULT_RM_PRESET; "
                       "training it again", target)
        preset = replace(preset, resume=False)  # its checkpoints, if any, belong to the old settings
    train(preset)
    return target


# Settings that do not change the trained weights, or only name this machine's paths ("base_model": the old name of
# "model", in the meta of a default reward model trained before the two were unified).
_NOT_IN_PRESET_KEY = {"output_dir", "model", "base_model", "threads", "resume", "keep_checkpoints", "shared_prefix",
                      "eval_every", "eval_batch_size", "save_every", "log_every"}


def preset_key(config: dict[str, Any]) -> dict[str, Any]:
    """What makes two reward-model trainings the same: their settings, data files by name (not by the checkout's
    path), without the settings in `_NOT_IN_PRESET_KEY` and without settings at RMConfig's default. Leaving the
    defaults out keeps the key of a model trained before a setting existed (its meta lacks it) equal to the key of
    the same training now."""
    defaults = {f.name: f.default for f in fields(RMConfig)}
    key = {k: v for k, v in config.items()
           if k not in _NOT_IN_PRESET_KEY and not (k in defaults and v == defaults[k])}
    for name in ("train_data", "eval_data"):
        if key.get(name):
            key[name] = ",".join(Path(p).name for p in str(key[name]).split(","))
    return key


# ---------------------------------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = config.build_parser(RMConfig, "aligned-train rm", __doc__.split("\n\n")[0])
    parser.add_argument("--default", action="store_true",
                        help="train (or find) the default reward model in the cache with DEFAULT_RM_PRESET")
    args = parser.parse_args(argv)
    if args.default:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
        print(ensure_default_reward_model())
        return 0
    return loop.main_for(train, config.config_from_args(parser, RMConfig, args))


if __name__ == "__main__":
    sys.exit(main())
