"""eval-rm: one report per split from ranked files or the task-v2 bundle, a stub scorer, the CLI's files."""

import json
from pathlib import Path

import pytest

from training import eval as rm_eval
from training.data import bundle as bd

PASSES = [[0, 1, 0, 1], [1, 0, 0, 0], [0, 0, 1, 1]]


class LengthStub:
    """Scores a response by its length: longer is better."""

    name, version = "stub", "1"

    def score(self, prompts, responses):
        assert len(prompts) == len(responses)
        return [float(len(r)) for r in responses]


RESPONSES = [["a", "bb", "ccc", "dddd"], ["eeee", "fff", "gg", "h"], ["i", "jj", "kkk", "llll"]]


def ranked_rows() -> list[dict]:
    return [{"prompt": f"p{i}", "responses": r, "scores": [float(p) for p in ps], "meta": {"passes": ps}}
            for i, (r, ps) in enumerate(zip(RESPONSES, PASSES))]


def write_heldout(tmp_path: Path) -> tuple[Path, Path]:
    pairs = [{"prompt": "p", "chosen": "long answer", "rejected": "short"},
             {"prompt": "p", "chosen": "ok", "rejected": "much longer"},
             {"prompt": "p", "chosen": "four", "rejected": "one"}]
    rp, pp = tmp_path / "heldout.ranked.jsonl", tmp_path / "heldout.pairs.jsonl"
    rp.write_text("".join(json.dumps(r) + "\n" for r in ranked_rows()))
    pp.write_text("".join(json.dumps(r) + "\n" for r in pairs))
    return rp, pp


def test_evaluate_rm_with_a_stub_scorer(tmp_path: Path) -> None:
    ranked, pairs = write_heldout(tmp_path)
    report = rm_eval.evaluate_rm(LengthStub(), ranked, pairs, ns=(1, 2, 4))
    # At N=4 the stub picks the longest answer: samples 3, 0 and 3, which all pass.
    assert report["rm"][4] == pytest.approx(1.0) and report["gap_closed"][4] == pytest.approx(1.0)
    # N=2 by rank weights (1/2, 1/3, 1/6, 0): prompt 0 ranks 3,2,1,0 -> 1/2 + 1/6; prompt 1 ranks 0,1,2,3 -> 1/2;
    # prompt 2 ranks 3,2,1,0 -> 1/2 + 1/3
    assert report["rm"][2] == pytest.approx((2 / 3 + 1 / 2 + 5 / 6) / 3)
    assert report["pairwise"]["accuracy"] == pytest.approx(2 / 3)
    assert report["pairwise"]["mean_margin"] == pytest.approx(((11 - 5) + (2 - 11) + (4 - 3)) / 3)
    # within-prompt pairs with different judged scores (pass vs fail): 4, 3 and 4. The longer answer is the one
    # that passes in all but prompt 0's pair (sample 1 "bb" passes, sample 2 "ccc" fails): 10 of 11.
    assert report["pair_accuracy"] == {"accuracy": pytest.approx(10 / 11), "pairs": 11, "reward_ties": 0}
    assert report["reward_model"] == "stub@1" and report["prompts"] == 3 and report["k"] == [4, 4]
    assert report["samples"][1] == {"rewards": [4.0, 3.0, 2.0, 1.0], "passes": [True, False, False, False]}
    assert "by_constraint" not in report  # these rows name no instructions


def test_report_breaks_results_down_by_instruction(tmp_path: Path) -> None:
    rows = [{"prompt": "p0", "responses": ["a", "bb"], "scores": [0.0, 1.0],
             "meta": {"passes": [False, True], "constraints": [{"kind": "min_words", "args": {"n": 1}}]}},
            {"prompt": "p1", "responses": ["ccc", "d"], "scores": [0.0, 1.0],
             "meta": {"passes": [False, True], "constraints": [{"kind": "no_commas", "args": {}}]}}]
    path = tmp_path / "h.ranked.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = rm_eval.evaluate_rm(LengthStub(), path, None, ns=(1, 2))
    # the length stub picks "bb" (passes) for p0 and "ccc" (fails) for p1
    assert report["by_constraint"] == {"n": 2, "kinds": {
        "min_words": {"prompts": 1, "n1": 0.5, "rm": 1.0, "oracle": 1.0},
        "no_commas": {"prompts": 1, "n1": 0.5, "rm": 0.0, "oracle": 1.0}}}
    table = rm_eval.format_table("x", report)
    assert "min_words" in table and "no_commas" in table and "N=2" in table and "length bias" in table


