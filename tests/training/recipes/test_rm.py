"""The reward-model recipe end to end on a tiny Llama: learning, saving, truncation, crash/resume, bad data."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import asdict, replace
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from tests.training.recipes.conftest import write_jsonl
from training import checkpointing, config, loop
from training.checkpointing import Checkpointer, TrainState
from training.data.formats import DataFormatError
from training.recipes import rm

REPO = Path(__file__).resolve().parents[3]


def make_cfg(base: Path, train: Path, out: Path, **kw) -> rm.RMConfig:
    defaults = {"train_data": str(train), "output_dir": str(out), "base_model": str(base), "lr": 3e-3, "batch_size": 8,
                    "max_steps": 12, "log_every": 1, "save_every": 2, "threads": 1, "warmup_ratio": 0.0}
    return rm.RMConfig(**{**defaults, **kw})


def test_learns_separable_pairs_and_saves_plain_checkpoint(tiny_lm_dir, toy_pairs_file, toy_eval_file, tmp_path):
    from transformers import AutoModelForSequenceClassification

    from reward_models.hf import HFRewardModel

    out = tmp_path / "rm"
    result = rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, eval_data=str(toy_eval_file)))

    losses = [r["loss"] for r in result.history if "loss" in r]
    assert result.steps == 12 and len(losses) == 12
    assert losses[0] > 0.6  # ~ln 2 at init: a fresh score head has no preference
    assert sum(losses[-3:]) / 3 < 0.5 * losses[0]
    assert result.metrics["eval_accuracy"] >= 0.9

    model = AutoModelForSequenceClassification.from_pretrained(out)
    assert model.config.num_labels == 1 and model.config.pad_token_id is not None
    meta = json.loads((out / "aligned_meta.json").read_text())
    assert meta["recipe"] == "rm" and meta["loss"] == "bradley_terry" and meta["steps"] == 12
    assert meta["data"][0]["sha256"] == checkpointing.file_sha256(toy_pairs_file)
    assert meta["metrics"]["eval_accuracy"] == result.metrics["eval_accuracy"] and meta["version"]
    assert (out / "metrics.jsonl").is_file() and (out / "curves.png").stat().st_size > 0
    assert not (out / "checkpoints").exists()  # removed after the final save (keep_checkpoints=False)

    # The server's scorer reads the same text the recipe trained on: it ranks held-out pairs the same way.
    served = HFRewardModel.load(out, name="toy")
    rows = [json.loads(line) for line in toy_eval_file.read_text().splitlines()]
    chosen = served.score([r["prompt"] for r in rows], [r["chosen"] for r in rows])
    rejected = served.score([r["prompt"] for r in rows], [r["rejected"] for r in rows])
    served_acc = sum(c > r for c, r in zip(chosen, rejected)) / len(rows)
    assert served_acc == pytest.approx(result.metrics["eval_accuracy"])


def test_plackett_luce_on_ranked_lists(tiny_lm_dir, tmp_path):
    rows = [{"prompt": f"Describe item {i}.", "responses": [f"item {i} ocean", f"item {i} json", f"item {i}"],
             "scores": [1.0, 0.0, 0.5]} for i in range(12)]
    data = write_jsonl(tmp_path / "ranked.jsonl", rows)
    result = rm.train(make_cfg(tiny_lm_dir, data, tmp_path / "pl", loss="plackett_luce", batch_size=4,
                               eval_data=str(data)))
    losses = [r["loss"] for r in result.history if "loss" in r]
    assert losses[-1] < losses[0]
    assert result.metrics["eval_pairs"] == 12 * 3  # every strictly ordered pair of each list


def test_several_train_files_are_read_and_recorded(tiny_lm_dir, toy_pairs_file, tmp_path):
    more = write_jsonl(tmp_path / "more.pairs.jsonl", [{"prompt": "p", "chosen": "ocean", "rejected": "json"}] * 8)
    result = rm.train(make_cfg(tiny_lm_dir, f"{toy_pairs_file},{more}", tmp_path / "two", max_steps=None,
                               epochs=1.0, batch_size=8))
    assert result.steps == (32 + 8) // 8  # one epoch over both files
    meta = json.loads((tmp_path / "two" / "aligned_meta.json").read_text())
    assert [d["sha256"] for d in meta["data"]] == [checkpointing.file_sha256(f) for f in (toy_pairs_file, more)]


def test_lora_is_merged_into_a_plain_checkpoint(tiny_lm_dir, toy_pairs_file, tmp_path):
    out = tmp_path / "lora"
    rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, lora=True, lora_rank=4, lora_alpha=8, max_steps=2))
    keys = load_file(str(out / "model.safetensors")).keys()
    assert not (out / "adapter_config.json").exists()
    assert not any("lora" in k for k in keys) and "score.weight" in keys


def test_a_lora_model_packs_into_low_rank_factors_that_rebuild_it(tiny_lm_dir, toy_pairs_file, tmp_path):
    """Full depth with LoRA, shipped small: the merged checkpoint's changes are rank r, stored as factors."""
    from aligned_core import rm_artifact

    out = tmp_path / "lora"
    rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, lora=True, lora_rank=4, lora_alpha=8, max_steps=3))
    info = rm_artifact.pack(out, tiny_lm_dir, tmp_path / "artifact", rank=4)
    assert info["lowrank"] and all(".layers." in n for n in info["lowrank"])
    assert "score.weight" not in info["lowrank"] and "score.weight" not in info["from_base"]
    rebuilt = rm_artifact.materialise(tmp_path / "artifact", tiny_lm_dir, tmp_path / "rebuilt")
    trained, again = load_file(str(out / "model.safetensors")), load_file(str(rebuilt / "model.safetensors"))
    assert trained.keys() == again.keys()
    for name in info["lowrank"]:
        torch.testing.assert_close(again[name], trained[name], atol=1e-4, rtol=0)


