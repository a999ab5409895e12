"""Plackett–Luce loss: hand value, equality with Bradley–Terry at K=2, padding, top-1 accuracy."""

import math

import torch
from torch.testing import assert_close

from training.losses import bradley_terry_loss, plackett_luce_loss


def test_three_items_by_hand() -> None:
    scores = torch.tensor([[2.0, 0.0, 1.0]])
    ranking = torch.tensor([[2, 0, 1]])  # best first: item 2 (s=1), item 0 (s=2), item 1 (s=0)
    loss, top1 = plackett_luce_loss(scores, ranking)
    log_p = (1.0 - math.log(math.exp(1.0) + math.exp(2.0) + math.exp(0.0))) + (
        2.0 - math.log(math.exp(2.0) + math.exp(0.0))
    )  # the last position contributes s - log e^s = 0
    assert_close(loss, torch.tensor(-log_p))
    assert_close(top1, torch.tensor(0.0))  # highest score is item 0, ranked item is 2


def test_k2_equals_bradley_terry() -> None:
    scores = torch.tensor([[1.0, 0.0], [0.5, 1.5], [-0.3, -0.2]])
    ranking = torch.tensor([[0, 1], [1, 0], [0, 1]])
    pl_loss, top1 = plackett_luce_loss(scores, ranking)
    chosen = scores.gather(1, ranking[:, :1]).squeeze(1)
    rejected = scores.gather(1, ranking[:, 1:]).squeeze(1)
    bt_loss, bt_acc, _ = bradley_terry_loss(chosen, rejected)
    assert_close(pl_loss, bt_loss)
    assert_close(top1, bt_acc)  # 2 of 3 rows rank the higher score first


def test_padded_positions_are_ignored() -> None:
    # Row 0 is a full list of 3; row 1 holds 2 items, padded with -1. Item 2 of row 1 has a huge score that
    # would dominate every softmax and the argmax if padding leaked in.
    scores = torch.tensor([[2.0, 0.0, 1.0], [0.3, 0.9, 50.0]], requires_grad=True)
    ranking = torch.tensor([[2, 0, 1], [1, 0, -1]])
    mask = torch.tensor([[True, True, True], [True, True, False]])
    loss, top1 = plackett_luce_loss(scores, ranking, mask)

    full, _ = plackett_luce_loss(scores[:1].detach(), ranking[:1])
    pair = bradley_terry_loss(torch.tensor([0.9]), torch.tensor([0.3]))[0]
    assert_close(loss, (full + pair) / 2)
    assert_close(top1, torch.tensor(0.5))  # row 0 misses, row 1 hits (item 1 beats item 0)

    loss.backward()
    assert torch.isfinite(scores.grad).all()
    assert scores.grad[1, 2] == 0  # the padded item gets no gradient


def test_gradient_favours_the_observed_order() -> None:
    scores = torch.zeros(1, 3, requires_grad=True)
    plackett_luce_loss(scores, torch.tensor([[1, 2, 0]]))[0].backward()
    # d NLL / d s_j = Σ over softmaxes containing j of (weight - [j is the pick there]):
    # best item -1 + 1/3, middle 1/3 - 1 + 1/2, last 1/3 + 1/2 (its own final term is constant)
    expected = torch.tensor([[1 / 3 + 1 / 2, -1 + 1 / 3, -1 + 1 / 3 + 1 / 2]])
    assert_close(scores.grad, expected)
