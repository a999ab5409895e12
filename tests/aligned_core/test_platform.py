"""Platform helpers (aligned_core.platform): the dtype rule for CPUs, core binding, SIGTERM for batch jobs."""

import pytest

from aligned_core import platform
from aligned_core.platform import resolve_dtype


@pytest.mark.parametrize(
    ("dtype", "is_cpu", "native_bf16", "expected"),
    [
        ("auto", True, False, "float32"),  # emulated bf16 decodes ~5x slower than float32
        ("auto", True, True, "auto"),
        ("auto", False, False, "auto"),  # GPUs keep vLLM's own choice
        ("bfloat16", True, False, "bfloat16"),  # an explicit dtype always wins
        ("float16", False, True, "float16"),
    ],
)
def test_resolve_dtype(monkeypatch: pytest.MonkeyPatch, dtype: str, is_cpu: bool, native_bf16: bool,
                       expected: str) -> None:
    monkeypatch.setattr(platform, "cpu_has_native_bf16", lambda: native_bf16)
    assert resolve_dtype(dtype, is_cpu) == expected


def test_cpu_flags_are_read_from_proc_cpuinfo() -> None:
    try:
        with open("/proc/cpuinfo") as f:
            flags = f.read()
    except OSError:
        pytest.skip("no /proc/cpuinfo")
    assert platform.cpu_has_native_bf16() == ("avx512_bf16" in flags or "amx_bf16" in flags)


def test_bind_cpu_worker_to_all_cores_uses_the_process_affinity(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("VLLM_CPU_OMP_THREADS_BIND", "VLLM_CPU_NUM_OF_RESERVED_CPU", "OMP_NUM_THREADS"):
        monkeypatch.setenv(var, "unset")  # recorded, so the test's values are undone afterwards
        monkeypatch.delenv(var)
    monkeypatch.setattr(platform.os, "sched_getaffinity", lambda pid: {5, 3, 4})
    platform.bind_cpu_worker_to_all_cores()
    env = platform.os.environ
    assert (env["VLLM_CPU_OMP_THREADS_BIND"], env["VLLM_CPU_NUM_OF_RESERVED_CPU"], env["OMP_NUM_THREADS"]) == (
        "3-5", "0", "3")


def test_exit_on_sigterm_runs_exit_handlers(tmp_path) -> None:
    """The mechanism that lets vLLM stop its engine processes: SIGTERM becomes SystemExit, so atexit runs (a
    plain SIGTERM skips it). The real engine case is tests/e2e/test_batch_job_sigterm.py."""
    import signal
    import subprocess
    import sys
    import time

    marker = tmp_path / "exit-handlers-ran"
    script = (
        "import atexit, pathlib, sys, time\n"
        "from aligned_core.platform import exit_on_sigterm\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')\n"
        "exit_on_sigterm() if sys.argv[1] == 'on' else None\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    for mode in ("off", "on"):
        proc = subprocess.Popen([sys.executable, "-c", script, mode], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        assert time.monotonic() - start < 10
        if mode == "off":
            assert code == -signal.SIGTERM and not marker.exists()
        else:
            assert code == 128 + signal.SIGTERM and marker.read_text() == "yes"
