"""HFRewardModel on the tiny config-built Llama classifier."""

import json
import math
import shutil
from pathlib import Path

import pytest
import torch

from reward_models.base import RewardModel, RewardModelError
from reward_models.hf import HFRewardModel, shared_prefix

PROMPTS = [
    "Write a short poem about the ocean in all lowercase letters.",
    "hi",
    [{"role": "system", "content": "be brief"}, {"role": "user", "content": "Explain photosynthesis."}],
    "Answer in exactly three bullet points.",
    "The quick brown fox",
]
RESPONSES = [
    "waves roll in\nand out again",
    "hello world, this is a much longer answer than the others, with several clauses and words in it",
    "Plants eat light.",
    "- one\n- two\n- three",
    "jumps over the lazy dog. 0123456789",
]


def test_implements_protocol_and_scores_are_finite(hf_rm: HFRewardModel) -> None:
    assert isinstance(hf_rm, RewardModel)
    scores = hf_rm.score(PROMPTS, RESPONSES)
    assert len(scores) == len(PROMPTS)
    assert all(isinstance(s, float) and math.isfinite(s) for s in scores)
    assert len(set(scores)) == len(scores)  # a random head, but not a constant one
    assert hf_rm.score([], []) == []


def test_batched_sorted_scores_equal_one_by_one(hf_rm: HFRewardModel) -> None:
    # batch_size=2 with 5 pairs of different lengths: padding and the length sort both come into play.
    batched = hf_rm.score(PROMPTS, RESPONSES)
    single = [hf_rm.score([p], [r])[0] for p, r in zip(PROMPTS, RESPONSES)]
    torch.testing.assert_close(torch.tensor(batched), torch.tensor(single), rtol=1e-4, atol=1e-5)
    # results come back in input order, whatever order they were computed in
    reversed_scores = hf_rm.score(PROMPTS[::-1], RESPONSES[::-1])
    torch.testing.assert_close(
        torch.tensor(reversed_scores[::-1]), torch.tensor(batched), rtol=1e-4, atol=1e-5
    )


