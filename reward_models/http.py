"""HTTP plumbing for reward models that live elsewhere (`remote.py`, `judge.py`): deadlines, retries, a breaker.

`HttpCaller` sends JSON with httpx.AsyncClient:
- `bounded(coro)` caps a whole operation (all its requests and retries) at `timeout` seconds -> `RemoteTimeout` (504);
- each request retries connect errors, 429 and 5xx up to `retries` times with exponential backoff
  (`backoff_s`, doubling, at most `max_backoff_s`), then raises `RemoteUnavailable` (503); other 4xx and
  malformed bodies raise `RemoteBadResponse` (502) at once;
- a `CircuitBreaker` counts consecutive failed attempts; at `breaker_threshold` it opens and every call fails fast
  with 503 for `breaker_cooldown_s`; after that, calls go through again ("half-open") and the first failure
  re-opens it, the first success closes it.

Clients: the server's event loop gets one shared AsyncClient (made on first use, kept per loop). `run_sync`
serves blocking callers (threads without a loop): it runs the coroutine on a private loop with a temporary client
that is closed afterwards.

Usage:
    caller = HttpCaller("http://rm:8000", label="rm 'a'", timeout=5.0)
    body = await caller.bounded(caller.post_json("/pooling", {...}))
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import httpx

from reward_models.base import RewardModelError

T = TypeVar("T")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class RemoteRewardModelError(RewardModelError):
    """A remote reward model failed; the subclass says how (and which HTTP status the client gets)."""


class RemoteBadResponse(RemoteRewardModelError):
    def __init__(self, message: str) -> None:
        super().__init__(message, 502)


class RemoteUnavailable(RemoteRewardModelError):
    def __init__(self, message: str) -> None:
        super().__init__(message, 503)


class RemoteTimeout(RemoteRewardModelError):
    def __init__(self, message: str) -> None:
        super().__init__(message, 504)


class CircuitBreaker:
    """Closed -> (threshold consecutive failures) -> open for `cooldown_s` -> half-open -> closed or open.
    Thread-safe: the same model serves the event loop and blocking callers."""

    def __init__(self, threshold: int = 5, cooldown_s: float = 30.0, clock: Callable[[], float] = time.monotonic):
        if threshold < 1 or cooldown_s < 0:
            raise RewardModelError("breaker_threshold must be >= 1 and breaker_cooldown_s >= 0", 400)
        self.threshold, self.cooldown_s, self.clock = threshold, cooldown_s, clock
        self.failures = 0
        self._opened_at: float | None = None
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            return "open" if self.clock() - self._opened_at < self.cooldown_s else "half-open"

    def seconds_open(self) -> float | None:
        """None when calls may go through, else how long the breaker stays open."""
        with self._lock:
            if self._opened_at is None:
                return None
            left = self.cooldown_s - (self.clock() - self._opened_at)
            return left if left > 0 else None

    def success(self) -> None:
        with self._lock:
            self.failures, self._opened_at = 0, None

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            half_open = self._opened_at is not None  # a failure after the cool-down re-opens at once
            if half_open or self.failures >= self.threshold:
                self._opened_at = self.clock()


class HttpCaller:
    def __init__(
        self,
        base_url: str,
        *,
        label: str,
        timeout: float = 10.0,
        retries: int = 2,
        api_key: str | None = None,
        breaker_threshold: int = 5,
        breaker_cooldown_s: float = 30.0,
        backoff_s: float = 0.05,
        max_backoff_s: float = 1.0,
        connect_timeout_s: float = 3.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise RewardModelError(f"{label}: url must start with http:// or https://, got {base_url!r}", 400)
        if timeout <= 0 or retries < 0:
            raise RewardModelError(f"{label}: timeout must be > 0 and retries >= 0", 400)
        self.base_url = base_url.rstrip("/")
        self.label, self.timeout, self.retries = label, timeout, retries
        self.backoff_s, self.max_backoff_s = backoff_s, max_backoff_s
        self.breaker = CircuitBreaker(breaker_threshold, breaker_cooldown_s)
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout = httpx.Timeout(timeout, connect=min(connect_timeout_s, timeout))
        self._transport = transport
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    # ------------------------------------------------------------------ clients

    def _new_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self._timeout, headers=self.headers, transport=self._transport)

    def client(self) -> httpx.AsyncClient:
        """The AsyncClient of the running loop (an AsyncClient's pool must stay on the loop that made it)."""
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None or client.is_closed:
            client = self._clients[loop] = self._new_client()
        return client

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        """A temporary client for this loop, closed on exit (for `run_sync`'s private loops)."""
        loop = asyncio.get_running_loop()
        async with self._new_client() as client:
            self._clients[loop] = client
            try:
                yield
            finally:
                self._clients.pop(loop, None)

    async def aclose(self) -> None:
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()

    # ------------------------------------------------------------------ requests

    async def bounded(self, work: Awaitable[T]) -> T:
        """Run `work` (requests, retries, backoff) within `timeout` seconds, or raise RemoteTimeout (504)."""
        try:
            return await asyncio.wait_for(work, timeout=self.timeout)
        except (TimeoutError, asyncio.TimeoutError) as exc:
            self.breaker.failure()
            raise RemoteTimeout(f"{self.label} did not answer within {self.timeout:g} s") from exc

    async def post_json(self, path: str, payload: dict[str, Any]) -> Any:
        return await self._request("POST", path, payload)

    async def get_json(self, path: str) -> Any:
        return await self._request("GET", path, None)

    async def _request(self, method: str, path: str, payload: dict[str, Any] | None) -> Any:
        url = self.base_url + path
        problem = ""
        for attempt in range(self.retries + 1):
            wait = self.breaker.seconds_open()
            if wait is not None:
                raise RemoteUnavailable(
                    f"{self.label} is unavailable (circuit open after {self.breaker.failures} consecutive "
                    f"failures; retrying it in {wait:.1f} s){': ' + problem if problem else ''}"
                )
            try:
                response = await self.client().request(method, url, json=payload)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            except httpx.TimeoutException as exc:
                self.breaker.failure()
                raise RemoteTimeout(f"{self.label} timed out on {path}: {type(exc).__name__}") from exc
            else:
                if response.status_code not in RETRY_STATUS:
                    self.breaker.success()  # it answered: the remote is up, even if it refused us
                    return _decode(response, self.label, path)
                problem = f"HTTP {response.status_code} from {path}: {response.text[:200]}"
            self.breaker.failure()
            if attempt < self.retries:
                await asyncio.sleep(min(self.backoff_s * 2**attempt, self.max_backoff_s))
        raise RemoteUnavailable(f"{self.label} is unavailable: {problem} ({self.retries + 1} attempts)")


def _decode(response: httpx.Response, label: str, path: str) -> Any:
    if response.is_error:
        raise RemoteBadResponse(f"{label} refused {path} with HTTP {response.status_code}: {response.text[:300]}")
    try:
        return response.json()
    except ValueError as exc:
        raise RemoteBadResponse(f"{label} sent a non-JSON answer on {path}: {response.text[:200]!r}") from exc


async def gather_or_cancel(coros: Iterable[Coroutine[Any, Any, T]]) -> list[T]:
    """`asyncio.gather`, but the first failure cancels the others instead of leaving them running."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    finally:
        for task in tasks:
            task.cancel()


def run_sync(caller: HttpCaller | None, work: Callable[[], Awaitable[T]]) -> T:
    """Run `work()` to completion from blocking code, on a private loop (with a temporary client for `caller`).
    Refuses to run inside an event loop, where blocking would stall every other request."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RewardModelError("a remote reward model was called synchronously on the event loop; await ascore()", 500)

    async def main() -> T:
        if caller is None:
            return await work()
        async with caller.session():
            return await work()

    return asyncio.run(main())
