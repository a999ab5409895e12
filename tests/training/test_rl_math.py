"""Shared RL math: masked statistics, log-probs, GAE, KL estimators and controllers, by hand."""

import math

import pytest
import torch
from torch.testing import assert_close

from training.rl_math import (
    AdaptiveKLController,
    FixedKLController,
    estimate_gae,
    gather_logprobs,
    kl_estimate,
    kl_penalized_rewards,
    masked_mean,
    masked_var,
    sequence_logprobs,
    whiten,
)


def test_masked_mean_ignores_masked_entries_even_nan() -> None:
    x = torch.tensor([[1.0, 2.0, float("nan")], [4.0, 5.0, 6.0]])
    mask = torch.tensor([[True, True, False], [True, False, False]])
    assert_close(masked_mean(x, mask), torch.tensor((1.0 + 2.0 + 4.0) / 3))
    assert_close(masked_mean(x, mask, dim=1), torch.tensor([1.5, 4.0]))
    assert_close(masked_mean(x, torch.zeros_like(mask)), torch.tensor(0.0))


def test_masked_var_by_hand() -> None:
    x = torch.tensor([1.0, 2.0, 4.0, 100.0])
    mask = torch.tensor([True, True, True, False])
    mean = 7 / 3
    sq = (1 - mean) ** 2 + (2 - mean) ** 2 + (4 - mean) ** 2
    assert_close(masked_var(x, mask), torch.tensor(sq / 2))
    assert_close(masked_var(x, mask, unbiased=False), torch.tensor(sq / 3))
    with pytest.raises(ValueError):
        masked_var(x, torch.tensor([True, False, False, False]))


def test_whiten_gives_zero_mean_unit_var_over_mask() -> None:
    torch.manual_seed(0)
    x = torch.randn(3, 5) * 4 + 7
    mask = torch.ones(3, 5, dtype=torch.bool)
    mask[1, 3:] = False
    mask[2, 1:] = False
    x[~mask] = 1e6  # padding must not influence the statistics
    w = whiten(x, mask)
    assert_close(masked_mean(w, mask), torch.tensor(0.0), atol=1e-5, rtol=0)
    assert_close(masked_var(w, mask), torch.tensor(1.0), atol=1e-5, rtol=1e-5)
    assert (w[~mask] == 0).all()

    scaled = whiten(x, mask, shift_mean=False)
    assert_close(masked_mean(scaled, mask), masked_mean(x, mask))
    assert_close(masked_var(scaled, mask), torch.tensor(1.0), atol=1e-5, rtol=1e-5)


def test_whiten_three_values_by_hand() -> None:
    w = whiten(torch.tensor([1.0, 2.0, 3.0]))  # mean 2, unbiased var 1
    assert_close(w, torch.tensor([-1.0, 0.0, 1.0]), atol=1e-6, rtol=0)


def test_gather_logprobs_by_hand_and_temperature() -> None:
    logits = torch.tensor([[[1.0, 2.0, 3.0]]])  # (1, 1, 3)
    ids = torch.tensor([[2]])
    expected = 3.0 - math.log(math.e + math.e**2 + math.e**3)
    assert_close(gather_logprobs(logits, ids), torch.tensor([[expected]]))
    expected_t2 = 1.5 - math.log(math.exp(0.5) + math.exp(1.0) + math.exp(1.5))
    assert_close(gather_logprobs(logits, ids, temperature=2.0), torch.tensor([[expected_t2]]))
    with pytest.raises(ValueError):
        gather_logprobs(logits, ids, temperature=0.0)


def test_sequence_logprobs_shifts_and_skips_ignored() -> None:
    logits = torch.tensor([[[0.0, 1.0, 2.0], [1.0, 0.0, 0.0], [5.0, 5.0, 5.0]]])  # (1, 3, 3)
    labels = torch.tensor([[-100, 0, 2]])
    lp0 = 0.0 - math.log(1 + math.e + math.e**2)  # row 0 predicts label 0
    lp1 = 0.0 - math.log(math.e + 2)  # row 1 predicts label 2
    assert_close(sequence_logprobs(logits, labels), torch.tensor([lp0 + lp1]))


