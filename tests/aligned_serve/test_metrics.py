"""Metrics that are true: every declared series gets samples from ordinary traffic (so a metric declared but
never observed fails here), request metrics count streams and errors by route template, latency runs to a
stream's last byte, and scoring latency is per reward-model batch only."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

from prometheus_client import Metric

from aligned_serve.engines.base import Prompt, SamplingConfig, StreamDelta
from aligned_serve.metrics import NO_STRATEGY, UNMATCHED
from tests.aligned_serve.fakes import FakeGenerator
from tests.aligned_serve.harness import ADMIN_KEY, MSGS, fake_app, serve

GAP = 0.15  # seconds between two streamed deltas of the slow stream


class SlowStreamGenerator(FakeGenerator):
    """Streams (strategy none) one delta every GAP seconds, so a stream's last byte comes long after its first."""

    async def stream(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> AsyncIterator[StreamDelta]:
        async for delta in super().stream(prompt, params, request_id):
            yield delta
            await asyncio.sleep(GAP)


def samples(family: Metric, suffix: str, **labels: str) -> list[float]:
    return [s.value for s in family.samples
            if s.name == family.name + suffix and all(s.labels.get(k) == v for k, v in labels.items())]


async def test_every_declared_series_has_samples_and_request_metrics_are_true(tmp_path: Path) -> None:
    app = fake_app(tmp_path, SlowStreamGenerator(), max_concurrent_requests=1)
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    async with serve(app) as client:
        # a slow stream (3 characters + a finish delta: 4 gaps) while a second request arrives: 429
        stream = asyncio.create_task(client.post("/v1/chat/completions", json={
            "messages": MSGS, "stream": True, "alignment": {"strategy": "none"}}))
        await asyncio.sleep(GAP / 3)
        assert (await client.post("/v1/chat/completions", json={"messages": MSGS})).status_code == 429
        assert (await stream).status_code == 200
        ok = [
            await client.post("/v1/chat/completions", json={"messages": MSGS}),
            await client.post("/v1/chat/completions", json={"messages": MSGS, "stream": True}),
            await client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": {
                "strategy": "rejection", "threshold": 0, "batch_size": 2}}),
            await client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": {"strategy": "search"}}),
            await client.post("/v1/completions", json={"prompt": "once upon"}),
            await client.post("/v1/chat/completions", json={  # scored by the verifier: instructions are counted
                "messages": [{"role": "user", "content": "Answer in lowercase."}],
                "alignment": {"reward_model": "rule:instructions"}}),
            await client.post("/v1/rewards", json={"messages": MSGS, "candidates": ["ab", "abcd"]}),
            await client.post("/admin/reward_models/main/activate", json={"version": "1"}, headers=admin),
        ]
        assert [r.status_code for r in ok] == [200] * len(ok), [r.text for r in ok]
        for bad in ({"temperature": 9}, {"alignment": {"n": 17}}):  # refused by the schema; by the plan (max_n)
            assert (await client.post("/v1/chat/completions", json={"messages": MSGS, **bad})).status_code == 400
        assert (await client.get("/no/such/route")).status_code == 404
        assert (await client.get("/metrics")).status_code == 200

    families = {f.name: f for f in app.state.serving.metrics.registry.collect()}
    dead = []
    for name, family in families.items():
        if family.type == "counter":
            alive = sum(samples(family, "_total")) > 0
        elif family.type == "histogram":
            alive = sum(samples(family, "_count")) > 0
        else:  # gauge, info: a current value is a sample
            alive = bool(family.samples)
        if not alive:
            dead.append(name)
    assert not dead, f"declared but never observed: {dead}"

    requests = families["aligned_serve_requests"]
    chat = "/v1/chat/completions"
    assert samples(requests, "_total", endpoint=chat, strategy="none", status="200") == [1.0]
    assert samples(requests, "_total", endpoint=chat, strategy="best_of_n", status="200") == [3.0]
    assert samples(requests, "_total", endpoint=chat, strategy="search", status="200") == [1.0]
    assert samples(requests, "_total", endpoint=chat, strategy="best_of_n", status="400") == [1.0]
    # a 429 and a schema error come before the body is read, so they have no strategy yet
    assert samples(requests, "_total", endpoint=chat, strategy=NO_STRATEGY, status="429") == [1.0]
    assert samples(requests, "_total", endpoint=chat, strategy=NO_STRATEGY, status="400") == [1.0]
    assert samples(requests, "_total", endpoint="/v1/rewards", status="200") == [1.0]
    assert samples(requests, "_total", endpoint="/admin/reward_models/{name}/activate", status="200") == [1.0]
    assert samples(requests, "_total", endpoint=UNMATCHED, status="404") == [1.0]
    assert not [s for s in requests.samples if "/main/" in s.labels.get("endpoint", "")]  # templates, not paths

    # the slow stream: latency to the last byte (>= 4 gaps), time to first token well before that
    latency = families["aligned_serve_request_latency_seconds"]
    ttft = families["aligned_serve_time_to_first_token_seconds"]
    stream_latency = samples(latency, "_sum", endpoint=chat, strategy="none")[0]
    stream_ttft = samples(ttft, "_sum", endpoint=chat, strategy="none")[0]
    assert stream_latency >= 4 * GAP * 0.9 and stream_ttft < GAP, (stream_latency, stream_ttft)
    assert sum(samples(ttft, "_count")) == 2  # the two streams only
    assert sum(samples(ttft, "_count", endpoint="/v1/rewards")) == 0

    # scoring latency has one meaning: one observation per reward-model batch, like the batch-size histogram
    batches = sum(samples(families["aligned_serve_scoring_batch_size"], "_count"))
    assert sum(samples(families["aligned_serve_scoring_latency_seconds"], "_count")) == batches >= 4
