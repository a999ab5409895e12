"""Shared-prefix reward forward: each group's prompt is encoded once and its responses run on top of its KV cache.
It must give the same rewards and the same gradients as whole sequences, and the same training run."""

import pytest
import torch

from tests.training.recipes.conftest import write_jsonl
from tests.training.recipes.test_rm import make_cfg
from training.recipes import rm, rm_data


@pytest.mark.parametrize(
    ("seqs", "pad", "expected"),
    [
        ([[1, 2, 3, 4], [1, 2, 5]], 0, 2),  # common start
        ([[1, 2, 3], [1, 2, 3]], 0, 2),  # identical: the last token stays behind for the head to pool
        ([[1, 2, 9, 9], [1, 2, 9, 3]], 9, 1),  # pad-valued tokens do not count: the first pools index 1
        ([[4, 2], [1, 2]], 0, 0),  # nothing shared
        ([[1, 2, 3, 4, 5], [1, 2, 3], [1, 2, 3, 4]], 0, 2),  # capped by the shortest sequence's last token
    ],
)
def test_shared_prefix_length(seqs, pad, expected):
    assert rm_data.shared_prefix_length(seqs, pad) == expected


def _groups(tiny_lm_dir, tmp_path, lora=False):
    cfg = make_cfg(tiny_lm_dir, tmp_path / "unused.jsonl", tmp_path / "out", lora=lora, lora_rank=4, lora_alpha=8)
    model, tok = rm.build_model(cfg)
    groups = [  # different prompt lengths (prefix padding) and response lengths (row padding)
        rm_data.Group("Describe the fox.", ["quick brown fox", "a fox", "the lazy dog jumps over"], [0, 1, 2],
                 [(0, 1, 1.0), (0, 2, 1.0), (1, 2, 0.5)]),
        rm_data.Group("Say hello to the whole wide world today please.", ["hello world", "world"], [0, 1],
                      [(0, 1, None)]),
        rm_data.Group([{"role": "user", "content": "Tiny answer?"}], ["tiny", "answer tiny tiny", "no", "json"],
                 [2, 0, 1, 3], [(2, 0, 0.2), (0, 1, 0.1), (1, 3, 0.3)]),
    ]
    data = rm_data.encode_groups(rm_data.Encoder(tok, 64), groups)
    return model, tok.pad_token_id, data


@pytest.mark.parametrize(("lora", "pack"), [(False, True), (True, True), (False, False)])
def test_same_rewards_and_gradients_as_whole_sequences(tiny_lm_dir, tmp_path, lora, pack):
    model, pad_id, data = _groups(tiny_lm_dir, tmp_path, lora)
    model.train()
    whole = rm_data.make_collate(pad_id, shared_prefix=False)(data)
    shared = rm_data.make_collate(pad_id, shared_prefix=True, pack=pack)(data)
    assert whole.prefix is None and shared.prefix is not None
    assert shared.input_ids.numel() < whole.input_ids.numel()  # fewer token positions to run
    if pack:
        assert shared.input_ids.shape[0] < whole.input_ids.shape[0]  # short responses share a row
        assert int((shared.packed.segment.max(dim=1).values >= 1).sum()) >= 2  # rows that hold two responses
    row_of_response = shared.packed.reward_at[:, 0]
    assert torch.equal(shared.prefix.row_group[row_of_response], torch.tensor([0, 0, 0, 1, 1, 2, 2, 2, 2]))

    weights = torch.randn(len(whole.input_ids), generator=torch.Generator().manual_seed(0))
    results = []
    for batch in (whole, shared):
        model.zero_grad()
        rewards = rm_data.forward_rewards(model, batch)
        (rewards * weights).sum().backward()
        grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
        results.append((rewards.detach(), grads))
    (r_whole, g_whole), (r_shared, g_shared) = results
    assert r_whole.std() > 0  # the rows differ, so equal rewards are not a coincidence
    torch.testing.assert_close(r_shared, r_whole, rtol=1e-4, atol=1e-5)
    assert g_whole.keys() == g_shared.keys() and g_whole
    for name in g_whole:
        torch.testing.assert_close(g_shared[name], g_whole[name], rtol=1e-3, atol=1e-5, msg=name)


def test_a_group_sharing_nothing_falls_back_to_whole_sequences(tiny_lm_dir, tmp_path):
    _, pad_id, data = _groups(tiny_lm_dir, tmp_path)
    data[1].ids[1] = [pad_id + 1] + data[1].ids[1]  # the second group's second row now starts differently
    batch = rm_data.make_collate(pad_id, shared_prefix=True)(data)
    assert batch.prefix is None and batch.input_ids.shape[0] == 9


def _ranked_file(tmp_path, n: int):
    rows = [{"prompt": f"Describe item {i} in a few words.", "responses": [f"item {i} ocean", f"{i} json", "item"],
             "scores": [1.0, 0.0, 0.5]} for i in range(n)]
    return write_jsonl(tmp_path / "ranked.jsonl", rows)


def test_training_is_the_same_run_with_and_without_shared_prefix(tiny_lm_dir, tmp_path):
    data = _ranked_file(tmp_path, 8)
    runs = [rm.train(make_cfg(tiny_lm_dir, data, tmp_path / f"run{flag}", batch_size=4, max_steps=4,
                              shared_prefix=flag)) for flag in (False, True)]
    losses = [[r["loss"] for r in run.history if "loss" in r] for run in runs]
    assert len(losses[0]) == 4 and losses[0][-1] < losses[0][0]
    assert losses[1] == pytest.approx(losses[0], rel=1e-3)


def test_ddp_two_processes_train_the_same_with_and_without_shared_prefix(tiny_lm_dir, tmp_path):
    """Under DDP the prefix runs on the module inside the wrapper (one DDP forward per step); gradients must
    still reach every rank: `accelerate launch --cpu --num_processes 2` (gloo), both ways, same losses."""
    import json
    import os
    import subprocess
    import sys

    data = _ranked_file(tmp_path, 16)
    losses = []
    for flag in ("--shared-prefix", "--no-shared-prefix"):
        out = tmp_path / flag.strip("-")
        cmd = [sys.executable, "-m", "accelerate.commands.launch", "--cpu", "--num_processes", "2",
               "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
               "-m", "training.cli", "rm", "--train-data", str(data), "--base-model", str(tiny_lm_dir),
               "--output-dir", str(out), "--max-steps", "4", "--batch-size", "2", "--lr", "3e-3",
               "--log-every", "1", "--threads", "1", flag]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=dict(os.environ),
                              check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
        losses.append([r["loss"] for r in rows if "loss" in r])
    assert len(losses[0]) == 4 and losses[0][-1] < losses[0][0]
    assert losses[0] == pytest.approx(losses[1], rel=1e-4)


@pytest.mark.parametrize(
    ("lengths", "width", "rows"),
    [
        ([5, 3, 2, 4], 5, [[0], [3], [1, 2]]),  # longest first; 3 + 2 fill a row
        ([1, 1, 1], 5, [[0, 1, 2]]),
        ([5, 5], 5, [[0], [1]]),
        ([2, 4, 1, 3], 6, [[1, 0], [3, 2]]),  # first fit: 2 joins 4, 1 joins 3
    ],
)
def test_pack_segments_first_fit_decreasing(lengths, width, rows):
    packed = rm_data.pack_segments(lengths, width)
    assert packed == rows
    assert sorted(i for row in packed for i in row) == list(range(len(lengths)))
    assert all(sum(lengths[i] for i in row) <= width for row in packed)
