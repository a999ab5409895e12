"""ImplicitDPOReward: β·(Σ log π(y|x) − Σ log π_ref(y|x)) checked against a hand computation."""

import functools
import json
import math
import shutil
from pathlib import Path

import pytest
import torch

from reward_models.base import RewardModel, RewardModelError
from reward_models.implicit import ImplicitDPOReward

PROMPTS = [
    "Write a short poem about the ocean.",
    [{"role": "system", "content": "be kind"}, {"role": "user", "content": "hi"}],
    "Explain photosynthesis.",
]
RESPONSES = ["waves roll in and out", "hello", "Plants turn light, water and air into sugar and oxygen."]


@functools.cache
def _load(model_dir: Path) -> tuple:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    return AutoTokenizer.from_pretrained(model_dir), AutoModelForCausalLM.from_pretrained(model_dir).eval()


def _response_logp(model_dir: Path, prompt: str | list, response: str) -> float:
    """Σ log p(y_t | x, y_<t) for one pair, straight from the model with no padding or batching."""
    tok, model = _load(model_dir)
    messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else prompt
    text = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    x = tok(text, add_special_tokens=False)["input_ids"]
    y = tok(response, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
    ids = torch.tensor([x + y])
    with torch.no_grad():
        logp = torch.log_softmax(model(input_ids=ids).logits[0].double(), dim=-1)  # (T, V)
    n_x = len(x)
    return sum(logp[t - 1, ids[0, t]].item() for t in range(n_x, ids.shape[1]))


def test_reward_equals_beta_times_logp_difference(tiny_lm_dir_b: Path, tiny_lm_dir: Path) -> None:
    rm = ImplicitDPOReward.load(tiny_lm_dir_b, tiny_lm_dir, name="dpo", batch_size=2)
    assert isinstance(rm, RewardModel)
    assert rm.beta == 0.1 and rm.version == "dpo-1"  # both from the policy's aligned_meta.json
    got = rm.score(PROMPTS, RESPONSES)  # 3 pairs, batch_size 2: padding and sorting exercised
    expected = [
        0.1 * (_response_logp(tiny_lm_dir_b, p, r) - _response_logp(tiny_lm_dir, p, r))
        for p, r in zip(PROMPTS, RESPONSES)
    ]
    assert all(abs(e) > 1e-3 for e in expected)  # the two models really differ
    torch.testing.assert_close(torch.tensor(got), torch.tensor(expected), rtol=1e-4, atol=1e-5)


def test_policy_equal_to_reference_gives_exactly_zero(tiny_lm_dir: Path) -> None:
    rm = ImplicitDPOReward.load(tiny_lm_dir, tiny_lm_dir, name="same", beta=0.5)
    assert rm.score(PROMPTS, RESPONSES) == [0.0, 0.0, 0.0]


def test_given_beta_overrides_meta_and_scales_linearly(tiny_lm_dir_b: Path, tiny_lm_dir: Path) -> None:
    a = ImplicitDPOReward.load(tiny_lm_dir_b, tiny_lm_dir, name="a")
    b = ImplicitDPOReward.load(tiny_lm_dir_b, tiny_lm_dir, name="b", beta=0.3)
    scores_a, scores_b = torch.tensor(a.score(PROMPTS, RESPONSES)), torch.tensor(b.score(PROMPTS, RESPONSES))
    torch.testing.assert_close(scores_b, 3 * scores_a, rtol=1e-5, atol=1e-6)


def test_missing_beta_is_refused(tiny_lm_dir: Path) -> None:
    with pytest.raises(RewardModelError) as err:
        ImplicitDPOReward.load(tiny_lm_dir, tiny_lm_dir, name="x")
    assert err.value.status_code == 422 and "beta" in err.value.message


def test_corrupt_policy_is_refused(tiny_lm_dir_b: Path, tiny_lm_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(tiny_lm_dir_b, bad)
    (bad / "model.safetensors").write_bytes(b"garbage" * 50)
    with pytest.raises(RewardModelError) as err:
        ImplicitDPOReward.load(bad, tiny_lm_dir, name="x")
    assert err.value.status_code == 422


def test_long_prompt_is_left_truncated(tiny_lm_dir_b: Path, tiny_lm_dir: Path) -> None:
    rm = ImplicitDPOReward.load(tiny_lm_dir_b, tiny_lm_dir, name="t", max_length=32)
    ids, n_prompt = rm.encode("word " * 500, "the end")
    assert len(ids) == 32
    assert rm.tokenizer.decode(ids[n_prompt:]) == "the end<|im_end|>"  # response (+EOS) kept whole
    assert rm.tokenizer.decode(ids[:n_prompt]).endswith("<|im_start|>assistant\n")
    assert math.isfinite(rm.score(["word " * 500], ["the end"])[0])
    rm.validate()
    assert json.dumps(rm.info())  # serialisable
