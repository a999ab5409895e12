"""Prove that `kill -9` under load loses no committed feedback row and corrupts nothing, on SQLite or PostgreSQL,
with one server or several writing to one log.

    python loadtests/kill9_feedback.py                               # transformers engine, embedded SmolLM2
    python loadtests/kill9_feedback.py --model DIR --requests 120 --kill-after 30
    python loadtests/kill9_feedback.py --engine vllm --reward-model default
    python loadtests/kill9_feedback.py --feedback-db postgresql://user:pw@host/db --servers 2

What it does:
1. starts `--servers` `aligned-serve serve` subprocesses on one feedback log: a fresh SQLite file in the work
   dir, or the `--feedback-db` PostgreSQL database (rows already there are left out of every count); the
   default reward model is a cheap length rule, since the proof is about the log, not the scores;
2. drives each server with `loadtests/load.py`'s `run_load` (non-streaming aligned requests: each response's
   `id` names its feedback row);
3. after `--kill-after` 200 responses in all, records what had been committed: the row ids a separate reader
   sees, and the servers' own `aligned_serve_feedback_rows_written` from `/metrics`; then sends SIGKILL to
   every server at once while requests are still in flight;
4. opens the log: the database's integrity check must say `ok` (SQLite `PRAGMA integrity_check`; PostgreSQL
   amcheck on every index); every row must decode with `aligned_core.feedback.read_records` and be well
   formed; no row seen committed before the kill may be missing; every 200 response whose row was committed
   must match its row (the chosen candidate's text); the log must accept new rows afterwards (reopened with
   `FeedbackLog`).
The servers commit asynchronously (a writer thread, within milliseconds of the response), so a 200 sent in
the last moment before the kill may have no row yet: it is counted and reported, not a failure; so are
non-200 answers (429s, client timeouts), which write no row. Prints a table; exits 0 when every check passes.
"""

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx

if __package__ in (None, ""):  # run as a script: make `loadtests.*` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aligned_core.feedback import (
    FeedbackLog,
    FeedbackRecord,
    FeedbackStore,
    is_postgres_dsn,
    open_store,
    read_records,
    safe_target,
)
from loadtests.load import LoadConfig, RequestResult, run_load  # noqa: E402
from loadtests.scenarios import MIXES, SCENARIOS  # noqa: E402

# Scenarios whose response id maps to a feedback row (streamed chat chunks carry an id of their own).
ROW_SCENARIOS = tuple(n for n, s in SCENARIOS.items() if not s.stream) + tuple(
    n for n, m in MIXES.items() if not any(SCENARIOS[k].stream for k in m.weights)
)
ROWS_METRIC = "aligned_serve_feedback_rows_written"
DEFAULT_RULE = "rule:length?target=10&tolerance=5"


@dataclass(frozen=True)
class Kill9Config:
    engine: str = "transformers"
    model: str | None = None  # None: the embedded default generator
    # A cheap rule that accepts some answers (so rejection rounds end early); None: the server's trained RM.
    reward_model: str | None = DEFAULT_RULE
    scenario: str = "aligned"
    concurrency: int = 4
    requests: int = 200
    duration_s: float = 900.0
    kill_after: int = 30  # 200 responses before the kill
    max_tokens: int = 16
    request_timeout_s: float = 600.0  # a client timeout is not what this test is about: be generous
    workdir: Path | None = None  # where the log and server.log go (default: a fresh temp dir)
    start_timeout_s: float = 900.0
    server_args: tuple[str, ...] = ()
    feedback_db: str | None = None  # None: a fresh SQLite file in workdir; or a postgresql:// DSN
    servers: int = 1  # servers writing to the one log, each driven with `concurrency` workers

    def __post_init__(self) -> None:
        if self.feedback_db is not None and not is_postgres_dsn(self.feedback_db):
            raise ValueError("feedback_db must be a postgresql:// DSN (the SQLite log is made fresh in workdir)")
        if self.servers < 1:
            raise ValueError("servers must be >= 1")
        if self.scenario not in ROW_SCENARIOS:
            raise ValueError(f"scenario must be one of {', '.join(ROW_SCENARIOS)} (non-streaming)")
        if not 1 <= self.kill_after < self.requests:
            raise ValueError("kill_after must be >= 1 and below requests, so the kill lands mid-load")
        if self.concurrency < 2:
            raise ValueError("concurrency must be >= 2 so requests are in flight at the kill")


