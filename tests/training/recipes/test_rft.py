"""RFT iterate on the tiny Llama: winners and pass rates, one round with the transformers engine, the command line."""

from pathlib import Path

import pytest
import torch

from training import checkpointing, sampling
from training.data.ifeval_task import Constraint, TaskPrompt
from training.recipes import rft, sft


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def test_select_winners_and_pass_rates() -> None:
    lower = Constraint("lowercase")
    q = Constraint("end_question")
    tasks = [TaskPrompt([{"role": "user", "content": "a"}], [lower, q], "t"),
             TaskPrompt([{"role": "user", "content": "b"}], [q], "t")]
    samples = [["ok?", "No", "ok"], ["Why?", "", "no"]]
    rates = rft.pass_rates(tasks, samples)
    assert rates["pass_rate"] == pytest.approx(2 / 6)  # "ok?" and "Why?"
    assert rates["judge_score"] == pytest.approx((1 + 0 + 0.5 + 1 + 0 + 0) / 6)
    assert rates["any_pass"] == 1.0
    rows = rft.select_winners(tasks, samples, [[0.2, 0.9, 0.9], [0.1, 5.0, 0.4]], threshold=0.3)
    assert [r.messages[-1]["content"] for r in rows] == ["No", "no"]  # ties: first; empty texts never win


def test_iterate_one_round_with_the_transformers_engine(
    tmp_path: Path, tiny_lm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = sampling.ENGINES["transformers"]

    def spy(model_dir, requests, settings, seed):
        calls.append(len(requests))
        return real(model_dir, requests, settings, seed)

    monkeypatch.setitem(sampling.ENGINES, "transformers", spy)
    cfg = rft.IterateConfig(output_dir=str(tmp_path / "iter"), rounds=1, model=str(tiny_lm_dir),
                            reward_model="rule:regex?pattern=.", engine="transformers", n=2, threshold=1.0,
                            train_prompts=3, heldout_prompts=2, eval_samples=1, max_new_tokens=6)
    sft_cfg = sft.SFTConfig(train_data="-", output_dir="-", max_steps=2, batch_size=2, lr=1e-3, threads=1,
                            max_length=128)
    summary = rft.iterate(cfg, sft_cfg)
    (round0,) = summary["rounds"]
    assert calls == [2, 1]  # one session for train + held-out samples, one final held-out evaluation
    assert round0["winners"] >= 1 and round0["train_steps"] == 2
    assert set(round0["heldout_before"]) == {"pass_rate", "judge_score", "any_pass"}
    assert summary["final"]["model"] == round0["model"] and checkpointing.is_complete_model(round0["model"])
    winners = (tmp_path / "iter" / "round-0" / "winners.jsonl").read_text().splitlines()
    assert len(winners) == round0["winners"]
    assert rft.iterate(cfg, sft_cfg) == summary and calls == [2, 1]  # a rerun finds everything done


def test_iterate_command_splits_its_flags_from_the_sft_step(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    seen = {}

    def fake_iterate(cfg, sft_cfg):
        seen.update(cfg=cfg, sft=sft_cfg)
        return {"rounds": [], "final": {"model": "m"}}

    monkeypatch.setattr(rft, "iterate", fake_iterate)
    argv = ["iterate", "--output-dir", "o", "--rounds", "2", "--n", "4", "--seed", "3", "--engine", "transformers",
            "--lora", "--lr", "2e-4", "--max-length", "320", "--epochs", "2"]
    assert rft.main(argv) == 0
    cfg, sft_cfg = seen["cfg"], seen["sft"]
    assert (cfg.output_dir, cfg.rounds, cfg.n, cfg.seed, cfg.engine) == ("o", 2, 4, 3, "transformers")
    assert (sft_cfg.lora, sft_cfg.lr, sft_cfg.max_length, sft_cfg.epochs) == (True, 2e-4, 320, 2.0)
    assert sft_cfg.seed == sft.SFTConfig.seed  # --seed is iterate's; each round sets the SFT seed itself
    with pytest.raises(SystemExit) as exc:
        rft.main(["iterate", "--output-dir", "o", "--no-such-flag", "1"])
    assert exc.value.code == 2 and "--no-such-flag" in capsys.readouterr().err


def test_rft_without_iterate_is_sft(monkeypatch: pytest.MonkeyPatch) -> None:
    argvs: list = []
    monkeypatch.setattr(rft, "sft_main", lambda argv: argvs.append(argv) or 0)
    assert rft.main(["--train-data", "w.jsonl", "--output-dir", "o"]) == 0
    assert argvs == [["--train-data", "w.jsonl", "--output-dir", "o"]]


def test_engines_for_eval_policy_return_texts(tiny_lm_dir: Path) -> None:
    settings = sampling.SamplingSettings(max_new_tokens=4)
    request = sampling.SampleRequest([[{"role": "user", "content": "hello"}]] * 2, n=3)
    (texts,) = rft.ENGINES["transformers"](tiny_lm_dir, [request], settings, 0)
    assert len(texts) == 2 and all(len(t) == 3 and all(isinstance(s, str) for s in t) for t in texts)


def test_the_verifier_serves_as_a_policy_reward() -> None:
    """PPO and RFT take `--reward-model rule:instructions`: the same reader and checkers as the served default."""
    from training.recipes.policy_common import load_reward_model

    rm = load_reward_model("rule:instructions")
    prompt = [{"role": "user", "content": "Name a fruit in lowercase, in at most 3 words."}]
    assert rm.score([prompt, prompt], ["a ripe mango", "A Ripe Mango From Brazil"]) == [1.0, 0.0]
