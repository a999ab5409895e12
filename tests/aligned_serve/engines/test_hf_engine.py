"""HFEngine on the tiny config-built Llama: candidates, seeding, stops, context checks, logprobs, streaming,
cancellation and reload. Run: `pytest tests/aligned_serve/engines/test_hf_engine.py -q`."""

import asyncio
import functools
import json
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from aligned_serve.engines.base import EngineError, Generator, SamplingConfig, StreamDelta
from aligned_serve.engines.hf_engine import HFEngine
from tests import tiny_models

CHAT = [{"role": "user", "content": "Write a short poem about the ocean."}]
GREEDY = SamplingConfig(max_tokens=12, temperature=0.0)


@pytest.fixture
async def engine(tiny_lm_dir: Path):
    e = HFEngine(str(tiny_lm_dir), model_name="tiny")
    await e.start()
    yield e
    await e.close()


def _slow_down(model: torch.nn.Module, delay: float, calls: list[int]) -> None:
    """Make each forward pass of `model` sleep `delay` seconds and count it (signature kept for generate)."""
    original = model.forward

    @functools.wraps(original)
    def forward(*args, **kwargs):
        calls.append(1)
        time.sleep(delay)
        return original(*args, **kwargs)

    model.forward = forward


async def _collect(engine: HFEngine, prompt, params: SamplingConfig) -> list[StreamDelta]:
    return [d async for d in engine.stream(prompt, params, "s")]


def _joined(deltas: list[StreamDelta], index: int) -> str:
    return "".join(d.text for d in deltas if d.index == index)


async def test_satisfies_protocol_and_reads_context_length(engine: HFEngine) -> None:
    assert isinstance(engine, Generator)
    assert engine.model_name == "tiny"
    assert engine.max_model_len == 512  # the tiny config's max_position_embeddings


async def test_not_started_is_503(tiny_lm_dir: Path) -> None:
    with pytest.raises(EngineError) as err:
        await HFEngine(str(tiny_lm_dir)).generate("hi", GREEDY, "r")
    assert err.value.status_code == 503


async def test_n_candidates_with_token_counts(engine: HFEngine) -> None:
    gen = await engine.generate(CHAT, SamplingConfig(n=3, max_tokens=16, seed=0), "r")
    assert len(gen.candidates) == 3
    rendered = "<|im_start|>user\nWrite a short poem about the ocean.<|im_end|>\n<|im_start|>assistant\n"
    assert gen.prompt_tokens == len(engine.tokenizer.encode(rendered, add_special_tokens=False))
    for c in gen.candidates:
        assert c.finish_reason in ("stop", "length")
        assert 1 <= c.num_tokens <= 16
        if c.finish_reason == "length":
            assert c.num_tokens == 16
        assert c.logprobs is None
    assert gen.completion_tokens == sum(c.num_tokens for c in gen.candidates)
    assert len({c.text for c in gen.candidates}) == 3  # sampled independently


async def test_seeded_calls_are_reproducible(engine: HFEngine) -> None:
    params = SamplingConfig(n=2, max_tokens=16, seed=7)
    first = await engine.generate(CHAT, params, "a")
    await engine.generate(CHAT, SamplingConfig(n=2, max_tokens=16), "unseeded")  # moves the global RNG
    again = await engine.generate(CHAT, params, "b")
    other = await engine.generate(CHAT, SamplingConfig(n=2, max_tokens=16, seed=8), "c")
    assert [c.text for c in again.candidates] == [c.text for c in first.candidates]
    assert [c.text for c in other.candidates] != [c.text for c in first.candidates]


async def test_greedy_runs_to_max_tokens_and_matches_a_hand_rolled_loop(engine: HFEngine) -> None:
    gen = await engine.generate("hello world", GREEDY, "r")
    (c,) = gen.candidates
    assert (c.finish_reason, c.num_tokens) == ("length", 12)  # this prompt never reaches EOS greedily
    ids = engine.tokenizer.encode("hello world")
    assert gen.prompt_tokens == len(ids)
    new: list[int] = []
    with torch.no_grad():
        for _ in range(12):  # argmax over the last position, no cache: the reference greedy decode
            logits = engine.model(torch.tensor([ids + new])).logits  # (1, T, V)
            new.append(int(logits[0, -1].argmax()))
    assert c.text == engine.tokenizer.decode(new, skip_special_tokens=True)


