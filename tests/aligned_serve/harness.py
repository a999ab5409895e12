"""Building and calling the app on fakes: settings, a registry of length rewards, an httpx client, and a raw
ASGI call for tests that must control when the client reads or goes away."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from asgi_lifespan import LifespanManager
from fastapi import FastAPI

from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator, LengthRM

ADMIN_KEY = "sekret"
MSGS = [{"role": "user", "content": "hello there"}]


def settings_for(tmp_path: Path, **kw: Any) -> Settings:
    base: dict[str, Any] = {
        "engine": "transformers", "model": "unused", "reward_model": "rule:json", "admin_key": ADMIN_KEY,
        "feedback_db": str(tmp_path / "fb.sqlite"), "default_n": 4, "max_n": 16, "max_choices": 4,
        "max_samples_limit": 32, "max_concurrent_requests": 4, "default_max_tokens": 50,
    }
    base.update(kw)
    return Settings(**base)


def length_registry() -> RewardModelRegistry:
    """`main` rewards length (+1 per character), `neg` penalises it."""
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="1"), activate=True)
    registry.register(LengthRM(name="neg", version="1", scale=-1.0), activate=True)
    return registry


def fake_app(tmp_path: Path, generator: FakeGenerator | None = None, **kw: Any) -> FastAPI:
    return build_app(settings_for(tmp_path, **kw), generator=generator or FakeGenerator(),
                     registry=length_registry())


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Run the app's lifespan and yield a client that calls it in-process."""
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client


def sse_events(text: str) -> list[str]:
    return [line[6:] for line in text.splitlines() if line.startswith("data: ")]


Send = Callable[[dict[str, Any]], Awaitable[None]]


async def raw_post(app: FastAPI, path: str, body: dict[str, Any], send: Send,
                   disconnected: asyncio.Event | None = None) -> None:
    """POST `body` straight to the ASGI app, handing every response message to `send` (which may block or
    raise, like a slow or broken connection). After the body, `receive` waits until `disconnected` is set."""
    payload = json.dumps(body).encode()
    sent = False
    gone = disconnected or asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": payload, "more_body": False}
        await gone.wait()
        return {"type": "http.disconnect"}

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"host", b"t")],
        "client": ("127.0.0.1", 1234), "server": ("t", 80),
    }
    await app(scope, receive, send)
