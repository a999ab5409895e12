"""The shared loop: resumable data order, the step cadence (log, eval, checkpoint), accumulation, warm-up and
precision, on a tiny causal LM with a trivial loss."""

import json
from dataclasses import dataclass

import pytest
import torch

from training import loop
from training.checkpointing import META_FILE, Checkpointer, checkpoint_dir
from training.config import SupervisedConfig


def test_epoch_order_is_seeded_and_skippable():
    accelerator = loop.make_accelerator(grad_accum=1)
    data = list(range(10))

    def batches(epoch: int, skip: int) -> list[list[int]]:
        loader = loop.epoch_loader(accelerator, data, 3, list, seed=1, epoch=epoch, skip_micro_batches=skip)
        return [list(b) for b in loader]

    full = batches(0, 0)
    assert sorted(x for b in full for x in b) == data and len(full) == 4  # 3+3+3+1
    assert batches(0, 0) == full and batches(0, 2) == full[2:]  # resume sees the batches the crash would have
    assert batches(1, 0) != full  # a new epoch reshuffles
    assert loop.micro_batches_per_epoch(10, 3) == 4 and loop.micro_batches_per_epoch(10, 3, num_processes=2) == 1


@dataclass
class ToyConfig(SupervisedConfig):
    pass


def run_toy(tmp_path, tiny_lm_dir, seen: list, **kw):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    cfg = ToyConfig(train_data="unused", output_dir=str(tmp_path / "out"), lr=1e-3, warmup_ratio=0.5,
                    lr_schedule="linear", batch_size=2, threads=1, **kw)
    run = loop.start(cfg)
    model = AutoModelForCausalLM.from_pretrained(tiny_lm_dir)
    data = list(range(5))  # 3 micro-batches per epoch: 2 + 2 + 1

    def loss_step(model, batch):
        logits = model(input_ids=batch["input_ids"]).logits
        seen.append((batch["input_ids"][:, 0].tolist(), logits.dtype))
        loss = logits.float().pow(2).mean()
        return loss, {"loss": loss.detach(), "rows": len(batch["input_ids"])}

    def collate(items):
        return {"input_ids": torch.tensor([[3 + i, 4, 5] for i in items])}

    task = loop.Task(recipe="toy", loss="square", model=model, tokenizer=AutoTokenizer.from_pretrained(tiny_lm_dir),
                     steps=loop.Batches(data, collate, loss_step), total_steps=loop.count_steps(run, len(data)),
                     evaluate=lambda m: {"rows": 5.0}, eval_every=2, data_files=[])
    return loop.fit(run, task)


def test_cadence_accumulation_and_warmup(tmp_path, tiny_lm_dir):
    seen: list = []
    result = run_toy(tmp_path, tiny_lm_dir, seen, epochs=3.0, grad_accum=2, log_every=2, save_every=2,
                     keep_checkpoints=True)
    # 3 epochs x 3 micro-batches = 9, 2 per step -> ceil(4.5) = 5 steps; the 3rd step spans epochs 0 and 1
    assert result.steps == 5 and len(seen) == 10
    train = [r for r in result.history if "loss" in r]
    evals = [r for r in result.history if "eval_rows" in r]
    assert [r["step"] for r in train] == [2, 4, 5]  # every log_every steps, and the last
    assert [r["rows"] for r in train] == [(2 + 2 + 1 + 2) / 4, (2 + 1 + 2 + 2) / 4, (1 + 2) / 2]
    assert [r["epoch"] for r in train] == [1, 2, 3]
    assert [r["step"] for r in evals] == [2, 4, 5]  # every eval_every steps (not at the end), then the final eval
    # warm-up over 0.5 * 5 = 2 steps, then linear decay to 0 at step 5
    assert [r["lr"] for r in train] == pytest.approx([1e-3, 1e-3 / 3, 0.0])
    ckpts = Checkpointer(checkpoint_dir(tmp_path / "out"))
    assert [p.name for p in ckpts.complete()] == ["step-2", "step-4"]  # none at the last step: the model is saved
    meta = json.loads((tmp_path / "out" / META_FILE).read_text())
    assert meta["recipe"] == "toy" and meta["steps"] == 5 and meta["precision"] == "no"
    assert meta["metrics"] == {"loss": train[-1]["loss"], "eval_rows": 5.0}


def test_bf16_autocast_covers_the_step(tmp_path, tiny_lm_dir):
    seen: list = []
    run_toy(tmp_path, tiny_lm_dir, seen, max_steps=1, mixed_precision="bf16")
    assert [dtype for _, dtype in seen] == [torch.bfloat16]
