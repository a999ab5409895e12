"""The pure part of synth (samples + judgments -> rows, pairs, stats) and a full run with a fake engine."""

import json
from pathlib import Path

import pytest

from training.data import synth
from training.data.formats import load_pairs, load_ranked
from training.data.ifeval_task import Constraint, make_prompt
from training.data.synth import Generation, Samples, SynthConfig, build_ranked, split_stats

NO_COMMAS = Constraint("no_commas", {})
SHORT = Constraint("max_words", {"n": 4})


def _prompt(*constraints: Constraint):
    return make_prompt("tea", "Describe {topic}.", list(constraints))


def test_build_ranked_judges_each_sample_and_drops_empty_ones() -> None:
    prompts = [_prompt(NO_COMMAS, SHORT), _prompt(NO_COMMAS)]
    samples = [
        Samples(["Tea is nice.", "Tea, hot.", "  ", "Tea is hot and brown."], ["stop", "stop", "stop", "length"]),
        Samples(["Tea.", ""], ["stop", "stop"]),  # one non-empty sample left: the prompt is skipped
    ]
    [row] = build_ranked(prompts, samples)
    assert row.prompt == prompts[0].messages
    assert row.responses == ["Tea is nice.", "Tea, hot.", "Tea is hot and brown."]
    assert row.scores == [1.0, 0.5, 0.5]  # the comma fails one of two; 5 words fails the other
    assert row.meta["passes"] == [True, False, False]
    assert row.meta["finish_reasons"] == ["stop", "stop", "length"]
    assert row.meta["constraints"] == [NO_COMMAS.to_dict(), SHORT.to_dict()]
    assert row.meta["topic"] == "tea"


def test_build_ranked_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        build_ranked([_prompt(NO_COMMAS)], [])


def test_split_stats_by_hand() -> None:
    prompts = [_prompt(NO_COMMAS, SHORT), _prompt(NO_COMMAS)]
    samples = [
        Samples(["Tea is nice.", "Tea, hot."], ["stop", "stop"]),  # passes: T, F
        Samples(["Tea, hot.", "Tea, cold, wet."], ["stop", "length"]),  # passes: F, F
    ]
    rows = build_ranked(prompts, samples)
    stats = split_stats(rows, synth.ranked_to_pairs(rows, 0.5))
    assert stats["prompts"] == 2 and stats["samples"] == 4
    assert stats["pairs"] == 1  # the second prompt is a tie at 0.0
    assert stats["mean_pass_rate"] == 0.25
    assert stats["mean_judge_score"] == 0.375  # (1 + 0.5 + 0 + 0) / 4
    assert stats["oracle_best_of_k_pass_rate"] == 0.5
    assert stats["truncated_fraction"] == 0.25
    # no_commas: 1 of 4 samples is comma-free; max_words: both samples of the first prompt have < 4 words.
    assert stats["per_constraint_pass_rate"] == {
        "max_words": {"pass_rate": 1.0, "samples": 2},
        "no_commas": {"pass_rate": 0.25, "samples": 4},
    }


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="k must be"):
        SynthConfig(k=1)
    with pytest.raises(ValueError, match="unknown engine"):
        SynthConfig(engine="magic")
    with pytest.raises(ValueError, match="positive number of prompts"):
        SynthConfig(train_prompts=0, heldout_prompts=0)


def test_main_writes_loadable_files_and_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_engine(cfg: SynthConfig, conversations: list[list[dict]]) -> Generation:
        assert cfg.k == 3 and cfg.model == "fake-model"
        # Sample 0 satisfies nothing useful; "x" is short, comma-free, lowercase...; vary to make pairs.
        texts = ["Sure, Here Is A Long Answer, With Commas, That Rambles On And On.", "x", "in short yes?"]
        return Generation([Samples(list(texts), ["length", "stop", "stop"]) for _ in conversations], 42, 1.0, 2.0)

    monkeypatch.setitem(synth.ENGINES, "vllm", fake_engine)
    argv = ["--model", "fake-model", "--train-prompts", "5", "--heldout-prompts", "3", "--k", "3",
            "--out", str(tmp_path)]
    assert synth.main(argv) == 0

    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["command"].startswith("python -m training.data.synth --model fake-model")
    assert manifest["config"]["seed"] == 0 and manifest["generation"]["tokens_per_s"] == 21.0
    for split, n in [("train", 5), ("heldout", 3)]:
        ranked = load_ranked(tmp_path / f"{split}.ranked.jsonl")
        pairs = load_pairs(tmp_path / f"{split}.pairs.jsonl")
        assert len(ranked) == n == manifest["splits"][split]["prompts"]
        assert len(pairs) == manifest["splits"][split]["pairs"]
        assert all(p.margin is not None and p.margin >= 0.5 for p in pairs)
        for r in ranked:
            assert r.scores == [sum(Constraint.from_dict(c).check(t) for c in r.meta["constraints"])
                                / len(r.meta["constraints"]) for t in r.responses]


def test_transformers_engine_runs_end_to_end_on_a_tiny_model(tmp_path: Path, tiny_lm_dir: Path) -> None:
    cfg = SynthConfig(
        model=str(tiny_lm_dir), train_prompts=3, heldout_prompts=1, k=2, max_tokens=4, engine="transformers",
        out=str(tmp_path), min_margin=0.0,
    )
    prompts = [p.messages for p in synth.make_prompts("train", 9, seed=0)]  # > 8: two generate calls
    gen = synth.generate_transformers(cfg, prompts)
    assert len(gen.samples) == 9
    assert all(len(s.texts) == 2 and set(s.finish_reasons) <= {"stop", "length"} for s in gen.samples)
    assert 0 < gen.tokens <= 9 * 2 * 4
    manifest = synth.run_synth(cfg)
    assert manifest["splits"]["train"]["samples"] <= 6  # empty samples from a random model may be dropped
