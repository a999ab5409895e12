"""Fake remote reward servers for tests: one small FastAPI app speaking vLLM pooling, OpenRLHF and aligned-serve
reward routes, usable in process (`httpx.ASGITransport`) or on a real local port (`serve_in_thread`).

Scores are simple functions of the text a route receives, so tests can work the expected values out by hand:
- `/pooling` (vLLM): len(text) / 10 per `input` string, or of "|".join(message contents) for `messages`;
  results come back in reverse order (with their `index`), as a real server may;
- `/get_reward` (OpenRLHF): len(query) / 10;
- `/v1/rewards` (aligned-serve): len(candidate).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


class FakeRewardServer:
    def __init__(self) -> None:
        self.requests: list[tuple[str, Any]] = []  # (path, JSON body or None)
        self.delay_s = 0.0  # every route sleeps this long first
        self.fail_next = 0  # answer this many requests with 503 first
        self.app = self._build()

    def reset(self) -> None:
        self.requests.clear()
        self.delay_s, self.fail_next = 0.0, 0

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def _build(self) -> FastAPI:
        app = FastAPI()

        async def gate(request: Request) -> tuple[Any, JSONResponse | None]:
            body = await request.json() if request.method == "POST" else None
            self.requests.append((request.url.path, body))
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if self.fail_next > 0:
                self.fail_next -= 1
                return body, JSONResponse({"error": "overloaded"}, status_code=503)
            return body, None

        @app.post("/pooling")
        async def pooling(request: Request) -> Any:
            body, failed = await gate(request)
            if failed:
                return failed
            if "messages" in body:
                texts = ["|".join(m["content"] for m in body["messages"])]
            else:
                texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
            data = [{"index": i, "object": "pooling", "data": [len(t) / 10]} for i, t in enumerate(texts)]
            return {"object": "list", "model": "tiny-rm", "data": data[::-1]}

        @app.get("/v1/models")
        async def models(request: Request) -> Any:
            await gate(request)
            return {"object": "list", "data": [{"id": "tiny-rm", "root": "/ckpt/rm", "max_model_len": 512}]}

        @app.post("/get_reward")
        async def get_reward(request: Request) -> Any:
            body, failed = await gate(request)
            return failed or {"rewards": [len(q) / 10 for q in body["query"]]}

        @app.post("/v1/rewards")
        async def rewards(request: Request) -> Any:
            body, failed = await gate(request)
            return failed or {"reward_model": "fake@1", "rewards": [float(len(c)) for c in body["candidates"]]}

        return app


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_in_thread(app: FastAPI) -> Iterator[str]:
    """Serve `app` with uvicorn on a real local port in a daemon thread; yields its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning",
                                           timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("fake reward server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
