"""RemoteEngine against an in-process fake OpenAI upstream (`httpx.MockTransport`): request mapping, choice
mapping, error passthrough, SSE parsing.

Run: `pytest tests/aligned_serve/engines/test_remote_engine.py -q`."""

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from aligned_serve.engines.base import EngineError, Generator, SamplingConfig, StreamDelta, TokenLogprob
from aligned_serve.engines.remote_engine import RemoteEngine

BASE = "http://upstream:8000/v1"
CHAT = [{"role": "user", "content": "hi"}]
Handler = Callable[[httpx.Request], Any]


class Upstream:
    """Records every request and answers with whatever `reply` returns."""

    def __init__(self, reply: Handler) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        result = self.reply(request)
        return await result if asyncio.iscoroutine(result) else result

    def body(self, i: int = -1) -> dict[str, Any]:
        return json.loads(self.requests[i].content)


def _engine(reply: Handler, **kwargs: Any) -> tuple[RemoteEngine, Upstream]:
    upstream = Upstream(reply)
    kwargs.setdefault("api_key", "sk-test")
    return RemoteEngine(BASE, "up-model", transport=httpx.MockTransport(upstream), **kwargs), upstream


def _sse(*events: Any) -> bytes:
    return b"".join(
        f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n".encode() for e in events
    )


async def _split_bytes(data: bytes, size: int) -> AsyncIterator[bytes]:
    for i in range(0, len(data), size):  # chunks that cut lines in half: the parser must buffer
        yield data[i : i + size]


