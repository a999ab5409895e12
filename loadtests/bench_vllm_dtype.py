"""Generated tokens per second of offline vLLM on this machine by dtype and worker cores (the README's dtype note).

    python loadtests/bench_vllm_dtype.py                          # 16 prompts x n=8 x 64 tokens, eager
    python loadtests/bench_vllm_dtype.py --prompts 2 --n 2 --max-tokens 8   # a smoke run

    python loadtests/bench_vllm_dtype.py --cases float32-1-eager,float32-1-compiled   # torch.compile's price

Each case runs in its own process (one engine per process; the core binding is read at engine start):
  float32-1-eager      vLLM's default binding on CPU (the server's), eager
  float32-1-compiled   the same with torch.compile: "start s" shows the warm-up compile a fresh machine pays
  bfloat16-1-eager     vLLM's dtype="auto" on CPU; emulated where the CPU lacks AVX512-BF16
  float32-all-eager    what batch jobs use (`offline_llm_kwargs`)
Every sample is exactly `--max-tokens` long (min_tokens), so the cases differ only in arithmetic. Prints a table
(start s: the engine's construction, compile included, on a compile cache this machine may already hold).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

CASES = ["float32-1-eager", "float32-1-compiled", "bfloat16-1-eager", "float32-all-eager"]


def parse_case(case: str) -> tuple[str, bool, str]:
    """'float32-all-eager' -> (dtype, all worker cores?, mode)."""
    dtype, cores, mode = case.split("-")
    return dtype, cores == "all", mode


def run_case(model: str, case: str, prompts: int, n: int, max_tokens: int) -> dict[str, float]:
    dtype, all_cores, mode = parse_case(case)
    if all_cores:
        from aligned_core.platform import bind_cpu_worker_to_all_cores

        bind_cpu_worker_to_all_cores()
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "4")
    from vllm import LLM, SamplingParams

    started = time.perf_counter()
    llm = LLM(model=model, dtype=dtype, enforce_eager=mode == "eager", max_model_len=512)
    start_s = time.perf_counter() - started
    params = SamplingParams(n=n, temperature=0.8, max_tokens=max_tokens, min_tokens=max_tokens)
    texts = [f"Write a short paragraph about topic number {i}." for i in range(prompts)]
    llm.generate(texts[:1], SamplingParams(max_tokens=4), use_tqdm=False)  # warm-up
    start = time.perf_counter()
    outs = llm.generate(texts, params, use_tqdm=False)
    seconds = time.perf_counter() - start
    tokens = sum(len(c.token_ids) for o in outs for c in o.outputs)
    return {"tokens": tokens, "seconds": seconds, "tok_s": tokens / seconds, "start_s": start_s}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=None, help="checkpoint dir (default: the embedded SmolLM2-135M-Instruct)")
    p.add_argument("--prompts", type=int, default=16)
    p.add_argument("--n", type=int, default=8)
    p.add_argument("--max-tokens", type=int, default=64)
    p.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of {', '.join(CASES)}")
    p.add_argument("--one", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.model is None:
        from aligned_core.default_models import default_generator_dir

        args.model = str(default_generator_dir())
    if args.one:
        result = run_case(args.model, args.one, args.prompts, args.n, args.max_tokens)
        print("RESULT " + json.dumps(result), flush=True)
        return 0
    cases = args.cases.split(",")
    if unknown := set(cases) - set(CASES):
        p.error(f"unknown cases {sorted(unknown)}; known: {', '.join(CASES)}")
    print("| dtype | worker cores | mode | start s | generated tokens | seconds | tok/s |")
    print("|---|---|---|---|---|---|---|")
    for case in cases:
        dtype, all_cores, mode = parse_case(case)
        cmd = [sys.executable, __file__, "--model", args.model, "--prompts", str(args.prompts), "--n", str(args.n),
               "--max-tokens", str(args.max_tokens), "--one", case]
        out = subprocess.run(cmd, capture_output=True, text=True)
        lines = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")]
        if out.returncode != 0 or not lines:
            print(f"| {dtype} | {'all' if all_cores else 1} | {mode} | failed (exit {out.returncode}) | | | |")
            print(out.stderr[-2000:], file=sys.stderr)
            continue
        r = json.loads(lines[-1].removeprefix("RESULT "))
        cores = len(os.sched_getaffinity(0)) if all_cores else 1
        row = [dtype, cores, mode, f"{r['start_s']:.0f}", r["tokens"], f"{r['seconds']:.1f}", f"{r['tok_s']:.1f}"]
        print("| " + " | ".join(map(str, row)) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
