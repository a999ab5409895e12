"""loadtests/load.py and scenarios.py against an in-memory transport (httpx.MockTransport): the bounds (count,
duration, stop), the concurrency cap, status accounting, SSE parsing, and the statistics worked by hand."""

import asyncio
import json
import math
import time

import httpx
import pytest

from loadtests.load import LoadConfig, LoadRun, RequestResult, markdown_table, percentile, run_load, summarize
from loadtests.scenarios import MIXES, SCENARIOS, Mix, picker

BASE = "http://127.0.0.1:8000"


def chat_response(request: httpx.Request, tokens: int = 7) -> httpx.Response:
    body = json.loads(request.content)
    return httpx.Response(200, json={
        "id": "chatcmpl-abc", "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": f"echo {len(body['messages'])}"},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": tokens, "total_tokens": tokens + 3},
    })


def client_for(handler) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))


# ---------------------------------------------------------------------------------------------- statistics


def test_percentile_linear_interpolation_by_hand():
    values = [4.0, 1.0, 3.0, 2.0]  # sorted: 1 2 3 4
    assert percentile(values, 0.5) == pytest.approx(2.5)  # pos 1.5 -> 2 + 0.5 * (3 - 2)
    assert percentile(values, 0.9) == pytest.approx(3.7)  # pos 2.7 -> 3 + 0.7 * (4 - 3)
    assert percentile(values, 0.99) == pytest.approx(3.97)
    assert percentile(values, 0.0) == 1.0 and percentile(values, 1.0) == 4.0
    assert percentile([5.0], 0.99) == 5.0
    assert math.isnan(percentile([], 0.5))


def test_summarize_by_hand():
    cfg = LoadConfig(scenario="best_of_8", concurrency=2)
    run = LoadRun(cfg, [
        RequestResult("best_of_8", 200, 0.1, completion_tokens=10),
        RequestResult("best_of_8", 200, 0.4, completion_tokens=30),
        RequestResult("best_of_8", 200, 0.2, completion_tokens=20),
        RequestResult("best_of_8", 429, 0.01),
        RequestResult("best_of_8", 0, 0.02, error="ConnectError"),
    ], wall_s=2.0)
    s = summarize(run)
    assert (s.sent, s.ok) == (5, 3)
    assert s.errors == {"429": 1, "ConnectError": 1}
    assert s.req_per_s == pytest.approx(3 / 2.0)
    assert s.tok_per_s == pytest.approx(60 / 2.0)  # tokens of the 200s only
    assert s.p50_s == pytest.approx(0.2)  # latencies of the 200s only: 0.1 0.2 0.4
    assert s.p90_s == pytest.approx(0.2 + 0.8 * 0.2)  # pos 1.8
    row = markdown_table([s]).splitlines()[2]
    assert row.startswith("| best_of_8 | 2 | 5 | 3 | 429×1, ConnectError×1 | 2.0 | 1.50 | 30.0 | 0.200 |")


# ---------------------------------------------------------------------------------------------- scenarios


def test_scenario_bodies():
    plain = SCENARIOS["plain"].body("hi", 16)
    # a plain OpenAI request: no alignment block at all
    assert plain == {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 16}
    assert SCENARIOS["plain"].body("hi", 16, log=False)["alignment"] == {"log": False}
    assert SCENARIOS["best_of_8"].body("hi", 16)["alignment"] == {"strategy": "best_of_n", "n": 8}
    assert SCENARIOS["rerank"].body("hi", 16, model="m")["model"] == "m"
    rej = SCENARIOS["rejection"].body("hi", 16, log=False)["alignment"]
    assert rej["strategy"] == "rejection" and rej["log"] is False and rej["max_samples"] == 16
    assert SCENARIOS["rejection"].alignment.get("log") is None  # body() copies, never mutates the scenario
    stream = SCENARIOS["stream"].body("hi", 16)
    assert stream["stream"] is True and stream["stream_options"] == {"include_usage": True}