def test_gae_matches_hand_unrolled_three_steps() -> None:
    gamma, lam = 0.9, 0.8
    r, v = [0.5, -1.0, 2.0], [0.3, 0.1, 0.7]
    d2 = r[2] - v[2]  # terminal: no bootstrap
    d1 = r[1] + gamma * v[2] - v[1]
    d0 = r[0] + gamma * v[1] - v[0]
    a2 = d2
    a1 = d1 + gamma * lam * a2
    a0 = d0 + gamma * lam * a1
    # Row 0: the three steps plus a padded tail holding garbage. Row 1: only the first two steps.
    rewards = torch.tensor([r + [9.0], [0.5, -1.0, 7.0, 7.0]])
    values = torch.tensor([v + [9.0], [0.3, 0.1, 7.0, 7.0]])
    mask = torch.tensor([[True, True, True, False], [True, True, False, False]])
    adv, ret = estimate_gae(rewards, values, mask, gamma=gamma, lam=lam)

    b1 = -1.0 - 0.1  # row 1 ends at step 1
    b0 = (0.5 + gamma * 0.1 - 0.3) + gamma * lam * b1
    assert_close(adv, torch.tensor([[a0, a1, a2, 0.0], [b0, b1, 0.0, 0.0]]))
    assert_close(ret, torch.tensor([[a0 + v[0], a1 + v[1], a2 + v[2], 0.0], [b0 + 0.3, b1 + 0.1, 0.0, 0.0]]))


def test_kl_estimators_by_hand() -> None:
    logprobs = torch.tensor([-1.0, -2.0, -0.5])
    ref = torch.tensor([-1.5, -1.0, -0.5])  # log r = ref - logprobs = -0.5, 1, 0
    assert_close(kl_estimate(logprobs, ref, "k1"), torch.tensor([0.5, -1.0, 0.0]))
    assert_close(kl_estimate(logprobs, ref, "k2"), torch.tensor([0.125, 0.5, 0.0]))
    assert_close(kl_estimate(logprobs, ref, "k3"), torch.tensor([math.exp(-0.5) - 1 + 0.5, math.e - 2, 0.0]))
    with pytest.raises(ValueError):
        kl_estimate(logprobs, ref, "k4")  # type: ignore[arg-type]


def test_k1_and_k3_are_unbiased_and_k3_nonnegative() -> None:
    p = torch.tensor([0.2, 0.5, 0.3])
    q = torch.tensor([0.4, 0.4, 0.2])
    true_kl = sum(pi * math.log(pi / qi) for pi, qi in zip(p.tolist(), q.tolist()))
    for kind in ("k1", "k3"):  # the exact expectation under p of each estimator is KL(p || q)
        assert_close((p * kl_estimate(p.log(), q.log(), kind)).sum(), torch.tensor(true_kl))
    torch.manual_seed(0)
    assert (kl_estimate(torch.randn(1000) * 3, torch.randn(1000) * 3, "k3") >= 0).all()


def test_kl_penalized_rewards_puts_score_on_last_token() -> None:
    logprobs = torch.tensor([[-1.0, -2.0, -0.5], [-1.0, -1.0, -3.0]])
    ref = torch.tensor([[-1.5, -1.0, -0.5], [-1.0, -2.0, 0.0]])
    mask = torch.tensor([[True, True, True], [True, True, False]])
    rewards, kl = kl_penalized_rewards(torch.tensor([1.0, 2.0]), logprobs, ref, mask, kl_coef=0.1)
    assert_close(kl, torch.tensor([[0.5, -1.0, 0.0], [0.0, 1.0, 0.0]]))  # k1; padded position zeroed
    assert_close(rewards, torch.tensor([[-0.05, 0.1, 1.0], [0.0, -0.1 + 2.0, 0.0]]))


def test_adaptive_kl_controller_moves_toward_target() -> None:
    ctl = AdaptiveKLController(value=0.1, target=6.0, horizon=10_000)
    ctl.update(current_kl=12.0, n_steps=256)  # error 1.0 clipped to 0.2
    assert ctl.value == pytest.approx(0.1 * (1 + 0.2 * 256 / 10_000))
    before = ctl.value
    ctl.update(current_kl=6.6, n_steps=100)  # error 0.1, unclipped
    assert ctl.value == pytest.approx(before * (1 + 0.1 * 100 / 10_000))
    before = ctl.value
    ctl.update(current_kl=1.0, n_steps=100)  # below target: coefficient shrinks, error clipped to -0.2
    assert ctl.value == pytest.approx(before * (1 - 0.2 * 100 / 10_000))
    with pytest.raises(ValueError):
        AdaptiveKLController(value=0.1, target=0.0, horizon=10)


def test_fixed_kl_controller_stays_put() -> None:
    ctl = FixedKLController(value=0.05)
    ctl.update(current_kl=100.0, n_steps=10)
    assert ctl.value == 0.05
