"""PPO policy and value losses: clipping, clipfrac, masking, gradients, approx KL."""

import math

import torch
from torch.testing import assert_close

from training.losses import ppo_policy_loss, ppo_value_loss

# Three real tokens plus one padded token holding values that would dominate if they leaked in.
MASK = torch.tensor([[True, True, True, False]])


def test_policy_loss_clipping_by_hand() -> None:
    # ratios 1.5 (A=+1, above 1+ε: clipped), 0.5 (A=+1, unclipped side wins), 0.5 (A=-1, below 1-ε: clipped)
    logprobs = torch.tensor([[math.log(1.5), math.log(0.5), math.log(0.5), 5.0]], requires_grad=True)
    old = torch.zeros(1, 4)
    adv = torch.tensor([[1.0, 1.0, -1.0, 100.0]])
    loss, clipfrac, approx_kl = ppo_policy_loss(logprobs, old, adv, MASK, clip_eps=0.2)
    # per token max(-A ρ, -A clip(ρ)): max(-1.5, -1.2) = -1.2; max(-0.5, -0.8) = -0.5; max(0.5, 0.8) = 0.8
    assert_close(loss, torch.tensor((-1.2 - 0.5 + 0.8) / 3))
    assert_close(clipfrac, torch.tensor(2 / 3))
    k3 = [(r - 1) - math.log(r) for r in (1.5, 0.5, 0.5)]  # KL(π_old || π) from tokens drawn by π_old
    assert_close(approx_kl, torch.tensor(sum(k3) / 3))

    loss.backward()
    # clipped tokens and the padded token have zero gradient; the live one has d(-A ρ)/d log π / N = -0.5/3
    assert_close(logprobs.grad, torch.tensor([[0.0, -0.5 / 3, 0.0, 0.0]]))


def test_policy_loss_on_policy_is_minus_mean_advantage() -> None:
    logprobs = torch.tensor([[-1.0, -2.0, -0.5, 0.0]])
    adv = torch.tensor([[1.0, -2.0, 4.0, 9.0]])
    loss, clipfrac, approx_kl = ppo_policy_loss(logprobs, logprobs.clone(), adv, MASK)
    assert_close(loss, torch.tensor(-(1.0 - 2.0 + 4.0) / 3))
    assert_close(clipfrac, torch.tensor(0.0))
    assert_close(approx_kl, torch.tensor(0.0))


def test_value_loss_by_hand() -> None:
    values = torch.tensor([[1.0, 0.0, 2.0, 50.0]], requires_grad=True)
    old_values = torch.tensor([[0.5, 0.5, 0.5, 0.0]])
    returns = torch.tensor([[0.0, 1.0, 2.0, 0.0]])
    loss, clipfrac = ppo_value_loss(values, old_values, returns, MASK, clip_value=0.2)
    # clipped values 0.7, 0.3, 0.7. Squared errors (unclipped, clipped): (1, 0.49), (1, 0.49), (0, 1.69)
    assert_close(loss, torch.tensor(0.5 * (1.0 + 1.0 + 1.69) / 3))
    assert_close(clipfrac, torch.tensor(1 / 3))
    loss.backward()
    # unclipped tokens: 0.5 * 2 (V - R) / 3; the clipped one and the padded one: 0
    assert_close(values.grad, torch.tensor([[1 / 3, -1 / 3, 0.0, 0.0]]))
