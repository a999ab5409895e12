"""The PostgreSQL backend: one database that every replica writes to (`--feedback-db postgresql://...`).

psycopg 3 with a psycopg_pool connection pool. Each batch from the writer thread is one transaction of
`executemany` (psycopg pipelines it: one round trip per batch, not per row). Schema creation is idempotent and
safe when many replicas start at once: it runs under a transaction-scoped advisory lock.

    psql "$ALIGNED_SERVE_FEEDBACK_DB" -c 'select id, strategy, chosen_index from requests limit 5'
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool

from aligned_core.feedback.base import FeedbackStore, FeedbackStoreError
from aligned_core.feedback.schema import ddl

# pg_advisory_xact_lock key that serialises schema creation across replicas ("aligned" in ASCII).
SCHEMA_LOCK = 0x616C69676E6564
# The writer thread holds one connection per batch; /v1/feedback requests and exports use the others.
POOL_MAX_SIZE = 4
CONNECT_TIMEOUT_S = 30.0  # start-up fails after this when the database is unreachable
INDEXES = ("requests_pkey", "requests_created", "human_feedback_pkey", "human_feedback_request")


def redact(dsn: str) -> str:
    """`postgresql://user@host:port/db`: the DSN without its password (for logs and errors)."""
    try:
        d = conninfo_to_dict(dsn)
    except psycopg.Error:
        return "postgresql://<unparsable DSN>"
    user = f"{d['user']}@" if d.get("user") else ""
    port = f":{d['port']}" if d.get("port") else ""
    return f"postgresql://{user}{d.get('host', '')}{port}/{d.get('dbname', '')}"


class PostgresStore(FeedbackStore):
    placeholder = "%s"
    errors = (psycopg.Error,)  # psycopg_pool.PoolTimeout is a psycopg.OperationalError

    def __init__(self, dsn: str, *, create: bool = True, max_size: int = POOL_MAX_SIZE,
                 connect_timeout_s: float = CONNECT_TIMEOUT_S) -> None:
        super().__init__()
        self._display = redact(dsn)
        self._pool = ConnectionPool(
            dsn, min_size=1, max_size=max_size, open=False, name="aligned-serve-feedback",
            timeout=connect_timeout_s, check=ConnectionPool.check_connection,  # drop connections a restart broke
            kwargs={"application_name": "aligned-serve", "connect_timeout": int(connect_timeout_s)},
        )
        try:
            with self._wrap("connect"):
                # One direct connection first: it fails at once, with the server's reason (no such database,
                # bad password), where the pool would retry quietly until its timeout.
                psycopg.connect(dsn, connect_timeout=int(connect_timeout_s)).close()
                self._pool.open(wait=True, timeout=connect_timeout_s)
            if create:
                self.create_schema()
        except FeedbackStoreError:
            self._pool.close()
            raise

    @property
    def display(self) -> str:
        return self._display

    def create_schema(self) -> None:
        """CREATE ... IF NOT EXISTS under an advisory lock: concurrent first starts do not race on the catalog."""
        with self._wrap("schema creation"), self._transaction() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            for statement in ddl("postgresql"):
                cur.execute(statement)

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Cursor[Any]]:
        with self._pool.connection() as conn, conn.cursor() as cur:  # commits when the block ends cleanly
            yield cur

    @contextmanager
    def _reading(self) -> Iterator[psycopg.Cursor[Any]]:
        # A server-side cursor streams the rows (itersize at a time) instead of loading the table at once.
        with self._pool.connection() as conn, conn.cursor(name="aligned_serve_read") as cur:
            yield cur

    def has_table(self, name: str) -> bool:
        with self._wrap("read"), self._transaction() as cur:
            cur.execute("SELECT to_regclass(%s) IS NOT NULL", (name,))
            row = cur.fetchone()
        return bool(row and row[0])

    def check_integrity(self) -> str:
        """amcheck's `bt_index_check(index, heapallindexed => true)` on every index of the log: each B-tree is
        consistent and indexes every row of its table. Needs the amcheck extension (contrib; creating it needs
        the right privileges): without it the answer says why, and is not 'ok'."""
        try:
            with self._transaction() as cur:
                cur.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
        except psycopg.Error as exc:
            return f"not checked: amcheck unavailable ({exc})".strip()
        try:
            with self._transaction() as cur:
                for index in INDEXES:
                    cur.execute("SELECT bt_index_check(%s::regclass, true)", (index,))
        except psycopg.Error as exc:  # amcheck reports corruption as an error naming the index
            return str(exc).strip()
        return "ok"

    def close(self) -> None:
        self._pool.close()