def test_too_few_samples_for_n_fails_before_scoring(tmp_path: Path) -> None:
    ranked, _ = write_heldout(tmp_path)

    class Exploding(LengthStub):
        def score(self, prompts, responses):
            raise AssertionError("scored before the data was checked")

    with pytest.raises(ValueError, match="N=8 needs at least 8 samples per prompt"):
        rm_eval.evaluate_rm(Exploding(), ranked, None, ns=(1, 8))


def test_pass_labels_fall_back_to_the_v1_constraints() -> None:
    from training.data.formats import RankedList

    row = RankedList("Say hi.", ["hi there", "HELLO THERE"], scores=[0, 1],
                     meta={"constraints": [{"kind": "max_words", "args": {"n": 2}}]})
    assert rm_eval.pass_labels(row) == [False, False]
    row.meta = {"constraints": [{"kind": "max_words", "args": {"n": 3}}]}
    assert rm_eval.pass_labels(row) == [True, True]
    with pytest.raises(ValueError, match="meta.passes or meta.constraints"):
        rm_eval.pass_labels(RankedList("p", ["a", "b"], scores=[0, 1]))


def _stub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(rm_eval.SCORERS, "stub:", lambda spec, **kw: LengthStub())


def test_cli_on_data_writes_report_table_and_plot(tmp_path, monkeypatch, capsys) -> None:
    ranked, _ = write_heldout(tmp_path)
    _stub(monkeypatch)
    out = tmp_path / "out"
    code = rm_eval.main(["--model", "stub:len", "--data", str(ranked), "--output-dir", str(out)])
    assert code == 0
    report = json.loads((out / "eval.json").read_text())
    split = report["splits"]["data"]
    assert list(split["rm"]) == ["1", "2", "4"]  # the default Ns up to K = 4
    assert split["gap_closed"]["4"] == pytest.approx(1.0)
    assert split["pairwise"]["pairs"] == 3  # the sibling heldout.pairs.jsonl was found
    assert (out / "pass_rate.png").read_bytes()[:4] == b"\x89PNG"
    table = capsys.readouterr().out
    assert "pairs-file accuracy 0.667" in table and "100.0%" in table


def test_cli_refuses_explicit_n_above_k(tmp_path, monkeypatch, capsys) -> None:
    ranked, _ = write_heldout(tmp_path)
    _stub(monkeypatch)
    assert rm_eval.main(["--model", "stub:len", "--data", str(ranked), "--ns", "1,8", "--output-dir",
                         str(tmp_path)]) == 2
    assert "N=8 needs at least 8" in capsys.readouterr().err


def write_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "v2"
    rows = ranked_rows()
    bd.write_shard(bundle, "test_topics", 0, rows[:2])
    bd.write_shard(bundle, "test_topics", 1, rows[2:])
    bd.write_shard(bundle, "test_families", 0, rows[1:])
    return bundle


def test_cli_reports_every_sampled_test_split_separately(tmp_path, monkeypatch, capsys) -> None:
    bundle = write_bundle(tmp_path)
    _stub(monkeypatch)
    out = tmp_path / "out"
    assert rm_eval.main(["--model", "stub:len", "--bundle", str(bundle), "--output-dir", str(out)]) == 0
    report = json.loads((out / "eval.json").read_text())
    assert list(report["splits"]) == ["test_topics", "test_families"]  # test_phrasings has no samples yet
    assert report["splits"]["test_topics"]["prompts"] == 3 and report["splits"]["test_families"]["prompts"] == 2
    # test_families holds prompts 1 and 2: at N=4 the stub's picks pass for both
    assert report["splits"]["test_families"]["rm"]["4"] == pytest.approx(1.0)
    assert report["splits"]["test_families"]["n1"] == pytest.approx((1 / 4 + 2 / 4) / 2)
    printed = capsys.readouterr().out
    assert "== test_topics" in printed and "== test_families" in printed
    assert rm_eval.main(["--model", "stub:len", "--bundle", str(bundle), "--split", "test_families",
                         "--output-dir", str(out)]) == 0
    assert list(json.loads((out / "eval.json").read_text())["splits"]) == ["test_families"]


def test_without_v2_samples_the_default_is_the_v1_heldout_split(tmp_path, monkeypatch) -> None:
    args = rm_eval.build_parser().parse_args(["--model", "x", "--bundle", str(tmp_path / "empty")])
    data = rm_eval.resolve_data(args)
    assert list(data) == ["heldout-v1"]
    lists, pairs = data["heldout-v1"]
    assert len(lists) == 80 + 168 and len(pairs) > 0  # both bundled held-out files and their pairs
    assert all(len(r.responses) == 8 for r in lists)


