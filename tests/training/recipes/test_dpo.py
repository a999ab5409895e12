"""DPO recipe on the tiny Llama: step-0 loss, the reference cache, learning, resume, and the saved model."""

import json
import math
from pathlib import Path

import pytest
import torch

from training import checkpointing, tracking
from training.data.formats import PreferencePair, write_jsonl
from training.recipes import dpo, reference
from training.recipes.policy_common import IGNORE_INDEX, freeze, load_causal_lm

PROMPTS = ["Write a short poem.", "Explain the ocean.", "Say hello.", "Answer in json.", "Describe a fox.", "Hi."]


def toy_pairs(n: int = 6) -> list[PreferencePair]:
    """Always prefer the same short answer to the same wrong one: a preference a tiny model can learn."""
    return [
        PreferencePair([{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}], "hello world", "the lazy dog")
        for i in range(n)
    ]


@pytest.fixture
def pairs_file(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.jsonl"
    write_jsonl(path, [p.to_dict() for p in toy_pairs()])
    return path


def config(tmp_path: Path, pairs_file: Path, tiny_lm_dir: Path, **kw) -> dpo.DPOConfig:
    base = {
        "train_data": str(pairs_file), "eval_data": str(pairs_file), "output_dir": str(tmp_path / "out"),
        "model": str(tiny_lm_dir), "batch_size": 2, "lr": 1e-3, "warmup_ratio": 0.0, "max_length": 64, "threads": 1,
        "seed": 0, "lr_schedule": "constant",
    }
    return dpo.DPOConfig(**{**base, **kw})


def test_labels_cover_response_tokens_only(tiny_lm_dir: Path) -> None:
    _, tok = load_causal_lm(tiny_lm_dir)
    ds = dpo.pair_items(toy_pairs(2), tok, max_length=64)
    batch = reference.make_collate(tok.pad_token_id)([ds[0], ds[1]])
    assert batch["input_ids"].shape[0] == 4  # chosen rows, then rejected rows
    for row in range(4):
        kept = batch["labels"][row][batch["labels"][row] != IGNORE_INDEX].tolist()
        text = "hello world" if row < 2 else "the lazy dog"
        assert kept == tok(text, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]


def test_step_zero_loss_is_log2_through_the_recipe_forward(tiny_lm_dir: Path) -> None:
    torch.manual_seed(0)
    policy, tok = load_causal_lm(tiny_lm_dir)
    ref_model, _ = load_causal_lm(tiny_lm_dir)
    pairs = toy_pairs(5)
    pairs[1] = PreferencePair(pairs[1].prompt, "a much longer answer about the quick brown fox", "no")
    ds = dpo.pair_items(pairs, tok, max_length=64)
    collate = reference.make_collate(tok.pad_token_id)
    ref = reference.compute_reference_logps(freeze(ref_model), ds, batch_size=4, collate=collate)
    assert ref.shape == (5, 2) and bool((ref < 0).all())
    batch = collate([ds[3], ds[1], ds[0]])  # other batch composition and padding than the cache pass
    for loss_name, expected in [("sigmoid", math.log(2)), ("ipo", (1 / (2 * 0.1)) ** 2)]:
        cfg = dpo.DPOConfig(train_data="x", output_dir="y", loss=loss_name, beta=0.1)
        loss, metrics = dpo.dpo_batch_loss(policy, batch, ref[batch["index"]], cfg.loss_fn())
        torch.testing.assert_close(loss, torch.tensor(expected), atol=1e-5, rtol=1e-5)
        torch.testing.assert_close(metrics["reward_margin"], torch.tensor(0.0), atol=1e-5, rtol=0)


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="loss must be one of"):
        dpo.DPOConfig(train_data="x", output_dir="y", loss="hinge")
    with pytest.raises(ValueError, match="takes no label_smoothing"):
        dpo.DPOConfig(train_data="x", output_dir="y", loss="ipo", label_smoothing=0.1)
    with pytest.raises(ValueError, match="beta"):
        dpo.DPOConfig(train_data="x", output_dir="y", beta=0.0)


def test_reference_cached_once_then_resume_after_crash_reuses_it(
    tmp_path: Path, pairs_file: Path, tiny_lm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    rows_seen: list[int] = []
    real = reference.compute_reference_logps

    def spy(ref_model, dataset, batch_size, collate):
        calls.append(len(dataset))
        handle = ref_model.register_forward_hook(
            lambda m, args, kwargs, out: rows_seen.append(kwargs["input_ids"].shape[0]),
                                                 with_kwargs=True)
        try:
            return real(ref_model, dataset, batch_size, collate)
        finally:
            handle.remove()

    monkeypatch.setattr(reference, "compute_reference_logps", spy)

    class Crash(Exception):
        pass

    def crash_at_3(state: checkpointing.TrainState) -> None:
        if state.step == 3:
            raise Crash

    # 3 epochs of 3 micro-batches = 9 steps; checkpoint every 2; "killed" right after step 3
    cfg = config(tmp_path, pairs_file, tiny_lm_dir, epochs=3.0, save_every=2)
    with pytest.raises(Crash):
        dpo.train(cfg, on_step_end=crash_at_3)
    assert calls == [6, 6]  # train and eval sets, once each
    assert sum(rows_seen) == 2 * (6 + 6)  # one reference row per response, not per step or epoch
    assert (Path(cfg.output_dir) / "checkpoints" / reference.REFERENCE_CACHE).is_file()
    first_loss = json.loads((Path(cfg.output_dir) / tracking.METRICS_FILE).read_text().splitlines()[0])["loss"]
    assert first_loss == pytest.approx(math.log(2), abs=1e-5)  # policy == reference at step 1's forward

    result = dpo.train(cfg)
    assert calls == [6, 6]  # the resumed run read the cache
    assert result.resumed_from == 2 and result.steps == 9
    steps = [r["step"] for r in result.history if "loss" in r]
    assert steps == list(range(1, 10))  # step 3 of the crashed run was replayed, not duplicated


def test_training_raises_margin_and_saves_loadable_lora_merged_model(
    tmp_path: Path, pairs_file: Path, tiny_lm_dir: Path
) -> None:
    from transformers import AutoModelForCausalLM

    from reward_models.implicit import ImplicitDPOReward

    cfg = config(tmp_path, pairs_file, tiny_lm_dir, max_steps=8, lora=True, lora_rank=4, lora_alpha=8, lr=2e-2,
                 eval_every=4)
    result = dpo.train(cfg)
    evals = [r for r in result.history if "eval_loss" in r]
    assert [r["step"] for r in evals] == [4, 8]
    assert result.metrics["eval_reward_margin"] > 0.3  # β·Δlog-ratio went from 0 to clearly positive
    assert result.metrics["eval_reward_accuracy"] == 1.0
    assert result.metrics["eval_loss"] < math.log(2) - 0.2

    out = Path(cfg.output_dir)
    meta = json.loads((out / checkpointing.META_FILE).read_text())
    assert meta["beta"] == 0.1 and meta["reference"] == str(tiny_lm_dir) and meta["recipe"] == "dpo"
    assert (out / tracking.CURVES_FILE).is_file() and not (out / "checkpoints").exists()
    assert not (out / "adapter_config.json").exists()  # LoRA merged: a plain checkpoint
    AutoModelForCausalLM.from_pretrained(out)
    rm = ImplicitDPOReward.load(out, tiny_lm_dir, name="dpo")  # reads beta from aligned_meta.json
    chosen, rejected = rm.score([PROMPTS[0], PROMPTS[0]], ["hello world", "the lazy dog"])
    assert chosen > rejected