def test_mix_is_seeded_and_draws_only_its_members():
    first, again, other = picker("mix", seed=3), picker("mix", seed=3), picker("mix", seed=4)
    a = [first().name for _ in range(200)]
    assert a == [again().name for _ in range(200)]  # same seed, same sequence
    assert a != [other().name for _ in range(200)]
    assert set(a) == set(MIXES["mix"].weights)  # 200 draws hit every member (smallest weight 0.10)
    aligned = picker("aligned", seed=0)
    assert not any(aligned().stream for _ in range(100))
    with pytest.raises(ValueError, match="unknown scenario"):
        picker("nope")
    with pytest.raises(ValueError):
        Mix("bad", "", {"nope": 1.0})


def test_config_validation():
    assert LoadConfig(url="http://h:1/v1/").base_url == "http://h:1"
    for bad in ({"url": "h:1"}, {"scenario": "x"}, {"concurrency": 0}, {"requests": 0}, {"duration_s": 0}):
        with pytest.raises(ValueError):
            LoadConfig(**bad)


# ---------------------------------------------------------------------------------------------- the runner


async def test_request_count_bound_and_concurrency_cap():
    seen, active, peak = [], 0, 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        seen.append(str(request.url))
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        return chat_response(request)

    cfg = LoadConfig(scenario="best_of_8", concurrency=3, requests=10, duration_s=30)
    async with client_for(handler) as client:
        run = await run_load(cfg, client=client)
    assert len(run.results) == 10 and len(seen) == 10
    assert peak == 3
    assert all(url == f"{BASE}/v1/chat/completions" for url in seen)
    s = summarize(run)
    assert s.ok == 10 and s.errors == {} and s.tok_per_s == pytest.approx(70 / run.wall_s)
    assert run.results[0].response_id == "chatcmpl-abc" and run.results[0].text == "echo 1"


async def test_duration_bound_stops_an_unbounded_count():
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)
        return chat_response(request)

    cfg = LoadConfig(concurrency=2, requests=1_000_000, duration_s=0.3)
    start = time.monotonic()
    async with client_for(handler) as client:
        run = await run_load(cfg, client=client)
    assert time.monotonic() - start < 0.3 + 0.5  # the deadline plus one request in flight (and slack)
    assert 2 <= len(run.results) <= 2 * (0.3 / 0.02) + 2


async def test_stop_event_and_error_accounting():
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        if calls % 3 == 0:
            raise httpx.ConnectError("refused", request=request)
        if calls % 3 == 1:
            return httpx.Response(429, json={"error": {"message": "busy"}})
        return chat_response(request)

    stop = asyncio.Event()
    seen: list[RequestResult] = []

    def on_result(res: RequestResult) -> None:
        seen.append(res)
        if len(seen) == 6:
            stop.set()

    cfg = LoadConfig(concurrency=1, requests=100, duration_s=30)
    async with client_for(handler) as client:
        run = await run_load(cfg, client=client, on_result=on_result, stop=stop)
    assert len(run.results) == 6 and seen == run.results  # concurrency 1: nothing in flight after the stop
    assert summarize(run).errors == {"429": 2, "ConnectError": 2}
    assert [r.status for r in run.results] == [429, 200, 0, 429, 200, 0]


async def test_streaming_reads_text_id_and_usage():
    chunks = [
        {"id": "chatcmpl-s", "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]},
        {"id": "chatcmpl-s", "choices": [{"index": 0, "delta": {"content": "Hel"}}]},
        {"id": "chatcmpl-s", "choices": [{"index": 1, "delta": {"content": "other choice"}}]},
        {"id": "chatcmpl-s", "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}]},
        {"id": "chatcmpl-s", "choices": [], "usage": {"prompt_tokens": 2, "completion_tokens": 9}},
    ]
    sse = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content)["stream"] is True
        return httpx.Response(200, text=sse, headers={"content-type": "text/event-stream"})

    cfg = LoadConfig(scenario="stream", concurrency=1, requests=1)
    async with client_for(handler) as client:
        run = await run_load(cfg, client=client)
    (res,) = run.results
    assert (res.status, res.text, res.completion_tokens, res.response_id) == (200, "Hello", 9, "chatcmpl-s")
