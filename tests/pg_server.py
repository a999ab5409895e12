"""A real PostgreSQL server for the tests: initdb + pg_ctl on a temporary directory and a free port.

Debian's `postgresql` package provides the binaries (`apt-get install -y postgresql`; .ci/run installs it).
PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (via runuser). Tests that
need it skip, saying why, only when the binaries (or, as root, that user) are missing.

    def test_x(postgres_dsn: str): ...   # a fresh, empty schema on the session's server
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = "apt-get update && apt-get install -y postgresql"


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def dsn(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<major>/bin with initdb and pg_ctl, or $PG_BINDIR."""
    candidates = [os.environ["PG_BINDIR"]] if os.environ.get("PG_BINDIR") else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    for cand in candidates:
        if (Path(cand) / "initdb").is_file() and (Path(cand) / "pg_ctl").is_file():
            return Path(cand)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _runner() -> list[str]:
    """How to run a command as a non-root user: directly, or as root through `runuser -u postgres --`."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL as "
                    f"(Debian's package creates it: {INSTALL_HINT})")
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(f"PostgreSQL server binaries (initdb, pg_ctl) not found; install them: {INSTALL_HINT}")
    run_as = _runner()
    root = Path(tempfile.mkdtemp(prefix="aligned-pg-"))
    if run_as:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()

    def run(*cmd: str) -> None:
        # cwd: the server user may not be allowed into ours
        proc = subprocess.run([*run_as, *cmd], cwd=root, capture_output=True, text=True, timeout=120,
                              check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")

    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c max_connections=200"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "server.log"), "-w", "-t", "60",
        "start")
    try:
        yield PostgresServer(host="127.0.0.1", port=port, user="postgres")
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_dsn(postgres_server: PostgresServer) -> Iterator[str]:
    """A DSN whose tables land in a new, empty schema (its search_path), dropped after the test. A schema per
    test, not a database: CREATE DATABASE costs ~1 s, CREATE SCHEMA milliseconds."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{postgres_server.dsn()}?options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
