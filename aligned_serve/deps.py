"""Request-scoped helpers shared by the routes: auth, admission control (429), streamed responses that hold
their admission until the last byte, disconnect cancellation, and the strategy label of the request metrics.

Keys are compared as bytes, in constant time, against the raw `Authorization` header octets of the ASGI
scope: a header is never decoded first, so no value (non-ASCII, control bytes, empty, 10 KB) can raise.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import AsyncIterator, Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

from fastapi import Request
from fastapi.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from aligned_serve.errors import RequestError

if TYPE_CHECKING:
    from aligned_serve.protocol import AlignmentParams
    from aligned_serve.serving import AlignedServing

T = TypeVar("T")

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def serving(request: Request) -> AlignedServing:
    return request.app.state.serving


# ---- keys ------------------------------------------------------------------------------------------------------
def _bearer(request: Request) -> bytes | None:
    """The token of the first `Authorization: Bearer <token>` header, as the raw bytes the client sent."""
    raw = next((value for name, value in request.scope.get("headers", ()) if name.lower() == b"authorization"),
               None)
    if raw is None:
        return None
    scheme, _, token = raw.strip().partition(b" ")
    token = token.strip()
    return token if scheme.lower() == b"bearer" and token else None


def _matches(token: bytes, key: str) -> bool:
    """Constant-time comparison on bytes (`compare_digest` refuses non-ASCII `str`; bytes always work)."""
    return hmac.compare_digest(token, key.encode("utf-8", "surrogateescape"))


def check_api_key(request: Request) -> None:
    key = request.app.state.settings.api_key
    if key is None:
        return
    token = _bearer(request)
    if token is None or not _matches(token, key):
        raise RequestError("Incorrect API key provided.", status_code=401)


def check_admin_key(request: Request) -> None:
    key = request.app.state.settings.admin_key
    if key is None:
        raise RequestError("admin endpoints are disabled (no admin key configured)", status_code=404)
    token = _bearer(request)
    if token is None:
        raise RequestError("missing admin key: send 'Authorization: Bearer <admin key>'", status_code=401)
    if not _matches(token, key):
        raise RequestError("invalid admin key", status_code=403)


# ---- admission -------------------------------------------------------------------------------------------------
class AdmissionSlot:
    """One admitted request's place under the concurrency cap. `release` is idempotent."""

    def __init__(self, request: Request) -> None:
        self._state = request.app.state
        self._held = True
        self.streaming = False  # set once a streamed response owns the slot (it releases at its last byte)
        self._state.in_flight += 1
        self._state.serving.metrics.in_flight.set(self._state.in_flight)

    def release(self) -> None:
        if self._held:
            self._held = False
            self._state.in_flight -= 1
            self._state.serving.metrics.in_flight.set(self._state.in_flight)


async def admission(request: Request) -> AsyncIterator[AdmissionSlot]:
    """Cap in-flight requests; past the cap answer 429 at once rather than queueing without bound.

    A plain response frees its slot when the route returns. A stream (`admitted_stream`) frees it itself, after
    its last byte or when the client goes away, whenever FastAPI happens to run this cleanup.
    """
    state = request.app.state
    if state.in_flight >= state.settings.max_concurrent_requests:
        state.serving.metrics.rejected_overload.inc()
        raise RequestError(
            f"server is at its limit of {state.settings.max_concurrent_requests} concurrent requests; retry later",
            status_code=429,
        )
    slot = AdmissionSlot(request)
    try:
        yield slot
    finally:
        if not slot.streaming:
            slot.release()


class _AdmittedStreamingResponse(StreamingResponse):
    """A `StreamingResponse` that frees its admission slot once the response is over, however it ends (sent in
    full, client gone, or never iterated at all)."""

    def __init__(self, content: AsyncIterator[str], slot: AdmissionSlot) -> None:
        super().__init__(content, media_type="text/event-stream", headers=SSE_HEADERS)
        self._slot = slot

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._slot.release()


def admitted_stream(stream: AsyncIterator[str], slot: AdmissionSlot) -> StreamingResponse:
    """An SSE response for `stream` that holds `slot` until its last byte (released in the stream's own finally
    and, should the body never be iterated, when the response ends)."""
    slot.streaming = True

    async def guarded() -> AsyncIterator[str]:
        try:
            async for event in stream:
                yield event
        finally:
            slot.release()
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:  # a stream cut short stops its engine request now, not at garbage collection
                await aclose()

    return _AdmittedStreamingResponse(guarded(), slot)


# ---- metrics labels --------------------------------------------------------------------------------------------
def note_strategy(request: Request, alignment: AlignmentParams | None) -> None:
    """Label this request's metrics (see `aligned_serve.metrics.RequestMetricsMiddleware`) with its strategy."""
    chosen = alignment.strategy if alignment is not None else None
    request.state.strategy = chosen or request.app.state.settings.default_strategy


# ---- cancellation ----------------------------------------------------------------------------------------------
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
