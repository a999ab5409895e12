"""eval-rm: best-of-N math checked by hand, pairwise accuracy with a stub scorer, the CLI's files."""

import json
from pathlib import Path

import pytest

from training import eval as rm_eval
from training.data.formats import RankedList

# Three prompts, K = 4 samples each (see test_best_of_n_by_hand for the worked numbers).
PASSES = [[0, 1, 0, 1], [1, 0, 0, 0], [0, 0, 1, 1]]
REWARDS = [[0.2, 0.9, 0.5, 0.1], [0.1, 0.3, 0.3, 0.0], [0.5, 0.5, 1.0, 0.0]]


def test_best_of_n_by_hand():
    got = rm_eval.best_of_n(REWARDS, [[bool(p) for p in ps] for ps in PASSES], ns=(1, 2, 4))
    # n=1: mean of per-prompt pass fractions = (2/4 + 1/4 + 2/4) / 3 = 5/12
    assert got["n1"] == pytest.approx(5 / 12)
    # rm@1 = first sample: (0 + 1 + 0)/3.  rm@2: prompt 0 picks idx 1 (pass), prompt 1 idx 1 (fail), prompt 2 ties
    # idx 0/1 (both fail) -> 1/3.  rm@4: idx 1 (pass), tie idx 1/2 (both fail), idx 2 (pass) -> 2/3.
    assert got["rm"] == pytest.approx({1: 1 / 3, 2: 1 / 3, 4: 2 / 3})
    # oracle@N = any pass among the first N: (0+1+0)/3, (1+1+0)/3, (1+1+1)/3
    assert got["oracle"] == pytest.approx({1: 1 / 3, 2: 2 / 3, 4: 1.0})
    # gap@N = (rm - n1) / (oracle - n1): N=1 has oracle < n1 (nothing to close) -> None
    assert got["gap_closed"][1] is None
    assert got["gap_closed"][2] == pytest.approx((1 / 3 - 5 / 12) / (2 / 3 - 5 / 12))  # = -1/3
    assert got["gap_closed"][4] == pytest.approx(3 / 7)


def test_ties_count_as_a_random_pick():
    """A constant reward model is a random picker: rm@N is the mean pass of the first N samples."""
    got = rm_eval.best_of_n([[0.0] * 4], [[True, False, False, False]], ns=(2, 4))
    assert got["rm"] == pytest.approx({2: 0.5, 4: 0.25})


def test_n_larger_than_the_lists_is_refused():
    with pytest.raises(ValueError, match="N=8 needs at least 8 samples"):
        rm_eval.best_of_n(REWARDS, PASSES, ns=(1, 8))


def test_pass_labels_fall_back_to_the_constraints():
    row = RankedList("Say hi.", ["hi there", "HELLO THERE"], scores=[0, 1],
                     meta={"constraints": [{"kind": "max_words", "args": {"n": 2}}]})
    assert rm_eval.pass_labels(row) == [False, False]
    row.meta = {"constraints": [{"kind": "max_words", "args": {"n": 3}}]}
    assert rm_eval.pass_labels(row) == [True, True]
    with pytest.raises(ValueError, match="meta.passes or meta.constraints"):
        rm_eval.pass_labels(RankedList("p", ["a", "b"], scores=[0, 1]))


class LengthStub:
    """Scores a response by its length: longer is better."""

    name, version = "stub", "1"

    def score(self, prompts, responses):
        assert len(prompts) == len(responses)
        return [float(len(r)) for r in responses]


def write_heldout(tmp_path: Path) -> tuple[Path, Path]:
    responses = [["a", "bb", "ccc", "dddd"], ["eeee", "fff", "gg", "h"], ["i", "jj", "kkk", "llll"]]
    ranked = [{"prompt": f"p{i}", "responses": r, "scores": [float(p) for p in ps], "meta": {"passes": ps}}
              for i, (r, ps) in enumerate(zip(responses, PASSES))]
    pairs = [{"prompt": "p", "chosen": "long answer", "rejected": "short"},
             {"prompt": "p", "chosen": "ok", "rejected": "much longer"},
             {"prompt": "p", "chosen": "four", "rejected": "one"}]
    rp, pp = tmp_path / "heldout.ranked.jsonl", tmp_path / "heldout.pairs.jsonl"
    rp.write_text("".join(json.dumps(r) + "\n" for r in ranked))
    pp.write_text("".join(json.dumps(r) + "\n" for r in pairs))
    return rp, pp


