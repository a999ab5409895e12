"""Reward-guided search against best-of-N on the bundled task, end to end through the HTTP server.

    python loadtests/bench_search.py                              # starts a server on the embedded default
    python loadtests/bench_search.py --prompts 40 --max-tokens 128
    python loadtests/bench_search.py --server http://127.0.0.1:8000   # or measures a running one

Prompts: the held-out prompts of the bundled task v1 (`training/data/bundled/heldout.ranked.jsonl`), each judged
by the task's own checker (`training/data/ifeval_task.py`: pass = every instruction of the prompt satisfied); or,
with `--split test_topics|test_phrasings|test_families|validation`, the first prompts of a task-v2 split, each
judged by the checkers of the constraints it was built with (`training/tasks/instructions`), as `aligned-train
eval-rm` and the offline replay (`scripts/search_replay/`) judge them.
One run prints one table, a row per case:

  n=1                          strategy none
  best-of-8, best-of-16        strategy best_of_n
  speculative_rejection n=16   strategy search, keep --keep every --chunk-tokens (both unset: the server's defaults,
                               as a plain client gets them; lookahead: each candidate one engine call, generating on
                               while scored; "no lookahead": rounds of calls)
  beam, particle               strategy search at best-of-8's width (--width sequences decoding at once:
                               beam_width 2 x expand 4, 8 particles), the same --chunk-tokens

Columns:
- judged pass: the share of answers that pass, over both passes below (2 x --prompts answers per case);
- gen tokens / answer: `usage.completion_tokens` (every candidate's tokens) per answer, over both passes;
- p50 latency, p50 TTFT: pass 1 sends every prompt to every case in turn (cases interleaved, so machine
  noise hits all alike), one request at a time, streamed; TTFT = until the first non-empty content delta;
- answers/s @ concurrency: pass 2 sends every prompt per case, --concurrency at a time, not streamed;
- RM s / answer: reward-model time (inside the model call, from the server's /metrics) per answer in pass 2, with
  the mean pairs per reward-model batch: how much of the machine scoring takes, and how well it batches.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

if __package__ in (None, ""):  # run as a script: make `loadtests.*` and `training.*` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from training.data import bundle as bd
from training.data.ifeval_task import parse_constraints, passes
from training.tasks.instructions.compose import InstructionPrompt
from training.tasks.instructions.families import passes as passes_v2

HELDOUT = Path(__file__).resolve().parent.parent / "training/data/bundled/heldout.ranked.jsonl"


def cases(chunk_tokens: int | None, width: int, keep: float | None = None) -> dict[str, dict[str, Any]]:
    """Case name -> request `alignment` block (plus the OpenAI fields it needs). None: the server's default."""
    chunk = {"chunk_tokens": chunk_tokens} if chunk_tokens is not None else {}
    kept = {"keep": keep} if keep is not None else {}
    expand = 4 if width % 4 == 0 else 1
    return {
        "n=1": {"strategy": "none"},
        "best-of-8": {"strategy": "best_of_n", "n": 8},
        "best-of-16": {"strategy": "best_of_n", "n": 16},
        "speculative_rejection n=16": {"strategy": "search", "n": 16,
                                       "search": {"method": "speculative_rejection", **kept, **chunk}},
        "speculative_rejection n=16 no lookahead": {
            "strategy": "search", "n": 16,
            "search": {"method": "speculative_rejection", **kept, "lookahead": False, **chunk}},
        f"beam {width // expand}x{expand}": {"strategy": "search",
                                             "search": {"method": "beam", "beam_width": width // expand,
                                                        "expand": expand, **chunk}},
        f"particle n={width}": {"strategy": "search", "n": width, "search": {"method": "particle", **chunk}},
    }


@dataclass(frozen=True)
class BenchPrompt:
    """A prompt's chat messages and its judge (pass = every instruction satisfied)."""

    messages: list[dict[str, str]]
    judge: Callable[[str], bool]


def load_prompts(n: int, split: str = "v1-heldout") -> list[BenchPrompt]:
    """The first `n` prompts of `split` that carry at least one checkable instruction: task v1's held-out prompts
    (`v1-heldout`, parsed back by its checker) or a task-v2 split (judged by the constraints it was built with)."""
    if split != "v1-heldout":
        rows = [InstructionPrompt.from_dict(d) for d in bd.load_prompt_dicts(bd.BUNDLE_V2, split)][:n]
        return [BenchPrompt(p.messages, functools.partial(passes_v2, constraints=tuple(p.constraints)))
                for p in rows]
    out = []
    with HELDOUT.open() as f:
        for line in f:
            prompt = json.loads(line)["prompt"]
            messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else prompt
            if constraints := parse_constraints(messages[-1]["content"]):
                out.append(BenchPrompt(messages, functools.partial(passes, constraints=constraints)))
            if len(out) == n:
                break
    return out


