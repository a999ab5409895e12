"""Bradley–Terry loss: hand-worked values, margin, centring, metrics and gradients."""

import math

import pytest
import torch
from torch.testing import assert_close

from training.losses import bradley_terry_loss


def _softplus(x: float) -> float:  # -log σ(x) = log(1 + e^{-x}), written out for the hand values
    return math.log(1 + math.exp(-x))


CHOSEN = torch.tensor([1.0, 0.5, -0.2])
REJECTED = torch.tensor([0.0, 1.0, -0.5])  # differences: 1.0, -0.5, 0.3


def test_loss_accuracy_and_margin_by_hand() -> None:
    loss, acc, mean_margin = bradley_terry_loss(CHOSEN, REJECTED)
    expected = (_softplus(1.0) + _softplus(-0.5) + _softplus(0.3)) / 3
    assert_close(loss, torch.tensor(expected))
    assert_close(acc, torch.tensor(2 / 3))
    assert_close(mean_margin, torch.tensor((1.0 - 0.5 + 0.3) / 3))


def test_margin_is_subtracted_from_the_difference() -> None:
    loss, _, mean_margin = bradley_terry_loss(CHOSEN, REJECTED, margin=torch.tensor([0.5, 0.0, 1.0]))
    expected = (_softplus(0.5) + _softplus(-0.5) + _softplus(-0.7)) / 3
    assert_close(loss, torch.tensor(expected))
    assert_close(mean_margin, torch.tensor(0.8 / 3))  # the metric reports the raw reward gap


def test_centring_adds_mean_squared_sum() -> None:
    base, _, _ = bradley_terry_loss(CHOSEN, REJECTED)
    loss, _, _ = bradley_terry_loss(CHOSEN, REJECTED, center_coef=0.1)
    # (r_c + r_r) = 1.0, 1.5, -0.7 -> squares 1.0, 2.25, 0.49
    assert_close(loss - base, torch.tensor(0.1 * (1.0 + 2.25 + 0.49) / 3))


def test_gradient_pushes_chosen_up_and_rejected_down() -> None:
    chosen = CHOSEN.clone().requires_grad_(True)
    rejected = REJECTED.clone().requires_grad_(True)
    loss, _, _ = bradley_terry_loss(chosen, rejected)
    loss.backward()
    # d/d r_c of -log σ(d) / B is -σ(-d) / B = -1 / (B (1 + e^d))
    expected = torch.tensor([-1 / (3 * (1 + math.exp(d))) for d in (1.0, -0.5, 0.3)])
    assert_close(chosen.grad, expected)
    assert_close(rejected.grad, -expected)
    assert (chosen.grad < 0).all()  # gradient descent raises the chosen reward


def test_metrics_are_detached() -> None:
    chosen = CHOSEN.clone().requires_grad_(True)
    _, acc, mean_margin = bradley_terry_loss(chosen, REJECTED)
    assert not acc.requires_grad and not mean_margin.requires_grad


def test_shape_mismatch_raises() -> None:
    with pytest.raises(ValueError):
        bradley_terry_loss(CHOSEN, REJECTED[:2])
