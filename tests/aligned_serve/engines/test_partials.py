"""Continuing partial answers (`engines/partials.py`): the shared helpers, and `continue_partials` on the
transformers engine (tiny model), the vLLM engine (a fake AsyncLLM: no vLLM import) and the remote engine (a
fake upstream). Run: `pytest tests/aligned_serve/engines/test_partials.py -q`."""

import asyncio
import json
import sys
import types
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from aligned_serve.engines.base import SamplingConfig
from aligned_serve.engines.partials import (
    Continuation,
    ContinuationDelta,
    Partial,
    collect,
    finished,
    merge,
    step_config,
)

CHAT = [{"role": "user", "content": "hi"}]


# ---- helpers -----------------------------------------------------------------------------------------------
def test_step_config_fits_the_chunk_into_the_answer_budget():
    params = SamplingConfig(n=7, max_tokens=10, min_tokens=6, temperature=0.5)
    step = step_config(params, Partial("ab", (1, 2), 2, n=3), chunk_tokens=4)
    assert (step.n, step.max_tokens, step.min_tokens, step.temperature) == (3, 4, 4, 0.5)  # min 6 - 2 = 4
    step = step_config(params, Partial("x" * 8, (), 8), chunk_tokens=4)
    assert (step.max_tokens, step.min_tokens) == (2, 0)  # only 2 left; the minimum is already met
    assert step_config(params, Partial(), chunk_tokens=None).max_tokens == 10  # to the end
    with pytest.raises(ValueError):
        step_config(params, Partial("x" * 10, (), 10), chunk_tokens=4)


def test_finished_tells_the_chunk_limit_from_the_budget():
    params = SamplingConfig(max_tokens=10)
    assert finished("length", Partial(num_tokens=4), 4, params) is None  # 8 < 10: the chunk ended, not the answer
    assert finished("length", Partial(num_tokens=6), 4, params) == "length"
    assert finished("stop", Partial(num_tokens=0), 1, params) == "stop"


async def _items(*items):
    for item in items:
        await asyncio.sleep(0)
        yield item


async def test_collect_groups_deltas_by_partial_and_sample():
    deltas = [ContinuationDelta(0, 1, "b", 1, (2,)), ContinuationDelta(0, 0, "a", 1, (1,), prompt_tokens=5),
              ContinuationDelta(1, 0, "cd", 2, (3, 4), "stop"), ContinuationDelta(0, 0, "a", 1, (1,), "length")]
    partials = [Partial(n=2), Partial("z", (9,), 1)]
    out, prompt_tokens = await collect(_items(*deltas), partials, SamplingConfig(max_tokens=8))
    assert out == [[Continuation("aa", (1, 1), 2, None), Continuation("b", (2,), 1, None)],
                   [Continuation("cd", (3, 4), 2, "stop")]]
    assert prompt_tokens == 5


async def test_merge_interleaves_raises_and_cancels_the_rest_when_closed():
    async def slow(tag: str, n: int, log: list[str]) -> AsyncIterator[str]:
        try:
            for i in range(n):
                await asyncio.sleep(0.01)
                yield f"{tag}{i}"
        except asyncio.CancelledError:
            log.append(tag)
            raise

    log: list[str] = []
    got = [x async for x in merge([slow("a", 2, log), slow("b", 3, log)])]
    assert sorted(got) == ["a0", "a1", "b0", "b1", "b2"] and log == []
    merged = merge([slow("a", 5, log), slow("b", 5, log)])
    await anext(merged)
    await merged.aclose()
    assert sorted(log) == ["a", "b"]  # both still running: both cancelled

    async def broken() -> AsyncIterator[str]:
        yield "x"
        raise RuntimeError("upstream died")

    with pytest.raises(RuntimeError, match="upstream died"):
        _ = [x async for x in merge([broken(), slow("c", 3, log)])]


# ---- vLLM --------------------------------------------------------------------------------------------------
class FakeLLM:
    """Records each request; sample s of a request emits `n` one-token deltas of token 100 + s."""

    def __init__(self) -> None:
        self.requests: list[tuple[list[int], SamplingConfig, str]] = []
        self.aborted: list[str] = []

    async def generate(self, prompt, params, request_id):
        self.requests.append((prompt["prompt_token_ids"], params, request_id))
        try:
            for step in range(params.max_tokens):
                await asyncio.sleep(0.001)
                last = step == params.max_tokens - 1
                yield SimpleNamespace(outputs=[SimpleNamespace(index=s, text=f"<{100 + s}>", token_ids=[100 + s],
                                                               finish_reason="length" if last else None)
                                               for s in range(params.n)])
        except (asyncio.CancelledError, GeneratorExit):
            self.aborted.append(request_id)
            raise