@dataclass
class Kill9Report:
    exit_codes: list[int | None] = field(default_factory=list)  # one per server
    sent: int = 0
    ok_before_kill: int = 0
    errors_before_kill: dict[str, int] = field(default_factory=dict)  # status (or exception) -> count
    in_flight_at_kill: int = 0
    seen_committed_before_kill: int = 0  # row ids a reader saw just before the kill
    metric_rows_before_kill: int = 0  # the servers' own count of committed rows, just before the kill
    integrity: str = ""
    rows_after: int = 0
    malformed_rows: list[str] = field(default_factory=list)
    lost_committed: list[str] = field(default_factory=list)
    ok_committed: int = 0
    ok_not_committed: int = 0  # 200s whose row the writer had not committed yet at the kill
    mismatched: list[str] = field(default_factory=list)
    rows_without_response: int = 0  # requests in flight at the kill whose row made it
    reopen_appends: bool = False
    kill_s: float = 0.0  # seconds from the start of load to the kill
    workdir: str = ""  # the log and server.log stay here for inspection

    @property
    def checks(self) -> dict[str, bool]:
        return {
            "every server died of SIGKILL": bool(self.exit_codes)
            and all(c == -signal.SIGKILL for c in self.exit_codes),
            "killed mid-load (requests in flight)": self.in_flight_at_kill > 0,
            "database integrity check = ok": self.integrity == "ok",
            "every row decodes and is well formed": not self.malformed_rows,
            "no row committed before the kill is lost": not self.lost_committed,
            "rows after ≥ servers' committed count": self.rows_after >= self.metric_rows_before_kill,
            "committed 200s match their rows": not self.mismatched,
            "log accepts new rows after the crash": self.reopen_appends,
        }

    @property
    def passed(self) -> bool:
        return all(self.checks.values())

    def markdown(self) -> str:
        facts = [
            ("requests sent / 200 before the kill", f"{self.sent} / {self.ok_before_kill}"),
            ("other answers before the kill",
             ", ".join(f"{k}×{v}" for k, v in self.errors_before_kill.items()) or "none"),
            ("kill -9 after (s) / requests in flight", f"{self.kill_s:.1f} / {self.in_flight_at_kill}"),
            ("rows a reader saw committed before the kill", self.seen_committed_before_kill),
            ("servers killed / exit codes", f"{len(self.exit_codes)} / {self.exit_codes}"),
            (f"servers' `{ROWS_METRIC}` before the kill", self.metric_rows_before_kill),
            ("rows after the kill", self.rows_after),
            ("lost committed rows", len(self.lost_committed)),
            ("database integrity check", self.integrity),
            ("malformed rows", len(self.malformed_rows)),
            ("200s with their row committed (content identical)",
             f"{self.ok_committed} ({self.ok_committed - len(self.mismatched)})"),
            ("200s not yet committed at the kill", self.ok_not_committed),
            ("rows of in-flight requests (no response received)", self.rows_without_response),
        ]
        lines = ["| measure | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in facts)]
        lines += ["", "| check | result |", "|---|---|"]
        lines += [f"| {k} | {'PASS' if v else 'FAIL'} |" for k, v in self.checks.items()]
        lines.append(f"| **verdict** | **{'PASS' if self.passed else 'FAIL'}** |")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- server

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_server(cfg: Kill9Config, db: str, port: int, log: IO[str]) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "aligned_serve.cli", "serve", "--engine", cfg.engine, "--port", str(port),
           "--feedback-db", db, "--default-max-tokens", str(cfg.max_tokens), *cfg.server_args]
    if cfg.model is not None:
        cmd += ["--model", cfg.model]
    if cfg.reward_model is not None:
        cmd += ["--reward-model", cfg.reward_model]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)


def wait_healthy(cfg: Kill9Config, proc: subprocess.Popen, port: int, log_name: str) -> None:
    deadline = time.monotonic() + cfg.start_timeout_s
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before it was healthy (see {log_name})")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server not healthy after {cfg.start_timeout_s:.0f} s (see {log_name})")
        time.sleep(0.5)


