"""Request-scoped helpers shared by the routes: auth, admission control (429), disconnect cancellation."""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import AsyncIterator, Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

from fastapi import Request

from aligned_serve.serving import RequestError

if TYPE_CHECKING:
    from aligned_serve.serving import AlignedServing

T = TypeVar("T")


def serving(request: Request) -> "AlignedServing":
    return request.app.state.serving


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def check_api_key(request: Request) -> None:
    key = request.app.state.settings.api_key
    if key is None:
        return
    token = _bearer(request)
    if token is None or not hmac.compare_digest(token, key):
        raise RequestError("Incorrect API key provided.", status_code=401)


def check_admin_key(request: Request) -> None:
    key = request.app.state.settings.admin_key
    if key is None:
        raise RequestError("admin endpoints are disabled (no admin key configured)", status_code=404)
    token = _bearer(request)
    if token is None:
        raise RequestError("missing admin key: send 'Authorization: Bearer <admin key>'", status_code=401)
    if not hmac.compare_digest(token, key):
        raise RequestError("invalid admin key", status_code=403)


async def admission(request: Request) -> AsyncIterator[None]:
    """Cap in-flight requests; past the cap answer 429 at once rather than queueing without bound."""
    state = request.app.state
    if state.in_flight >= state.settings.max_concurrent_requests:
        state.serving.metrics.rejected_overload.inc()
        raise RequestError(
            f"server is at its limit of {state.settings.max_concurrent_requests} concurrent requests; retry later",
            status_code=429,
        )
    state.in_flight += 1
    state.serving.metrics.in_flight.set(state.in_flight)
    try:
        yield
    finally:
        state.in_flight -= 1
        state.serving.metrics.in_flight.set(state.in_flight)


async def with_cancellation(request: Request, work: Awaitable[T], poll_seconds: float = 0.25) -> T:
    """Run `work`, cancelling it if the client disconnects first (which aborts its generation in the engine)."""
    task: asyncio.Task[Any] = asyncio.ensure_future(work)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=poll_seconds)
            if done:
                return task.result()
            if await request.is_disconnected():
                task.cancel()
                raise asyncio.CancelledError("client disconnected")
    except asyncio.CancelledError:
        task.cancel()
        raise