@pytest.fixture
def vllm_engine(monkeypatch: pytest.MonkeyPatch):
    from aligned_serve.engines.vllm_engine import VLLMEngine, _Engine

    inputs = types.ModuleType("vllm.inputs")
    inputs.TokensPrompt = dict  # a TypedDict in vLLM: the same dict
    monkeypatch.setitem(sys.modules, "vllm.inputs", inputs)
    engine = VLLMEngine("/models/fake", options=None)
    tokenizer = SimpleNamespace(encode=lambda text: [ord(c) for c in text],
                                decode=lambda ids, skip_special_tokens=True: "".join(map(chr, ids)))
    engine._engine = _Engine(FakeLLM(), tokenizer, "/models/fake")
    monkeypatch.setattr(engine, "sampling_params", lambda params, stream: params)
    return engine


async def test_vllm_continues_from_prompt_plus_partial_token_ids(vllm_engine):
    params = SamplingConfig(max_tokens=6)
    partials = [Partial(), Partial("<7><8>", (7, 8), 2, n=2)]
    stream = vllm_engine.continue_partials("hi", partials, params, "req-1", chunk_tokens=3)
    out, prompt_tokens = await collect(stream, partials, params)
    llm = vllm_engine._engine.llm
    assert sorted((ids, p.n, p.max_tokens, rid) for ids, p, rid in llm.requests) == [
        ([104, 105], 1, 3, "req-1-0"), ([104, 105, 7, 8], 2, 3, "req-1-1")]  # "hi" = 104 105
    assert out[1] == [Continuation("<100><100><100>", (100, 100, 100), 3, None),
                      Continuation("<101><101><101>", (101, 101, 101), 3, None)]
    assert prompt_tokens == 2 and vllm_engine._engine.in_flight == 0 and llm.aborted == []


async def test_vllm_closing_the_continuation_aborts_every_request(vllm_engine):
    stream = vllm_engine.continue_partials("hi", [Partial(), Partial("<7>", (7,), 1)], SamplingConfig(max_tokens=50),
                                           "req-2", chunk_tokens=40)
    await anext(stream)
    await stream.aclose()
    assert sorted(vllm_engine._engine.llm.aborted) == ["req-2-0", "req-2-1"]
    assert vllm_engine._engine.in_flight == 0 and vllm_engine._engine.idle.is_set()


class ScriptLLM(FakeLLM):
    """Every request emits `script`, one token per delta, with vLLM's text "<id>" (text that is not the tokens')."""

    script = (0xA9, ord(" "), ord("o"), ord("k"), ord("!"))

    async def generate(self, prompt, params, request_id):
        self.requests.append((prompt["prompt_token_ids"], params, request_id))
        try:
            for step, tid in enumerate(self.script):
                await asyncio.sleep(0.001)
                done = "length" if step == len(self.script) - 1 else None
                yield SimpleNamespace(outputs=[SimpleNamespace(index=0, text=f"<{tid}>", token_ids=[tid],
                                                               finish_reason=done)])
        except (asyncio.CancelledError, GeneratorExit):
            self.aborted.append(request_id)
            raise


async def test_vllm_partial_ending_inside_a_character_gets_text_and_stops_from_its_tokens(vllm_engine):
    """Byte-level ids: "é" is C3 A9. A partial that ends after C3 is continued with vLLM's stop strings taken
    off; the text comes from the ids, completes the "é", holds back a possible "ok" and stops there."""
    from aligned_serve.engines.vllm_engine import _Engine

    byte_level = SimpleNamespace(encode=lambda text: list(text.encode()),
                                 decode=lambda ids, skip_special_tokens=True: bytes(ids).decode(errors="replace"))
    vllm_engine._engine = llm_engine = _Engine(ScriptLLM(), byte_level, "/models/fake")
    params = SamplingConfig(max_tokens=20, stop=("ok",))
    partials = [Partial("caf", tuple(b"caf\xc3"), 4), Partial("ab", tuple(b"ab"), 2)]
    stream = vllm_engine.continue_partials("hi", partials, params, "req-3", chunk_tokens=5)
    deltas = [d async for d in stream]
    mid = [d for d in deltas if d.partial == 0]
    assert [d.text for d in mid] == ["", "é", " ", ""] and mid[-1].finish_reason == "stop"  # "é ok": stop at 2
    out, _ = await collect(_items(*deltas), partials, params)
    assert out[0][0] == Continuation("é ", (0xA9, 32, 111, 107), 4, "stop")
    assert out[1][0].text == "<169><32><111><107><33>"  # a partial ending on a whole character: vLLM's text
    stops = {rid: p.stop for _, p, rid in llm_engine.llm.requests}
    assert stops == {"req-3-0": (), "req-3-1": ("ok",)}  # vLLM would match "ok" against the wrong text
    assert llm_engine.llm.aborted == ["req-3-0"]  # stopped by us: the request is aborted