def test_a_wall_clock_budget_stops_early_and_still_saves_the_model(tiny_lm_dir, toy_pairs_file, tmp_path):
    out = tmp_path / "timed"
    result = rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, max_steps=12, max_minutes=1e-6))
    meta = json.loads((out / "aligned_meta.json").read_text())
    assert result.steps == 1 and meta["stopped_by_time_limit"] == {"steps": 1, "planned": 12}
    assert (out / "model.safetensors").is_file() and meta["metrics"]["train_loss"] > 0  # its one step is logged
    resumed = rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, max_steps=12))  # a rerun continues from step 1
    meta = json.loads((out / "aligned_meta.json").read_text())
    assert resumed.resumed_from == 1 and resumed.steps == 12 and "stopped_by_time_limit" not in meta
    with pytest.raises(ValueError, match="max_minutes"):
        make_cfg(tiny_lm_dir, toy_pairs_file, out, max_minutes=0)


def test_truncates_to_first_k_layers(tiny_lm_dir, toy_pairs_file, tmp_path):
    from transformers import AutoModelForCausalLM

    model, _ = rm.build_model(make_cfg(tiny_lm_dir, toy_pairs_file, tmp_path / "x", num_layers=1))
    assert model.config.num_hidden_layers == 1 and len(model.model.layers) == 1
    base = AutoModelForCausalLM.from_pretrained(tiny_lm_dir)
    torch.testing.assert_close(model.model.layers[0].mlp.up_proj.weight, base.model.layers[0].mlp.up_proj.weight)
    with pytest.raises(ValueError, match="only 2 decoder layers"):
        rm.build_model(make_cfg(tiny_lm_dir, toy_pairs_file, tmp_path / "x", num_layers=3))


def test_frozen_layers_do_not_train(tiny_lm_dir, toy_pairs_file, tmp_path):
    model, _ = rm.build_model(make_cfg(tiny_lm_dir, toy_pairs_file, tmp_path / "x", num_layers=2, freeze_layers=1))
    assert not model.get_input_embeddings().weight.requires_grad
    assert not any(p.requires_grad for p in model.model.layers[0].parameters())
    assert all(p.requires_grad for p in model.model.layers[1].parameters())


class Crash(RuntimeError):
    pass


def test_resume_after_crash_matches_an_uninterrupted_run(tiny_lm_dir, toy_pairs_file, tmp_path):
    def crash_at_3(state: TrainState) -> None:
        if state.step == 3:
            raise Crash

    out = tmp_path / "crashy"
    cfg = make_cfg(tiny_lm_dir, toy_pairs_file, out, max_steps=6, batch_size=12)  # 32 pairs: epochs cross at 3
    with pytest.raises(Crash):
        rm.train(cfg, on_step_end=crash_at_3)
    assert [p.name for p in Checkpointer(out / "checkpoints").complete()] == ["step-2"]
    assert not (out / "aligned_meta.json").exists()

    seen: list[int] = []
    resumed = rm.train(cfg, on_step_end=lambda s: seen.append(s.step))
    assert resumed.resumed_from == 2 and seen == [3, 4, 5, 6] and resumed.steps == 6
    assert [r["step"] for r in resumed.history if "loss" in r] == [1, 2, 3, 4, 5, 6]  # no duplicated rows

    straight = rm.train(replace(cfg, output_dir=str(tmp_path / "straight")))
    assert straight.resumed_from is None
    a, b = load_file(str(out / "model.safetensors")), load_file(str(tmp_path / "straight" / "model.safetensors"))
    for key in a:
        torch.testing.assert_close(a[key], b[key], msg=key)


