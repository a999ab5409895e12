"""Platform helpers for vLLM and torch on this machine: native bf16 detection, the dtype rule, CPU core binding,
SIGTERM handling for batch jobs and the `vllm.LLM` kwargs batch jobs use. Shared by the server's vLLM engine and
the training side's batch samplers; nothing here imports vLLM at module level.
"""

from __future__ import annotations

import os
import signal
import threading
from typing import Any


def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bf16 natively (AVX512-BF16 or AMX); Linux /proc/cpuinfo, False elsewhere."""
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line.split(":", 1)[1].split() for line in f if line.startswith("flags")), [])
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def resolve_dtype(dtype: str, is_cpu: bool) -> str:
    """vLLM's "auto" picks bfloat16 for a CPU, which without native bf16 decodes ~5x slower than float32
    (loadtests/bench_vllm_dtype.py on an AVX2 EPYC: 26 vs 130 generated tok/s). Keep "auto" for GPUs."""
    if dtype == "auto" and is_cpu and not cpu_has_native_bf16():
        return "float32"
    return dtype


def bind_cpu_worker_to_all_cores() -> None:
    """Make the next vLLM CPU engine of this process run its worker on every core this process may use,
    reserving none (vLLM reads these variables at engine start)."""
    cpus = sorted(os.sched_getaffinity(0))
    os.environ.update(VLLM_CPU_OMP_THREADS_BIND=f"{cpus[0]}-{cpus[-1]}", VLLM_CPU_NUM_OF_RESERVED_CPU="0",
                      OMP_NUM_THREADS=str(len(cpus)))


def exit_on_sigterm() -> None:
    """Make SIGTERM leave this process through SystemExit, so that `finally` blocks and atexit handlers run,
    vLLM's among them: its EngineCore and worker processes then stop with this one. Under Python's default
    handling a SIGTERM'd batch job dies at once and leaves them running, each spinning a core. Batch jobs call
    this before starting an engine; only the main thread can set a handler, elsewhere it does nothing."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _raise_system_exit)


def _raise_system_exit(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


def offline_llm_kwargs() -> dict[str, Any]:
    """Engine arguments for batch jobs (`vllm.LLM`) that fit this machine: on a CPU, the float32 rule of
    `resolve_dtype` and eager mode (torch.compile adds ~2 min of start-up here for ~8% more decode speed)."""
    from vllm.platforms import current_platform

    is_cpu = current_platform.is_cpu()
    if is_cpu and "VLLM_CPU_OMP_THREADS_BIND" not in os.environ:
        # vLLM binds its worker to one core and reserves the rest for itself; a batch job has nothing else to
        # run, so the worker takes every core (bench_vllm_dtype.py: 236 vs 130 generated tok/s on 2 cores).
        # The server keeps vLLM's default, leaving a core to reward scoring.
        bind_cpu_worker_to_all_cores()
    return {"dtype": resolve_dtype("auto", is_cpu), "enforce_eager": is_cpu}
