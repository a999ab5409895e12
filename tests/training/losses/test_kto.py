"""KTO: hand-worked values, the clipped and detached reference point, the weights, and bad inputs."""

import math

import pytest
import torch
from torch.testing import assert_close

from training.losses import kto_loss


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


# r = π - ref = 0.5, -0.5, -1.0; mismatched pairs π' - ref' = 0.3, -0.1, 0.1 -> mean 0.1 = z0 (positive: kept)
POLICY = torch.tensor([-1.0, -2.0, -3.0])
REF = torch.tensor([-1.5, -1.5, -2.0])
POLICY_KL = torch.tensor([-2.0, -2.0, -2.0])
REF_KL = torch.tensor([-2.3, -1.9, -2.1])
DESIRABLE = torch.tensor([True, False, True])


def test_kto_by_hand() -> None:
    loss, rewards, z0 = kto_loss(POLICY, REF, POLICY_KL, REF_KL, DESIRABLE, beta=1.0)
    assert_close(z0, torch.tensor(0.1))
    # desirable r=0.5: 1 - σ(0.5 - 0.1); undesirable r=-0.5: 1 - σ(0.1 + 0.5); desirable r=-1: 1 - σ(-1 - 0.1)
    expected = ((1 - sigmoid(0.4)) + (1 - sigmoid(0.6)) + (1 - sigmoid(-1.1))) / 3
    assert_close(loss, torch.tensor(expected))
    assert_close(rewards, torch.tensor([0.5, -0.5, -1.0]))
    assert not rewards.requires_grad and not z0.requires_grad


def test_beta_and_the_weights_by_hand() -> None:
    loss, rewards, _ = kto_loss(POLICY, REF, POLICY_KL, REF_KL, DESIRABLE, beta=2.0, desirable_weight=2.0,
                                undesirable_weight=0.5)
    expected = (2.0 * (1 - sigmoid(2 * 0.4)) + 0.5 * (1 - sigmoid(2 * 0.6)) + 2.0 * (1 - sigmoid(2 * -1.1))) / 3
    assert_close(loss, torch.tensor(expected))
    assert_close(rewards, torch.tensor([1.0, -1.0, -2.0]))  # β r


def test_a_negative_kl_estimate_is_clipped_to_zero() -> None:
    # mismatched pairs π' - ref' = -0.4, -0.2 -> mean -0.3 -> z0 = 0
    policy, ref = torch.tensor([-1.0, -1.0]), torch.tensor([-2.0, -1.0])  # r = 1, 0
    loss, _, z0 = kto_loss(policy, ref, torch.tensor([-2.4, -1.2]), torch.tensor([-2.0, -1.0]),
                           torch.tensor([False, True]), beta=1.0)
    assert z0.item() == 0.0
    assert_close(loss, torch.tensor(((1 - sigmoid(0 - 1)) + (1 - sigmoid(0 - 0))) / 2))


def test_gradients_flow_through_the_rewards_only() -> None:
    policy = POLICY.clone().requires_grad_(True)
    policy_kl = POLICY_KL.clone().requires_grad_(True)
    loss, _, _ = kto_loss(policy, REF, policy_kl, REF_KL, DESIRABLE, beta=1.0)
    loss.backward()
    assert policy_kl.grad is None  # z0 is detached
    # d/dr of (1 - σ(r - z0)) is -σ'(r - z0); of (1 - σ(z0 - r)) it is +σ'(z0 - r); each over B = 3
    slope = [-sigmoid(0.4) * (1 - sigmoid(0.4)), sigmoid(0.6) * (1 - sigmoid(0.6)),
             -sigmoid(-1.1) * (1 - sigmoid(-1.1))]
    assert_close(policy.grad, torch.tensor(slope) / 3)


def test_bad_inputs() -> None:
    with pytest.raises(ValueError, match="same"):
        kto_loss(POLICY, REF[:2], POLICY_KL, REF_KL, DESIRABLE)
    with pytest.raises(ValueError, match="non-empty"):
        kto_loss(POLICY, REF, torch.tensor([]), torch.tensor([]), DESIRABLE)
    with pytest.raises(ValueError, match="beta"):
        kto_loss(POLICY, REF, POLICY_KL, REF_KL, DESIRABLE, beta=0.0)