def test_survives_sigkill_and_a_torn_checkpoint(tiny_lm_dir, toy_pairs_file, tmp_path):
    out = tmp_path / "killed"
    script = textwrap.dedent(f"""
        import os, signal
        from training.recipes import rm
        cfg = rm.RMConfig(train_data={str(toy_pairs_file)!r}, output_dir={str(out)!r}, base_model={str(tiny_lm_dir)!r},
                          lr=3e-3, batch_size=8, max_steps=4, save_every=2, threads=1)
        def die(state):
            if state.step == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        rm.train(cfg, on_step_end=die)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, timeout=300, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    ckpts = out / "checkpoints"
    assert sorted(p.name for p in ckpts.iterdir()) == ["step-2"]
    # A save killed half way leaves only a .tmp directory: it is ignored and cleaned up.
    torn = ckpts / ".tmp-step-4"
    torn.mkdir()
    (torn / "model.safetensors").write_bytes(b"\0garbage")

    seen: list[int] = []
    result = rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, max_steps=4),
                      on_step_end=lambda s: seen.append(s.step))
    assert result.resumed_from == 2 and seen == [3, 4]
    assert checkpointing.is_complete_model(out)


BAD_ROWS = {
    "missing field": ('{"prompt": "p", "chosen": "a"}', "missing field 'rejected'"),
    "empty response": ('{"prompt": "p", "chosen": "a", "rejected": "  "}', "field 'rejected' is empty"),
    "not json": ('{"prompt": "p", "chosen": "a", "rejected": "b"', "not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_bad_data_fails_before_training_naming_file_and_line(case, tiny_lm_dir, tmp_path, capsys):
    good = '{"prompt": "p", "chosen": "a", "rejected": "b"}'
    bad_row, message = BAD_ROWS[case]
    data = tmp_path / "bad.jsonl"
    data.write_text(f"{good}\n{good}\n{bad_row}\n")
    out = tmp_path / "never"
    with pytest.raises(DataFormatError, match=rf"^{data}:3: .*{message}"):
        rm.train(make_cfg(tiny_lm_dir, data, out))
    assert not out.exists()

    code = rm.main(["--train-data", str(data), "--output-dir", str(out), "--base-model", str(tiny_lm_dir)])
    assert code == 2 and f"{data}:3:" in capsys.readouterr().err
    assert not out.exists()


def test_config_is_checked_when_built(tmp_path):
    with pytest.raises(ValueError, match="loss must be one of"):
        rm.RMConfig(train_data="x", output_dir="y", loss="hinge")
    with pytest.raises(ValueError, match="freeze_layers"):
        rm.RMConfig(train_data="x", output_dir="y", num_layers=2, freeze_layers=2)
    with pytest.raises(ValueError, match="train_data is required"):
        rm.RMConfig(output_dir="y")
    with pytest.raises(ValueError, match="mixed_precision must be one of"):
        rm.RMConfig(train_data="x", output_dir="y", mixed_precision="fp8")


def test_bf16_autocast_trains_and_records_its_precision(tiny_lm_dir, toy_pairs_file, toy_eval_file, tmp_path):
    """Under bf16 autocast the rewards come out float32 (the loss and the saved model stay float32) and the run
    learns the separable toy pairs as the float32 run does; the meta records the precision that ran."""
    out = tmp_path / "rm"
    result = rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, out, eval_data=str(toy_eval_file),
                               mixed_precision="bf16"))
    losses = [r["loss"] for r in result.history if "loss" in r]
    assert sum(losses[-3:]) / 3 < 0.5 * losses[0]
    assert result.metrics["eval_accuracy"] >= 0.9
    meta = json.loads((out / "aligned_meta.json").read_text())
    assert meta["precision"] == "bf16" and meta["config"]["mixed_precision"] == "bf16"
    weights = load_file(str(out / "model.safetensors"))
    assert {t.dtype for t in weights.values()} == {torch.float32}
    fp32 = rm.train(make_cfg(tiny_lm_dir, toy_pairs_file, tmp_path / "fp32"))
    first = next(r["loss"] for r in fp32.history if "loss" in r)
    assert first != losses[0] and first == pytest.approx(losses[0], rel=0.05)  # bf16 rounding ran, nothing else


def test_auto_precision_is_bf16_only_where_the_hardware_computes_it(monkeypatch):
    from aligned_core import platform

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(platform, "cpu_has_native_bf16", lambda: True)
    assert loop.resolve_mixed_precision("auto") == "bf16"
    monkeypatch.setattr(platform, "cpu_has_native_bf16", lambda: False)
    assert loop.resolve_mixed_precision("auto") == "no"
    assert (loop.resolve_mixed_precision("bf16"), loop.resolve_mixed_precision("no")) == ("bf16", "no")


def test_cli_flags_map_onto_the_config():
    parser = config.build_parser(rm.RMConfig, "aligned-train rm", "")
    args = parser.parse_args(["--train-data", "t.jsonl", "--output-dir", "o", "--num-layers", "4", "--no-resume",
                              "--lr", "1e-4", "--lora", "--base-model", "b", "--no-shared-prefix"])
    cfg = config.config_from_args(parser, rm.RMConfig, args)
    assert (cfg.num_layers, cfg.resume, cfg.lr, cfg.max_steps, cfg.lora) == (4, False, 1e-4, None, True)
    assert (cfg.model, cfg.shared_prefix) == ("b", False)
    assert cfg.batch_size == rm.RMConfig.batch_size == 8  # untouched fields keep the recipe's defaults
    with pytest.raises(SystemExit):
        parser.parse_args(["--num-layers", "four"])


def test_the_old_base_model_keyword_still_sets_the_model():
    assert rm.RMConfig(train_data="x", output_dir="y", base_model="b").model == "b"
    assert replace(rm.DEFAULT_RM_PRESET, base_model="b").model == "b"  # as loadtests/bench_rm_step.py calls it


def test_the_default_model_trained_before_the_shared_config_is_not_retrained():
    """default_rm_config_v1.json is the meta "config" of a default reward model trained before the config base
    (base_model, no limit/eval_limit fields): its preset key equals today's preset's."""
    old = json.loads((Path(__file__).parent / "default_rm_config_v1.json").read_text())
    assert "base_model" in old and "limit" not in old
    today = asdict(replace(rm.DEFAULT_RM_PRESET, output_dir="/cache/reward-models/default"))
    assert rm.preset_key(old) == rm.preset_key(today)
    assert rm.preset_key({**old, "lr": 1e-3}) != rm.preset_key(today)  # a real change still counts
    assert rm.preset_key({**old, "limit": 10}) != rm.preset_key(today)


def test_default_model_is_reused_when_complete_and_retrained_when_the_preset_changed(tmp_path, monkeypatch,
                                                                                     tiny_rm_dir):
    monkeypatch.setenv("ALIGNED_SERVE_CACHE", str(tmp_path))
    target = tmp_path / "reward-models" / "default"
    calls: list[rm.RMConfig] = []

    def fake_train(cfg: rm.RMConfig, on_step_end=None):
        calls.append(cfg)
        target.mkdir(parents=True, exist_ok=True)
        for f in tiny_rm_dir.iterdir():
            (target / f.name).write_bytes(f.read_bytes())
        (target / "aligned_meta.json").write_text(json.dumps({"config": asdict(cfg)}))

    monkeypatch.setattr(rm, "train", fake_train)
    assert rm.ensure_default_reward_model() == target
    assert rm.ensure_default_reward_model() == target
    assert len(calls) == 1 and calls[0].output_dir == str(target) and calls[0].resume
    assert calls[0].train_data == rm.DEFAULT_RM_PRESET.train_data
    for path in [*calls[0].train_data.split(","), calls[0].eval_data]:
        assert os.path.isfile(path)  # the preset's data ships

    config = json.loads((target / "aligned_meta.json").read_text())["config"]
    moved = {**config, "train_data": ",".join("/elsewhere/" + os.path.basename(p)
                                              for p in config["train_data"].split(","))}
    (target / "aligned_meta.json").write_text(json.dumps({"config": moved}))
    assert rm.ensure_default_reward_model() == target and len(calls) == 1  # same preset, other checkout

    (target / "aligned_meta.json").write_text(json.dumps({"config": {**config, "lr": 1.0}}))
    assert rm.ensure_default_reward_model() == target  # an older preset: trained again, from scratch
    assert len(calls) == 2 and not calls[1].resume and calls[1].lr == rm.DEFAULT_RM_PRESET.lr


def test_default_flag_needs_no_other_flag(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(rm, "ensure_default_reward_model", lambda: tmp_path / "default")
    assert rm.main(["--default"]) == 0  # what `make models` runs
    assert capsys.readouterr().out.strip() == str(tmp_path / "default")