def stop_group(proc: subprocess.Popen) -> None:
    """SIGKILL what is left of the process group we started (engine workers), then reap the server."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=60)


# ---------------------------------------------------------------------------------------------- observation


def rows_metric(text: str) -> int:
    for line in text.splitlines():
        if line.startswith(ROWS_METRIC + " "):
            return int(float(line.split()[1]))
    raise ValueError(f"{ROWS_METRIC} not in /metrics")


def row_id(response_id: str) -> str:
    """`chatcmpl-<hex>` / `cmpl-<hex>` (the response) -> `req-<hex>` (its feedback row)."""
    return "req-" + response_id.split("-", 1)[1]


def malformed(rec: FeedbackRecord) -> str | None:
    """Why a decoded row is not a well-formed aligned request, or None."""
    if not rec.candidates or not isinstance(rec.prompt, list | str):
        return "no candidates or bad prompt"
    if not rec.chosen_indices or not all(0 <= i < len(rec.candidates) for i in rec.chosen_indices):
        return f"chosen_indices {rec.chosen_indices} out of range"
    if any(not isinstance(c.get("text"), str) for c in rec.candidates):
        return "candidate without text"
    if rec.completion_tokens < 0 or rec.prompt_tokens < 0:
        return "negative token counts"
    return None


# ---------------------------------------------------------------------------------------------- the run


async def _load_and_kill(cfg: Kill9Config, bases: list[str], reader: FeedbackStore, procs: list[subprocess.Popen],
                         report: Kill9Report) -> tuple[list[RequestResult], float, set[str]]:
    trigger, stop = asyncio.Event(), asyncio.Event()
    ok_count = 0

    def on_result(res: RequestResult) -> None:
        nonlocal ok_count
        ok_count += res.ok
        if ok_count >= cfg.kill_after:
            trigger.set()

    loads = [asyncio.create_task(run_load(LoadConfig(
        url=base, scenario=cfg.scenario, concurrency=cfg.concurrency, requests=cfg.requests,
        duration_s=cfg.duration_s, max_tokens=cfg.max_tokens, timeout_s=cfg.request_timeout_s,
    ), on_result=on_result, stop=stop)) for base in bases]
    started = time.monotonic()
    triggered = asyncio.create_task(trigger.wait())
    all_loads = asyncio.gather(*loads)
    await asyncio.wait({all_loads, triggered}, return_when=asyncio.FIRST_COMPLETED)
    triggered.cancel()
    if not trigger.is_set():
        failed = [r.error_key for run in all_loads.result() for r in run.results if not r.ok]
        raise RuntimeError(f"load ended before {cfg.kill_after} responses were 200: {failed[:10]}")
    async with httpx.AsyncClient(timeout=30) as client:
        texts = [(await client.get(f"{base}/metrics")).text for base in bases]
    report.metric_rows_before_kill = sum(rows_metric(t) for t in texts)
    # From here to the kill nothing awaits: no response is processed in between, so "received before the
    # kill" is exactly "finished_at < kill_at".
    seen = reader.request_ids()
    for proc in procs:
        os.kill(proc.pid, signal.SIGKILL)
    kill_at = time.monotonic()
    stop.set()
    report.kill_s = kill_at - started
    runs = await all_loads
    return [r for run in runs for r in run.results], kill_at, seen


def run_kill9(cfg: Kill9Config) -> Kill9Report:
    workdir = cfg.workdir or Path(tempfile.mkdtemp(prefix="kill9-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = cfg.feedback_db or str(workdir / "feedback.sqlite")
    report = Kill9Report(workdir=str(workdir))
    if cfg.feedback_db is None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    open_store(db).close()  # create the schema, so the servers start on an existing log
    reader = open_store(db, create=False)
    before_run = reader.request_ids()  # PostgreSQL: rows from earlier runs take no part in the checks
    ports = [free_port() for _ in range(cfg.servers)]
    procs: list[subprocess.Popen] = []
    logs = [workdir / (f"server-{k}.log" if cfg.servers > 1 else "server.log") for k in range(cfg.servers)]
    try:
        for port, name in zip(ports, logs):  # start them all, then wait: they load their models in parallel
            with open(name, "w") as log:
                procs.append(launch_server(cfg, db, port, log))
        for proc, port, name in zip(procs, ports, logs):
            wait_healthy(cfg, proc, port, str(name))
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        results, kill_at, seen = asyncio.run(_load_and_kill(cfg, bases, reader, procs, report))
    finally:
        if report.kill_s:  # we sent SIGKILL: record how the servers died
            report.exit_codes = [proc.wait(timeout=60) for proc in procs]
        for proc in procs:
            stop_group(proc)  # whatever is left in the groups we started (vLLM engine workers)
        reader.close()
    _check_rows(report, db, results, kill_at, seen - before_run, before_run)
    return report


def _check_rows(report: Kill9Report, db: str, results: list[RequestResult], kill_at: float, seen: set[str],
                before_run: set[str]) -> None:
    before = [r for r in results if r.finished_at < kill_at]
    ok = {row_id(r.response_id): r for r in before if r.ok and r.response_id}
    report.sent = len(results)
    report.ok_before_kill = len(ok)
    report.errors_before_kill = dict(sorted(Counter(r.error_key for r in before if not r.ok).items()))
    report.in_flight_at_kill = len(results) - len(before)
    report.seen_committed_before_kill = len(seen)

    # SQLite: a plain read-write open, as the next server start would do: it replays the WAL if needed.
    with open_store(db, create=False) as store:
        report.integrity = store.check_integrity()
    records: dict[str, FeedbackRecord] = {}
    try:
        for rec in read_records(db):
            if rec.id in before_run:
                continue
            if rec.id in records:
                report.malformed_rows.append(f"{rec.id}: duplicate id")
            records[rec.id] = rec
            if (why := malformed(rec)) is not None:
                report.malformed_rows.append(f"{rec.id}: {why}")
    except Exception as exc:  # a row that does not decode: corruption
        report.malformed_rows.append(f"read_records failed: {type(exc).__name__}: {exc}")
    report.rows_after = len(records)
    report.lost_committed = sorted(seen - records.keys())
    for rid, res in ok.items():
        rec = records.get(rid)
        if rec is None:
            report.ok_not_committed += 1
            continue
        report.ok_committed += 1
        if rec.candidates[rec.chosen_indices[0]]["text"] != res.text:
            report.mismatched.append(rid)
    report.rows_without_response = len(records.keys() - ok.keys())
    report.reopen_appends = _reopen_appends(db, len(records) + len(before_run))


def _reopen_appends(db: str, rows: int) -> bool:
    """The crashed log opens with `FeedbackLog` and commits a new row (what a restarted server does)."""
    log = FeedbackLog(db)
    log.log(FeedbackRecord(id=f"req-after-kill9-{uuid.uuid4().hex}", endpoint="chat", generator_model="check",
                           reward_model=None, reward_model_version=None, strategy="none",
                           prompt="after the crash", sampling={}, alignment={},
                           candidates=[{"index": 0, "text": "ok"}], chosen_indices=[0], accepted=True,
                           prompt_tokens=1, completion_tokens=1))
    flushed = log.flush(timeout=30)
    log.close()
    return flushed and log.written == 1 and sum(1 for _ in read_records(db)) == rows + 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", default="transformers", choices=["transformers", "vllm", "remote"])
    ap.add_argument("--model", default=None, help="generator checkpoint dir (default: the embedded SmolLM2)")
    ap.add_argument("--reward-model", default=DEFAULT_RULE,
                    help="a checkpoint dir or rule spec; 'default' uses the server's trained default")
    ap.add_argument("--scenario", default="aligned", choices=ROW_SCENARIOS)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--duration", type=float, default=900.0)
    ap.add_argument("--kill-after", type=int, default=30, help="200 responses before the kill")
    ap.add_argument("--max-tokens", type=int, default=16)
    ap.add_argument("--request-timeout", type=float, default=600.0, help="client timeout per request (s)")
    ap.add_argument("--workdir", type=Path, default=None, help="keep the log and server.log here")
    ap.add_argument("--start-timeout", type=float, default=900.0)
    ap.add_argument("--server-args", default="", help="extra `aligned-serve serve` flags, space separated")
    ap.add_argument("--feedback-db", default=None, metavar="DSN",
                    help="a postgresql:// database for the log (default: a fresh SQLite file in the work dir)")
    ap.add_argument("--servers", type=int, default=1, help="servers writing to the one log, all killed at once")
    args = ap.parse_args(argv)
    try:
        cfg = Kill9Config(
            engine=args.engine, model=args.model,
            reward_model=None if args.reward_model == "default" else args.reward_model,
            scenario=args.scenario, concurrency=args.concurrency, requests=args.requests,
            duration_s=args.duration, kill_after=args.kill_after, max_tokens=args.max_tokens,
            request_timeout_s=args.request_timeout, workdir=args.workdir, start_timeout_s=args.start_timeout,
            server_args=tuple(args.server_args.split()), feedback_db=args.feedback_db, servers=args.servers,
        )
    except ValueError as exc:
        ap.error(str(exc))
    report = run_kill9(cfg)
    print(f"\nkill -9 under load: engine {cfg.engine}, scenario {cfg.scenario}, {cfg.servers} server(s) x "
          f"concurrency {cfg.concurrency}, log {safe_target(cfg.feedback_db or 'SQLite')}\n")
    print(report.markdown())
    print(f"\nlog and server output kept in {report.workdir}")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
