"""One small interface over the feedback databases: SQLite (the embedded default) and PostgreSQL (a fleet).

`FeedbackStore` holds every query; a backend supplies only connections (`_transaction`, `_reading`), its
placeholder style, and the checks that differ (`has_table`, `check_integrity`). Both speak DB-API cursors and
the same SQL (`INSERT ... ON CONFLICT` is in SQLite since 3.24), so the writer (`FeedbackLog`), the
`/v1/feedback` route, exports and replay share one code path.

    store = open_store("feedback.sqlite")                       # or "postgresql://user:pw@host/db"
    store.insert_requests([record]); list(store.read_records())
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from typing_extensions import Self

from aligned_core.feedback.schema import HUMAN_COLUMNS, REQUEST_COLUMNS, FeedbackRecord, HumanFeedback

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class FeedbackStoreError(RuntimeError):
    """The database could not be opened, read or written (the backend's own error is the cause)."""


class UnknownRequest(LookupError):
    """No logged request has this id."""


class InvalidFeedback(ValueError):
    """Feedback that does not fit its request (e.g. `preferred_index` beyond its candidates)."""


def is_postgres_dsn(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def safe_target(target: str | Path) -> str:
    """The log's location for messages: a SQLite path as is, a DSN without its password."""
    if is_postgres_dsn(target):
        from aligned_core.feedback.postgres import redact

        return redact(str(target))
    return str(target)


def _insert(table: str, columns: tuple[tuple[str, str], ...], ph: str, on_conflict: str) -> str:
    names = [c for c, _ in columns]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join([ph] * len(names))}) {on_conflict}"


class FeedbackStore(ABC):
    """The feedback log's database. Thread-safe: the writer thread and request threads may share one."""

    placeholder = "?"
    #: What the backend raises; wrapped in FeedbackStoreError at this interface.
    errors: tuple[type[BaseException], ...] = ()

    def __init__(self) -> None:
        ph = self.placeholder
        update = ", ".join(f"{c} = excluded.{c}" for c, _ in REQUEST_COLUMNS[1:])
        # A request id is a fresh UUID, so a conflict only comes from a retried batch: overwrite, identically.
        self._insert_request = _insert("requests", REQUEST_COLUMNS, ph, f"ON CONFLICT (id) DO UPDATE SET {update}")
        self._insert_human = _insert("human_feedback", HUMAN_COLUMNS, ph, "ON CONFLICT (id) DO NOTHING")

    # ---- what a backend supplies -----------------------------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Any]:
        """A cursor inside one transaction: committed when the block ends, rolled back if it raises."""

    @abstractmethod
    def _reading(self) -> AbstractContextManager[Any]:
        """A cursor for a long read that does not hold up writers (SQLite: its own read-only connection)."""

    @abstractmethod
    def has_table(self, name: str) -> bool: ...

    @abstractmethod
    def check_integrity(self) -> str:
        """'ok', or what the database's own checker found."""

    @abstractmethod
    def close(self) -> None: ...

    @property
    @abstractmethod
    def display(self) -> str:
        """Where the store is, safe to log (no password)."""

    # ---- writes ----------------------------------------------------------------------------------------------
    def insert_requests(self, records: Sequence[FeedbackRecord]) -> None:
        """Insert (or identically overwrite) the rows in one transaction: all of them commit, or none."""
        with self._wrap("write"), self._transaction() as cur:
            cur.executemany(self._insert_request, [r.row() for r in records])

    def insert_human(self, rows: Sequence[HumanFeedback]) -> None:
        with self._wrap("write"), self._transaction() as cur:
            cur.executemany(self._insert_human, [r.row() for r in rows])

    # ---- reads -----------------------------------------------------------------------------------------------
    def candidate_count(self, request_id: str) -> int | None:
        """How many candidates the logged request has; None when no request has this id."""
        with self._wrap("read"), self._transaction() as cur:
            cur.execute(f"SELECT candidates FROM requests WHERE id = {self.placeholder}", (request_id,))
            row = cur.fetchone()
        return None if row is None else len(json.loads(row[0]))

    def read_records(self) -> Iterator[FeedbackRecord]:
        """Every committed request, oldest first, decoded."""
        cols = ", ".join(c for c, _ in REQUEST_COLUMNS)
        yield from map(FeedbackRecord.from_row, self._rows(f"SELECT {cols} FROM requests ORDER BY created, id"))

    def read_human(self) -> Iterator[HumanFeedback]:
        """Every human judgement, oldest first (none in a log written before the table existed)."""
        if not self.has_table("human_feedback"):
            return
        cols = ", ".join(c for c, _ in HUMAN_COLUMNS)
        yield from map(HumanFeedback.from_row,
                       self._rows(f"SELECT {cols} FROM human_feedback ORDER BY created, id"))

    def request_ids(self) -> set[str]:
        """The ids of every committed request (what a reader sees right now)."""
        return {row[0] for row in self._rows("SELECT id FROM requests")}

    def _rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        with self._wrap("read"), self._reading() as cur:
            cur.execute(sql)
            yield from cur

    @contextmanager
    def _wrap(self, what: str) -> Iterator[None]:
        """Re-raise the backend's errors as FeedbackStoreError, naming the store."""
        try:
            yield
        except self.errors as exc:
            raise FeedbackStoreError(f"feedback log {self.display}: {what} failed: {exc}") from exc

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_store(target: str | Path, *, create: bool = True) -> FeedbackStore:
    """The store at `target`: a `postgresql://` DSN, or a SQLite file path.

    `create=True` (writers) creates the schema if missing; `create=False` (exports) only reads, and a missing
    SQLite file raises FileNotFoundError. Connection problems raise FeedbackStoreError.
    """
    if is_postgres_dsn(target):
        from aligned_core.feedback.postgres import PostgresStore

        return PostgresStore(str(target), create=create)
    from aligned_core.feedback.sqlite import SQLiteStore

    return SQLiteStore(Path(target), create=create)