def test_cli_scores_a_real_checkpoint(tmp_path, tiny_rm_dir) -> None:
    ranked, pairs = write_heldout(tmp_path)
    code = rm_eval.main(["--model", str(tiny_rm_dir), "--data", str(ranked), "--pairs", str(pairs), "--ns", "1,4",
                         "--output-dir", str(tmp_path / "o"), "--threads", "1"])
    assert code == 0
    report = json.loads((tmp_path / "o" / "eval.json").read_text())["splits"]["data"]
    assert set(report["rm"]) == {"1", "4"} and 0.0 <= report["rm"]["4"] <= 1.0


def test_cli_reports_bad_inputs(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.ranked.jsonl"
    bad.write_text('{"prompt": "p", "responses": ["a"]}\n')
    assert rm_eval.main(["--model", "rule:length?target=3", "--data", str(bad), "--output-dir", str(tmp_path)]) == 2
    assert f"{bad}:1:" in capsys.readouterr().err
    good, _ = write_heldout(tmp_path)
    assert rm_eval.main(["--model", str(tmp_path / "nope"), "--data", str(good)]) == 2
    assert "not a Hugging Face checkpoint" in capsys.readouterr().err


def test_data_and_split_exclude_each_other(tmp_path) -> None:
    with pytest.raises(SystemExit):
        rm_eval.main(["--model", "x", "--data", str(tmp_path / "a.jsonl"), "--split", "test_topics"])


def test_families_keeps_only_the_prompts_that_carry_one_of_them(tmp_path) -> None:
    bundle = tmp_path / "v2"
    rows = ranked_rows()
    kinds = [["no_commas"], ["title", "lowercase"], ["lowercase"]]
    for row, ks in zip(rows, kinds):
        row["meta"]["constraints"] = [{"kind": k, "args": {}, "phrasing": 0} for k in ks]
    bd.write_shard(bundle, "test_topics", 0, rows)
    args = rm_eval.build_parser().parse_args(["--model", "x", "--bundle", str(bundle), "--split", "test_topics",
                                              "--families", "lowercase,hashtags"])
    (lists, _), = rm_eval.resolve_data(args).values()
    assert [r.prompt for r in lists] == ["p1", "p2"]
    args = rm_eval.build_parser().parse_args(["--model", "x", "--bundle", str(bundle), "--split", "test_topics"])
    assert len(rm_eval.resolve_data(args)["test_topics"][0]) == 3  # no filter without --families


def test_cli_scores_with_a_verifier_as_the_server_does(tmp_path, monkeypatch) -> None:
    ranked, _ = write_heldout(tmp_path)
    _stub(monkeypatch)
    out = tmp_path / "out"
    assert rm_eval.main(["--model", "stub:len", "--data", str(ranked), "--verifier", "rule:length?target=1",
                         "--verifier-weight", "100", "--output-dir", str(out)]) == 0
    split = json.loads((out / "eval.json").read_text())["splits"]["data"]
    assert split["reward_model"].startswith("ensemble(stub+100*rule:length?target=1")
    # the verifier (-|words - 1|, weighted 100) outweighs the length stub: rewards now fall with word count
    rewards = split["samples"][0]["rewards"]
    words = [len(r.split()) for r in rm_eval.load_ranked(ranked)[0].responses]
    assert [a > b for a, b in zip(rewards, rewards[1:])] == [a < b for a, b in zip(words, words[1:])]


def test_limit_takes_the_first_prompts_of_each_split_after_the_family_filter(tmp_path) -> None:
    bundle = tmp_path / "v2"
    rows = ranked_rows()
    for row, kind in zip(rows, ["lowercase", "title", "lowercase"]):
        row["meta"]["constraints"] = [{"kind": kind, "args": {}, "phrasing": 0}]
    bd.write_shard(bundle, "test_topics", 0, rows)
    parse = rm_eval.build_parser().parse_args
    args = parse(["--model", "x", "--bundle", str(bundle), "--split", "test_topics", "--limit", "2"])
    assert [r.prompt for r in rm_eval.resolve_data(args)["test_topics"][0]] == ["p0", "p1"]
    args = parse(["--model", "x", "--bundle", str(bundle), "--split", "test_topics", "--limit", "1",
                  "--families", "title"])
    assert [r.prompt for r in rm_eval.resolve_data(args)["test_topics"][0]] == ["p1"]


def test_device_auto_is_the_gpu_only_where_torch_sees_one(monkeypatch) -> None:
    import torch

    assert rm_eval.build_parser().parse_args(["--model", "x"]).device == "auto"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert rm_eval.resolve_device("auto") == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert rm_eval.resolve_device("auto") == "cuda" and rm_eval.resolve_device("cpu") == "cpu"
