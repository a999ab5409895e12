"""DPO, cDPO and IPO: values at initialisation, hand-worked values, rewards, registry."""

import math

import pytest
import torch
from torch.testing import assert_close

from training.losses import DPO_LOSSES, dpo_loss, ipo_loss

POLICY_CHOSEN = torch.tensor([-1.0, -2.0, -3.0])
POLICY_REJECTED = torch.tensor([-2.0, -2.0, -1.0])
REF = torch.tensor([-1.5, -1.5, -1.5])  # same for chosen and rejected: h = π_c - π_r = 1, 0, -2
H = (1.0, 0.0, -2.0)


def test_dpo_at_initialisation_is_log2() -> None:
    logps = torch.tensor([-4.0, -7.5, -1.2])
    loss, chosen_r, rejected_r = dpo_loss(logps, logps - 1.0, logps, logps - 1.0, beta=0.3)
    assert_close(loss, torch.tensor(math.log(2)))
    assert_close(chosen_r, torch.zeros(3))
    assert_close(rejected_r, torch.zeros(3))


def test_dpo_by_hand() -> None:
    beta = 0.5
    loss, chosen_r, rejected_r = dpo_loss(POLICY_CHOSEN, POLICY_REJECTED, REF, REF, beta=beta)
    expected = sum(math.log(1 + math.exp(-beta * h)) for h in H) / 3
    assert_close(loss, torch.tensor(expected))
    assert_close(chosen_r, torch.tensor([0.25, -0.25, -0.75]))  # β (π_c - ref_c)
    assert_close(rejected_r, torch.tensor([-0.25, -0.25, 0.25]))
    assert chosen_r.shape == (3,) and not chosen_r.requires_grad


def test_cdpo_by_hand_and_eps_zero_equals_dpo() -> None:
    beta, eps = 0.5, 0.1
    loss, _, _ = dpo_loss(POLICY_CHOSEN, POLICY_REJECTED, REF, REF, beta=beta, label_smoothing=eps)
    expected = sum(
        (1 - eps) * math.log(1 + math.exp(-beta * h)) + eps * math.log(1 + math.exp(beta * h)) for h in H
    ) / 3
    assert_close(loss, torch.tensor(expected))

    cdpo0 = DPO_LOSSES["cdpo"](POLICY_CHOSEN, POLICY_REJECTED, REF, REF, beta=beta, label_smoothing=0.0)
    sigmoid = DPO_LOSSES["sigmoid"](POLICY_CHOSEN, POLICY_REJECTED, REF, REF, beta=beta)
    for a, b in zip(cdpo0, sigmoid):
        assert_close(a, b)


def test_ipo_by_hand() -> None:
    loss, chosen_r, _ = ipo_loss(POLICY_CHOSEN, POLICY_REJECTED, REF, REF, beta=0.5)
    # 1/(2β) = 1: mean((1-1)^2, (0-1)^2, (-2-1)^2) = 10/3
    assert_close(loss, torch.tensor(10 / 3))
    assert_close(chosen_r, torch.tensor([0.25, -0.25, -0.75]))


def test_dpo_gradient_raises_chosen_logp() -> None:
    chosen = POLICY_CHOSEN.clone().requires_grad_(True)
    dpo_loss(chosen, POLICY_REJECTED, REF, REF, beta=0.5)[0].backward()
    # d/dπ_c of -log σ(β h)/B = -β σ(-β h)/B
    expected = torch.tensor([-0.5 / (3 * (1 + math.exp(0.5 * h))) for h in H])
    assert_close(chosen.grad, expected)


def test_registry_and_validation() -> None:
    assert set(DPO_LOSSES) == {"sigmoid", "ipo", "cdpo"}
    with pytest.raises(TypeError):  # cdpo needs ε
        DPO_LOSSES["cdpo"](POLICY_CHOSEN, POLICY_REJECTED, REF, REF)
    with pytest.raises(ValueError):
        dpo_loss(POLICY_CHOSEN, POLICY_REJECTED, REF, REF, label_smoothing=0.5)
    with pytest.raises(ValueError):
        ipo_loss(POLICY_CHOSEN, POLICY_REJECTED, REF, REF, beta=0.0)
