"""synth on task v2: judging by hand, stats, empty answers drawn again, a resumable run with a fake engine, and
the shared transformers sampler end to end on a tiny model."""

from pathlib import Path

import pytest

from training.data import bundle as bd
from training.data import synth
from training.data.synth import SynthConfig, fill_empty, judge_rows, split_stats
from training.sampling import Samples
from training.tasks.instructions.compose import InstructionPrompt
from training.tasks.instructions.families import Constraint
from training.tasks.instructions.splits import SplitSpec, write_splits

NO_COMMAS = Constraint("no_commas", {}, 0)
SHORT = Constraint("words_max", {"n": 3}, 0)


def _prompt(pid: str, *constraints: Constraint) -> InstructionPrompt:
    return InstructionPrompt(pid, "train", [{"role": "user", "content": f"Describe tea. ({pid})"}],
                             list(constraints), "describe-place", "description")


def test_judge_rows_by_hand() -> None:
    prompts = [_prompt("a", NO_COMMAS, SHORT)]
    samples = [Samples(["Tea is nice.", "Tea, hot.", "Tea is hot and brown."], ["stop", "stop", "length"])]
    [row] = judge_rows(prompts, samples, [1])
    assert row["responses"] == ["Tea is nice.", "Tea, hot.", "Tea is hot and brown."]
    assert row["scores"] == [1.0, 0.5, 0.5]  # the comma fails one of two; 5 words fail the other
    meta = row["meta"]
    assert meta["passes"] == [True, False, False]
    assert meta["satisfied"] == [[True, True], [False, True], [True, False]]
    assert meta["id"] == "a" and meta["split"] == "train" and meta["category"] == "description"
    assert meta["constraints"] == [NO_COMMAS.to_dict(), SHORT.to_dict()] and meta["resampled_empty"] == 1
    with pytest.raises(ValueError):
        judge_rows(prompts, [], [])


def test_split_stats_by_hand() -> None:
    rows = judge_rows(
        [_prompt("a", NO_COMMAS, SHORT), _prompt("b", NO_COMMAS)],
        [Samples(["Tea is nice.", "Tea, hot."], ["stop", "stop"]),  # passes: T, F
         Samples(["Tea, hot.", "Tea, cold, wet."], ["stop", "length"])],  # passes: F, F
        [0, 2])
    stats = split_stats(rows)
    assert stats["prompts"] == 2 and stats["samples"] == 4
    assert stats["mean_pass_rate"] == 0.25 and stats["oracle_best_of_k_pass_rate"] == 0.5
    assert stats["mean_judge_score"] == 0.375  # (1 + 0.5 + 0 + 0) / 4
    assert stats["truncated_fraction"] == 0.25 and stats["resampled_empty"] == 2
    # no_commas: 1 of 4 samples is comma-free; words_max: both samples of the first prompt have <= 3 words
    assert stats["per_family_pass_rate"] == {"no_commas": {"pass_rate": 0.25, "samples": 4},
                                             "words_max": {"pass_rate": 1.0, "samples": 2}}


def test_fill_empty_draws_empty_answers_again() -> None:
    calls = []

    def sampler(conversations, n):
        calls.append((len(conversations), n))
        return [Samples(["again"], ["stop"], 2) for _ in conversations]

    first = [Samples(["a", " "], ["stop", "stop"], 3), Samples(["", "b"], ["stop", "length"], 2)]
    filled, counts = fill_empty(sampler, [[{"role": "user", "content": "x"}]] * 2, first)
    assert [f.texts for f in filled] == [["a", "again"], ["again", "b"]]
    assert [f.finish_reasons for f in filled] == [["stop", "stop"], ["stop", "length"]]
    assert counts == [1, 1] and [f.tokens for f in filled] == [3 + 2, 2 + 2] and calls == [(2, 1)]
    never = fill_empty(lambda c, n: [Samples([""], ["stop"]) for _ in c], [[], []], first, rounds=2)
    assert [f.texts for f in never[0]] == [["a"], ["b"]] and never[1] == [2, 2]  # still empty: dropped


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="k must be"):
        SynthConfig(k_train=1)
    with pytest.raises(ValueError, match="unknown engine"):
        SynthConfig(engine="magic")
    with pytest.raises(ValueError, match="unknown splits"):
        SynthConfig(splits=("holdout",))
    assert SynthConfig().k("test_topics") == 16 and SynthConfig().k("train") == 8


