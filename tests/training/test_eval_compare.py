"""`aligned-train compare-rm`: the paired release gate between two eval-rm reports."""

import json

import pytest

from training.eval_compare import SplitDelta, main, split_delta, verdict
from training.eval_ensemble import main as ensemble_main


def report(rewards: list[list[float]], passes: list[list[bool]]) -> dict:
    return {"samples": [{"rewards": r, "passes": p} for r, p in zip(rewards, passes)]}


PASSES = [[True, False, False, False], [False, False, False, True]] * 10
GOOD = [[4.0, 3.0, 2.0, 1.0], [1.0, 2.0, 3.0, 4.0]] * 10  # ranks each passing answer first
BAD = [[1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0]] * 10  # ranks it last


def test_split_delta_is_the_paired_change_in_exact_best_of_n() -> None:
    d = split_delta("validation", report(GOOD, PASSES), report(BAD, PASSES), n=2)
    # best-of-2 of 4: the top-ranked answer is picked with probability 3/6 (GOOD), the last one never (BAD)
    assert d.delta == pytest.approx(0.5) and d.prompts == 20
    assert d.low == pytest.approx(0.5) and d.high == pytest.approx(0.5)  # every prompt gains the same: no spread
    # headroom = oracle@2 - n1 = 0.5 - 0.25, so the candidate closes 200 points more of the gap than BAD
    assert d.headroom == pytest.approx(0.25) and d.gap_points == pytest.approx(2.0)
    same = split_delta("validation", report(GOOD, PASSES), report(GOOD, PASSES), n=2)
    assert same.delta == 0.0 and same.low == 0.0


def test_split_delta_interval_widens_with_disagreement_across_prompts() -> None:
    mixed = [GOOD[0], BAD[1]] * 10  # wins on half the prompts, loses on the other half
    d = split_delta("test_x", report(mixed, PASSES), report(GOOD, PASSES), n=2)
    assert d.delta == pytest.approx(-0.25)
    assert d.low < d.delta < d.high


def test_split_delta_refuses_reports_of_different_draws() -> None:
    other = [[False, True, False, False]] + PASSES[1:]
    with pytest.raises(ValueError, match="same draws"):
        split_delta("validation", report(GOOD, PASSES), report(GOOD, other), n=2)


def delta(split: str, mean: float, low: float) -> SplitDelta:
    return SplitDelta(split, 100, mean, low, mean + 0.02, 0.2)


def test_verdict_applies_each_rule() -> None:
    assert verdict([delta("validation", 0.01, -0.01), delta("test_a", 0.01, -0.005)]) == (True, [])
    ok, fails = verdict([delta("validation", 0.0, -0.01), delta("test_a", 0.01, -0.005)])
    assert not ok and fails[0].startswith("validation")
    ok, fails = verdict([delta("validation", 0.01, 0.0), delta("test_a", 0.03, 0.0), delta("test_b", -0.01, -0.02)])
    assert not ok and fails == ["test_b: may lose more than 0.01 (lower bound -0.0200)"]  # mean over tests is +0.01
    ok, fails = verdict([delta("validation", 0.01, 0.0), delta("test_a", -0.005, -0.009)])
    assert not ok and fails == ["test splits together: no gain (-0.0050)"]
    with pytest.raises(ValueError, match="validation"):
        verdict([delta("test_a", 0.01, 0.0)])


def test_cli_gates_an_ensemble_written_by_eval_ensemble(tmp_path, capsys) -> None:
    splits = {"validation": report(GOOD, PASSES), "test_a": report(GOOD, PASSES)}
    bad = {"validation": report(BAD, PASSES), "test_a": report(BAD, PASSES)}
    for name, s in (("good", splits), ("bad", bad)):
        (tmp_path / f"{name}.json").write_text(json.dumps({"splits": s}))
    assert ensemble_main(["--a", str(tmp_path / "good.json"), "--b", str(tmp_path / "bad.json"), "--weights", "0.75",
                          "--bundle", "", "--out", str(tmp_path / "ens.json")]) == 0
    capsys.readouterr()
    # the 3:1 ensemble ranks like GOOD, so it passes the gate against BAD and fails it against GOOD (no gain)
    ens = ["--candidate", str(tmp_path / "ens.json"), "--n", "2"]
    assert main([*ens, "--incumbent", str(tmp_path / "bad.json")]) == 0
    assert "verdict: RELEASE" in capsys.readouterr().out
    assert main([*ens, "--incumbent", str(tmp_path / "good.json")]) == 1
    assert "KEEP THE INCUMBENT" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        ensemble_main(["--a", "x", "--b", "y", "--weights", "0.5,1", "--out", str(tmp_path / "e.json")])
