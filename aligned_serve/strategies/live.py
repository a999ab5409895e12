"""Relay the text a running strategy emits (`AlignContext.emit`) to a streamed response.

    live = LiveText()
    task = live.start(serving.run(..., emit=live.emit))
    async for text in live.texts():  # "" first (the engine started), then the answer's text as it comes
        ...
    served = task.result()

The serving layer turns the texts into SSE chunks; cancelling `task` (the client went away) cancels the
strategy, whose engine streams then abort every candidate still running.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from typing import Generic, TypeVar

T = TypeVar("T")


class LiveText(Generic[T]):
    """A queue between a strategy task (the producer, through `emit`) and a response stream (the consumer)."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._task: asyncio.Future[T] | None = None

    def emit(self, text: str) -> None:
        self._queue.put_nowait(text)

    def start(self, work: Awaitable[T]) -> asyncio.Future[T]:
        """Run `work` as a task; its end (result or error) closes `texts` after everything it emitted."""
        self._task = task = asyncio.ensure_future(work)
        task.add_done_callback(lambda _: self._queue.put_nowait(None))
        return task

    async def texts(self) -> AsyncIterator[str]:
        """What the task emits, in order, until it ends; then its error, if it failed, is raised here."""
        assert self._task is not None, "start() first"
        while (text := await self._queue.get()) is not None:
            yield text
        self._task.result()