class FakeSampler:
    """Answers every prompt with the same texts; `fail_after` batches, raises (a killed run)."""

    fail_after: int | None = None
    calls = 0

    def __init__(self, cfg: SynthConfig, seed: int) -> None:
        self.load_seconds = 0.5
        self.cfg, self.seed = cfg, seed

    def __call__(self, conversations, n):
        FakeSampler.calls += 1
        if FakeSampler.fail_after is not None and FakeSampler.calls > FakeSampler.fail_after:
            raise KeyboardInterrupt("killed")
        texts = (["x", "Sure, Here Is A Long Answer, With Commas.", "in short yes?", "<<T>> ok"] * 8)[:n]
        return [Samples(list(texts), ["stop"] * n, 7 * n) for _ in conversations]


def small_bundle(tmp_path: Path) -> Path:
    counts = {"test_topics": 5, "test_phrasings": 4, "test_families": 4, "validation": 3, "train": 9}
    write_splits(SplitSpec(seed=0, counts=counts), tmp_path)
    return tmp_path


def test_a_killed_run_resumes_where_it_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = small_bundle(tmp_path)
    argv = ["--model", "fake", "--bundle", str(bundle), "--k-eval", "4", "--k-train", "3", "--batch-sequences", "8"]
    monkeypatch.setitem(synth.ENGINES, "vllm", FakeSampler)
    FakeSampler.calls, FakeSampler.fail_after = 0, 2
    with pytest.raises(KeyboardInterrupt):
        synth.main(argv)
    # 2 prompts per batch at k=4: test_topics' batches 0, 1 and 2 were asked for, the third never returned
    assert [p.name for p in bd.shard_paths(bundle, "test_topics")] == ["test_topics-00000.jsonl.gz",
                                                                       "test_topics-00001.jsonl.gz"]
    FakeSampler.calls, FakeSampler.fail_after = 0, None
    assert synth.main(argv) == 0
    manifest = bd.read_manifest(bundle)
    for split, n in manifest["splits"].items():
        rows = bd.load_split(split, bundle)
        ids = [r.meta["id"] for r in rows]
        assert sorted(ids) == sorted(p["id"] for p in bd.load_prompt_dicts(bundle, split)) and len(ids) == n["prompts"]
        entry = manifest["samples"][split]
        assert entry["prompts"] == n["prompts"] and entry["k"] == (3 if split == "train" else 4)
        assert all(len(r.responses) == entry["k"] for r in rows)
        assert entry["shards"] == {str(p.relative_to(bundle)): bd.file_sha256(p) for p in bd.shard_paths(bundle, split)}
    assert manifest["samples"]["generator"]["model_name"] == "fake"
    assert manifest["samples"]["test_topics"]["tokens"] == 7 * 4 * 5
    # test_topics resumes with its last prompt; then 2 prompts per batch at k=4 and (8 // 3 =) 2 at k=3 on train
    assert FakeSampler.calls == 1 + 2 + 2 + 2 + 5
    FakeSampler.calls = 0
    assert synth.main(argv) == 0 and FakeSampler.calls == 0  # nothing left to do: the engine is not even started


def test_resuming_with_other_sampling_settings_is_refused(tmp_path, monkeypatch) -> None:
    bundle = small_bundle(tmp_path)
    monkeypatch.setitem(synth.ENGINES, "vllm", FakeSampler)
    FakeSampler.fail_after = None
    base = ["--model", "fake", "--bundle", str(bundle), "--k-eval", "2", "--splits", "validation"]
    assert synth.main(base) == 0
    with pytest.raises(ValueError, match="sampled with"):
        synth.main([*base, "--max-tokens", "50"])


def test_synth_needs_the_splits_first(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="splits"):
        synth.run_synth(SynthConfig(model="fake", bundle=str(tmp_path)))


def test_the_shared_transformers_sampler_fills_a_split(tmp_path: Path, tiny_lm_dir: Path) -> None:
    bundle = small_bundle(tmp_path)
    argv = ["--model", str(tiny_lm_dir), "--bundle", str(bundle), "--engine", "transformers", "--splits",
            "validation", "--k-eval", "2", "--max-tokens", "4"]
    assert synth.main(argv) == 0
    rows = bd.load_split("validation", bundle)
    entry = bd.read_manifest(bundle)["samples"]["validation"]
    assert len(rows) == entry["prompts"] <= 3  # a prompt whose answers all stay empty is left out
    assert 0 < entry["tokens"] <= 3 * 2 * 4 * 4  # first draws and redraws of empty answers
    assert all(set(r.meta["finish_reasons"]) <= {"stop", "length"} for r in rows)
