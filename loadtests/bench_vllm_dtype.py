"""Generated tokens per second of offline vLLM on this machine by dtype and worker cores (the README's dtype note).

    python loadtests/bench_vllm_dtype.py                          # 16 prompts x n=8 x 64 tokens, eager
    python loadtests/bench_vllm_dtype.py --prompts 2 --n 2 --max-tokens 8   # a smoke run

Each case runs in its own process (one engine per process; the core binding is read at engine start):
  float32, 1 worker core   vLLM's default binding on CPU (the server's setting)
  bfloat16, 1 worker core  vLLM's dtype="auto" on CPU; emulated where the CPU lacks AVX512-BF16
  float32, all cores       what batch jobs use (`offline_llm_kwargs`)
Every sample is exactly `--max-tokens` long (min_tokens), so the cases differ only in arithmetic. Prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

CASES = [("float32", False), ("bfloat16", False), ("float32", True)]


def run_case(model: str, dtype: str, all_cores: bool, prompts: int, n: int, max_tokens: int) -> dict[str, float]:
    if all_cores:
        from aligned_core.platform import bind_cpu_worker_to_all_cores

        bind_cpu_worker_to_all_cores()
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "4")
    from vllm import LLM, SamplingParams

    llm = LLM(model=model, dtype=dtype, enforce_eager=True, max_model_len=512)
    params = SamplingParams(n=n, temperature=0.8, max_tokens=max_tokens, min_tokens=max_tokens)
    texts = [f"Write a short paragraph about topic number {i}." for i in range(prompts)]
    llm.generate(texts[:1], SamplingParams(max_tokens=4), use_tqdm=False)  # warm-up
    start = time.perf_counter()
    outs = llm.generate(texts, params, use_tqdm=False)
    seconds = time.perf_counter() - start
    tokens = sum(len(c.token_ids) for o in outs for c in o.outputs)
    return {"tokens": tokens, "seconds": seconds, "tok_s": tokens / seconds}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=None, help="checkpoint dir (default: the embedded SmolLM2-135M-Instruct)")
    p.add_argument("--prompts", type=int, default=16)
    p.add_argument("--n", type=int, default=8)
    p.add_argument("--max-tokens", type=int, default=64)
    p.add_argument("--one", nargs=2, metavar=("DTYPE", "ALL_CORES"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.model is None:
        from aligned_core.default_models import default_generator_dir

        args.model = str(default_generator_dir())
    if args.one:
        result = run_case(args.model, args.one[0], args.one[1] == "1", args.prompts, args.n, args.max_tokens)
        print("RESULT " + json.dumps(result), flush=True)
        return 0
    print("| dtype | worker cores | generated tokens | seconds | tok/s |\n|---|---|---|---|---|")
    for dtype, all_cores in CASES:
        cmd = [sys.executable, __file__, "--model", args.model, "--prompts", str(args.prompts), "--n", str(args.n),
               "--max-tokens", str(args.max_tokens), "--one", dtype, "1" if all_cores else "0"]
        out = subprocess.run(cmd, capture_output=True, text=True)
        lines = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")]
        if out.returncode != 0 or not lines:
            print(f"| {dtype} | {'all' if all_cores else 1} | failed (exit {out.returncode}) | | |")
            print(out.stderr[-2000:], file=sys.stderr)
            continue
        r = json.loads(lines[-1].removeprefix("RESULT "))
        cores = len(os.sched_getaffinity(0)) if all_cores else 1
        print(f"| {dtype} | {cores} | {r['tokens']} | {r['seconds']:.1f} | {r['tok_s']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