async def test_greedy_n_returns_n_identical_candidates(engine: HFEngine) -> None:
    # transformers refuses greedy num_return_sequences > 1: the engine decodes once and copies
    params = SamplingConfig(n=3, max_tokens=6, temperature=0.0, logprobs=1)
    gen = await engine.generate("hello world", params, "r")
    single = (await engine.generate("hello world", SamplingConfig(max_tokens=6, temperature=0.0), "s")).candidates[0]
    assert [(c.text, c.num_tokens) for c in gen.candidates] == [(single.text, 6)] * 3
    assert gen.completion_tokens == 18
    assert gen.candidates[0].logprobs is not gen.candidates[1].logprobs
    deltas = await _collect(engine, "hello world", SamplingConfig(n=2, max_tokens=6, temperature=0.0))
    assert [_joined(deltas, i) for i in range(2)] == [single.text] * 2
    assert [d.finish_reason for d in deltas if d.finish_reason] == ["length", "length"]


async def test_stop_string_is_cut_and_ends_early(engine: HFEngine) -> None:
    params = SamplingConfig(max_tokens=40, seed=3)
    full = (await engine.generate(CHAT, params, "a")).candidates[0]
    text = full.text
    # a 2-character stop string first occurring mid-text, free of partial-UTF-8 replacement characters
    k = next(
        k for k in range(5, len(text) - 2)
        if "\ufffd" not in text[k : k + 2] and text.find(text[k : k + 2]) == k
    )
    stop = text[k : k + 2]
    cut = (await engine.generate(CHAT, SamplingConfig(max_tokens=40, seed=3, stop=("zzzz", stop)), "b"))
    (c,) = cut.candidates
    assert c.text == text[:k]
    assert c.finish_reason == "stop"
    assert c.num_tokens < full.num_tokens
    streamed = await _collect(engine, CHAT, SamplingConfig(max_tokens=40, seed=3, stop=(stop,)))
    assert _joined(streamed, 0) == text[:k]  # held-back text never leaks a stop-string prefix
    assert streamed[-1].finish_reason == "stop"


async def test_eos_ends_with_stop_and_counts_the_eos_token(tiny_lm_dir: Path, tmp_path: Path) -> None:
    # Greedy on CHAT emits "\n" first; declaring "\n" an EOS id makes that first token end the generation.
    path = tmp_path / "lm"
    shutil.copytree(tiny_lm_dir, path)
    cfg = json.loads((path / "generation_config.json").read_text())
    e = HFEngine(str(path))
    await e.start()
    nl = e.tokenizer.encode("\n", add_special_tokens=False)
    assert len(nl) == 1
    (c,) = (await e.generate(CHAT, GREEDY, "r")).candidates
    assert (c.text, c.finish_reason) == ("\n" * 12, "length")  # the premise: greedy repeats "\n"
    await e.close()
    cfg["eos_token_id"] = [cfg["eos_token_id"], nl[0]]
    (path / "generation_config.json").write_text(json.dumps(cfg))
    e = HFEngine(str(path))
    await e.start()
    (c,) = (await e.generate(CHAT, GREEDY, "r")).candidates
    assert (c.text, c.finish_reason, c.num_tokens) == ("", "stop", 1)
    # min_tokens masks EOS until that many tokens were generated
    (c,) = (await e.generate(CHAT, replace(GREEDY, min_tokens=5), "r")).candidates
    assert c.num_tokens >= 5 and "\n" not in c.text[:4]
    await e.close()


async def test_context_overflow_is_a_400(tiny_lm_dir: Path) -> None:
    e = HFEngine(str(tiny_lm_dir), max_model_len=40)
    await e.start()
    prompt_len = len(e.tokenizer.encode("hello world"))
    with pytest.raises(EngineError) as err:
        await e.generate("hello world", SamplingConfig(max_tokens=40), "r")
    assert err.value.status_code == 400
    assert err.value.param == "max_tokens"
    assert err.value.message.startswith(
        f"This model's maximum context length is 40 tokens. However, you requested {prompt_len + 40} tokens "
        f"({prompt_len} in the prompt, 40 in the completion)."
    )
    with pytest.raises(EngineError) as err:
        long_chat = [{"role": "user", "content": "hello world " * 40}]
        await e.generate(long_chat, SamplingConfig(max_tokens=1), "r")
    assert (err.value.status_code, err.value.param) == (400, "messages")
    gen = await e.generate("hello world", SamplingConfig(max_tokens=40 - prompt_len, temperature=0), "ok")
    assert gen.candidates[0].num_tokens == 40 - prompt_len  # exactly at the limit is allowed
    await e.close()


