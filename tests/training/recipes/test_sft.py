"""SFT recipe on the tiny Llama: response-only labels, learning, and resume after a crash."""

import json
from pathlib import Path

import pytest
import torch

from training import checkpointing
from training.checkpointing import Checkpointer, TrainState
from training.data.formats import write_jsonl
from training.recipes import sft
from training.recipes.policy_common import IGNORE_INDEX, encode_conversation, load_tokenizer

ROWS = [
    {"messages": [{"role": "user", "content": "Write a short poem."}, {"role": "assistant", "content": "hello world"}]},
    {"messages": [{"role": "user", "content": "Say hello."}, {"role": "assistant", "content": "the quick brown fox"}]},
    {"messages": [{"role": "system", "content": "Answer in json."}, {"role": "user", "content": "fox?"},
                  {"role": "assistant", "content": "true"}]},
    {"messages": [{"role": "user", "content": "Explain the ocean."}, {"role": "assistant", "content": "hello ocean"}]},
]


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture
def sft_file(tmp_path: Path) -> Path:
    path = tmp_path / "winners.jsonl"
    write_jsonl(path, ROWS)
    return path


def config(tmp_path: Path, sft_file: Path, tiny_lm_dir: Path, **kw) -> sft.SFTConfig:
    base = {"train_data": str(sft_file), "eval_data": str(sft_file), "output_dir": str(tmp_path / "out"),
                "model": str(tiny_lm_dir), "batch_size": 2, "lr": 3e-3, "warmup_ratio": 0.0, "lr_schedule": "constant",
                "max_length": 64, "threads": 1, "seed": 0}
    return sft.SFTConfig(**{**base, **kw})


def test_labels_are_the_assistant_tokens_only(tiny_lm_dir: Path) -> None:
    tok = load_tokenizer(tiny_lm_dir)

    def answer(text: str) -> list[int]:
        return tok(text, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]

    messages = [{"role": "user", "content": "hello"}, {"role": "assistant", "content": "the quick fox"},
                {"role": "user", "content": "json"}, {"role": "assistant", "content": "true"}]
    ids, labels = encode_conversation(tok, messages, max_length=128)
    learned = [t for t, lab in zip(ids, labels) if lab != IGNORE_INDEX]
    assert learned == answer("the quick fox") + answer("true")  # both assistant turns, each with its EOS
    assert all(lab in (IGNORE_INDEX, t) for t, lab in zip(ids, labels))
    # the ids are the chat template's rendering (up to the final newline after the last EOS)
    full = tok.apply_chat_template(messages, tokenize=False)
    assert tok.decode(ids) == full.rstrip("\n")
    prompt_len = len(tok(tok.apply_chat_template(messages[:1], add_generation_prompt=True, tokenize=False),
                         add_special_tokens=False)["input_ids"])
    assert labels[:prompt_len] == [IGNORE_INDEX] * prompt_len

    batch = sft.make_collate(tok.pad_token_id)([(ids, labels), (ids[:5], labels[:5])])
    assert batch["labels"].shape == (2, len(ids))
    assert (batch["labels"][1, 5:] == IGNORE_INDEX).all() and (batch["attention_mask"][1, 5:] == 0).all()
    with pytest.raises(ValueError, match="no assistant turn"):
        encode_conversation(tok, messages[:1], max_length=128)


def test_short_run_lowers_the_loss(tmp_path: Path, sft_file: Path, tiny_lm_dir: Path) -> None:
    from transformers import AutoModelForCausalLM

    cfg = config(tmp_path, sft_file, tiny_lm_dir, max_steps=10, eval_every=5, lr=1e-2)
    result = sft.train(cfg)
    losses = [r["loss"] for r in result.history if "loss" in r]
    evals = [r["eval_loss"] for r in result.history if "eval_loss" in r]
    assert len(losses) == 10 and len(evals) == 2
    assert losses[-1] < 0.6 * losses[0], losses
    assert evals[-1] < 0.6 * losses[0]  # the same rows: memorised
    out = Path(cfg.output_dir)
    assert json.loads((out / checkpointing.META_FILE).read_text())["recipe"] == "sft"
    AutoModelForCausalLM.from_pretrained(out)


def test_resume_after_a_crash_continues_from_the_checkpoint(tmp_path: Path, sft_file: Path, tiny_lm_dir: Path) -> None:
    class Crash(Exception):
        pass

    def crash_at_3(state: TrainState) -> None:
        if state.step == 3:
            raise Crash

    straight = sft.train(config(tmp_path / "a", sft_file, tiny_lm_dir, max_steps=4, save_every=2, eval_data=None))
    cfg = config(tmp_path / "b", sft_file, tiny_lm_dir, max_steps=4, save_every=2, eval_data=None)
    with pytest.raises(Crash):
        sft.train(cfg, on_step_end=crash_at_3)
    assert [p.name for p in Checkpointer(Path(cfg.output_dir) / "checkpoints").complete()] == ["step-2"]
    resumed = sft.train(cfg)
    assert resumed.resumed_from == 2 and resumed.steps == 4
    assert [r["step"] for r in resumed.history] == [1, 2, 3, 4]
    # same data order and optimizer state: the resumed run's losses are the uninterrupted run's
    for a, b in zip(straight.history, resumed.history):
        assert a["loss"] == pytest.approx(b["loss"], rel=1e-4)
