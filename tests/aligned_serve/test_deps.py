"""Auth: keys are compared as bytes in constant time; no Authorization value can crash a route (401/403, never
500), on admin and on public routes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from starlette.requests import ClientDisconnect

from aligned_serve.deps import admission, admitted_stream
from aligned_serve.errors import RequestError
from aligned_serve.metrics import Metrics
from tests.aligned_serve.harness import ADMIN_KEY, MSGS, fake_app, serve

API_KEY = "api-ключ-ß"  # a non-ASCII key: compare_digest on str would raise for it
BAD_VALUES = [
    pytest.param(b"Bearer \xe9\xe9", id="latin1-bytes"),
    pytest.param("Bearer ключ".encode(), id="utf8-non-ascii"),
    pytest.param(b"", id="empty"),
    pytest.param(b"Bearer ", id="bearer-no-token"),
    pytest.param(b"Bearer " + b"k" * 10_240, id="10kb"),
    pytest.param(b"Bearer sek\x00ret", id="nul-byte"),
    pytest.param(b"Bearer \x01\x02\x1b[0m\x7f", id="control-bytes"),
    pytest.param(b"\xff\xfe\xfd", id="no-scheme-binary"),
    pytest.param(b"Basic c2Vrcmv0", id="basic-scheme"),
    pytest.param(b"Bearer " + ADMIN_KEY.encode() + b"\xe9", id="key-plus-byte"),
]


@pytest.fixture
async def client(tmp_path: Path):
    async with serve(fake_app(tmp_path, api_key=API_KEY)) as c:
        yield c


def auth(value: bytes) -> list[tuple[bytes, bytes]]:
    return [(b"authorization", value)]


@pytest.mark.parametrize("value", BAD_VALUES)
async def test_any_admin_key_value_gets_401_or_403(client, value: bytes) -> None:
    for method, path in (("GET", "/admin/reward_models"), ("POST", "/admin/reward_models/main/rollback")):
        r = await client.request(method, path, headers=auth(value))
        assert r.status_code in (401, 403), (path, r.status_code, r.text)
        assert r.json()["error"]["type"] in ("authentication_error", "permission_error")


@pytest.mark.parametrize("value", BAD_VALUES)
async def test_any_api_key_value_gets_401_on_public_routes(client, value: bytes) -> None:
    for method, path, body in (("GET", "/v1/models", None), ("POST", "/v1/chat/completions", {"messages": MSGS}),
                               ("POST", "/v1/rewards", {"messages": MSGS, "candidates": ["a"]})):
        r = await client.request(method, path, json=body, headers=auth(value))
        assert r.status_code == 401, (path, r.status_code, r.text)
        assert r.json()["error"]["type"] == "authentication_error"


async def test_the_right_keys_pass_as_their_utf8_bytes(client) -> None:
    r = await client.get("/v1/models", headers=auth(b"Bearer " + API_KEY.encode()))
    assert r.status_code == 200, r.text
    # the scheme is case-insensitive and surrounding whitespace is ignored, as before
    r = await client.get("/admin/reward_models", headers=auth(b"  bearer   " + ADMIN_KEY.encode() + b" "))
    assert r.status_code == 200, r.text
    assert {m["name"] for m in r.json()["data"]} == {"main", "neg"}


async def test_missing_keys(client) -> None:
    assert (await client.get("/v1/models")).status_code == 401
    assert (await client.get("/admin/reward_models")).status_code == 401
    r = await client.get("/admin/reward_models", headers=auth(b"Bearer wrong"))
    assert r.status_code == 403


# ---- admission of streams, independent of when FastAPI runs dependency cleanup -------------------------------------
def _request(limit: int = 2) -> SimpleNamespace:
    state = SimpleNamespace(in_flight=0, settings=SimpleNamespace(max_concurrent_requests=limit),
                            serving=SimpleNamespace(metrics=Metrics()))
    return SimpleNamespace(app=SimpleNamespace(state=state))


async def _events() -> AsyncIterator[str]:
    for i in range(3):
        yield f"data: {i}\n\n"


async def test_a_stream_keeps_its_slot_even_if_dependency_cleanup_runs_first() -> None:
    request = _request()
    dependency = admission(request)
    slot = await dependency.__anext__()
    response = admitted_stream(_events(), slot)
    await dependency.aclose()  # FastAPI 0.106-0.117 ran yield-dependency cleanup before sending the body
    assert request.app.state.in_flight == 1
    seen: list[tuple[bool, int]] = []

    async def send(message: dict) -> None:
        if message["type"] == "http.response.body":
            seen.append((message.get("more_body", False), request.app.state.in_flight))

    async def receive() -> dict:
        await asyncio.Event().wait()  # the client never leaves
        return {}

    await response({"type": "http", "asgi": {"spec_version": "2.4"}}, receive, send)
    assert seen[:-1] == [(True, 1)] * 3  # held while each event went out
    assert request.app.state.in_flight == 0 and request.app.state.serving.metrics.in_flight._value.get() == 0


async def test_a_stream_never_started_still_frees_its_slot() -> None:
    request = _request()
    dependency = admission(request)
    response = admitted_stream(_events(), await dependency.__anext__())
    await dependency.aclose()

    async def send(message: dict) -> None:
        raise OSError("connection reset before the headers went out")

    with pytest.raises(ClientDisconnect):  # Starlette's word for a send that failed
        await response({"type": "http", "asgi": {"spec_version": "2.4"}}, None, send)
    assert request.app.state.in_flight == 0


async def test_admission_refuses_past_the_limit() -> None:
    request = _request(limit=1)
    first = admission(request)
    await first.__anext__()
    with pytest.raises(RequestError) as refused:
        await admission(request).__anext__()
    assert refused.value.status_code == 429 and request.app.state.in_flight == 1
    assert request.app.state.serving.metrics.rejected_overload._value.get() == 1
    await first.aclose()  # a plain (non-streamed) request frees its slot at cleanup
    assert request.app.state.in_flight == 0