async def test_logprobs_are_raw_model_logprobs_with_top_k(engine: HFEngine) -> None:
    gen = await engine.generate("hello world", SamplingConfig(n=2, max_tokens=5, temperature=0.7, seed=1,
                                                              logprobs=3), "r")
    ids = engine.tokenizer.encode("hello world")
    with torch.no_grad():
        first = torch.log_softmax(engine.model(torch.tensor([ids])).logits[0, -1].float(), dim=-1)  # (V,)
    top_v, top_i = first.topk(3)
    expected_top = [(engine.tokenizer.decode([i]), v) for i, v in zip(top_i.tolist(), top_v.tolist())]
    for c in gen.candidates:
        assert len(c.logprobs) == c.num_tokens
        assert all(len(t.top_logprobs) == 3 for t in c.logprobs)
        # step 1 is independent of the temperature: the raw distribution of the model at the prompt
        got = c.logprobs[0].top_logprobs
        assert [t for t, _ in got] == [t for t, _ in expected_top]
        torch.testing.assert_close(torch.tensor([v for _, v in got]), top_v)
        token_id = engine.tokenizer.convert_tokens_to_ids(engine.tokenizer.tokenize(c.logprobs[0].token))
        if len(token_id) == 1:
            torch.testing.assert_close(c.logprobs[0].logprob, float(first[token_id[0]]))
    greedy_lp = SamplingConfig(max_tokens=3, temperature=0, logprobs=0)
    greedy = await engine.generate("hello world", greedy_lp, "g")
    for t in greedy.candidates[0].logprobs:
        assert t.top_logprobs == []
        assert t.logprob <= 0.0
    torch.testing.assert_close(greedy.candidates[0].logprobs[0].logprob, float(top_v[0]))  # argmax = top-1


async def test_stream_concatenates_to_the_generated_text(engine: HFEngine) -> None:
    params = SamplingConfig(n=2, max_tokens=20, seed=5)
    gen = await engine.generate(CHAT, params, "g")
    deltas = await _collect(engine, CHAT, params)
    assert len(deltas) > 4  # really incremental
    for i, c in enumerate(gen.candidates):
        mine = [d for d in deltas if d.index == i]
        assert _joined(deltas, i) == c.text
        assert [d.finish_reason for d in mine if d.finish_reason] == [c.finish_reason]
        assert mine[-1].finish_reason == c.finish_reason  # the finish delta is the last one of its index
        assert sum(d.num_tokens for d in mine) == c.num_tokens


async def test_context_overflow_in_stream_is_a_400(engine: HFEngine) -> None:
    with pytest.raises(EngineError) as err:
        await _collect(engine, "hello", SamplingConfig(max_tokens=600))
    assert err.value.status_code == 400


async def test_cancel_stops_generation_early_and_frees_the_worker(engine: HFEngine) -> None:
    calls: list[int] = []
    _slow_down(engine.model, 0.01, calls)
    long_greedy = SamplingConfig(max_tokens=400, temperature=0)
    task = asyncio.create_task(engine.generate("hello world", long_greedy, "c"))
    while len(calls) < 3:
        await asyncio.sleep(0.005)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # The next call queues behind the cancelled one on the single worker: once it returns, the worker is free.
    await engine.generate("hello world", SamplingConfig(max_tokens=1, temperature=0), "d")
    assert len(calls) < 100  # 400 forward passes without the cancel


async def test_closing_a_stream_early_stops_generation(engine: HFEngine) -> None:
    calls: list[int] = []
    _slow_down(engine.model, 0.01, calls)
    stream = engine.stream("hello world", SamplingConfig(max_tokens=400, temperature=0), "s")
    first = await anext(stream)
    assert first.index == 0 and first.text
    await stream.aclose()
    await engine.generate("hello world", SamplingConfig(max_tokens=1, temperature=0), "d")
    assert len(calls) < 100


async def test_reload_swaps_and_in_flight_requests_finish_on_the_old_model(
    engine: HFEngine, tiny_tokenizer_dir: Path, tmp_path: Path
) -> None:
    new_path = str(tiny_models.build_tiny_lm(tmp_path / "lm_b", tiny_tokenizer_dir, seed=1))
    seeded = SamplingConfig(max_tokens=12, seed=0)  # greedy decodes of these tiny tied-embedding LMs coincide
    old_text = (await engine.generate("hello world", seeded, "a")).candidates[0].text
    calls: list[int] = []
    _slow_down(engine.model, 0.02, calls)
    in_flight = asyncio.create_task(engine.generate("hello world", seeded, "b"))
    while not calls:
        await asyncio.sleep(0.005)
    await engine.reload(new_path)
    assert (await in_flight).candidates[0].text == old_text
    assert engine.model_path == new_path
    new_text = (await engine.generate("hello world", seeded, "c")).candidates[0].text
    assert new_text != old_text