def test_evaluate_rm_with_a_stub_scorer(tmp_path):
    ranked, pairs = write_heldout(tmp_path)
    report = rm_eval.evaluate_rm(LengthStub(), ranked, pairs, ns=(1, 2, 4))
    # The stub picks the last sample of prompts 0 and 2 (both pass) and the first of prompt 1 (pass) at N=4.
    assert report["rm"][4] == pytest.approx(1.0) and report["gap_closed"][4] == pytest.approx(1.0)
    # N=2 picks idx 1 / idx 0 / idx 1 -> pass, pass, fail
    assert report["rm"][2] == pytest.approx(2 / 3)
    assert report["pairwise"]["accuracy"] == pytest.approx(2 / 3)
    assert report["pairwise"]["mean_margin"] == pytest.approx(((11 - 5) + (2 - 11) + (4 - 3)) / 3)
    assert report["reward_model"] == "stub@1" and report["prompts"] == 3
    assert report["samples"][1] == {"rewards": [4.0, 3.0, 2.0, 1.0], "passes": [True, False, False, False]}
    assert "by_constraint" not in report  # these rows name no instructions


def test_report_breaks_wins_down_by_instruction(tmp_path):
    rows = [{"prompt": "p0", "responses": ["a", "bb"], "scores": [0.0, 1.0],
             "meta": {"passes": [False, True], "constraints": [{"kind": "min_words", "args": {"n": 1}}]}},
            {"prompt": "p1", "responses": ["ccc", "d"], "scores": [0.0, 1.0],
             "meta": {"passes": [False, True], "constraints": [{"kind": "no_commas", "args": {}}]}}]
    path = tmp_path / "h.ranked.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = rm_eval.evaluate_rm(LengthStub(), path, None, ns=(1, 2))
    # the length stub picks "bb" (passes) for p0 and "ccc" (fails) for p1
    assert report["by_constraint"] == {"n": 2, "kinds": {"min_words": {"prompts": 1, "solvable": 1, "won": 1.0},
                                                          "no_commas": {"prompts": 1, "solvable": 1, "won": 0.0}}}
    table = rm_eval.format_table(report)
    assert "min_words" in table and "no_commas" in table and "best-of-2" in table


def test_cli_writes_report_table_and_plot(tmp_path, monkeypatch, capsys):
    ranked, _ = write_heldout(tmp_path)
    monkeypatch.setitem(rm_eval.SCORERS, "stub:", lambda spec, **kw: LengthStub())
    out = tmp_path / "out"
    code = rm_eval.main(["--model", "stub:len", "--data", str(ranked), "--ns", "1,2,4", "--output-dir", str(out)])
    assert code == 0
    report = json.loads((out / "eval.json").read_text())
    assert report["gap_closed"]["4"] == pytest.approx(1.0)
    assert report["pairwise"]["pairs"] == 3  # the sibling heldout.pairs.jsonl was found
    assert (out / "pass_rate.png").read_bytes()[:4] == b"\x89PNG"
    table = capsys.readouterr().out
    assert "pairwise accuracy 0.667" in table and "100.0%" in table


def test_cli_evaluates_several_files_as_one_split(tmp_path, monkeypatch):
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir(), two.mkdir()
    (r1, _), (r2, _) = write_heldout(one), write_heldout(two)
    monkeypatch.setitem(rm_eval.SCORERS, "stub:", lambda spec, **kw: LengthStub())
    out = tmp_path / "out"
    assert rm_eval.main(["--model", "stub:len", "--data", f"{r1},{r2}", "--ns", "1,2", "--output-dir", str(out)]) == 0
    report = json.loads((out / "eval.json").read_text())
    assert report["prompts"] == 6 and report["pairwise"]["pairs"] == 6  # both siblings' pairs
    assert report["rm"]["2"] == pytest.approx(2 / 3)  # the same lists twice: the same rate
    (two / "heldout.pairs.jsonl").unlink()  # one sibling missing: no default pairs rather than half of them
    assert rm_eval.main(["--model", "stub:len", "--data", f"{r1},{r2}", "--ns", "1,2", "--output-dir", str(out)]) == 0
    assert "pairwise" not in json.loads((out / "eval.json").read_text())


def test_too_few_samples_for_n_fails_before_scoring(tmp_path):
    ranked, _ = write_heldout(tmp_path)

    class Exploding(LengthStub):
        def score(self, prompts, responses):
            raise AssertionError("scored before the data was checked")

    with pytest.raises(ValueError, match="N=8 needs at least 8 samples per prompt"):
        rm_eval.evaluate_rm(Exploding(), ranked, None, ns=(1, 8))


def test_the_default_data_is_every_bundled_heldout_file():
    default = rm_eval.build_parser().parse_args(["--model", "x"]).data.split(",")
    assert default == [str(p) for p in rm_eval.HELDOUT_RANKED] and len(default) == 2
    assert all(Path(p).is_file() for p in default)


