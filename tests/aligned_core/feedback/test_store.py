"""The feedback store on both backends: SQLite (a temp file) and PostgreSQL (a real server, tests/pg_server.py).

Round trips, idempotent schema creation, human feedback checks, two writers at once, and recovery from a
dropped PostgreSQL connection.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import psycopg
import pytest

from aligned_core.feedback import (
    FeedbackLog,
    FeedbackRecord,
    FeedbackStoreError,
    HumanFeedback,
    InvalidFeedback,
    UnknownRequest,
    open_store,
    read_human,
    read_records,
)
from aligned_core.feedback.postgres import PostgresStore, redact

CHAT = [{"role": "user", "content": "Say hi."}]


def record(rid: str, n: int = 3, created: float = 1_700_000_000.123456) -> FeedbackRecord:
    return FeedbackRecord(
        id=rid, endpoint="chat", generator_model="g", reward_model="rm", reward_model_version="1",
        strategy="best_of_n", prompt=CHAT, sampling={"temperature": 0.7, "stop": ["\n"]},
        alignment={"strategy": "best_of_n", "n": n},
        candidates=[{"index": i, "text": f"answer {i} é", "reward": i / 10, "finish_reason": "stop",
                     "num_tokens": 2} for i in range(n)],
        chosen_indices=[n - 1], accepted=True, prompt_tokens=3, completion_tokens=2 * n, created=created,
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "log" / "feedback.sqlite")
    return request.getfixturevalue("postgres_dsn")


def test_round_trip_of_requests_and_human_feedback(target: str) -> None:
    log = FeedbackLog(target)
    recs = [record("req-b", created=2.5), record("req-a", n=1, created=1.25), record("req-c", created=2.5)]
    for r in recs:
        log.log(r)
    assert log.flush() and (log.written, log.dropped) == (3, 0)
    fb = [HumanFeedback(id="fb-1", request_id="req-b", rating=-1.0, created=3.0),
          HumanFeedback(id="fb-2", request_id="req-b", rating=0.75, preferred_index=2, comment="better", created=4.0)]
    for f in fb:
        log.attach(f)
    log.close()
    # oldest first, ties by id; every field (floats, JSON, unicode, booleans) comes back identical
    assert list(read_records(target)) == [recs[1], recs[0], recs[2]]
    assert list(read_human(target)) == fb


def test_schema_creation_is_idempotent_and_concurrent_safe(target: str) -> None:
    errors: list[BaseException] = []

    def open_close() -> None:
        try:
            open_store(target).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_close) for _ in range(4)]  # four replicas starting at once
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(target) as store:
        assert store.has_table("requests") and store.has_table("human_feedback")
        assert not store.has_table("no_such_table")
        assert store.check_integrity() == "ok"


def test_attach_checks_the_request_and_the_candidate_index(target: str) -> None:
    log = FeedbackLog(target)
    log.log(record("req-x", n=2))
    # no flush: attach waits for this replica's queued row before it answers "unknown"
    log.attach(HumanFeedback(id="fb-ok", request_id="req-x", rating=1.0, preferred_index=1))
    with pytest.raises(UnknownRequest):
        log.attach(HumanFeedback(id="fb-2", request_id="req-nope", rating=1.0))
    with pytest.raises(InvalidFeedback, match="2 candidate"):
        log.attach(HumanFeedback(id="fb-3", request_id="req-x", rating=1.0, preferred_index=2))
    log.close()
    assert [h.id for h in read_human(target)] == ["fb-ok"]


def test_two_writers_at_once_lose_no_row(target: str) -> None:
    """Two FeedbackLogs (two replicas) write interleaved batches to one database at the same time."""
    logs = [FeedbackLog(target, batch_size=16), FeedbackLog(target, batch_size=16)]
    per_writer = 300

    def produce(k: int) -> None:
        for i in range(per_writer):
            logs[k].log(record(f"req-{k}-{i}", n=2, created=float(i)))

    threads = [threading.Thread(target=produce, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for log in logs:
        assert log.flush(timeout=60)
        log.close()
    assert [(log.written, log.dropped) for log in logs] == [(per_writer, 0), (per_writer, 0)]
    with open_store(target, create=False) as store:
        assert store.request_ids() == {f"req-{k}-{i}" for k in range(2) for i in range(per_writer)}
        assert store.check_integrity() == "ok"


def test_old_sqlite_log_without_human_table_reads_and_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE requests (id TEXT PRIMARY KEY, created REAL NOT NULL)")  # a schema-1 log
    conn.close()
    assert list(read_human(path)) == []  # read-only open: no table, no rows, no error
    open_store(path).close()  # a writer adds the new table
    with open_store(path, create=False) as store:
        assert store.has_table("human_feedback")
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (2,)


def test_missing_sqlite_and_unreachable_postgres_fail_clearly(tmp_path: Path, postgres_server) -> None:
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "absent.sqlite", create=False)
    closed_port = postgres_server.port + 1 if postgres_server.port < 65535 else 1
    with pytest.raises(FeedbackStoreError, match="postgresql://u@127.0.0.1"):
        PostgresStore(f"postgresql://u:secret@127.0.0.1:{closed_port}/x", connect_timeout_s=2)
    assert redact("postgresql://u:secret@db:5432/aligned") == "postgresql://u@db:5432/aligned"


def test_writer_survives_a_dropped_postgres_connection(postgres_dsn: str) -> None:
    """The database closes the writer's connections (a failover, an idle timeout): the pool reconnects and
    the next batches still commit; nothing is dropped."""
    log = FeedbackLog(postgres_dsn, retry_backoff_s=0.05)
    log.log(record("req-before"))
    assert log.flush()
    with psycopg.connect(postgres_dsn, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'aligned-serve' AND datname = current_database()) t"
        ).fetchone()
    assert killed is not None and killed[0] >= 1
    for i in range(5):
        log.log(record(f"req-after-{i}"))
    assert log.flush(timeout=30)
    log.close()
    assert (log.written, log.dropped) == (6, 0)
    assert {r.id for r in read_records(postgres_dsn)} == {"req-before", *(f"req-after-{i}" for i in range(5))}
