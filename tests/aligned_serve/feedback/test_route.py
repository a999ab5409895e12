"""`POST /v1/feedback` through the real app (fake generator, length reward): stored rows, 404s, 400s, and two
app instances sharing one PostgreSQL log."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_core.feedback import read_human, read_records
from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator, LengthRM

MSGS = [{"role": "user", "content": "hello there"}]


def make_app(feedback_db: str | None, **kw):
    settings = Settings(engine="transformers", model="unused", reward_model="rule:json", feedback_db=feedback_db,
                        default_n=4, max_n=16, max_choices=4, default_max_tokens=50, **kw)
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="1"), activate=True)
    return build_app(settings, generator=FakeGenerator(lengths=[3, 9, 1, 7]), registry=registry)


async def _client(stack: AsyncExitStack, app) -> httpx.AsyncClient:
    await stack.enter_async_context(LifespanManager(app))
    transport = httpx.ASGITransport(app=app)
    return await stack.enter_async_context(httpx.AsyncClient(transport=transport, base_url="http://t"))


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with AsyncExitStack() as stack:
        yield await _client(stack, make_app(str(tmp_path / "fb.sqlite")))


async def chat(client: httpx.AsyncClient, **alignment) -> str:
    r = await client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": alignment})
    assert r.status_code == 200, r.text
    return r.json()["id"]


async def test_feedback_is_stored_many_rows_per_response(client: httpx.AsyncClient, tmp_path: Path) -> None:
    rid = await chat(client, n=4)
    r = await client.post("/v1/feedback", json={"id": rid, "rating": 1})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["object"] == "feedback" and body["id"].startswith("fb-") and body["response_id"] == rid
    r2 = await client.post("/v1/feedback", json={"id": rid, "rating": 0.25, "preferred_index": 3, "comment": "c"})
    assert r2.status_code == 200, r2.text
    comp = await client.post("/v1/completions", json={"prompt": "1 2 3"})
    assert comp.json()["id"].startswith("cmpl-")
    assert (await client.post("/v1/feedback", json={"id": comp.json()["id"], "rating": -1})).status_code == 200

    rows = list(read_human(tmp_path / "fb.sqlite"))
    row_id = "req-" + rid.split("-", 1)[1]
    assert [(h.request_id, h.rating, h.preferred_index, h.comment) for h in rows] == [
        (row_id, 1.0, None, None), (row_id, 0.25, 3, "c"), ("req-" + comp.json()["id"][5:], -1.0, None, None)]
    assert rows[0].id == body["id"] and rows[0].created <= rows[1].created
    assert row_id in {r.id for r in read_records(tmp_path / "fb.sqlite")}


async def test_unknown_or_unlogged_id_is_a_404(client: httpx.AsyncClient) -> None:
    unlogged = await chat(client, log=False)
    for rid in ("chatcmpl-0000", unlogged, "something-else"):
        r = await client.post("/v1/feedback", json={"id": rid, "rating": 1})
        assert r.status_code == 404, r.text
        err = r.json()["error"]
        assert (err["type"], err["param"], err["code"]) == ("not_found_error", "id", 404)
        assert rid in err["message"]


@pytest.mark.parametrize("body,param", [
    ({"id": "x", "rating": 2}, "rating"),
    ({"id": "x", "rating": -0.5}, "rating"),
    ({"id": "x", "rating": 0}, None),  # valid: a 0 score (then 404: no such response)
    ({"id": "x", "rating": "1"}, "rating"),
    ({"id": "x", "rating": True}, "rating"),
    ({"id": "x"}, "rating"),
    ({"rating": 1}, "id"),
    ({"id": "", "rating": 1}, "id"),
    ({"id": "x", "rating": 1, "preferred_index": -1}, "preferred_index"),
    ({"id": "x", "rating": 1, "preferred_index": 1.5}, "preferred_index"),
    ({"id": "x", "rating": 1, "ratng": 1}, "ratng"),
])
async def test_bad_bodies_are_400s(client: httpx.AsyncClient, body: dict, param: str | None) -> None:
    r = await client.post("/v1/feedback", json=body)
    if param is None:
        assert r.status_code == 404, r.text
        return
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert err["type"] == "invalid_request_error" and err["param"] == param


async def test_not_json_and_out_of_range_index_are_400s(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/feedback", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 400
    rid = await chat(client, n=4)
    r = await client.post("/v1/feedback", json={"id": rid, "rating": 1, "preferred_index": 4})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"] == "preferred_index" and "4 candidate" in r.json()["error"]["message"]
    assert (await client.post("/v1/feedback", json={"id": rid, "rating": 1, "preferred_index": 3})).status_code == 200


async def test_feedback_disabled_is_a_404(tmp_path: Path) -> None:
    async with AsyncExitStack() as stack:
        client = await _client(stack, make_app(None))
        rid = await chat(client)
        r = await client.post("/v1/feedback", json={"id": rid, "rating": 1})
        assert r.status_code == 404 and "disabled" in r.json()["error"]["message"]


async def test_two_app_instances_share_one_postgres_log(postgres_dsn: str) -> None:
    """Two servers write to one database at once; feedback for a response of one reaches the other."""
    async with AsyncExitStack() as stack:
        a = await _client(stack, make_app(postgres_dsn))
        b = await _client(stack, make_app(postgres_dsn))
        ids = await asyncio.gather(*[chat(c, n=2) for _ in range(15) for c in (a, b)])
        r = await b.post("/v1/feedback", json={"id": ids[0], "rating": 1, "preferred_index": 1})  # served by a
        assert r.status_code == 200, r.text
    # both lifespans closed (their logs flushed): every response has its row, once
    rows = [rec.id for rec in read_records(postgres_dsn)]
    assert sorted(rows) == sorted("req-" + i.split("-", 1)[1] for i in ids) and len(set(ids)) == 30
    (human,) = read_human(postgres_dsn)
    assert human.request_id == "req-" + ids[0].split("-", 1)[1] and human.preferred_index == 1


async def test_feedback_waits_briefly_for_a_row_another_replica_has_not_committed_yet(tmp_path: Path) -> None:
    """Replica a commits its row 0.3 s late; feedback for that response reaches replica b first: 200, not 404."""
    db = str(tmp_path / "shared.sqlite")
    async with AsyncExitStack() as stack:
        app_a, app_b = make_app(db), make_app(db)
        a, b = await _client(stack, app_a), await _client(stack, app_b)
        store = app_a.state.serving.feedback.store
        insert = store.insert_requests

        def late_insert(batch):  # runs in a's writer thread
            import time
            time.sleep(0.3)
            insert(batch)

        store.insert_requests = late_insert
        rid = await chat(a, n=2)
        r = await b.post("/v1/feedback", json={"id": rid, "rating": 1, "preferred_index": 1})
        assert r.status_code == 200, r.text
        # an id no replica ever served is still a 404, after the bounded wait
        t0 = asyncio.get_running_loop().time()
        r = await b.post("/v1/feedback", json={"id": "chatcmpl-nope", "rating": 1})
        assert r.status_code == 404 and asyncio.get_running_loop().time() - t0 < 5