@dataclass
class Stats:
    """What one case measured."""

    passed: list[bool] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)
    latency: list[float] = field(default_factory=list)
    ttft: list[float] = field(default_factory=list)
    answers_per_s: float = 0.0
    rm_seconds: float = 0.0  # pass 2: reward-model seconds (model calls only), all answers together
    rm_batches: int = 0
    rm_pairs: int = 0


async def scoring_totals(client: httpx.AsyncClient) -> tuple[float, int, int]:
    """(seconds inside reward-model calls, batches, pairs) so far, from the server's Prometheus metrics."""
    from prometheus_client.parser import text_string_to_metric_families

    resp = await client.get("/metrics")
    resp.raise_for_status()
    seconds, batches, pairs = 0.0, 0, 0
    for family in text_string_to_metric_families(resp.text):
        for sample in family.samples:
            if sample.name == "aligned_serve_scoring_latency_seconds_sum":
                seconds += sample.value
            elif sample.name == "aligned_serve_scoring_batch_size_count":
                batches += int(sample.value)
            elif sample.name == "aligned_serve_scoring_batch_size_sum":
                pairs += int(sample.value)
    return seconds, batches, pairs


async def streamed(client: httpx.AsyncClient, body: dict[str, Any]) -> tuple[str, int, float, float]:
    """One streamed request: (answer, completion tokens, latency, time to the first content)."""
    start = time.perf_counter()
    first, parts, tokens = None, [], 0
    body = {**body, "stream": True, "stream_options": {"include_usage": True}}
    async with client.stream("POST", "/v1/chat/completions", json=body) as resp:
        if resp.status_code != 200:
            raise RuntimeError(f"{resp.status_code}: {(await resp.aread())[:300]!r}")
        async for line in resp.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            chunk = json.loads(line[6:])
            for choice in chunk.get("choices") or []:
                content = (choice.get("delta") or {}).get("content")
                if content and choice.get("index", 0) == 0:
                    first = first or time.perf_counter()
                    parts.append(content)
            if chunk.get("usage"):
                tokens = int(chunk["usage"]["completion_tokens"])
    end = time.perf_counter()
    return "".join(parts), tokens, end - start, (first or end) - start


async def plain(client: httpx.AsyncClient, body: dict[str, Any]) -> tuple[str, int]:
    resp = await client.post("/v1/chat/completions", json=body)
    if resp.status_code != 200:
        raise RuntimeError(f"{resp.status_code}: {resp.text[:300]}")
    data = resp.json()
    return data["choices"][0]["message"]["content"] or "", int(data["usage"]["completion_tokens"])


def request(messages: list[dict[str, str]], alignment: dict[str, Any], max_tokens: int) -> dict[str, Any]:
    return {"messages": messages, "max_tokens": max_tokens, "alignment": {**alignment, "log": False}}


async def measure(client: httpx.AsyncClient, prompts: Sequence[BenchPrompt],
                  table: dict[str, dict[str, Any]], max_tokens: int, concurrency: int) -> dict[str, Stats]:
    """Both passes over every case (see the module docstring)."""
    stats = {name: Stats() for name in table}
    for alignment in table.values():  # warm-up: compile paths, caches
        await plain(client, request(prompts[0].messages, alignment, max_tokens))
    for prompt in prompts:
        for name, alignment in table.items():
            answer, tokens, latency, ttft = await streamed(client, request(prompt.messages, alignment, max_tokens))
            s = stats[name]
            s.passed.append(prompt.judge(answer))
            s.tokens.append(tokens)
            s.latency.append(latency)
            s.ttft.append(ttft)
    for name, alignment in table.items():
        gate = asyncio.Semaphore(concurrency)

        async def one(prompt: BenchPrompt, alignment: dict[str, Any] = alignment,
                      gate: asyncio.Semaphore = gate) -> tuple[bool, int]:
            async with gate:
                answer, tokens = await plain(client, request(prompt.messages, alignment, max_tokens))
            return prompt.judge(answer), tokens

        before = await scoring_totals(client)
        start = time.perf_counter()
        results = await asyncio.gather(*(one(m) for m in prompts))
        stats[name].answers_per_s = len(prompts) / (time.perf_counter() - start)
        after = await scoring_totals(client)
        stats[name].rm_seconds = after[0] - before[0]
        stats[name].rm_batches, stats[name].rm_pairs = after[1] - before[1], after[2] - before[2]
        stats[name].passed.extend(ok for ok, _ in results)
        stats[name].tokens.extend(tokens for _, tokens in results)
    return stats


