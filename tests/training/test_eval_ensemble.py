"""`aligned-train eval-ensemble`: two eval-rm reports combined offline."""

import json

import pytest

from training.eval_ensemble import combine, ensemble_split, main, split_stats


def report(rewards: list[list[float]], passes: list[list[bool]]) -> dict:
    return {"samples": [{"rewards": r, "passes": p} for r, p in zip(rewards, passes)]}


PASSES = [[True, False, False], [False, False, True]]
A = [[3.0, 2.0, 1.0], [1.0, 2.0, 3.0]]  # picks the passing answer in both lists
B = [[10.0, 30.0, 20.0], [300.0, 200.0, 100.0]]  # on another scale, and wrong in both


def test_combine_zscores_each_model_per_list_before_weighting() -> None:
    (row, _) = combine(A, B, 1.0)
    assert row == pytest.approx([1.2247, 0.0, -1.2247], abs=1e-4)  # A alone, z-scored
    (row, _) = combine(A, B, 0.5)  # equal weights after z-scoring, whatever B's scale: 3 ties with 2 of A's
    assert row == pytest.approx([(1.2247 - 1.2247) / 2, (0.0 + 1.2247) / 2, (-1.2247 + 0.0) / 2], abs=1e-4)


def test_ensemble_split_reports_each_weight() -> None:
    out = ensemble_split(report(A, PASSES), report(B, PASSES), None, [0.0, 1.0], n=2)
    assert out[1.0]["accuracy"] == 1.0 and out[0.0]["accuracy"] == 0.0
    assert out[1.0]["gap"] == pytest.approx(1.0)  # A's pick is the oracle's
    assert out[0.0]["gap"] < 0  # B picks worse than a random answer
    with pytest.raises(ValueError, match="same samples"):
        ensemble_split(report(A, PASSES), report(B, [[True, True, False], PASSES[1]]), None, [0.5])


def test_cli_prints_every_shared_split(tmp_path, capsys) -> None:
    for name, rewards in (("a", A), ("b", B)):
        (tmp_path / f"{name}.json").write_text(json.dumps({"splits": {"data": report(rewards, PASSES)}}))
    assert main(["--a", str(tmp_path / "a.json"), "--b", str(tmp_path / "b.json"), "--weights", "1"]) == 0
    assert "data: w=1.0: acc 1.000, gap@3 100.0%" in capsys.readouterr().out


def test_fixed_standardisation_uses_one_split_s_constants_not_each_list_s() -> None:
    stats = split_stats(report(A, PASSES), report(B, PASSES))
    (ma, sa), (mb, sb) = stats
    assert ma == pytest.approx(2.0) and sa == pytest.approx((2 / 3) ** 0.5)
    assert mb == pytest.approx(110.0)
    rows = combine(A, B, 0.5, stats)
    # one candidate's combined reward depends on that candidate alone (a server scoring it as it finishes agrees)
    assert rows[0][0] == pytest.approx(0.5 * (3.0 - ma) / sa + 0.5 * (10.0 - mb) / sb)
    assert combine([[3.0]], [[10.0]], 0.5, stats)[0][0] == pytest.approx(rows[0][0])
    assert combine([[3.0]], [[10.0]], 0.5)[0][0] == 0.0  # per-list z-scores of a single candidate carry nothing
    with pytest.raises(ValueError, match="one reward"):
        split_stats(report([[1.0, 1.0]], [[True, False]]), report(B[:1], PASSES[:1]))


def test_cli_standardise_on_needs_a_shared_split(tmp_path, capsys) -> None:
    for name, rewards in (("a", A), ("b", B)):
        (tmp_path / f"{name}.json").write_text(json.dumps({"splits": {"data": report(rewards, PASSES)}}))
    args = ["--a", str(tmp_path / "a.json"), "--b", str(tmp_path / "b.json"), "--weights", "0.5", "--bundle", ""]
    out = tmp_path / "ens.json"
    assert main([*args, "--standardise-on", "data", "--out", str(out)]) == 0
    written = json.loads(out.read_text())
    assert written["standardisation"][1][0] == pytest.approx(110.0)
    assert written["splits"]["data"]["samples"][0]["rewards"] == pytest.approx(combine(A, B, 0.5, split_stats(
        report(A, PASSES), report(B, PASSES)))[0])
    with pytest.raises(SystemExit):
        main([*args, "--standardise-on", "validation"])


def test_sum_adds_the_weighted_raw_rewards_as_the_served_verifier_does(tmp_path, capsys) -> None:
    rule = [[0.0, 1.0, 0.5], [1.0, 0.0, 0.0]]
    assert combine(A, rule, 50.0, raw_sum=True) == [[3.0, 52.0, 26.0], [51.0, 2.0, 3.0]]
    for name, rewards in (("a", A), ("rule", rule)):
        (tmp_path / f"{name}.json").write_text(json.dumps({"splits": {"data": report(rewards, PASSES)}}))
    out = tmp_path / "served.json"
    args = ["--a", str(tmp_path / "a.json"), "--b", str(tmp_path / "rule.json"), "--bundle", ""]
    assert main([*args, "--sum", "--weights", "50", "--out", str(out)]) == 0
    written = json.loads(out.read_text())
    assert written["splits"]["data"]["samples"][0]["rewards"] == [3.0, 52.0, 26.0]
    assert written["reward_model"].endswith("+ 50.0 * " + str(tmp_path / "rule.json"))
    assert "data: w=50.0: acc 0.250, gap@3 -50.0%" in capsys.readouterr().out  # 1 of 4 pass-fail pairs right
    with pytest.raises(SystemExit):
        main([*args, "--sum", "--standardise-on", "data"])
