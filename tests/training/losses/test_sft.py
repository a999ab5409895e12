"""SFT loss: hand value with the shift, prompt masking, empty batch, agreement with transformers."""

import math

import torch
from torch.testing import assert_close

from training.losses import sft_loss


def test_sft_by_hand_with_shift() -> None:
    logits = torch.tensor([[[0.0, 1.0, 2.0], [1.0, 0.0, 0.0], [9.0, -9.0, 0.0]]])  # (1, 3, 3)
    labels = torch.tensor([[-100, 1, 2]])  # position 0 is prompt; the last logits row predicts nothing
    loss, num_tokens = sft_loss(logits, labels)
    nll_1 = -(1.0 - math.log(math.exp(0.0) + math.exp(1.0) + math.exp(2.0)))  # row 0 predicts label 1
    nll_2 = -(0.0 - math.log(math.exp(1.0) + 2.0))  # row 1 predicts label 2
    assert_close(loss, torch.tensor((nll_1 + nll_2) / 2))
    assert num_tokens.item() == 2


def test_all_ignored_gives_zero_not_nan() -> None:
    logits = torch.randn(2, 3, 5, requires_grad=True)
    loss, num_tokens = sft_loss(logits, torch.full((2, 3), -100))
    assert loss.item() == 0.0 and num_tokens.item() == 0
    loss.backward()
    assert_close(logits.grad, torch.zeros_like(logits))


def test_matches_transformers_causal_lm_loss() -> None:
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=32, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=16)
    model = LlamaForCausalLM(cfg).eval()
    input_ids = torch.randint(0, 32, (2, 6))
    labels = input_ids.clone()
    labels[:, :3] = -100  # prompt
    with torch.no_grad():
        out = model(input_ids=input_ids, labels=labels)
    loss, num_tokens = sft_loss(out.logits, labels)
    assert_close(loss, out.loss)
    assert num_tokens.item() == 2 * 3
