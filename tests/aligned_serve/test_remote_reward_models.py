"""Remote reward models inside the server: registered by the admin API or the `reward_models` setting, then used
per request, in ensembles and hot-swapped; a slow or down remote gives 504/503 and holds nothing else up.

The remote is the fake of tests/reward_models/fake_servers.py on a real local port (uvicorn in a thread).
Run: `pytest tests/aligned_serve/test_remote_reward_models.py -q`."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from reward_models.registry import RewardModelRegistry
from reward_models.remote import RemoteRewardModel
from tests.aligned_serve.fakes import FakeGenerator, LengthRM
from tests.reward_models.fake_servers import FakeRewardServer, free_port, serve_in_thread

ADMIN = {"Authorization": "Bearer sekret"}
MSGS = [{"role": "user", "content": "hello there"}]


@pytest.fixture(scope="module")
def fake_server() -> FakeRewardServer:
    return FakeRewardServer()


@pytest.fixture(scope="module")
def fake_url(fake_server: FakeRewardServer) -> Iterator[str]:
    with serve_in_thread(fake_server.app) as url:
        yield url


@pytest.fixture
def fake(fake_server: FakeRewardServer) -> FakeRewardServer:
    fake_server.reset()
    return fake_server


def settings(tmp_path: Path, **kw: Any) -> Settings:
    return Settings(engine="transformers", model="unused", reward_model="rule:json", admin_key="sekret",
                    feedback_db=str(tmp_path / "fb.sqlite"), checkpoint_roots=[str(tmp_path)], **kw)


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[dict]:
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="1"))
    app = build_app(settings(tmp_path), generator=FakeGenerator(lengths=[3, 9, 1, 7]), registry=registry)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield {"client": client, "registry": registry}


async def rewards(client: httpx.AsyncClient, spec: Any, candidates: list[str]) -> httpx.Response:
    return await client.post("/v1/rewards", json={"messages": MSGS, "candidates": candidates, "reward_model": spec})


async def test_admin_registers_a_remote_used_per_request_in_ensembles_and_hot_swapped(server, fake, fake_url) -> None:
    client = server["client"]
    r = await client.post("/admin/reward_models", headers=ADMIN,
                          json={"name": "far", "kind": "remote", "url": fake_url, "protocol": "openrlhf"})
    assert r.status_code == 200, r.text
    first = r.json()["loaded"]
    row = next(m for m in r.json()["reward_models"] if m["full_name"] == first)
    assert row["kind"] == "remote" and row["path"] == fake_url and row["active"]
    # OpenRLHF fake: len("hello there\n\n" + answer) / 10
    r = await rewards(client, "far", ["ab", "abcd"])
    assert r.json() == {"object": "rewards", "reward_model": first, "rewards": [1.5, 1.7]}
    r = await rewards(client, ["main", "far"], ["ab", "abcd"])  # LengthRM gives 2 and 4: the means
    assert r.json()["rewards"] == pytest.approx([(2 + 1.5) / 2, (4 + 1.7) / 2])
    r = await client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": {"reward_model": "far"}})
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "x" * 9  # the longest of 3, 9, 1, 7
    assert r.json()["alignment"]["reward_model"] == first

    r = await client.post("/admin/reward_models", headers=ADMIN, json={
        "name": "far", "kind": "remote", "url": f"{fake_url}/pooling", "protocol": "vllm-pooling", "version": "v2"})
    assert r.status_code == 200 and r.json()["loaded"] == "far@v2"
    r = await rewards(client, "far", ["ab"])  # vLLM fake, no tokenizer: len("hello there|ab") / 10
    assert r.json()["reward_model"] == "far@v2" and r.json()["rewards"] == [1.4]
    r = await client.post("/admin/reward_models/far/rollback", headers=ADMIN)
    assert r.json() == {"active": first}
    assert (await rewards(client, "far", ["ab"])).json()["rewards"] == [1.5]


async def test_admin_rejects_unreachable_remotes_and_bad_bodies(server, tmp_path: Path) -> None:
    client = server["client"]
    gone = f"http://127.0.0.1:{free_port()}"
    r = await client.post("/admin/reward_models", headers=ADMIN,
                          json={"name": "gone", "kind": "remote", "url": gone, "protocol": "aligned", "timeout": 2})
    assert r.status_code == 422 and "validation" in r.json()["error"]["message"]
    assert "unavailable" in r.json()["error"]["message"]
    assert [m["name"] for m in server["registry"].list()] == ["main"]  # nothing half-registered
    for body, param in [
        ({"name": "x", "kind": "remote", "url": gone, "protocol": "grpc"}, "remote.protocol"),
        ({"name": "x", "kind": "remote", "url": "file:///etc/passwd"}, "remote.url"),
        ({"name": "x", "kind": "remote", "url": gone, "tokenizer": "/etc"}, "tokenizer"),  # outside the roots
        ({"name": "x", "kind": "judge", "rubric": "no answer slot"}, "judge"),
    ]:
        r = await client.post("/admin/reward_models", headers=ADMIN, json=body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["error"]["param"] == param


async def test_other_reward_models_keep_serving_while_a_remote_is_slow(server, fake, fake_url) -> None:
    fake.delay_s = 3.0
    server["registry"].register(RemoteRewardModel(name="slow", url=fake_url, protocol="openrlhf", timeout=1.0,
                                                  version="1"))
    client = server["client"]
    t_slow = time.perf_counter()
    slow = asyncio.create_task(rewards(client, "slow", ["a"]))
    slow_ensemble = asyncio.create_task(rewards(client, ["main", "slow"], ["a"]))
    await asyncio.sleep(0.1)
    t0 = time.perf_counter()
    for _ in range(5):  # the local model answers at once: the remote does not hold the scoring thread
        r = await rewards(client, "main", ["abc"])
        assert r.status_code == 200 and r.json()["rewards"] == [3.0]
    assert time.perf_counter() - t0 < 0.5 and not slow.done()
    for task in (slow, slow_ensemble):
        r = await task
        assert r.status_code == 504 and r.json()["error"]["param"] == "reward_model"
        assert "did not answer within 1 s" in r.json()["error"]["message"]
    assert time.perf_counter() - t_slow < 2.0


async def test_a_down_remote_is_a_503_within_its_timeout(server) -> None:
    server["registry"].register(RemoteRewardModel(name="gone", url=f"http://127.0.0.1:{free_port()}",
                                                  protocol="aligned", timeout=2.0, version="1"))
    t0 = time.perf_counter()
    r = await server["client"].post("/v1/chat/completions",
                                    json={"messages": MSGS, "alignment": {"reward_model": "gone"}})
    assert r.status_code == 503 and time.perf_counter() - t0 < 2.0
    assert r.json()["error"]["type"] and "unavailable" in r.json()["error"]["message"]
    r = await server["client"].post("/v1/chat/completions", json={"messages": MSGS})
    assert r.status_code == 200  # the default reward model is unaffected


async def test_the_reward_models_setting_registers_remotes_at_start_up(tmp_path: Path, fake, fake_url) -> None:
    spec = [{"name": "far", "kind": "remote", "url": fake_url, "protocol": "openrlhf", "version": "cfg"}]
    (tmp_path / "rms.yaml").write_text(f"- name: far\n  kind: remote\n  url: {fake_url}\n  protocol: openrlhf\n")
    assert Settings(reward_models=str(tmp_path / "rms.yaml")).reward_models[0].url == fake_url
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="1"))
    app = build_app(settings(tmp_path, reward_models=json.dumps(spec)), generator=FakeGenerator(), registry=registry)
    async with LifespanManager(app):
        model = registry.resolve("far")
        assert (model.kind, model.version) == ("remote", "cfg")
        assert await model.ascore(["hi"], ["yo"]) == [0.6]