def test_score_matches_a_manual_forward_on_the_chat_template(hf_rm: HFRewardModel, tiny_rm_dir: Path) -> None:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_rm_dir)
    model = AutoModelForSequenceClassification.from_pretrained(tiny_rm_dir, dtype=torch.float32).eval()
    text = tok.apply_chat_template(
        [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}], tokenize=False
    )
    assert text == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\nhello<|im_end|>\n"
    ids = tok(text, add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        expected = model(input_ids=ids).logits[0, 0].item()  # unpadded: pools the last token
    assert hf_rm.score(["hi"], ["hello"])[0] == pytest.approx(expected, rel=1e-5, abs=1e-6)


LONG_PROMPT = "Write a short poem about the ocean in all lowercase letters, with a title and at most forty words."
PARTIALS = ["waves", "waves roll in", "the sea", "", "<|im_end|>", "the sea is wide and deep, and blue all day"]


def test_pairs_of_one_prompt_share_its_tokens_and_score_as_whole_rows(hf_rm: HFRewardModel) -> None:
    from reward_models.hf import MIN_SHARED_PREFIX

    ids = hf_rm.encode([LONG_PROMPT] * len(PARTIALS), PARTIALS)
    assert shared_prefix(ids, hf_rm.tokenizer.pad_token_id) >= MIN_SHARED_PREFIX  # the path under test applies
    shared = hf_rm.score([LONG_PROMPT] * len(PARTIALS), PARTIALS)
    assert hf_rm._prefix_ok is True  # checked against whole rows on first use, and agreed
    single = [hf_rm.score([LONG_PROMPT], [r])[0] for r in PARTIALS]  # one row: no shared prefix
    torch.testing.assert_close(torch.tensor(shared), torch.tensor(single), rtol=1e-4, atol=1e-5)
    # mixed prompts in one call (the batching queue merges requests): each prompt's group shares on its own
    mixed = hf_rm.score([LONG_PROMPT, "hi", LONG_PROMPT, "hi"], [PARTIALS[1], "a", PARTIALS[2], "b"])
    expected = [single[1], hf_rm.score(["hi"], ["a"])[0], single[2], hf_rm.score(["hi"], ["b"])[0]]
    torch.testing.assert_close(torch.tensor(mixed), torch.tensor(expected), rtol=1e-4, atol=1e-5)


def test_shared_prefix_keeps_each_rows_last_real_token() -> None:
    assert shared_prefix([[5, 6, 7, 8], [5, 6, 7, 9]], pad_token_id=0) == 3
    assert shared_prefix([[5, 6, 7], [5, 6, 7, 9]], pad_token_id=0) == 2  # a row equal to the prefix keeps one
    assert shared_prefix([[5, 6, 0, 0], [5, 6, 0, 0, 4]], pad_token_id=0) == 1  # pads after the last real token
    assert shared_prefix([[1, 2]], pad_token_id=None) == 1
    assert shared_prefix([], pad_token_id=0) == 0


def test_a_model_whose_cached_scores_disagree_scores_whole_rows(tiny_rm_dir: Path) -> None:
    rm = HFRewardModel.load(tiny_rm_dir, name="t", batch_size=2)
    whole = [rm.score([LONG_PROMPT], [r])[0] for r in PARTIALS]
    real_forward = rm._forward_rows

    def broken(ids: list[list[int]], rows: list[int], scores: list[float], skip: int) -> None:
        real_forward(ids, rows, scores, skip)
        if skip:  # what a bidirectional encoder would do: the cached path gives other numbers
            for i in rows:
                scores[i] += 1.0

    rm._forward_rows = broken  # type: ignore[method-assign]
    first = rm.score([LONG_PROMPT] * len(PARTIALS), PARTIALS)
    assert rm._prefix_ok is False
    second = rm.score([LONG_PROMPT] * len(PARTIALS), PARTIALS)
    for got in (first, second):
        torch.testing.assert_close(torch.tensor(got), torch.tensor(whole), rtol=1e-4, atol=1e-5)


def test_an_int8_twin_shares_the_prompt_as_its_float_model_does(tiny_rm_dir: Path) -> None:
    """An int8 model's scores move with whatever shares its batch, so it would fail the shared-prefix check against
    its own whole rows; the twin takes its float model's verdict and runs the prompt once."""
    rm = HFRewardModel.load(tiny_rm_dir, name="rm", partial_dtype="int8")
    assert rm.partial is not None and rm.partial.twin_of is rm
    skips: list[int] = []
    real_forward = rm.partial._forward_rows

    def recorded(ids: list[list[int]], rows: list[int], scores: list[float], skip: int) -> None:
        skips.append(skip)
        real_forward(ids, rows, scores, skip)

    rm.partial._forward_rows = recorded  # type: ignore[method-assign]
    shared = rm.partial.score([LONG_PROMPT] * len(PARTIALS), PARTIALS)
    assert rm._prefix_ok is True and rm.partial._prefix_ok is None  # the float model was checked, not the twin
    assert skips and all(s > 0 for s in skips)  # the twin ran from the prompt's cache
    single = [rm.score([LONG_PROMPT], [r])[0] for r in PARTIALS]  # the float model, one row at a time
    ra, rb = (torch.tensor(x).argsort().argsort().double() for x in (single, shared))
    assert torch.corrcoef(torch.stack([ra, rb]))[0, 1] > 0.8
    rm._prefix_ok = False  # a float model that failed its check: its twin runs whole rows too
    skips.clear()
    rm.partial.score([LONG_PROMPT] * len(PARTIALS), PARTIALS)
    assert skips == [0]


def test_long_prompts_are_truncated_from_the_left(tiny_rm_dir: Path) -> None:
    rm = HFRewardModel.load(tiny_rm_dir, name="short", max_length=48)
    tail = "Write a short poem about the ocean in all lowercase letters. " * 4
    a, b = "zzzz qqqq " * 300 + tail, "the quick brown fox " * 300 + tail
    ids = rm.encode([a, b], ["waves", "waves"])
    assert all(len(x) == 48 for x in ids)
    assert ids[0] == ids[1]  # the different beginnings were cut, the shared end (and the response) kept
    assert rm.tokenizer.decode(ids[0]).endswith("assistant\nwaves<|im_end|>\n")
    scores = rm.score([a, b], ["waves", "waves"])
    assert all(math.isfinite(s) for s in scores) and scores[0] == pytest.approx(scores[1], abs=1e-6)


def test_max_length_is_capped_by_the_position_limit(tiny_rm_dir: Path) -> None:
    rm = HFRewardModel.load(tiny_rm_dir, name="capped", max_length=10_000)
    assert rm.max_length == 512  # the tiny Llama has max_position_embeddings=512
    assert math.isfinite(rm.score(["word " * 2000], ["ok"])[0])


def test_padding_setup(hf_rm: HFRewardModel) -> None:
    assert hf_rm.tokenizer.padding_side == "right"
    assert hf_rm.tokenizer.truncation_side == "left"
    assert hf_rm.model.config.pad_token_id == hf_rm.tokenizer.pad_token_id is not None


def test_two_label_checkpoint_is_refused(rm_two_labels_dir: Path) -> None:
    with pytest.raises(RewardModelError) as err:
        HFRewardModel.load(rm_two_labels_dir, name="two")
    assert err.value.message == "expected a single-label sequence-classification model, got num_labels=2"
    assert err.value.status_code == 422


def test_corrupt_weights_are_refused(corrupt_rm_dir: Path) -> None:
    with pytest.raises(RewardModelError) as err:
        HFRewardModel.load(corrupt_rm_dir, name="bad")
    assert err.value.status_code == 422
    assert err.value.message == f"{corrupt_rm_dir}: the weights cannot be loaded (missing or corrupt weight files, " \
        "or an unsupported architecture)"
    cause = str(err.value.__cause__)  # the loader's own error stays chained for the server log, out of the message
    assert cause and cause not in err.value.message


def test_a_causal_lm_without_score_head_is_refused(tiny_lm_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(RewardModelError, match="num_labels=2"):  # a causal LM config defaults to 2 labels
        HFRewardModel.load(tiny_lm_dir, name="lm")
    copy = tmp_path / "lm"
    shutil.copytree(tiny_lm_dir, copy)
    cfg = json.loads((copy / "config.json").read_text())
    cfg["id2label"], cfg["label2id"] = {"0": "LABEL_0"}, {"LABEL_0": 0}  # claims one label, has no head
    (copy / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(RewardModelError, match=r"lacks weights \['score.weight'\]"):
        HFRewardModel.load(copy, name="lm")


def test_missing_dir_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RewardModelError, match="no config.json"):
        HFRewardModel.load(tmp_path / "nope", name="x")


def test_validate_accepts_good_and_rejects_nan_weights(tiny_rm_dir: Path) -> None:
    rm = HFRewardModel.load(tiny_rm_dir, name="v")
    rm.validate()
    rm.warmup()
    with torch.no_grad():
        rm.model.score.weight.fill_(float("nan"))
    with pytest.raises(RewardModelError) as err:
        rm.validate()
    assert err.value.status_code == 422 and "non-finite" in err.value.message


def test_version_from_meta_else_stable_fingerprint(tiny_rm_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "rm"
    shutil.copytree(tiny_rm_dir, copy)
    v1 = HFRewardModel.load(copy, name="x").version
    assert v1 == HFRewardModel.load(copy, name="x").version and len(v1) == 10
    (copy / "aligned_meta.json").write_text(json.dumps({"version": "rm-2024-07", "loss": "bt"}))
    assert HFRewardModel.load(copy, name="x").version == "rm-2024-07"
    assert HFRewardModel.load(copy, name="x", version="pinned").version == "pinned"


def test_fallback_format_without_chat_template(tiny_rm_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "rm"
    shutil.copytree(tiny_rm_dir, copy)
    cfg = json.loads((copy / "tokenizer_config.json").read_text())
    cfg.pop("chat_template", None)
    (copy / "tokenizer_config.json").write_text(json.dumps(cfg))
    for f in copy.glob("chat_template.*"):
        f.unlink()
    rm = HFRewardModel.load(copy, name="plain")
    assert rm.format([{"role": "user", "content": "q?"}], "a.") == "q?\n\na."
    assert math.isfinite(rm.score(["q?"], ["a."])[0])


def test_info(hf_rm: HFRewardModel, tiny_rm_dir: Path) -> None:
    info = hf_rm.info()
    assert info["name"] == "tiny" and info["path"] == str(tiny_rm_dir)
    assert info["dtype"] == "float32" and info["device"] == "cpu"
    assert info["params"] == sum(p.numel() for p in hf_rm.model.parameters()) > 0


def test_mismatched_lengths_raise(hf_rm: HFRewardModel) -> None:
    with pytest.raises(RewardModelError):
        hf_rm.score(["a", "b"], ["x"])


def test_each_failed_check_is_named(tiny_rm_dir: Path, tmp_path: Path) -> None:
    """A hub-id-like path, a config without tokenizer files, a broken config: each message names its check."""
    with pytest.raises(RewardModelError) as err:
        HFRewardModel.load("HuggingFaceTB/SmolLM2-135M", name="hub")  # local only: no download is attempted
    assert err.value.message == "HuggingFaceTB/SmolLM2-135M: not a Hugging Face checkpoint dir (no config.json)"
    only_config = tmp_path / "only_config"
    only_config.mkdir()
    shutil.copy(tiny_rm_dir / "config.json", only_config / "config.json")
    with pytest.raises(RewardModelError) as err:
        HFRewardModel.load(only_config, name="x")
    assert err.value.message == f"{only_config}: the tokenizer cannot be loaded (tokenizer files missing or broken)"
    (only_config / "config.json").write_text("{not json")
    with pytest.raises(RewardModelError) as err:
        HFRewardModel.load(only_config, name="x")
    assert err.value.message == f"{only_config}: config.json is not a readable Hugging Face config"
    assert err.value.__cause__ is not None and str(err.value.__cause__) not in err.value.message


def test_int8_quantises_the_backbone_and_keeps_the_ranking_close(tiny_rm_dir: Path) -> None:
    fp32 = HFRewardModel.load(tiny_rm_dir, name="rm")
    int8 = HFRewardModel.load(tiny_rm_dir, name="rm", dtype="int8")
    linears = [m for m in int8.model.modules() if type(m).__name__ == "Linear" and "quantized" in type(m).__module__]
    assert linears, "no Linear layer was quantised"
    assert isinstance(int8.model.score, torch.nn.Linear)  # the score head stays float32
    assert int8.info()["dtype"] == "int8"
    prompts = ["Write a short note.", "Name three colours."] * 6
    answers = [f"answer {i}: " + "word " * (3 * i) for i in range(12)]
    a, b = fp32.score(prompts, answers), int8.score(prompts, answers)
    assert all(torch.isfinite(torch.tensor(b)))
    assert a != b  # really quantised
    ra, rb = (torch.tensor(x).argsort().argsort().double() for x in (a, b))
    assert torch.corrcoef(torch.stack([ra, rb]))[0, 1] > 0.9  # Spearman's rank correlation


def test_int8_is_refused_off_the_cpu(tiny_rm_dir: Path) -> None:
    with pytest.raises(RewardModelError, match="CPU only"):
        HFRewardModel.load(tiny_rm_dir, name="rm", dtype="int8", device="cuda")


def test_an_int8_twin_scores_partial_answers_and_the_model_itself_stays_float32(tiny_rm_dir: Path) -> None:
    fp32 = HFRewardModel.load(tiny_rm_dir, name="rm")
    rm = HFRewardModel.load(tiny_rm_dir, name="rm", partial_dtype="int8")
    assert fp32.partial is None and rm.partial is not None
    assert rm.info()["dtype"] == "float32" and rm.info()["partial_dtype"] == "int8"
    assert rm.partial.version == f"{rm.version}-int8" and rm.partial._tok_lock is rm._tok_lock
    assert rm.partial.model.get_input_embeddings() is rm.model.get_input_embeddings()  # shared, not copied
    prompts = ["Write a short note.", "Name three colours."] * 6
    answers = [f"answer {i}: " + "word " * (3 * i) for i in range(12)]
    assert rm.score(prompts, answers) == fp32.score(prompts, answers)  # whole answers: the float32 model
    b = rm.partial.score(prompts, answers)
    assert b != fp32.score(prompts, answers)
    ra, rb = (torch.tensor(x).argsort().argsort().double() for x in (fp32.score(prompts, answers), b))
    assert torch.corrcoef(torch.stack([ra, rb]))[0, 1] > 0.9
    bf16 = HFRewardModel.load(tiny_rm_dir, name="rm", dtype="bfloat16", partial_dtype="int8")  # a float32 twin
    assert bf16.partial is not None and len(bf16.partial.score(prompts, answers)) == len(answers)
    assert len(bf16.score(prompts, answers)) == len(answers)  # the bf16 model itself is untouched
    with pytest.raises(RewardModelError, match="only 'int8'"):
        HFRewardModel.load(tiny_rm_dir, name="rm", partial_dtype="bfloat16")
    with pytest.raises(RewardModelError, match="CPU only"):
        HFRewardModel.load(tiny_rm_dir, name="rm", partial_dtype="int8", device="cuda")
