"""Shared recipe plumbing: checkpoint rotation and atomicity, resumable data order, final save, config flags."""

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import torch

from training.recipes import common


@pytest.fixture()
def accel_model():
    accelerator = common.make_accelerator(grad_accum=1)
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model, optimizer = accelerator.prepare(model, optimizer)
    return accelerator, model, optimizer


def test_checkpoints_rotate_keep_two_and_resume_the_newest(tmp_path, accel_model):
    accelerator, model, _ = accel_model
    ckpts = common.Checkpointer(tmp_path / "checkpoints", keep=2)
    for step in (1, 2, 3, 4):
        with torch.no_grad():
            model.weight.fill_(float(step))
        ckpts.save(accelerator, common.TrainState(step=step, epoch=0, micro_in_epoch=step, history=[{"step": step}]))
    assert [p.name for p in ckpts.complete()] == ["step-3", "step-4"]
    assert not list((tmp_path / "checkpoints").glob(".tmp-*"))

    with torch.no_grad():
        model.weight.zero_()
    state = ckpts.resume(accelerator)
    assert (state.step, state.resumed_from, state.history) == (4, 4, [{"step": 4}])
    torch.testing.assert_close(model.weight, torch.full((1, 3), 4.0))


def test_incomplete_checkpoints_are_ignored_and_cleaned(tmp_path, accel_model):
    accelerator, _, _ = accel_model
    root = tmp_path / "checkpoints"
    common.Checkpointer(root).save(accelerator, common.TrainState(step=5))
    (root / ".tmp-step-7").mkdir()  # killed mid-save
    (root / "step-9").mkdir()  # no train_state.json: not a checkpoint we wrote
    ckpts = common.Checkpointer(root)
    assert not (root / ".tmp-step-7").exists()
    assert ckpts.latest() == root / "step-5"
    assert common.Checkpointer(tmp_path / "none").resume(accelerator) is None


def test_epoch_order_is_seeded_and_skippable(accel_model):
    accelerator, _, _ = accel_model
    data = list(range(10))

    def batches(epoch: int, skip: int) -> list[list[int]]:
        loader = common.epoch_loader(accelerator, data, 3, list, seed=1, epoch=epoch, skip_micro_batches=skip)
        return [list(b) for b in loader]

    full = batches(0, 0)
    assert sorted(x for b in full for x in b) == data and len(full) == 4  # 3+3+3+1
    assert batches(0, 0) == full and batches(0, 2) == full[2:]  # resume sees the batches the crash would have
    assert batches(1, 0) != full  # a new epoch reshuffles
    assert common.micro_batches_per_epoch(10, 3) == 4 and common.micro_batches_per_epoch(10, 3, num_processes=2) == 1


def test_final_save_is_complete_with_meta_last(tmp_path, tiny_rm_dir):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    accelerator = common.make_accelerator()
    model = AutoModelForSequenceClassification.from_pretrained(tiny_rm_dir)
    tokenizer = AutoTokenizer.from_pretrained(tiny_rm_dir)
    out = tmp_path / "final"
    assert not common.is_complete_model(out)
    meta = common.build_meta("rm", {"lr": 1.0}, [], "bradley_terry", 3, {"eval_accuracy": 0.5})
    common.save_final(accelerator, model, tokenizer, out, meta)
    assert common.is_complete_model(out)
    saved = json.loads((out / common.META_FILE).read_text())
    assert saved["steps"] == 3 and saved["config"] == {"lr": 1.0} and len(saved["version"].split("-")[1]) == 8
    assert not list(out.glob(".tmp-*"))
    AutoModelForSequenceClassification.from_pretrained(out)


def test_curves_png(tmp_path):
    history = [{"step": 1, "loss": 0.7, "accuracy": 0.5}, {"step": 2, "loss": 0.5, "accuracy": 0.7},
               {"step": 2, "eval_accuracy": 0.6}]
    path = common.save_curves_png(history, tmp_path / "c.png")
    assert path.read_bytes()[:4] == b"\x89PNG"


@dataclass
class Cfg:
    name: str = field(default="a", metadata={"help": "a name"})
    steps: int | None = field(default=None, metadata={"help": "steps"})
    flag: bool = field(default=True, metadata={"help": "a switch"})
    rate: float = 0.5


def test_config_flags_from_a_dataclass():
    parser = argparse.ArgumentParser()
    common.add_config_args(parser, Cfg)
    cfg = common.config_from_args(Cfg, parser.parse_args(["--steps", "3", "--no-flag"]))
    assert cfg == Cfg(name="a", steps=3, flag=False, rate=0.5)
    assert common.config_from_args(Cfg, parser.parse_args(["--steps", "none"])).steps is None
    base = Cfg(name="preset", rate=2.0)
    assert common.config_from_args(Cfg, parser.parse_args(["--rate", "1"]), base=base) == Cfg("preset", None, True, 1.0)
    assert "a switch" in parser.format_help()
