"""Latency of best-of-8 (scoring included) against n=1, end to end through the HTTP server.

    python loadtests/bench_best_of_n.py                      # starts a server on the embedded default
    python loadtests/bench_best_of_n.py --server URL         # or measures a running one

Each round sends the same prompt three ways, interleaved so machine noise hits all of them alike:
  n=1          strategy none, one sample
  vllm n=8     strategy none, 8 choices: vLLM's own cost of 8 samples, no scoring
  best-of-8    strategy best_of_n, n=8, scored by the default reward model
Every sample is exactly `max_tokens` (64) new tokens long (`min_tokens` = `max_tokens`, so EOS cannot end one
early and the cases differ only in what they compute). Ratios are of medians measured in this one run.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time

import httpx

PROMPTS = [
    "Write a short paragraph about the ocean. Do not use any commas.",
    "Explain how vaccines work to a child in fewer than 60 words.",
    "Give three tips for a day at a bakery, as bullet points.",
    "Describe autumn in all lowercase letters.",
]
CASES = {
    "n=1": {"n": 1, "alignment": {"strategy": "none", "log": False}},
    "vllm n=8 (no scoring)": {"n": 8, "alignment": {"strategy": "none", "log": False}},
    "best-of-8 (scored)": {"n": 1, "alignment": {"strategy": "best_of_n", "n": 8, "log": False}},
}


def start_server(port: int, extra: list[str]) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "aligned_serve.cli", "serve", "--port", str(port), "--feedback-db", "",
           "--feedback-enabled", "false", *extra]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(2)
    proc.kill()
    sys.exit("server did not start")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", default=None, help="base URL of a running server (default: start one)")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--server-args", default="", help="extra flags for the started server")
    args = ap.parse_args()

    proc = None
    base = args.server
    if base is None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = start_server(port, args.server_args.split())
        base = f"http://127.0.0.1:{port}"
    client = httpx.Client(base_url=base, timeout=600)
    try:
        lat: dict[str, list[float]] = {k: [] for k in CASES}
        toks: dict[str, list[int]] = {k: [] for k in CASES}
        length = {"max_tokens": args.max_tokens, "min_tokens": args.max_tokens}
        for _warm in range(2):  # warm-up: compile paths, caches
            for body in CASES.values():
                client.post("/v1/chat/completions",
                            json={"messages": [{"role": "user", "content": PROMPTS[0]}], **length, **body})
        for r in range(args.rounds):
            msgs = [{"role": "user", "content": PROMPTS[r % len(PROMPTS)]}]
            for name, body in CASES.items():
                t0 = time.perf_counter()
                resp = client.post("/v1/chat/completions", json={"messages": msgs, **length, **body})
                lat[name].append(time.perf_counter() - t0)
                resp.raise_for_status()
                toks[name].append(resp.json()["usage"]["completion_tokens"])
        ref = statistics.median(lat["n=1"])
        print(f"\nserver {base}, {args.rounds} rounds, max_tokens={args.max_tokens}\n")
        print("| case | p50 latency (s) | mean latency (s) | generated tokens / request | × n=1 (p50) |")
        print("|---|---|---|---|---|")
        for name in CASES:
            p50 = statistics.median(lat[name])
            print(f"| {name} | {p50:.3f} | {statistics.mean(lat[name]):.3f} | "
                  f"{statistics.mean(toks[name]):.1f} | {p50 / ref:.2f} |")
    finally:
        client.close()
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
