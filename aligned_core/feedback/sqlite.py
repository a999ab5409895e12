"""The SQLite backend: one file in WAL mode, the embedded default.

WAL with synchronous=NORMAL keeps every committed transaction across a process crash (kill -9) and never
leaves a half-written row. Writes share one connection under a lock (SQLite takes one writer at a time
anyway); long reads open their own read-only connection and see committed rows only.

    sqlite3 feedback.sqlite 'select id, strategy, chosen_index from requests limit 5'
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aligned_core.feedback.base import FeedbackStore
from aligned_core.feedback.schema import SCHEMA_VERSION, ddl

# Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is locked" at once (without its
# busy timeout) when several processes switch the same new file together: replicas starting at once. Retried.
WAL_RETRY_S = 10.0


class SQLiteStore(FeedbackStore):
    placeholder = "?"
    errors = (sqlite3.Error,)

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._wrap("open"), self._transaction() as cur:  # a bad path fails here, at start-up
                for statement in ddl("sqlite"):
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        elif not self.path.is_file():
            raise FileNotFoundError(f"feedback log not found: {self.path}")

    @property
    def display(self) -> str:
        return str(self.path)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), timeout=30.0, check_same_thread=False)
        deadline, pause = time.monotonic() + WAL_RETRY_S, 0.01
        while True:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    conn.close()
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.2)
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            if self._conn is None:
                self._conn = self._connect()
            with self._conn:  # commit on success, roll back on error
                yield self._conn.cursor()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Cursor]:
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
        try:
            yield conn.cursor()
        finally:
            conn.close()

    def has_table(self, name: str) -> bool:
        with self._wrap("read"), self._reading() as cur:
            cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
            return cur.fetchone() is not None

    def check_integrity(self) -> str:
        """`PRAGMA integrity_check` on a read-write connection (which replays a leftover WAL first)."""
        with self._wrap("integrity check"), self._transaction() as cur:
            return "; ".join(row[0] for row in cur.execute("PRAGMA integrity_check"))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
