"""Checkpoints: rotation, atomicity, resume of the newest, discarding an old run's, and the final save."""

import json

import pytest
import torch

from training import checkpointing
from training.checkpointing import Checkpointer, TrainState
from training.loop import make_accelerator


@pytest.fixture()
def accel_model():
    accelerator = make_accelerator(grad_accum=1)
    model = torch.nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model, optimizer = accelerator.prepare(model, optimizer)
    return accelerator, model, optimizer


def test_checkpoints_rotate_keep_two_and_resume_the_newest(tmp_path, accel_model):
    accelerator, model, _ = accel_model
    ckpts = Checkpointer(tmp_path / "checkpoints", keep=2)
    for step in (1, 2, 3, 4):
        with torch.no_grad():
            model.weight.fill_(float(step))
        ckpts.save(accelerator, TrainState(step=step, micro_in_epoch=step, history=[{"step": step}],
                                           extra={"kl_coef": step / 10}))
    assert [p.name for p in ckpts.complete()] == ["step-3", "step-4"]
    assert not list((tmp_path / "checkpoints").glob(".tmp-*"))

    with torch.no_grad():
        model.weight.zero_()
    state = ckpts.resume(accelerator)
    assert (state.step, state.resumed_from, state.history, state.extra) == (4, 4, [{"step": 4}], {"kl_coef": 0.4})
    torch.testing.assert_close(model.weight, torch.full((1, 3), 4.0))


def test_incomplete_checkpoints_are_ignored_and_cleaned(tmp_path, accel_model):
    accelerator, _, _ = accel_model
    root = tmp_path / "checkpoints"
    Checkpointer(root).save(accelerator, TrainState(step=5))
    (root / ".tmp-step-7").mkdir()  # killed mid-save
    (root / "step-9").mkdir()  # no train_state.json: not a checkpoint we wrote
    ckpts = Checkpointer(root)
    assert not (root / ".tmp-step-7").exists()
    assert ckpts.latest() == root / "step-5"
    assert Checkpointer(tmp_path / "none").resume(accelerator) is None


def test_discard_removes_every_checkpoint_but_keeps_other_files(tmp_path, accel_model):
    accelerator, _, _ = accel_model
    root = tmp_path / "checkpoints"
    ckpts = Checkpointer(root, keep=3)
    for step in (10, 20):
        ckpts.save(accelerator, TrainState(step=step))
    (root / ".tmp-step-30").mkdir()
    (root / "reference_logps.pt").write_bytes(b"cache")
    ckpts.discard(accelerator)
    assert sorted(p.name for p in root.iterdir()) == ["reference_logps.pt"]
    assert ckpts.resume(accelerator) is None
    # the point of discarding: the new run's step-2 is the newest checkpoint, not the old run's step-20
    ckpts.save(accelerator, TrainState(step=2))
    assert ckpts.resume(accelerator).step == 2


def test_final_save_is_complete_with_meta_last(tmp_path, tiny_rm_dir):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    accelerator = make_accelerator()
    model = AutoModelForSequenceClassification.from_pretrained(tiny_rm_dir)
    tokenizer = AutoTokenizer.from_pretrained(tiny_rm_dir)
    out = tmp_path / "final"
    assert not checkpointing.is_complete_model(out)
    meta = checkpointing.build_meta("rm", {"lr": 1.0}, [], "bradley_terry", 3, {"eval_accuracy": 0.5})
    checkpointing.save_final(accelerator, model, tokenizer, out, meta)
    assert checkpointing.is_complete_model(out)
    saved = json.loads((out / checkpointing.META_FILE).read_text())
    assert saved["steps"] == 3 and saved["config"] == {"lr": 1.0} and len(saved["version"].split("-")[1]) == 8
    assert not list(out.glob(".tmp-*"))
    AutoModelForSequenceClassification.from_pretrained(out)
