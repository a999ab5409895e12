"""A SIGTERM'd batch job takes its vLLM engine down with it.

Python's default SIGTERM handling kills the main process at once and leaves vLLM's EngineCore and worker
processes running, each spinning a core until someone finds them (seen on this machine). `exit_on_sigterm`
turns the signal into SystemExit, so vLLM's exit handlers stop them. Real engine, real `aligned-train synth`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil")
pytest.importorskip("vllm")


def _group(pgid: int) -> list[psutil.Process]:
    out = []
    for p in psutil.process_iter():
        try:
            if os.getpgid(p.pid) == pgid and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except (ProcessLookupError, psutil.Error):
            pass
    return out


def _wait_for(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_sigterm_stops_synth_and_its_vllm_engine(tmp_path: Path):
    from aligned_core.default_models import default_generator_dir
    from training.data import bundle as bd
    from training.tasks.instructions.splits import main as write_splits

    out = tmp_path / "bundle"
    assert write_splits(["--out", str(out), "--train", "64", "--validation", "1", "--test-topics", "1",
                         "--test-phrasings", "1", "--test-families", "1"]) == 0
    cmd = [sys.executable, "-m", "training.data.synth", "--model", str(default_generator_dir()), "--bundle",
           str(out), "--splits", "train", "--k-train", "8", "--max-tokens", "96", "--engine", "vllm"]
    env = dict(os.environ, VLLM_CPU_KVCACHE_SPACE="1")
    log = open(tmp_path / "synth.log", "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        def engine_worker_up() -> bool:
            return any("Worker" in p.name() for p in _group(proc.pid) if p.pid != proc.pid)

        assert _wait_for(engine_worker_up, 600), (tmp_path / "synth.log").read_text()[-3000:]
        time.sleep(3)  # into loading / generating
        assert proc.poll() is None, "synth finished before it could be interrupted"

        proc.send_signal(signal.SIGTERM)  # the main process only, as `kill PID` or a job scheduler would
        assert proc.wait(timeout=120) == 128 + signal.SIGTERM
        assert _wait_for(lambda: not _group(proc.pid), 60), [p.name() for p in _group(proc.pid)]
        assert not bd.shard_paths(out, "train")  # nothing half-written claims to be complete
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        log.close()
