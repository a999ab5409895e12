"""Reward-model recipe: train a one-label sequence classifier on preference pairs or ranked lists.

setup (data → model → optimizer → resume) → train (Bradley–Terry or Plackett–Luce) → save (HF dir +
aligned_meta.json) → cleanup, in that order below. The base is any causal LM checkpoint; `num_layers=k` keeps only
its first k decoder layers, which gives a small reward model that trains in minutes on a CPU and is still an ordinary
`LlamaForSequenceClassification` (num_hidden_layers=k) that transformers and vLLM's pooling runner load.

Inputs are formatted exactly as `reward_models.hf.HFRewardModel.encode` does at serving time (the tokenizer's chat
template over the prompt messages plus one assistant turn, truncated from the left).

    aligned-train rm --train-data pairs.jsonl --eval-data heldout.pairs.jsonl --output-dir runs/rm --num-layers 6
    python -m training.recipes.rm --default      # the default reward model, trained once into the cache
"""

import argparse
import json
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from reward_models.base import Prompt
from training.data.formats import DataFormatError, PreferencePair, RankedList, load_pairs, load_ranked, read_jsonl
from training.losses.bradley_terry import bradley_terry_loss
from training.losses.plackett_luce import plackett_luce_loss
from training.recipes import common

logger = logging.getLogger(__name__)

RECIPE = "rm"
BUNDLED = Path(__file__).resolve().parents[1] / "data" / "bundled"


def default_rm_dir() -> Path:
    """Where the default reward model lives: $ALIGNED_SERVE_CACHE/reward-models/default."""
    from aligned_serve.models import cache_dir

    return cache_dir() / "reward-models" / "default"


# ---------------------------------------------------------------------------------------------------- config


