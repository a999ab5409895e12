"""KTO recipe on the tiny Llama: the unpaired rows, the mismatched KL pairs, the loss at step 0, and learning."""

import json
from pathlib import Path

import pytest
import torch

from training import checkpointing, config
from training.data.formats import DataFormatError, write_jsonl
from training.recipes import kto
from training.recipes.policy_common import encode_pair, load_tokenizer

PROMPTS = ["Write a short poem.", "Explain the ocean.", "Say hello.", "Describe a fox."]


def rows(n_prompts: int = 4) -> list[dict]:
    """Each prompt twice: "hello world" is desirable, "the lazy dog" undesirable (a string or a messages prompt)."""
    out = []
    for i, p in enumerate(PROMPTS[:n_prompts]):
        prompt = p if i % 2 else [{"role": "user", "content": p}]
        out += [{"prompt": prompt, "completion": "hello world", "label": True},
                {"prompt": prompt, "completion": "the lazy dog", "label": False}]
    return out


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture
def kto_file(tmp_path: Path) -> Path:
    path = tmp_path / "kto.jsonl"
    write_jsonl(path, rows())
    return path


def test_rows_load_and_bad_rows_name_file_and_line(tmp_path: Path, kto_file: Path) -> None:
    loaded = kto.load_kto(str(kto_file))
    assert [r.label for r in loaded] == [True, False] * 4 and loaded[1].prompt == [{"role": "user",
                                                                                    "content": PROMPTS[0]}]
    good = json.dumps(rows()[0])
    for bad, message in [('{"prompt": "p", "completion": "a"}', "missing field 'label'"),
                         ('{"prompt": "p", "completion": "a", "label": 1}', "'label' must be true or false"),
                         ('{"prompt": "p", "completion": " ", "label": true}', "'completion' must be a non-empty"),
                         ('{"prompt": [{"role": "user"}], "completion": "a", "label": true}', "'prompt' must be")]:
        path = tmp_path / "bad.jsonl"
        path.write_text(f"{good}\n{bad}\n")
        with pytest.raises(DataFormatError, match=rf"^{path}:2: .*{message}"):
            kto.load_kto(str(path))


def test_each_row_is_paired_with_the_previous_rows_completion_for_the_kl_estimate(tiny_lm_dir: Path) -> None:
    tok = load_tokenizer(tiny_lm_dir)
    data = [kto.KTORow("p0", "a", True), kto.KTORow("p1", "b", False), kto.KTORow("p2", "c", True)]
    items = kto.kto_items(data, tok, max_length=64)
    assert [it["label"] for it in items] == [True, False, True]
    assert items[1]["first"] == encode_pair(tok, "p1", "b", 64)
    assert items[1]["second"] == encode_pair(tok, "p1", "a", 64)
    assert items[0]["second"] == encode_pair(tok, "p0", "c", 64)  # the first row wraps around to the last


def test_training_starts_at_one_half_and_lowers_the_loss(tmp_path: Path, kto_file: Path, tiny_lm_dir: Path) -> None:
    from transformers import AutoModelForCausalLM

    cfg = kto.KTOConfig(train_data=str(kto_file), eval_data=str(kto_file), output_dir=str(tmp_path / "out"),
                        model=str(tiny_lm_dir), batch_size=4, lr=2e-2, warmup_ratio=0.0, lr_schedule="constant",
                        max_length=64, max_steps=12, eval_every=6, lora=True, lora_rank=4, lora_alpha=8, threads=1,
                        beta=1.0)
    result = kto.train(cfg)
    train_rows = [r for r in result.history if "loss" in r]
    # step 1's forward: policy == reference, so r = 0 and z0 = 0 for every row: 1 - σ(0) = 0.5
    assert train_rows[0]["loss"] == pytest.approx(0.5, abs=1e-6) and train_rows[0]["kl"] == pytest.approx(0.0)
    assert sum(r["loss"] for r in train_rows[-3:]) / 3 < 0.25  # seed 0: 0.5 -> ~0.08
    assert result.metrics["eval_loss"] < 0.25
    assert result.metrics["eval_reward_desirable"] > 0 > result.metrics["eval_reward_undesirable"]
    assert [r["step"] for r in result.history if "eval_loss" in r] == [6, 12]
    meta = json.loads((Path(cfg.output_dir) / checkpointing.META_FILE).read_text())
    assert (meta["recipe"], meta["loss"], meta["beta"], meta["reference"]) == ("kto", "kto", 1.0, str(tiny_lm_dir))
    AutoModelForCausalLM.from_pretrained(cfg.output_dir)  # LoRA merged: a plain checkpoint


def test_config_and_command_line(tmp_path: Path, capsys) -> None:
    with pytest.raises(ValueError, match="cannot both be 0"):
        kto.KTOConfig(train_data="x", output_dir="y", desirable_weight=0.0, undesirable_weight=0.0)
    with pytest.raises(ValueError, match="beta must be > 0"):
        kto.KTOConfig(train_data="x", output_dir="y", beta=0.0)
    cfg = config.parse_config(kto.KTOConfig, ["--train-data", "x", "--output-dir", "y", "--desirable-weight", "1.33"],
                              "aligned-train kto", "")
    assert (cfg.desirable_weight, cfg.undesirable_weight, cfg.lr) == (1.33, 1.0, 5e-6)
    one = tmp_path / "one.jsonl"
    write_jsonl(one, rows()[:1])
    assert kto.main(["--train-data", str(one), "--output-dir", str(tmp_path / "never")]) == 2
    assert "needs at least 2 rows" in capsys.readouterr().err and not (tmp_path / "never").exists()
