"""The reward-model recipe's data: preference groups, their token ids, and batches with a shared prompt prefix.

A preference pair is a group of two responses to one prompt, a ranked list a group of K. `encode_groups` turns
them into token ids exactly as the server's `HFRewardModel.encode` does; `make_collate` builds `RMBatch`es, where
each group's common prompt prefix can be encoded once and its responses packed on top of its KV cache
(`forward_rewards`): the same rewards as whole sequences, with about a third fewer token positions for lists of 8
(tests/training/recipes/test_rm_shared_prefix.py, loadtests/bench_rm_step.py).
"""

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import torch
from torch import Tensor

from reward_models.base import Prompt
from training.data.formats import DataFormatError, load_pairs, load_ranked, read_jsonl


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

    def __init__(self, tokenizer: Any, max_length: int, annotate: str | None = None) -> None:
        from reward_models.hf import HFRewardModel

        self._rm = HFRewardModel(name="train", version="0", path="", model=None, tokenizer=tokenizer,
                                 max_length=max_length, annotate=annotate)

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


def padded(seqs: Sequence[list[int]], pad_id: int) -> tuple[Tensor, Tensor]:
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
            prefix_ids, prefix_mask = padded([eg.ids[0][:c] for eg, c in zip(batch, cuts)], pad_id)
            input_ids, attention, row_group, packed = _packed_rows(
                [[ids[c:] for ids in eg.ids] for eg, c in zip(batch, cuts)], pad_id, pack)
            prefix = PrefixBatch(prefix_ids, prefix_mask, torch.tensor(cuts), row_group)
        else:
            input_ids, attention = padded([ids for eg in batch for ids in eg.ids], pad_id)
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
