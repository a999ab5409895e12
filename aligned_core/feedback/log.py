"""The server's feedback writer: `FeedbackLog` queues records and one background thread commits them in batches.

`log()` never blocks the event loop: it only enqueues. The writer thread groups what is queued into one
transaction (up to `batch_size` rows), so a burst costs one commit, and each batch commits atomically. A
failed batch is retried with backoff (a PostgreSQL restart, a locked SQLite file), then dropped and counted:
serving never stalls on the log. `attach()` records a person's feedback; call it off the event loop.

    log = FeedbackLog("feedback.sqlite")            # or FeedbackLog("postgresql://user:pw@db/aligned")
    log.log(record); log.flush(); log.close()
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aligned_core.feedback.base import (
    FeedbackStore,
    FeedbackStoreError,
    InvalidFeedback,
    UnknownRequest,
    open_store,
)
from aligned_core.feedback.schema import FeedbackRecord, HumanFeedback

logger = logging.getLogger(__name__)


class FeedbackLog:
    """Append-only log with a background writer thread. `log()` never blocks; `close()` flushes."""

    _STOP = object()

    def __init__(self, target: str | Path, max_pending: int = 10_000, *, batch_size: int = 256,
                 retries: int = 3, retry_backoff_s: float = 0.25) -> None:
        self.store: FeedbackStore = open_store(target, create=True)  # a bad path or DSN fails at start-up
        self.batch_size, self.retries, self.retry_backoff_s = batch_size, retries, retry_backoff_s
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=max_pending)
        self.written = 0
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name="feedback-writer", daemon=True)
        self._thread.start()

    # ---- requests --------------------------------------------------------------------------------------------
    def log(self, record: FeedbackRecord) -> None:
        try:
            self._queue.put_nowait(record)
        except queue.Full:  # never stall serving on the log; count what we shed
            self.dropped += 1
            logger.warning("feedback log queue full; dropped request %s", record.id)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is self._STOP:
                self._queue.task_done()
                return
            batch = [item]
            stop = False
            while len(batch) < self.batch_size:  # group a burst into one transaction
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is self._STOP:
                    stop = True
                    break
                batch.append(nxt)
            self._write(batch)
            if stop:
                self._queue.task_done()
                return

    def _write(self, batch: list[FeedbackRecord]) -> None:
        try:
            for attempt in range(self.retries + 1):
                try:
                    self.store.insert_requests(batch)
                    self.written += len(batch)
                    return
                except FeedbackStoreError as exc:
                    if attempt == self.retries:
                        logger.error("feedback log: dropped %d records after %d tries: %s",
                                     len(batch), attempt + 1, exc)
                        self.dropped += len(batch)
                        return
                    logger.warning("feedback log write failed (try %d), retrying: %s", attempt + 1, exc)
                    time.sleep(self.retry_backoff_s * 2**attempt)
        finally:
            for _ in batch:
                self._queue.task_done()

    # ---- human feedback --------------------------------------------------------------------------------------
    def attach(self, feedback: HumanFeedback, wait_s: float = 5.0) -> None:
        """Store a person's judgement of a logged request. Blocking: run it off the event loop.

        Raises UnknownRequest when no logged request has `feedback.request_id` (after waiting up to `wait_s`
        for this replica's queued rows, which commit within milliseconds of the response), InvalidFeedback when
        `preferred_index` is not one of its candidates, FeedbackStoreError when the database fails.
        """
        count = self.store.candidate_count(feedback.request_id)
        if count is None and self._queue.unfinished_tasks:
            self.flush(timeout=wait_s)
            count = self.store.candidate_count(feedback.request_id)
        if count is None:
            raise UnknownRequest(feedback.request_id)
        index = feedback.preferred_index
        if index is not None and not 0 <= index < count:
            raise InvalidFeedback(
                f"preferred_index {index} is out of range: that response has {count} candidate(s), "
                f"indices 0 to {count - 1}"
            )
        self.store.insert_human([feedback])

    # ---- lifecycle -------------------------------------------------------------------------------------------
    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is committed (or dropped). Returns False on timeout."""
        deadline = time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._queue.all_tasks_done.wait(remaining)
        return True

    def close(self) -> None:
        self._queue.put(self._STOP)
        self._thread.join(timeout=30)
        self.store.close()


def read_records(target: str | Path) -> Iterator[FeedbackRecord]:
    """Every committed request of the log at `target` (a SQLite path or a PostgreSQL DSN), oldest first."""
    with open_store(target, create=False) as store:
        yield from store.read_records()


def read_human(target: str | Path) -> Iterator[HumanFeedback]:
    """Every human judgement in the log at `target`, oldest first."""
    with open_store(target, create=False) as store:
        yield from store.read_human()