def test_cli_scores_a_real_checkpoint(tmp_path, tiny_rm_dir):
    ranked, pairs = write_heldout(tmp_path)
    code = rm_eval.main(["--model", str(tiny_rm_dir), "--data", str(ranked), "--pairs", str(pairs), "--ns", "1,4",
                         "--output-dir", str(tmp_path / "o"), "--threads", "1"])
    assert code == 0
    report = json.loads((tmp_path / "o" / "eval.json").read_text())
    assert set(report["rm"]) == {"1", "4"} and 0.0 <= report["rm"]["4"] <= 1.0


def test_cli_reports_bad_inputs(tmp_path, capsys):
    bad = tmp_path / "bad.ranked.jsonl"
    bad.write_text('{"prompt": "p", "responses": ["a"]}\n')
    monkey_model = "rule:length?target=3"
    assert rm_eval.main(["--model", monkey_model, "--data", str(bad), "--output-dir", str(tmp_path)]) == 2
    assert f"{bad}:1:" in capsys.readouterr().err
    assert rm_eval.main(["--model", str(tmp_path / "nope"), "--data", str(bad)]) == 2
    assert "not a Hugging Face checkpoint" in capsys.readouterr().err


def test_by_constraint_by_hand():
    # the three prompts of REWARDS/PASSES at N=4: picks are idx 1 (pass), tie idx 1/2 (both fail), idx 2 (pass)
    kinds = [["lowercase", "no_commas"], ["lowercase"], ["no_commas", "no_commas"]]
    got = rm_eval.by_constraint(kinds, REWARDS, [[bool(p) for p in ps] for ps in PASSES], n=4)
    assert got == {"lowercase": {"prompts": 2, "solvable": 2, "won": 1.0},
                   "no_commas": {"prompts": 2, "solvable": 2, "won": 2.0}}  # a kind twice in a prompt counts once
    # N=2: prompt 2 is unsolvable (its first two samples fail), prompt 0 still won
    got2 = rm_eval.by_constraint(kinds, REWARDS, [[bool(p) for p in ps] for ps in PASSES], n=2)
    assert got2["no_commas"] == {"prompts": 2, "solvable": 1, "won": 1.0}
    assert list(got2) == ["lowercase", "no_commas"]  # most solvable first


def test_no_gap_at_n_equal_1():
    """One sample leaves nothing to choose: rm@1 == oracle@1 (the first sample), so no share of a gap is closed."""
    got = rm_eval.best_of_n([[0.0, 1.0]], [[True, False]], ns=(1, 2))
    assert got["rm"][1] == got["oracle"][1] == 1.0 and got["n1"] == 0.5
    assert got["gap_closed"][1] is None
    assert got["gap_closed"][2] == pytest.approx((0.0 - 0.5) / (1.0 - 0.5))


def test_spearman_by_hand():
    assert rm_eval._spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert rm_eval._spearman([3, 2, 1], [10, 20, 30]) == pytest.approx(-1.0)
    # ties share their mean rank: ranks (0.5, 0.5, 2) vs (0, 1, 2) -> cov 1.5, var 1.5 and 2 -> sqrt(3) / 2
    assert rm_eval._spearman([0, 0, 1], [1, 2, 3]) == pytest.approx(3 ** 0.5 / 2)


def test_length_bias_by_hand():
    responses = [["one", "one two", "one two three"], ["a b", "a", "a b c"], ["x", "x y", "x y z"]]
    rewards = [[3.0, 2.0, 1.0], [1.0, 1.0, 1.0], [0.0, 1.0, 2.0]]
    scores = [[0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]  # the third list is a tie: left out
    bias = rm_eval.length_bias(rewards, scores, responses)
    assert bias["lists"] == 2
    # list 0: reward -1, judge sqrt(3)/2 (as above); list 1: a constant reward counts as 0, and the judge's ranks
    # (0.5, 2, 0.5) vs the words' (1, 0, 2): cov -1.5, var 1.5 and 2 -> -sqrt(3)/2
    assert bias["reward"] == pytest.approx((-1.0 + 0.0) / 2)
    assert bias["judge"] == pytest.approx(0.0, abs=1e-12)
    bias = rm_eval.length_bias(rewards[:1], scores[:1], responses[:1])
    assert bias == {"reward": pytest.approx(-1.0), "judge": pytest.approx(3 ** 0.5 / 2), "lists": 1}


def test_report_and_table_show_the_length_bias(tmp_path):
    rows = [{"prompt": "p0", "responses": ["a", "b c", "d e f"], "scores": [1.0, 0.0, 0.0],
             "meta": {"passes": [True, False, False]}}]
    path = tmp_path / "h.ranked.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = rm_eval.evaluate_rm(LengthStub(), path, None, ns=(1, 2))
    assert report["length_bias"]["lists"] == 1 and report["length_bias"]["judge"] < 0
    assert "length bias" in rm_eval.format_table(report)