@dataclass
class RMConfig:
    """Settings of one reward-model run; every field is a `--flag` of `aligned-train rm`. Checked when built."""

    train_data: str = field(
        default="", metadata={"help": "training JSONL (pairs or ranked lists); several files comma-separated"}
    )
    output_dir: str = field(default="", metadata={"help": "where checkpoints, metrics and the final model go"})
    eval_data: str | None = field(default=None, metadata={"help": "held-out JSONL (pairs or ranked) for accuracy"})
    data_format: str = field(default="auto", metadata={"help": "'auto' (from the first row), 'pairs' or 'ranked'"})
    base_model: str | None = field(
        default=None, metadata={"help": "HF checkpoint to start from; None = the default generator (SmolLM2-135M)"}
    )
    num_layers: int | None = field(
        default=None, metadata={"help": "keep only the first k decoder layers of the base (None = all)"}
    )
    loss: str = field(default="bradley_terry", metadata={"help": "objective: one of LOSSES (bradley_terry, plackett_luce)"})
    margin_coef: float = field(
        default=0.0, metadata={"help": "Bradley–Terry margin = coef * the pair's margin (score gap); 0 = none"}
    )
    center_coef: float = field(default=0.0, metadata={"help": "weight of the reward-centring term (r_c + r_r)^2"})
    lora: bool = field(default=False, metadata={"help": "train LoRA adapters (merged into the base when saved)"})
    lora_rank: int = field(default=16, metadata={"help": "LoRA rank r"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha (scale = alpha / r)"})
    freeze_embeddings: bool = field(default=False, metadata={"help": "keep the token embeddings fixed"})
    freeze_layers: int = field(
        default=0, metadata={"help": "keep the first n decoder layers fixed (implies frozen embeddings): no backward there"}
    )
    lr: float = field(default=2e-5, metadata={"help": "peak learning rate (AdamW)"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    warmup_ratio: float = field(default=0.05, metadata={"help": "fraction of steps of linear warm-up"})
    lr_schedule: str = field(default="cosine", metadata={"help": "transformers scheduler name after warm-up"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm (0 = off)"})
    epochs: float = field(default=1.0, metadata={"help": "passes over the training data (ignored if max_steps)"})
    max_steps: int | None = field(default=None, metadata={"help": "optimizer steps to run; overrides epochs"})
    batch_size: int = field(
        default=8, metadata={"help": "prompts per micro-batch (a pair gives 2 sequences, a ranked list K)"}
    )
    grad_accum: int = field(default=1, metadata={"help": "micro-batches per optimizer step"})
    max_length: int = field(default=512, metadata={"help": "tokens per sequence; longer inputs lose their left end"})
    shared_prefix: bool = field(
        default=True,
        metadata={"help": "encode each group's common prompt prefix once and its responses on top of its KV cache "
                          "(same rewards, about a third fewer token positions for lists of 8)"},
    )
    eval_every: int = field(default=0, metadata={"help": "evaluate every n steps (0 = only at the end)"})
    eval_batch_size: int = field(default=32, metadata={"help": "sequences per forward pass when evaluating"})
    save_every: int = field(default=50, metadata={"help": "checkpoint every n optimizer steps"})
    log_every: int = field(default=10, metadata={"help": "log train metrics every n optimizer steps"})
    seed: int = field(default=0, metadata={"help": "seed for init, data order and dropout"})
    resume: bool = field(default=True, metadata={"help": "continue from the newest checkpoint in output_dir"})
    keep_checkpoints: bool = field(default=False, metadata={"help": "keep checkpoints/ after the final save"})
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads (None = available cores)"})
    mixed_precision: str = field(
        default="no",
        metadata={"help": "forward in bf16 autocast: 'no', 'bf16' or 'auto' (bf16 where the hardware computes it "
                          "natively: AVX512-BF16/AMX CPUs, bf16 GPUs); weights and optimizer stay float32"},
    )

    def __post_init__(self) -> None:
        problems = []
        if not self.train_data:
            problems.append("train_data is required")
        if not self.output_dir:
            problems.append("output_dir is required")
        if self.data_format not in DATA_FORMATS and self.data_format != "auto":
            problems.append(f"data_format must be 'auto' or one of {sorted(DATA_FORMATS)}, got {self.data_format!r}")
        if self.loss not in LOSSES:
            problems.append(f"loss must be one of {sorted(LOSSES)}, got {self.loss!r}")
        if self.num_layers is not None and self.num_layers < 1:
            problems.append(f"num_layers must be >= 1, got {self.num_layers}")
        if self.freeze_layers < 0 or (self.num_layers is not None and self.freeze_layers >= self.num_layers):
            problems.append(f"freeze_layers must be in [0, num_layers), got {self.freeze_layers}")
        for name in ("lr", "epochs", "batch_size", "grad_accum", "eval_batch_size", "save_every", "log_every",
                     "lora_rank", "lora_alpha"):
            if getattr(self, name) <= 0:
                problems.append(f"{name} must be > 0, got {getattr(self, name)}")
        for name in ("margin_coef", "center_coef", "weight_decay", "max_grad_norm", "eval_every"):
            if getattr(self, name) < 0:
                problems.append(f"{name} must be >= 0, got {getattr(self, name)}")
        if not 0 <= self.warmup_ratio < 1:
            problems.append(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.max_steps is not None and self.max_steps < 1:
            problems.append(f"max_steps must be >= 1, got {self.max_steps}")
        if self.max_length < 8:
            problems.append(f"max_length must be >= 8, got {self.max_length}")
        if self.threads is not None and self.threads < 1:
            problems.append(f"threads must be >= 1, got {self.threads}")
        if self.mixed_precision not in common.MIXED_PRECISIONS:
            problems.append(f"mixed_precision must be one of {list(common.MIXED_PRECISIONS)}, "
                            f"got {self.mixed_precision!r}")
        if problems:
            raise ValueError("invalid RMConfig: " + "; ".join(problems))


# ---------------------------------------------------------------------------------------------------- data


@dataclass
class Group:
    """One prompt with 2+ responses. `pairs` = (better, worse, score gap or None) index pairs; `ranking` best first.

    A preference pair is a group of two; a ranked list yields every pair whose scores differ (ties give none)."""

    prompt: Prompt
    responses: list[str]
    ranking: list[int]
    pairs: list[tuple[int, int, float | None]]
    scores: list[float] | None = None


def _groups_from_pairs(path: str) -> list[Group]:
    return [Group(p.prompt, [p.chosen, p.rejected], [0, 1], [(0, 1, p.margin)]) for p in load_pairs(path)]


def _groups_from_ranked(path: str) -> list[Group]:
    groups = []
    for r in load_ranked(path):
        order = r.order()
        if r.scores is not None:
            s = r.scores
            pairs = [(i, j, s[i] - s[j]) if s[i] > s[j] else (j, i, s[j] - s[i])
                     for i, j in combinations(range(len(s)), 2) if s[i] != s[j]]
        else:
            pairs = [(order[a], order[b], None) for a, b in combinations(range(len(order)), 2)]
        groups.append(Group(r.prompt, list(r.responses), order, pairs, r.scores))
    return groups


# Format name -> loader of Groups. Both raise DataFormatError ("path:line: message") on a bad row.
DATA_FORMATS: dict[str, Callable[[str], list[Group]]] = {"pairs": _groups_from_pairs, "ranked": _groups_from_ranked}


def detect_format(path: str) -> str:
    """'ranked' when the first row has "responses", 'pairs' when it has "chosen"; else DataFormatError."""
    for line, row in read_jsonl(path):
        if "responses" in row:
            return "ranked"
        if "chosen" in row or "rejected" in row:
            return "pairs"
        raise DataFormatError(path, line, "cannot tell the format: expected 'chosen'/'rejected' or 'responses'")
    raise DataFormatError(path, 1, "file has no rows")


def load_groups(paths: str, data_format: str = "auto") -> list[Group]:
    """Groups of one JSONL file, or of several given comma-separated (each detected on its own with "auto")."""
    groups = []
    for path in paths.split(","):
        if not os.path.isfile(path):
            raise FileNotFoundError(f"data file not found: {path}")
        groups += DATA_FORMATS[detect_format(path) if data_format == "auto" else data_format](path)
    return groups


class Encoder:
    """(prompt, response) -> token ids, exactly as the server's `HFRewardModel.encode` builds them."""

    def __init__(self, tokenizer: Any, max_length: int) -> None:
        from reward_models.hf import HFRewardModel

        self._rm = HFRewardModel(name="train", version="0", path="", model=None, tokenizer=tokenizer,
                                 max_length=max_length)

    def __call__(self, prompts: Sequence[Prompt], responses: Sequence[str]) -> list[list[int]]:
        return self._rm.encode(list(prompts), list(responses))


@dataclass
class EncodedGroup:
    ids: list[list[int]]  # one token list per response
    group: Group


def encode_groups(encoder: Encoder, groups: Sequence[Group]) -> list[EncodedGroup]:
    if not groups:
        return []
    prompts = [g.prompt for g in groups for _ in g.responses]
    ids = encoder(prompts, [r for g in groups for r in g.responses])
    out, start = [], 0
    for g in groups:
        out.append(EncodedGroup(ids[start : start + len(g.responses)], g))
        start += len(g.responses)
    return out


@dataclass
class PrefixBatch:
    """The token prefix each group's sequences share (the chat-formatted prompt), encoded once per group."""

    ids: Tensor  # (B, P) right-padded
    mask: Tensor  # (B, P)
    lengths: Tensor  # (B,) real prefix tokens of each group
    row_group: Tensor  # (N,) the group of each response row

    def to(self, device: Any) -> "PrefixBatch":
        return PrefixBatch(**{k: v.to(device) for k, v in vars(self).items()})


@dataclass
class PackedRows:
    """Where the responses sit when several of one group's responses share a row after its prefix (packing).

    A row holds segments (one response each) back to back; a token attends to its group's prefix and to the tokens
    before it in its own segment, and its position continues the prefix from the segment's start. So each response
    sees exactly what it would see as a whole sequence, without padding every response to the longest one."""

    segment: Tensor  # (R, T) segment number of each token in its row, -1 on padding
    offset: Tensor  # (R, T) token index within its segment (0 on padding)
    reward_at: Tensor  # (N, 2) (row, column) of each response's pooled token, in response order

    def to(self, device: Any) -> "PackedRows":
        return PackedRows(**{k: v.to(device) for k, v in vars(self).items()})


@dataclass
class RMBatch:
    """Sequences of B groups flattened to N responses, with the index tensors each objective needs.

    Without `prefix`, a row is a whole sequence (R = N). With it, rows hold what follows each group's shared
    prefix, packed (`packed`: R <= N rows), and `forward_rewards` runs the prefix once per group and the rows on
    top of its KV cache."""

    input_ids: Tensor  # (R, T) right-padded
    attention_mask: Tensor  # (R, T)
    pair_better: Tensor  # (P,) response index of the better response of each pair
    pair_worse: Tensor  # (P,)
    pair_gap: Tensor  # (P,) score gap (0 where unknown)
    items: Tensor  # (B, K) response index of each group's k-th response (0 where padded)
    ranking: Tensor  # (B, K) local response indices, best first (0 where padded)
    mask: Tensor  # (B, K) bool, True at real ranking positions
    prefix: PrefixBatch | None = None
    packed: PackedRows | None = None

    def to(self, device: Any) -> "RMBatch":
        return RMBatch(**{k: None if v is None else v.to(device) for k, v in vars(self).items()})


def shared_prefix_length(seqs: Sequence[list[int]], pad_id: int) -> int:
    """How many leading tokens all `seqs` share, capped so that every sequence keeps its last non-pad token after
    the cut: the classifier pools that token, so it must be in the row the head reads."""
    limit = min(_last_non_pad(s, pad_id) for s in seqs)
    first, n = seqs[0], 0
    while n < limit and all(s[n] == first[n] for s in seqs[1:]):
        n += 1
    return n


def _last_non_pad(seq: list[int], pad_id: int) -> int:
    return max((i for i, t in enumerate(seq) if t != pad_id), default=0)


def _padded(seqs: Sequence[list[int]], pad_id: int) -> tuple[Tensor, Tensor]:
    width = max(1, max(len(s) for s in seqs))
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for row, s in enumerate(seqs):
        ids[row, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[row, : len(s)] = 1
    return ids, mask


def pack_segments(lengths: Sequence[int], width: int) -> list[list[int]]:
    """First-fit decreasing: indices of `lengths` grouped into rows of at most `width` tokens (longest first)."""
    rows: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        row = next((r for r, free in enumerate(room) if free >= lengths[i]), None)
        if row is None:
            rows.append([])
            room.append(width)
            row = len(rows) - 1
        rows[row].append(i)
        room[row] -= lengths[i]
    return rows


def _packed_rows(groups: Sequence[Sequence[list[int]]], pad_id: int,
                 pack: bool = True) -> tuple[Tensor, Tensor, Tensor, PackedRows]:
    """(input_ids, attention_mask, row_group, PackedRows) for each group's suffixes packed into rows as wide as the
    longest suffix of the batch (`pack=False`: one suffix per row)."""
    width = max(len(s) for seqs in groups for s in seqs)
    rows, row_group, where, first = [], [], {}, 0
    for b, seqs in enumerate(groups):
        lengths = [len(s) for s in seqs]
        for members in pack_segments(lengths, width) if pack else [[i] for i in range(len(seqs))]:
            col = 0
            for i in members:
                where[first + i] = (len(rows), col + _last_non_pad(seqs[i], pad_id))
                col += len(seqs[i])
            rows.append([seqs[i] for i in members])
            row_group.append(b)
        first += len(seqs)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    segment = torch.full((len(rows), width), -1, dtype=torch.long)
    offset = torch.zeros((len(rows), width), dtype=torch.long)
    for r, segs in enumerate(rows):
        col = 0
        for seg, s in enumerate(segs):
            ids[r, col : col + len(s)] = torch.tensor(s, dtype=torch.long)
            segment[r, col : col + len(s)] = seg
            offset[r, col : col + len(s)] = torch.arange(len(s))
            col += len(s)
    reward_at = torch.tensor([where[n] for n in range(first)], dtype=torch.long)
    return ids, (segment >= 0).long(), torch.tensor(row_group), PackedRows(segment, offset, reward_at)


def make_collate(pad_id: int, shared_prefix: bool = False,
                 pack: bool = True) -> Callable[[list[EncodedGroup]], RMBatch]:
    """Groups -> RMBatch. With `shared_prefix`, each group's common prefix is split off and its responses packed
    into rows (`pack=False`: one per row; a batch where some group shares nothing falls back to whole sequences)."""

    def collate(batch: list[EncodedGroup]) -> RMBatch:
        cuts = [shared_prefix_length(eg.ids, pad_id) for eg in batch] if shared_prefix else []
        prefix = packed = None
        if cuts and min(cuts) > 0:
            prefix_ids, prefix_mask = _padded([eg.ids[0][:c] for eg, c in zip(batch, cuts)], pad_id)
            input_ids, attention, row_group, packed = _packed_rows(
                [[ids[c:] for ids in eg.ids] for eg, c in zip(batch, cuts)], pad_id, pack)
            prefix = PrefixBatch(prefix_ids, prefix_mask, torch.tensor(cuts), row_group)
        else:
            input_ids, attention = _padded([ids for eg in batch for ids in eg.ids], pad_id)
        k_max = max(len(eg.ids) for eg in batch)
        items = torch.zeros((len(batch), k_max), dtype=torch.long)
        ranking = torch.zeros((len(batch), k_max), dtype=torch.long)
        mask = torch.zeros((len(batch), k_max), dtype=torch.bool)
        better, worse, gap, offset = [], [], [], 0
        for b, eg in enumerate(batch):
            k = len(eg.ids)
            items[b, :k] = torch.arange(offset, offset + k)
            ranking[b, :k] = torch.tensor(eg.group.ranking)
            mask[b, :k] = True
            for i, j, g in eg.group.pairs:
                better.append(offset + i)
                worse.append(offset + j)
                gap.append(0.0 if g is None else g)
            offset += k
        return RMBatch(input_ids, attention, torch.tensor(better, dtype=torch.long),
                       torch.tensor(worse, dtype=torch.long), torch.tensor(gap), items, ranking, mask, prefix, packed)

    return collate


def forward_rewards(model: Any, batch: RMBatch, prefix_model: Any = None) -> Tensor:
    """Rewards (N,) of a batch's responses, differentiable.

    With a shared prefix: one forward over the B prefixes (`prefix_model`, default `model`; the training loop
    passes the module inside a DDP wrapper, so that DDP sees one forward per step), their KV cache gathered to the
    R packed rows, then one forward over the rows with a mask that keeps each response to its prefix and itself,
    at positions that continue the prefix. Each response's reward is the score head's output at its last non-pad
    token, as the classifier pools a whole sequence. Same rewards as whole sequences, up to float rounding
    (tests/training/recipes/test_rm_shared_prefix.py)."""
    if batch.prefix is None or batch.packed is None:
        return model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, 0].float()
    pre, packed = batch.prefix, batch.packed
    inner = prefix_model or model
    cache = inner(input_ids=pre.ids, attention_mask=pre.mask, use_cache=True).past_key_values
    cache.reorder_cache(pre.row_group)  # (B, ...) -> (R, ...): each row reads its group's prefix
    rows, width = batch.input_ids.shape
    positions = pre.lengths[pre.row_group, None] + packed.offset
    seg = packed.segment
    own = (seg[:, :, None] == seg[:, None, :]) & (seg[:, :, None] >= 0)  # (R, T, T) same response
    causal = torch.ones(width, width, dtype=torch.bool, device=seg.device).tril()
    itself = torch.eye(width, dtype=torch.bool, device=seg.device)  # padding attends to itself: no empty softmax
    allowed = torch.cat([pre.mask[pre.row_group].bool()[:, None, :].expand(rows, width, -1),
                         (own & causal) | itself], dim=2)
    dtype = next(inner.parameters()).dtype
    mask = torch.zeros(allowed.shape, dtype=dtype, device=seg.device).masked_fill(~allowed, torch.finfo(dtype).min)
    head = _score_head(inner)
    captured: list[Tensor] = []
    hook = head.register_forward_hook(lambda _module, _args, output: captured.append(output))
    try:
        model(input_ids=batch.input_ids, attention_mask=mask[:, None], position_ids=positions,
              past_key_values=cache, use_cache=False)
    finally:
        hook.remove()
    return captured[-1][packed.reward_at[:, 0], packed.reward_at[:, 1], 0].float()  # bf16 under autocast


def _score_head(model: Any) -> torch.nn.Module:
    """The classifier's per-token score layer (`score` in transformers' decoder sequence classifiers; with LoRA the
    wrapper around it): packed rows read its output at every response's last token."""
    for name, module in model.named_modules():
        if name.rsplit(".", 1)[-1] == "score":
            return module
    raise ValueError(f"{type(model).__name__} has no `score` head to read packed rewards from; "
                     "train with --no-shared-prefix")


# ---------------------------------------------------------------------------------------------------- objectives


def _bradley_terry(rewards: Tensor, batch: RMBatch, cfg: RMConfig) -> tuple[Tensor, Tensor]:
    margin = batch.pair_gap * cfg.margin_coef if cfg.margin_coef > 0 else None
    loss, accuracy, _ = bradley_terry_loss(rewards[batch.pair_better], rewards[batch.pair_worse], margin, cfg.center_coef)
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

    base = cfg.base_model or str(_default_generator())
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
    from aligned_serve.models import default_generator_dir

    return default_generator_dir()


@torch.no_grad()
def score_sequences(model: Any, seqs: Sequence[list[int]], pad_id: int, batch_size: int, device: Any) -> Tensor:
    """Rewards (N,) for token lists, batched by similar length."""
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = torch.empty(len(seqs))
    for chunk in common.chunked(order, batch_size):
        ids, att = _padded([seqs[i] for i in chunk], pad_id)
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


@dataclass
class RMResult:
    output_dir: Path
    steps: int
    resumed_from: int | None
    metrics: dict[str, float]
    elapsed_s: float
    history: list[dict[str, Any]]


def train(cfg: RMConfig, on_step_end: Callable[[common.TrainState], None] | None = None) -> RMResult:
    """Run the recipe. `on_step_end(state)` is called after each optimizer step (and its checkpoint); tests use
    it to simulate a crash. Bad data raises DataFormatError before anything is written."""
    t0 = time.time()
    # ---- setup: data first, so a bad row fails before any model load or any file write
    threads = common.set_torch_threads(cfg.threads)
    train_groups = load_groups(cfg.train_data, cfg.data_format)
    eval_groups = load_groups(cfg.eval_data, "auto") if cfg.eval_data else []
    train_groups = [g for g in train_groups if g.pairs]  # all-tie lists carry no preference
    if not train_groups:
        raise DataFormatError(cfg.train_data, 1, "no usable preference in the file (every list is a tie)")
    common.seed_everything(cfg.seed)
    accelerator = common.make_accelerator(cfg.grad_accum)
    precision = common.resolve_mixed_precision(cfg.mixed_precision)
    model, tokenizer = build_model(cfg)
    n_layers = int(model.config.num_hidden_layers)
    encoder = Encoder(tokenizer, cfg.max_length)
    train_set, eval_set = encode_groups(encoder, train_groups), encode_groups(encoder, eval_groups)
    pad_id = tokenizer.pad_token_id
    collate = make_collate(pad_id, cfg.shared_prefix)

    per_epoch = common.micro_batches_per_epoch(len(train_set), cfg.batch_size, accelerator.num_processes)
    total_steps = cfg.max_steps or max(1, math.ceil(cfg.epochs * per_epoch / cfg.grad_accum))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=cfg.lr,
                                  weight_decay=cfg.weight_decay)
    scheduler = _scheduler(cfg, optimizer, total_steps * accelerator.num_processes)
    model, optimizer, scheduler = accelerator.prepare(model, optimizer, scheduler)

    out = Path(cfg.output_dir)
    ckpts = common.Checkpointer(out / "checkpoints", keep=2)
    if not cfg.resume:
        ckpts.remove_all(accelerator)  # stale checkpoints would otherwise win a later resume
    state = (ckpts.resume(accelerator) if cfg.resume else None) or common.TrainState(seed=cfg.seed)
    log = common.MetricsLog(out / common.METRICS_FILE, state.history, enabled=accelerator.is_main_process)
    trainable, total = common.count_parameters(model)
    logger.info("rm: %d train / %d eval groups, %d steps, %d/%d params trainable, %d threads, precision %s%s",
                len(train_set), len(eval_set), total_steps, trainable, total, threads, precision,
                f", resumed at step {state.step}" if state.resumed_from is not None else "")

    # ---- train
    objective = LOSSES[cfg.loss]
    bar = common.progress_bar(total_steps, state.step, "rm", accelerator.is_main_process)
    model.train()
    window: list[tuple[float, float]] = []
    while state.step < total_steps:
        loader = common.epoch_loader(accelerator, train_set, cfg.batch_size, collate, cfg.seed, state.epoch,
                                     state.micro_in_epoch)
        for batch in loader:
            batch = batch.to(accelerator.device)
            with accelerator.accumulate(model):
                with common.autocast(accelerator.device, precision):
                    rewards = forward_rewards(model, batch, _ddp_inner(model))  # (N,) float32
                loss, accuracy = objective(rewards, batch, cfg)
                accelerator.backward(loss)
                if accelerator.sync_gradients and cfg.max_grad_norm > 0:
                    accelerator.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad()
            state.micro_in_epoch += 1
            window.append((float(loss.detach()), float(accuracy)))
            if not accelerator.sync_gradients:
                continue
            state.step += 1
            bar.update(1)
            if state.step % cfg.log_every == 0 or state.step == total_steps:
                row = {"step": state.step, "epoch": state.epoch, "loss": _mean(w[0] for w in window),
                       "accuracy": _mean(w[1] for w in window), "lr": scheduler.get_last_lr()[0],
                       "time": round(time.time() - t0, 2)}
                window.clear()
                state.history.append(row)
                log.log(row)
                bar.set_postfix(loss=f"{row['loss']:.3f}", acc=f"{row['accuracy']:.2f}")
            if eval_set and cfg.eval_every and state.step % cfg.eval_every == 0 and state.step < total_steps:
                row = {"step": state.step, **_prefixed(evaluate(model, eval_set, pad_id, cfg.eval_batch_size,
                                                                accelerator.device))}
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
    metrics: dict[str, float] = {"train_loss": state.history[-1]["loss"]} if state.history else {}
    if eval_set:
        final_eval = evaluate(model, eval_set, pad_id, cfg.eval_batch_size, accelerator.device)
        metrics.update(_prefixed(final_eval))
        state.history.append({"step": state.step, **_prefixed(final_eval)})
        log.log(state.history[-1])
    meta = common.build_meta(
        RECIPE, replace(cfg, base_model=cfg.base_model or str(_default_generator())),
        common.data_record([*cfg.train_data.split(","), cfg.eval_data]), cfg.loss, state.step, metrics,
        num_layers=n_layers, train_seconds=round(time.time() - t0, 1), threads=threads,
        precision=precision,
    )
    common.save_final(accelerator, model, tokenizer, out, meta)
    if accelerator.is_main_process:
        common.save_curves_png(state.history, out / common.CURVES_FILE)

    # ---- cleanup
    if not cfg.keep_checkpoints:
        ckpts.remove_all(accelerator)
    accelerator.end_training()
    return RMResult(out, state.step, state.resumed_from, metrics, time.time() - t0, state.history)


def _ddp_inner(model: Any) -> Any:
    """The module inside a DDP wrapper (DDP expects one forward per backward), else the model itself: FSDP and
    DeepSpeed must see every forward, since they gather the parameters there."""
    return model.module if isinstance(model, torch.nn.parallel.DistributedDataParallel) else model


def _scheduler(cfg: RMConfig, optimizer: torch.optim.Optimizer, steps: int) -> Any:
    from transformers import get_scheduler

    return get_scheduler(cfg.lr_schedule, optimizer, num_warmup_steps=int(cfg.warmup_ratio * steps),
                         num_training_steps=steps)


def _mean(values: Any) -> float:
    vals = list(values)
    return sum(vals) / len(vals) if vals else float("nan")


def _prefixed(metrics: dict[str, float]) -> dict[str, float]:
    return {f"eval_{k}": v for k, v in metrics.items()}


# ---------------------------------------------------------------------------------------------------- default RM

# The default reward model: 4 layers of SmolLM2-135M with a fresh score head, the first layer and the embeddings
# frozen, Bradley–Terry with margin = the judge score gap over every non-tied pair of all 1692 bundled train lists
# (8 own samples each; 1180 have a non-tie), 2 epochs = 590 steps, the forward in bf16 autocast where the CPU has
# AVX512-BF16 or AMX ("auto": 1.6x per step; ~12 minutes on 2 idle cores, ~16 without native bf16). Held-out numbers
# and every alternative tried are in the README ("Measured"): the seed moves the best-of-8 gap closed by ±8 points;
# over seeds 0-5 this recipe closes 59.7% on average (56-67%), the earlier preset (799 lists, 276 steps) 46.9%.
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


def ensure_default_reward_model() -> Path:
    """The default reward model's directory, training it first (DEFAULT_RM_PRESET, bundled data) when the cache
    holds no complete checkpoint. An interrupted training resumes from its last checkpoint. A cached model trained
    with other settings (an older preset) is trained again, so an upgrade brings the new default."""
    target = default_rm_dir()
    preset = replace(DEFAULT_RM_PRESET, output_dir=str(target))
    if common.is_complete_model(target):
        trained = json.loads((target / common.META_FILE).read_text()).get("config", {})
        if preset_key(trained) == preset_key(asdict(preset)):
            return target
        logger.warning("the default reward model in %s was trained with other settings than DEFAULT_RM_PRESET; "
                       "training it again", target)
        preset = replace(preset, resume=False)  # its checkpoints, if any, belong to the old settings
    train(preset)
    return target


# Settings that do not change the trained weights, or only name this machine's paths.
_NOT_IN_PRESET_KEY = {"output_dir", "base_model", "threads", "resume", "keep_checkpoints", "shared_prefix",
                      "eval_every", "eval_batch_size", "save_every", "log_every"}


def preset_key(config: dict[str, Any]) -> dict[str, Any]:
    """What makes two reward-model trainings the same: their settings, data files by name (not by the checkout's
    path), without the settings in `_NOT_IN_PRESET_KEY`."""
    key = {k: v for k, v in config.items() if k not in _NOT_IN_PRESET_KEY}
    for name in ("train_data", "eval_data"):
        if key.get(name):
            key[name] = ",".join(Path(p).name for p in str(key[name]).split(","))
    return key


# ---------------------------------------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligned-train rm", description=__doc__.split("\n\n")[0])
    parser.add_argument("--default", action="store_true",
                        help="train (or find) the default reward model in the cache with DEFAULT_RM_PRESET")
    common.add_config_args(parser, RMConfig)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if args.default:
        print(ensure_default_reward_model())
        return 0
    try:
        cfg = common.config_from_args(RMConfig, args)
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