# ---- transformers ------------------------------------------------------------------------------------------
async def test_hf_greedy_continuation_equals_one_uninterrupted_generation(tiny_lm_dir: Path):
    from dataclasses import replace

    from aligned_serve.engines.hf_engine import HFEngine

    engine = HFEngine(str(tiny_lm_dir), model_name="tiny")
    await engine.start()
    try:
        params = SamplingConfig(max_tokens=9, temperature=0.0)  # "hello world" never reaches EOS greedily
        reference = (await engine.generate("hello world", replace(params, max_tokens=8), "r")).candidates[0]
        first, _ = await collect(engine.continue_partials("hello world", [Partial()], params, "c1", 4),
                                 [Partial()], params)
        head = first[0][0]
        partial = Partial(head.text, head.token_ids, head.num_tokens)
        rest, prompt_tokens = await collect(engine.continue_partials("hello world", [partial], params, "c2", 4),
                                            [partial], params)
        tail = rest[0][0]
        assert (head.num_tokens, head.finish_reason, tail.num_tokens, tail.finish_reason) == (4, None, 4, None)
        assert head.text + tail.text == reference.text  # 4 + 4 tokens from the ids = 8 in one go
        assert engine.tokenizer.decode(list(head.token_ids + tail.token_ids)) == reference.text
        assert prompt_tokens == len(engine.tokenizer.encode("hello world"))
    finally:
        await engine.close()


# ---- remote ------------------------------------------------------------------------------------------------
def _sse(*events) -> bytes:
    return b"".join(f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n".encode() for e in events)


async def test_remote_continues_text_and_chat_prompts_with_the_partial_text():
    from aligned_serve.engines.remote_engine import RemoteEngine

    bodies: list[tuple[str, dict]] = []

    def reply(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append((request.url.path, body))
        chat = request.url.path.endswith("/chat/completions")
        choices = [{"index": s, **({"delta": {"content": "ab"}} if chat else {"text": "ab"})}
                   for s in range(body["n"])]
        ends = [{"index": s, **({"delta": {}} if chat else {"text": ""}), "finish_reason": "length"}
                for s in range(body["n"])]
        usage = {"prompt_tokens": 5, "completion_tokens": 2 * body["n"]}
        return httpx.Response(200, content=_sse({"choices": choices}, {"choices": ends}, {"choices": [],
                                                                                          "usage": usage}, "[DONE]"))

    engine = RemoteEngine("http://up/v1", "m", transport=httpx.MockTransport(reply))
    params = SamplingConfig(max_tokens=8)
    partials = [Partial(), Partial("Once", (), 3, n=2)]
    out, prompt_tokens = await collect(engine.continue_partials("Tell:", partials, params, "r", 2), partials, params)
    by_prompt = {b["prompt"]: (p, b["n"], b["max_tokens"]) for p, b in bodies}
    assert by_prompt == {"Tell:": ("/v1/completions", 1, 2), "Tell:Once": ("/v1/completions", 2, 2)}
    assert out[1] == [Continuation("ab", (), 2, None)] * 2 and prompt_tokens == 5

    bodies.clear()
    out, _ = await collect(engine.continue_partials(CHAT, [Partial("Once", (), 6)], params, "r", 2),
                           [Partial("Once", (), 6)], params)
    ((path, body),) = bodies
    assert path == "/v1/chat/completions" and body["continue_final_message"] is True
    assert body["messages"] == [*CHAT, {"role": "assistant", "content": "Once"}] and not body["add_generation_prompt"]
    assert out == [[Continuation("ab", (), 2, "length")]]  # 6 + 2 = the whole budget of 8
    await engine.close()
