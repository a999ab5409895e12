"""RemoteRewardModel against fake servers (tests/reward_models/fake_servers.py): the three protocols' requests and
parsing, batching, retries, the circuit breaker, 503/504 within the timeout, and sync use.

Run: `pytest tests/reward_models/test_remote.py -q` (the app-level tests are in test_remote_app.py)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from reward_models.base import AsyncRewardModel, RewardModelError
from reward_models.hf import HFRewardModel
from reward_models.registry import RewardModelRegistry
from reward_models.remote import RemoteRewardModel, load_remote
from tests.aligned_serve.fakes import FakeGenerator, LengthRM
from tests.reward_models.fake_servers import FakeRewardServer, free_port, serve_in_thread

PAIRS: list[tuple[Any, str]] = [
    ("hi", "yo"),
    ("What is 2+2?", "4"),
    ([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a colour."}], "Blue."),
    ("hi", "hello there"),
    ("Write JSON.", '{"a": 1}'),
]
PROMPTS, RESPONSES = [p for p, _ in PAIRS], [r for _, r in PAIRS]


@pytest.fixture(scope="module")
def fake_server() -> FakeRewardServer:
    return FakeRewardServer()


@pytest.fixture
def fake(fake_server: FakeRewardServer) -> FakeRewardServer:
    fake_server.reset()
    return fake_server


@pytest.fixture(scope="module")
def fake_url(fake_server: FakeRewardServer) -> Iterator[str]:
    with serve_in_thread(fake_server.app) as url:
        yield url


def remote(fake: FakeRewardServer, **kw: Any) -> RemoteRewardModel:
    kw.setdefault("protocol", "vllm-pooling")
    return RemoteRewardModel(name="far", url="http://fake:8000", transport=httpx.ASGITransport(fake.app), **kw)


def mock(handler: Any, **kw: Any) -> tuple[RemoteRewardModel, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    kw.setdefault("protocol", "openrlhf")
    model = RemoteRewardModel(name="far", url="http://rm:5000", transport=httpx.MockTransport(record), **kw)
    return model, seen


def ok_openrlhf(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"rewards": [float(i) for i, _ in enumerate(json.loads(request.content)["query"])]})


# --------------------------------------------------------------------------- protocols


async def test_vllm_pooling_batches_raw_scores_of_runtime_formatted_text(fake, tiny_rm_dir: Path) -> None:
    model = remote(fake, tokenizer=str(tiny_rm_dir), max_batch=2)
    assert isinstance(model, AsyncRewardModel) and model.kind == "remote"
    scores = await model.ascore(PROMPTS, RESPONSES)

    assert fake.paths() == ["/pooling"] * 3  # 5 pairs in chunks of 2: one request per chunk
    bodies = [body for _, body in fake.requests]
    assert [len(b["input"]) for b in bodies] == [2, 2, 1]
    first = bodies[0]
    assert (first["task"], first["use_activation"], first["add_special_tokens"]) == ("classify", False, False)
    assert (first["truncate_prompt_tokens"], first["truncation_side"]) == (-1, "left")
    # The tiny checkpoint's template, written out by hand for the first pair ...
    assert first["input"][0] == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\nyo<|im_end|>\n"
    # ... and every text is exactly what our in-process runtime scores.
    runtime = HFRewardModel.load(tiny_rm_dir, name="local")
    texts = [t for b in bodies for t in b["input"]]
    assert texts == [runtime.format(p, r) for p, r in PAIRS]
    # The fake answers len(text)/10 in reverse order; the scores come back in pair order, raw (no sigmoid).
    assert scores == [len(t) / 10 for t in texts]
    assert scores[0] == (12 + 5 + 2 + 10 + 1 + 12 + 10 + 2 + 10 + 1) / 10 == 6.5  # the 65 characters above


async def test_vllm_pooling_without_tokenizer_sends_one_conversation_per_pair(fake) -> None:
    scores = await remote(fake, max_length=256, remote_model="tiny-rm").ascore(PROMPTS[:3], RESPONSES[:3])
    assert fake.paths() == ["/pooling"] * 3
    bodies = sorted((body for _, body in fake.requests), key=lambda b: len(b["messages"]))
    assert bodies[0]["messages"] == [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]
    assert bodies[-1]["messages"][0] == {"role": "system", "content": "Be brief."}
    assert all(b["add_generation_prompt"] is False and b["model"] == "tiny-rm" for b in bodies)
    assert all(b["truncate_prompt_tokens"] == 256 for b in bodies)
    assert scores == [len("hi|yo") / 10, len("What is 2+2?|4") / 10, len("Be brief.|Name a colour.|Blue.") / 10]


@pytest.mark.parametrize(
    ("reply", "needle"),
    [
        ({"data": [{"index": 0, "data": [0.1, 0.9]}]}, "one number per pair"),  # a two-label classifier
        ({"data": []}, "expected 1 results"),
        ({"rewards": [1.0]}, "expected 1 results"),
    ],
)
async def test_vllm_pooling_rejects_malformed_answers_with_502(reply: dict, needle: str) -> None:
    model, _ = mock(lambda r: httpx.Response(200, json=reply), protocol="vllm-pooling", tokenizer=None)
    with pytest.raises(RewardModelError) as err:
        await model.ascore(["q"], ["a"])
    assert err.value.status_code == 502 and needle in err.value.message


async def test_openrlhf_sends_query_prompts_and_labels(fake, tiny_rm_dir: Path) -> None:
    plain = remote(fake, protocol="openrlhf")
    assert await plain.ascore(["What is 2+2?", "hi"], ["4", "yo"]) == [len("What is 2+2?\n\n4") / 10, 0.6]
    assert fake.requests[-1] == (
        "/get_reward",
        {"query": ["What is 2+2?\n\n4", "hi\n\nyo"], "prompts": ["What is 2+2?", "hi"], "labels": ["", ""]},
    )
    templated = remote(fake, protocol="openrlhf", tokenizer=str(tiny_rm_dir))
    await templated.ascore(["hi"], ["yo"])
    body = fake.requests[-1][1]
    assert body["query"] == ["<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\nyo<|im_end|>\n"]
    assert body["prompts"] == ["<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"]


async def test_aligned_protocol_against_a_real_aligned_serve(tmp_path: Path) -> None:
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="7"))
    registry.register(LengthRM(name="neg", version="2", scale=-1.0))
    app = build_app(Settings(engine="transformers", model="unused", feedback_db=None, reward_model="rule:json"),
                    generator=FakeGenerator(), registry=registry)
    async with LifespanManager(app):
        seen: list[str] = []

        class Recording(httpx.ASGITransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                seen.append(request.url.path)
                return await super().handle_async_request(request)

        model = RemoteRewardModel(name="up", url="http://upstream:8000/v1", protocol="aligned",
                                  transport=Recording(app))
        assert model.url == "http://upstream:8000"  # a pasted /v1 is the server root
        assert await model.ascore(["a", "b", "a"], ["xx", "yyy", "z"]) == [2.0, 3.0, 1.0]
        assert seen == ["/v1/rewards", "/v1/rewards"]  # one request per distinct prompt
        assert await model.fetch_version() == "7"  # the remote's own version of its default model
        neg = RemoteRewardModel(name="up", url="http://upstream:8000", protocol="aligned", remote_model="neg",
                                transport=Recording(app))
        assert await neg.ascore(["a"], ["xxxx"]) == [-4.0]
        assert await neg.fetch_version() == "2"


def test_loader_fetches_a_version_and_validates_by_probing(fake) -> None:
    model = load_remote("far", "http://fake:8000/pooling", None, None, protocol="vllm-pooling",
                        transport=httpx.ASGITransport(fake.app))
    assert model.version.startswith("vllm-") and len(model.version) == len("vllm-") + 10
    assert model.path == "http://fake:8000" and fake.paths() == ["/v1/models"]
    model.validate()  # four probe pairs, one conversation each (no tokenizer)
    assert fake.paths()[1:] == ["/pooling"] * 4
    fixed = load_remote("far", "http://fake:8000", "v9", None, protocol="openrlhf",
                        transport=httpx.ASGITransport(fake.app))
    assert fixed.version == "v9"


# --------------------------------------------------------------------------- retries, breaker, deadlines


async def test_connect_errors_and_5xx_are_retried_with_backoff() -> None:
    replies = iter([httpx.Response(503), "connect-error", None])

    def handler(request: httpx.Request) -> httpx.Response:
        reply = next(replies)
        if reply == "connect-error":
            raise httpx.ConnectError("refused")
        return reply or ok_openrlhf(request)

    model, seen = mock(handler, retries=2)
    t0 = time.perf_counter()
    assert await model.ascore(["q", "q"], ["a", "b"]) == [0.0, 1.0]
    assert len(seen) == 3 and time.perf_counter() - t0 >= 0.05 + 0.1  # backoff 0.05 s, then 0.1 s
    assert model.caller.breaker.failures == 0  # the success reset the count


async def test_retries_are_bounded_then_503() -> None:
    model, seen = mock(lambda r: httpx.Response(502, text="bad gateway"), retries=1)
    with pytest.raises(RewardModelError) as err:
        await model.ascore(["q"], ["a"])
    assert err.value.status_code == 503 and len(seen) == 2
    assert "HTTP 502" in err.value.message and "2 attempts" in err.value.message


async def test_a_4xx_is_a_502_at_once_and_does_not_trip_the_breaker() -> None:
    model, seen = mock(lambda r: httpx.Response(400, json={"error": "too long"}), retries=3)
    with pytest.raises(RewardModelError) as err:
        await model.ascore(["q"], ["a"])
    assert err.value.status_code == 502 and "HTTP 400" in err.value.message and "too long" in err.value.message
    assert len(seen) == 1 and model.caller.breaker.failures == 0


async def test_breaker_opens_fails_fast_and_closes_after_the_cool_down() -> None:
    state = {"down": True}
    now = [100.0]

    def handler(request: httpx.Request) -> httpx.Response:
        if state["down"]:
            raise httpx.ConnectError("refused")
        return ok_openrlhf(request)

    model, seen = mock(handler, retries=0, breaker_threshold=3, breaker_cooldown_s=30.0)
    model.caller.breaker.clock = lambda: now[0]
    for _ in range(3):
        with pytest.raises(RewardModelError) as err:
            await model.ascore(["q"], ["a"])
        assert err.value.status_code == 503
    assert len(seen) == 3 and model.caller.breaker.state == "open"
    with pytest.raises(RewardModelError) as err:  # open: no request is sent at all
        await model.ascore(["q"], ["a"])
    assert err.value.status_code == 503 and "circuit open" in err.value.message and len(seen) == 3
    now[0] += 31.0  # cool-down over: half-open lets a call through; one failure re-opens at once
    assert model.caller.breaker.state == "half-open"
    with pytest.raises(RewardModelError):
        await model.ascore(["q"], ["a"])
    assert len(seen) == 4 and model.caller.breaker.state == "open"
    now[0] += 31.0
    state["down"] = False
    assert await model.ascore(["q"], ["a"]) == [0.0]
    assert model.caller.breaker.state == "closed" and len(seen) == 5


async def test_a_down_server_gives_503_within_the_timeout() -> None:
    model = RemoteRewardModel(name="gone", url=f"http://127.0.0.1:{free_port()}", protocol="openrlhf", timeout=2.0)
    t0 = time.perf_counter()
    with pytest.raises(RewardModelError) as err:
        await model.ascore(["q"], ["a"])
    elapsed = time.perf_counter() - t0
    assert err.value.status_code == 503 and "ConnectError" in err.value.message and elapsed < 2.0


async def test_a_slow_server_gives_504_at_the_timeout(fake, fake_url: str) -> None:
    fake.delay_s = 5.0
    model = RemoteRewardModel(name="slow", url=fake_url, protocol="openrlhf", timeout=0.5)
    t0 = time.perf_counter()
    with pytest.raises(RewardModelError) as err:
        await model.ascore(["q"], ["a"])
    elapsed = time.perf_counter() - t0
    assert err.value.status_code == 504 and "0.5 s" in err.value.message
    assert 0.5 <= elapsed < 1.5


async def test_sync_score_runs_on_a_private_loop_and_refuses_the_event_loop(fake, fake_url: str) -> None:
    model = RemoteRewardModel(name="far", url=fake_url, protocol="openrlhf")
    assert await asyncio.to_thread(model.score, ["hi"], ["yo"]) == [0.6]  # a worker thread, as the registry does
    assert await model.ascore(["hi"], ["yo"]) == [0.6]  # and the loop's own shared client still works
    with pytest.raises(RewardModelError) as err:
        model.score(["hi"], ["yo"])
    assert err.value.status_code == 500 and "ascore" in err.value.message


def test_bad_configuration_is_a_400() -> None:
    for kw in ({"protocol": "grpc"}, {"url": "ftp://x"}, {"timeout": 0.0}, {"max_batch": 0}):
        args = {"name": "x", "url": "http://h", "protocol": "aligned", **kw}
        with pytest.raises(RewardModelError) as err:
            RemoteRewardModel(**args)
        assert err.value.status_code == 400
