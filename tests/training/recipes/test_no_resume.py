"""`--no-resume` starts clean in every recipe (issue 14): with an earlier run's checkpoints in the output directory,
the new run starts at step 0 and discards them, and a later resume continues the new run, not the old one.

Before the shared loop, dpo, rft and ppo kept the old checkpoints: their higher step numbers outlived the new run's
in the rotation, so the next resume picked up the old run."""

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import torch

from tests.training.recipes.conftest import toy_pairs, write_jsonl
from training.checkpointing import Checkpointer, TrainState, checkpoint_dir
from training.recipes import dpo, kto, ppo, rm, sft
from training.tracking import METRICS_FILE


class Crash(Exception):
    pass


def crash_at(step: int, seen: list[int]) -> Callable[[TrainState], None]:
    def hook(state: TrainState) -> None:
        seen.append(state.step)
        if state.step == step:
            raise Crash

    return hook


def recipe_under_test(name: str, tmp: Path, lm: Path) -> tuple[Any, Callable[..., Any]]:
    """(config of a 6-step run checkpointing every 2 steps, train(cfg, on_step_end))."""
    common = {"output_dir": str(tmp / "out"), "model": str(lm), "threads": 1, "save_every": 2, "log_every": 1,
              "lr": 1e-3}
    if name == "ppo":
        prompts = write_jsonl(tmp / "prompts.jsonl", [{"prompt": p} for p in ("hello", "json", "fox", "Hi.")])
        cfg = ppo.PPOConfig(prompts=str(prompts), iterations=6, rollout_batch_size=2, minibatch_size=2,
                            ppo_epochs=1, max_new_tokens=4, reward_model="rule:regex?pattern=o", **common)
        return cfg, lambda c, hook: ppo.train(c, on_step_end=hook)
    supervised = dict(max_steps=6, batch_size=2, warmup_ratio=0.0, lr_schedule="constant", max_length=64, **common)
    if name == "sft":
        rows = [{"messages": [{"role": "user", "content": r["prompt"]}, {"role": "assistant", "content": r["chosen"]}]}
                for r in toy_pairs(8, seed=0)]
        return sft.SFTConfig(train_data=str(write_jsonl(tmp / "sft.jsonl", rows)), **supervised), sft.train
    if name == "kto":
        rows = [{"prompt": r["prompt"], "completion": r[side], "label": side == "chosen"}
                for r in toy_pairs(4, seed=0) for side in ("chosen", "rejected")]
        return kto.KTOConfig(train_data=str(write_jsonl(tmp / "kto.jsonl", rows)), **supervised), kto.train
    pairs = str(write_jsonl(tmp / "pairs.jsonl", toy_pairs(8, seed=0)))
    if name == "dpo":
        return dpo.DPOConfig(train_data=pairs, **supervised), dpo.train
    return rm.RMConfig(train_data=pairs, **supervised), rm.train


@pytest.mark.parametrize("name", ["rm", "dpo", "kto", "sft", "ppo"])
def test_no_resume_starts_clean_and_a_later_resume_continues_the_new_run(name: str, tmp_path: Path,
                                                                         tiny_lm_dir: Path) -> None:
    torch.set_num_threads(1)
    old_cfg, train = recipe_under_test(name, tmp_path, tiny_lm_dir)
    ckpts = Checkpointer(checkpoint_dir(old_cfg.output_dir))
    with pytest.raises(Crash):  # the earlier run: killed after step 5, its checkpoints step-2 and step-4 left
        train(old_cfg, crash_at(5, []))
    assert [p.name for p in ckpts.complete()] == ["step-2", "step-4"]

    new_cfg = replace(old_cfg, resume=False, lr=2e-3, seed=1)
    seen: list[int] = []
    with pytest.raises(Crash):
        train(new_cfg, crash_at(3, seen))
    assert seen == [1, 2, 3]  # started at step 0, not at the old run's step 4
    assert [p.name for p in ckpts.complete()] == ["step-2"]  # the new run's; the old ones are gone
    new_rows = [json.loads(line) for line in (Path(new_cfg.output_dir) / METRICS_FILE).read_text().splitlines()]
    assert [r["step"] for r in new_rows] == [1, 2, 3] and all(r["lr"] != old_cfg.lr for r in new_rows if "lr" in r)

    seen.clear()
    result = train(replace(new_cfg, resume=True), crash_at(-1, seen))
    assert result.resumed_from == 2 and seen == [3, 4, 5, 6] and result.steps == 6
    assert result.history[:2] == new_rows[:2]  # the new run's first two steps, as logged before the crash
    assert not ckpts.root.exists() or not ckpts.complete()  # removed after the final save
