"""EnsembleRewardModel math, worked by hand on stub members."""

import math

import pytest
import torch

from reward_models.base import RewardModel, RewardModelError
from reward_models.ensemble import COMBINERS, EnsembleRewardModel, zscore_rows


def _close(got: list[float], expected: list[float]) -> None:
    f64 = torch.float64
    torch.testing.assert_close(torch.tensor(got, dtype=f64), torch.tensor(expected, dtype=f64))


def _const(stub_factory, name: str, version: str, values: list[float]):
    table = dict(zip(["r0", "r1", "r2"], values))
    return stub_factory(name, version, fn=lambda p, r: table[r])


def test_modes_by_hand(stub_factory) -> None:
    a = _const(stub_factory, "a", "1", [1.0, 2.0, 3.0])
    b = _const(stub_factory, "b", "2", [3.0, 2.0, 7.0])
    prompts, responses = ["p"] * 3, ["r0", "r1", "r2"]
    assert EnsembleRewardModel([a, b], "mean").score(prompts, responses) == [2.0, 2.0, 5.0]
    assert EnsembleRewardModel([a, b], "min").score(prompts, responses) == [1.0, 2.0, 3.0]
    # population std of (1,3)=1, (2,2)=0, (3,7)=2; k=0.5 -> mean - 0.5*std
    got = EnsembleRewardModel([a, b], "mean_minus_std", k=0.5).score(prompts, responses)
    _close(got, [1.5, 2.0, 4.0])


def test_mean_minus_std_three_members(stub_factory) -> None:
    a = _const(stub_factory, "a", "1", [0.0, 6.0, 0.0])
    b = _const(stub_factory, "b", "1", [3.0, 0.0, 0.0])
    c = _const(stub_factory, "c", "1", [6.0, 3.0, 0.0])
    # column 0: (0,3,6) mean 3, var (9+0+9)/3 = 6; column 1: (6,0,3) mean 3, var 6; column 2: all 0
    got = EnsembleRewardModel([a, b, c], "mean_minus_std", k=2.0).score(["p"] * 3, ["r0", "r1", "r2"])
    expected = [3 - 2 * math.sqrt(6), 3 - 2 * math.sqrt(6), 0.0]
    _close(got, expected)


def test_normalize_zscores_each_member_per_call(stub_factory) -> None:
    a = _const(stub_factory, "a", "1", [1.0, 2.0, 3.0])  # z: (-1, 0, 1) / sqrt(2/3)
    b = _const(stub_factory, "b", "1", [10.0, 30.0, 20.0])  # z: (-10, 10, 0) / (10*sqrt(2/3))
    got = EnsembleRewardModel([a, b], "mean", normalize=True).score(["p"] * 3, ["r0", "r1", "r2"])
    z = 1 / math.sqrt(2 / 3)
    expected = [(-z - z) / 2, (0 + z) / 2, (z + 0) / 2]
    _close(got, expected)


def test_zscore_of_a_flat_row_is_zero() -> None:
    out = zscore_rows(torch.tensor([[5.0, 5.0], [1.0, 3.0]], dtype=torch.float64))
    torch.testing.assert_close(out, torch.tensor([[0.0, 0.0], [-1.0, 1.0]], dtype=torch.float64))


def test_name_version_and_protocol(stub_factory) -> None:
    ens = EnsembleRewardModel([stub_factory("a", "v1"), stub_factory("b", "v2")])
    assert isinstance(ens, RewardModel)
    assert (ens.name, ens.version) == ("ensemble(a+b)", "v1+v2")
    assert [(m.name, m.version) for m in ens.members] == [("a", "v1"), ("b", "v2")]
    assert ens.score([], []) == []


def test_bad_arguments(stub_factory) -> None:
    with pytest.raises(RewardModelError, match="unknown ensemble mode"):
        EnsembleRewardModel([stub_factory()], mode="median")  # type: ignore[arg-type]
    with pytest.raises(RewardModelError):
        EnsembleRewardModel([])
    with pytest.raises(RewardModelError):
        EnsembleRewardModel([stub_factory()], k=-1)
    assert set(COMBINERS) == {"mean", "min", "mean_minus_std", "sum"}


def test_weights_scale_each_member_before_combining(stub_factory) -> None:
    a = _const(stub_factory, "a", "1", [1.0, 2.0, 3.0])
    b = _const(stub_factory, "b", "2", [0.0, 1.0, 0.0])
    prompts, responses = ["p"] * 3, ["r0", "r1", "r2"]
    summed = EnsembleRewardModel([a, b], "sum", weights=[1.0, 10.0])
    assert summed.score(prompts, responses) == [1.0, 12.0, 3.0]
    assert summed.name == "ensemble(a+10*b)"
    assert EnsembleRewardModel([a, b], "mean", weights=[2.0, 0.0]).score(prompts, responses) == [1.0, 2.0, 3.0]
    assert summed.combine([[1.0], [0.5]]) == [6.0]  # what the scoring queue calls with its members' rows
    for bad in ([1.0], [1.0, -1.0], [1.0, float("nan")]):
        with pytest.raises(RewardModelError, match="weights"):
            EnsembleRewardModel([a, b], "sum", weights=bad)


def test_partial_is_the_ensemble_of_members_twins(stub_factory) -> None:
    a, b = stub_factory("a", "1"), stub_factory("b", "1")
    assert EnsembleRewardModel([a, b]).partial is None  # no member has a twin: partial answers score as whole
    twin = stub_factory("b", "1-int8", fn=lambda p, r: -1.0)
    b.partial = twin
    ens = EnsembleRewardModel([a, b], "sum", weights=[1.0, 2.0])
    partial = ens.partial
    assert partial is not None and partial.members == (a, twin) and partial.weights == (1.0, 2.0)
    assert ens.partial is partial  # built once
    assert partial.score(["p"], ["abc"]) == [3.0 - 2.0]