def render(stats: dict[str, Stats], concurrency: int) -> str:
    """The Markdown table, with each case's ratios to best-of-8 where that row exists."""
    ref = stats.get("best-of-8")
    lines = [f"| case | judged pass | gen tokens / answer | p50 latency (s) | p50 TTFT (s) "
             f"| answers/s @ {concurrency} | RM s / answer (pairs / batch) |",
             "|---|---|---|---|---|---|---|"]
    for name, s in stats.items():
        tokens, lat, ttft = statistics.mean(s.tokens), statistics.median(s.latency), statistics.median(s.ttft)
        cells = [f"{sum(s.passed) / len(s.passed):.3f}", f"{tokens:.1f}", f"{lat:.3f}", f"{ttft:.3f}",
                 f"{s.answers_per_s:.3f}",
                 f"{s.rm_seconds / len(s.latency):.3f} ({s.rm_pairs / max(s.rm_batches, 1):.1f})"]
        if ref is not None and s is not ref:
            cells[1] += f" ({tokens / statistics.mean(ref.tokens):.2f}x)"
            cells[3] += f" ({ttft / statistics.median(ref.ttft):.2f}x)"
            cells[4] += f" ({s.answers_per_s / ref.answers_per_s:.2f}x)"
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def start_server(extra: list[str]) -> tuple[subprocess.Popen, str]:
    """A server on a free local port with the embedded default (vLLM + the default reward model)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "aligned_serve.cli", "serve", "--port", str(port), "--feedback-enabled", "false",
           *extra]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return proc, f"http://127.0.0.1:{port}"
        except httpx.HTTPError:
            pass
        time.sleep(2)
    os.killpg(proc.pid, signal.SIGTERM)
    sys.exit("server did not start within 15 minutes")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", default=None, help="base URL of a running server (default: start one)")
    ap.add_argument("--server-args", default="", help="extra flags for the started server")
    ap.add_argument("--prompts", type=int, default=40, help="prompts (at most 80 of v1-heldout)")
    ap.add_argument("--split", default="v1-heldout", choices=("v1-heldout", *bd.SPLITS),
                    help="v1-heldout (task v1's held-out prompts) or a task-v2 split (e.g. test_phrasings)")
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--chunk-tokens", type=int, default=None,
                    help="search: tokens between two scorings (default: the server's, 16 fitted to at most an eighth "
                         "of max_tokens)")
    ap.add_argument("--keep", type=float, default=None,
                    help="speculative rejection: the fraction kept at each checkpoint (default: the server's, 0.4)")
    ap.add_argument("--width", type=int, default=8, help="beam and particle: sequences decoding at once")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--cases", default=None,
                    help="comma-separated case names (default: all), e.g. 'n=1,best-of-8,speculative_rejection n=16'")
    args = ap.parse_args(argv)

    proc, base = (None, args.server) if args.server else start_server(args.server_args.split())
    try:
        prompts = load_prompts(args.prompts, args.split)
        table = cases(args.chunk_tokens, args.width, args.keep)
        if args.cases:
            wanted = [c.strip() for c in args.cases.split(",")]
            if unknown := [c for c in wanted if c not in table]:
                ap.error(f"unknown case(s) {unknown}; cases are {list(table)}")
            table = {name: table[name] for name in wanted}

        async def run() -> dict[str, Stats]:
            async with httpx.AsyncClient(base_url=base, timeout=1800) as client:
                return await measure(client, prompts, table, args.max_tokens, args.concurrency)

        stats = asyncio.run(run())
        print(f"\nserver {base}: {len(prompts)} prompts of {args.split}, max_tokens={args.max_tokens}, "
              f"chunk_tokens={args.chunk_tokens or 'server default'}, keep={args.keep or 'server default'}; "
              "ratios are to best-of-8\n")
        print(render(stats, args.concurrency))
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
