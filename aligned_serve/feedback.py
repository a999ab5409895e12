"""The feedback log: every aligned request, its candidates and rewards, in SQLite (WAL mode).

Writes go through one background thread with its own connection, so the event loop never blocks on disk.
Each record is one committed transaction; WAL with synchronous=NORMAL keeps every committed row across a
process crash (kill -9) and never leaves a half-written row. Readers (exports, tests) open their own
connections and see committed rows only.

    sqlite3 feedback.sqlite 'select id, strategy, chosen_index from requests limit 5'
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id                    TEXT PRIMARY KEY,
    created               REAL NOT NULL,
    endpoint              TEXT NOT NULL,      -- 'chat' or 'completions'
    generator_model       TEXT NOT NULL,
    reward_model          TEXT,               -- registry name (or ensemble name)
    reward_model_version  TEXT,
    strategy              TEXT NOT NULL,
    prompt                TEXT NOT NULL,      -- JSON: chat messages, or a string for completions
    sampling              TEXT NOT NULL,      -- JSON: temperature, top_p, max_tokens, stop, seed
    alignment             TEXT NOT NULL,      -- JSON: the resolved alignment plan
    candidates            TEXT NOT NULL,      -- JSON: [{index, text, reward, finish_reason, num_tokens}]
    chosen_index          INTEGER,            -- index (into candidates) of the top returned choice
    chosen_indices        TEXT NOT NULL,      -- JSON: every returned choice, best first
    accepted              INTEGER NOT NULL,
    prompt_tokens         INTEGER NOT NULL,
    completion_tokens     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS requests_created ON requests(created);
"""


@dataclass
class FeedbackRecord:
    id: str
    endpoint: str
    generator_model: str
    reward_model: str | None
    reward_model_version: str | None
    strategy: str
    prompt: Any
    sampling: dict[str, Any]
    alignment: dict[str, Any]
    candidates: list[dict[str, Any]]
    chosen_indices: list[int]
    accepted: bool
    prompt_tokens: int
    completion_tokens: int
    created: float = field(default_factory=time.time)

    def row(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.created,
            self.endpoint,
            self.generator_model,
            self.reward_model,
            self.reward_model_version,
            self.strategy,
            json.dumps(self.prompt),
            json.dumps(self.sampling),
            json.dumps(self.alignment),
            json.dumps(self.candidates),
            self.chosen_indices[0] if self.chosen_indices else None,
            json.dumps(self.chosen_indices),
            int(self.accepted),
            self.prompt_tokens,
            self.completion_tokens,
        )


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30.0, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    return conn


def read_records(path: str | Path) -> Iterator[FeedbackRecord]:
    """Every committed row, oldest first, decoded (used by exports and tests)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
    try:
        cols = [
            "id", "created", "endpoint", "generator_model", "reward_model", "reward_model_version", "strategy",
            "prompt", "sampling", "alignment", "candidates", "chosen_indices", "accepted", "prompt_tokens",
            "completion_tokens",
        ]
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM requests ORDER BY created, id"):
            d = dict(zip(cols, row))
            for key in ("prompt", "sampling", "alignment", "candidates", "chosen_indices"):
                d[key] = json.loads(d[key])
            d["accepted"] = bool(d["accepted"])
            yield FeedbackRecord(**d)
    finally:
        conn.close()


class FeedbackLog:
    """Append-only log with a background writer thread. `log()` never blocks; `close()` flushes."""

    _STOP = object()

    def __init__(self, path: str | Path, max_pending: int = 10_000) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connect(self.path).close()  # create the schema now so a bad path fails at start-up
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=max_pending)
        self.written = 0
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name="feedback-writer", daemon=True)
        self._thread.start()

    def log(self, record: FeedbackRecord) -> None:
        try:
            self._queue.put_nowait(record)
        except queue.Full:  # never stall serving on the log; count what we shed
            self.dropped += 1
            logger.warning("feedback log queue full; dropped request %s", record.id)

    def _run(self) -> None:
        conn = connect(self.path)
        insert = f"INSERT OR REPLACE INTO requests VALUES ({', '.join('?' * 16)})"
        try:
            while True:
                item = self._queue.get()
                if item is self._STOP:
                    self._queue.task_done()
                    return
                batch = [item]
                while len(batch) < 256:  # group bursts into one transaction; each batch commits atomically
                    try:
                        nxt = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if nxt is self._STOP:
                        self._write(conn, insert, batch)
                        self._queue.task_done()
                        return
                    batch.append(nxt)
                self._write(conn, insert, batch)
        finally:
            conn.close()

    def _write(self, conn: sqlite3.Connection, insert: str, batch: list[FeedbackRecord]) -> None:
        try:
            with conn:
                conn.executemany(insert, [r.row() for r in batch])
            self.written += len(batch)
        except sqlite3.Error:
            logger.exception("feedback log write failed for %d records", len(batch))
            self.dropped += len(batch)
        finally:
            for _ in batch:
                self._queue.task_done()

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


def candidate_dicts(candidates: list[Any]) -> list[dict[str, Any]]:
    return [asdict(c) if hasattr(c, "__dataclass_fields__") else dict(c) for c in candidates]