async def test_chat_request_body_and_choice_mapping() -> None:
    reply = {
        "choices": [  # out of order on purpose
            {"index": 1, "message": {"role": "assistant", "content": "second"}, "finish_reason": "length"},
            {"index": 0, "message": {"role": "assistant", "content": "first"}, "finish_reason": "stop"},
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }
    engine, upstream = _engine(lambda r: httpx.Response(200, json=reply))
    assert isinstance(engine, Generator)
    params = SamplingConfig(n=2, max_tokens=9, temperature=0.5, top_p=0.9, stop=("\n\n",), seed=4)
    gen = await engine.generate(CHAT, params, "req-1")

    request = upstream.requests[0]
    assert (request.method, str(request.url)) == ("POST", f"{BASE}/chat/completions")
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.headers["x-request-id"] == "req-1"
    assert upstream.body() == {
        "model": "up-model", "n": 2, "max_tokens": 9, "temperature": 0.5, "top_p": 0.9,
        "stop": ["\n\n"], "seed": 4, "messages": CHAT,
    }
    assert [(c.text, c.finish_reason, c.logprobs) for c in gen.candidates] == [
        ("first", "stop", None), ("second", "length", None)
    ]
    assert [c.num_tokens for c in gen.candidates] == [4, 3]  # 7 split evenly, the remainder to the first
    assert (gen.prompt_tokens, gen.completion_tokens) == (11, 7)


async def test_completion_request_with_logprobs_counts_tokens_per_choice() -> None:
    reply = {
        "choices": [
            {"index": 0, "text": " a b", "finish_reason": "length",
             "logprobs": {"tokens": [" a", " b"], "token_logprobs": [-0.5, -1.0],
                          "top_logprobs": [{" c": -2.0, " a": -0.5}, {" b": -1.0, " d": -3.0}]}},
            {"index": 1, "text": " e", "finish_reason": "stop",
             "logprobs": {"tokens": [" e"], "token_logprobs": [-0.25], "top_logprobs": [{" e": -0.25}]}},
        ],
        "usage": {"prompt_tokens": 2, "completion_tokens": 3},
    }
    engine, upstream = _engine(lambda r: httpx.Response(200, json=reply), api_key=None)
    gen = await engine.generate("Say", SamplingConfig(n=2, max_tokens=2, logprobs=2), "r")
    assert str(upstream.requests[0].url) == f"{BASE}/completions"
    assert "authorization" not in upstream.requests[0].headers
    body = upstream.body()
    assert (body["prompt"], body["logprobs"]) == ("Say", 2)
    assert "messages" not in body and "stop" not in body and "seed" not in body
    assert [c.num_tokens for c in gen.candidates] == [2, 1]  # from the logprob entries, not an even split
    assert gen.candidates[0].logprobs == [
        TokenLogprob(" a", -0.5, [(" a", -0.5), (" c", -2.0)]),  # top sorted by logprob
        TokenLogprob(" b", -1.0, [(" b", -1.0), (" d", -3.0)]),
    ]


async def test_chat_logprobs_request_and_mapping() -> None:
    reply = {
        "choices": [{"index": 0, "message": {"content": "Hi"}, "finish_reason": "stop",
                     "logprobs": {"content": [{"token": "Hi", "logprob": -0.1, "bytes": [72, 105],
                                               "top_logprobs": [{"token": "Hi", "logprob": -0.1},
                                                                {"token": "Yo", "logprob": -2.5}]}]}}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1},
    }
    engine, upstream = _engine(lambda r: httpx.Response(200, json=reply))
    gen = await engine.generate(CHAT, SamplingConfig(logprobs=2), "r")
    assert (upstream.body()["logprobs"], upstream.body()["top_logprobs"]) == (True, 2)
    (c,) = gen.candidates
    assert c.logprobs == [TokenLogprob("Hi", -0.1, [("Hi", -0.1), ("Yo", -2.5)])]
    assert c.num_tokens == 1


@pytest.mark.parametrize(
    "error_body",
    [
        {"error": {"message": "This model's maximum context length is 2048 tokens.",
                   "type": "BadRequestError", "param": "messages", "code": 400}},
        {"object": "error", "message": "This model's maximum context length is 2048 tokens.",
         "type": "BadRequestError", "param": "messages", "code": 400},  # older vLLM: flat
    ],
)
async def test_upstream_4xx_passes_through(error_body: dict[str, Any]) -> None:
    engine, _ = _engine(lambda r: httpx.Response(400, json=error_body))
    with pytest.raises(EngineError) as err:
        await engine.generate(CHAT, SamplingConfig(), "r")
    assert (err.value.status_code, err.value.param) == (400, "messages")
    assert err.value.message == "This model's maximum context length is 2048 tokens."


async def test_upstream_5xx_is_a_502() -> None:
    engine, _ = _engine(lambda r: httpx.Response(500, json={"error": {"message": "CUDA out of memory"}}))
    with pytest.raises(EngineError) as err:
        await engine.generate(CHAT, SamplingConfig(), "r")
    assert err.value.status_code == 502
    assert err.value.message == "upstream error: 500 CUDA out of memory"


@pytest.mark.parametrize(
    "exc, status", [(httpx.ConnectError("refused"), 502), (httpx.ReadTimeout("slow"), 504)]
)
async def test_transport_failures(exc: Exception, status: int) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise exc

    engine, _ = _engine(fail)
    with pytest.raises(EngineError) as err:
        await engine.generate(CHAT, SamplingConfig(), "r")
    assert err.value.status_code == status
    assert err.value.message.startswith("upstream error:")


async def test_stream_parses_sse_and_reconciles_usage() -> None:
    def chunk(index: int, content: str | None, finish: str | None = None) -> dict[str, Any]:
        delta = {} if content is None else {"content": content}
        return {"object": "chat.completion.chunk",
                "choices": [{"index": index, "delta": delta, "finish_reason": finish}]}

    events = _sse(
        {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]},
        chunk(0, "Hel"), chunk(1, "Yo"), chunk(0, "lo"), chunk(0, " there", "stop"), chunk(1, None, "length"),
        {"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 6}},
        "[DONE]",
    )
    events = b": keep-alive\n\n" + events + b"data: {not json, never read}\n\n"
    engine, upstream = _engine(lambda r: httpx.Response(200, content=_split_bytes(events, 7),
                                                        headers={"content-type": "text/event-stream"}))
    deltas = [d async for d in engine.stream(CHAT, SamplingConfig(n=2), "s")]
    body = upstream.body()
    assert (body["stream"], body["stream_options"]) == (True, {"include_usage": True})
    assert deltas[:3] == [
        StreamDelta(0, "Hel", None, 1), StreamDelta(1, "Yo", None, 1), StreamDelta(0, "lo", None, 1)
    ]
    # finish deltas last; the 6 - 4 counted tokens are shared out so per-index sums match usage
    assert deltas[3:] == [StreamDelta(0, " there", "stop", 2), StreamDelta(1, "", "length", 1)]
    assert sum(d.num_tokens for d in deltas) == 6


async def test_completion_stream() -> None:
    events = _sse({"choices": [{"index": 0, "text": "a", "finish_reason": None}]},
                  {"choices": [{"index": 0, "text": "b", "finish_reason": "length"}]}, "[DONE]")
    engine, upstream = _engine(lambda r: httpx.Response(200, content=events))
    deltas = [d async for d in engine.stream("x", SamplingConfig(max_tokens=2), "s")]
    assert str(upstream.requests[0].url) == f"{BASE}/completions"
    # no usage chunk: every content chunk counts as one token
    assert deltas == [StreamDelta(0, "a", None, 1), StreamDelta(0, "b", "length", 1)]


async def test_stream_errors() -> None:
    engine, _ = _engine(lambda r: httpx.Response(400, json={"error": {"message": "bad n", "param": "n"}}))
    with pytest.raises(EngineError) as err:
        [d async for d in engine.stream(CHAT, SamplingConfig(), "s")]
    assert (err.value.status_code, err.value.message, err.value.param) == (400, "bad n", "n")

    events = _sse(
        {"choices": [{"index": 0, "delta": {"content": "a"}}]}, {"error": {"message": "engine died"}}
    )
    engine, _ = _engine(lambda r: httpx.Response(200, content=events))
    with pytest.raises(EngineError) as err:
        [d async for d in engine.stream(CHAT, SamplingConfig(), "s")]
    assert (err.value.status_code, err.value.message) == (502, "upstream error: engine died")


async def test_start_checks_the_model_and_learns_the_context_length(caplog: pytest.LogCaptureFixture) -> None:
    cards = {"object": "list", "data": [{"id": "up-model", "max_model_len": 4096}, {"id": "other"}]}
    engine, upstream = _engine(lambda r: httpx.Response(200, json=cards))
    await engine.start()
    assert str(upstream.requests[0].url) == f"{BASE}/models"
    assert engine.max_model_len == 4096
    await engine.close()

    engine, _ = _engine(lambda r: httpx.Response(200, json=cards), max_model_len=1024)
    await engine.start()
    assert engine.max_model_len == 1024  # an explicit length wins

    engine, _ = _engine(lambda r: httpx.Response(200, json={"data": [{"id": "other"}]}))
    with pytest.raises(EngineError, match="does not serve model 'up-model'"):
        await engine.start()

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    engine, _ = _engine(down)
    with caplog.at_level(logging.WARNING):
        await engine.start()  # an upstream that is not up yet only warns
    assert "unreachable" in caplog.text
    assert engine.max_model_len == 0


async def test_reload_is_refused() -> None:
    engine, _ = _engine(lambda r: httpx.Response(200, json={}))
    with pytest.raises(EngineError) as err:
        await engine.reload("/some/path")
    assert err.value.status_code == 400


async def test_cancel_abandons_the_upstream_request() -> None:
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return httpx.Response(200, json={})

    engine, _ = _engine(slow)
    task = asyncio.create_task(engine.generate(CHAT, SamplingConfig(), "r"))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cancelled.is_set()
