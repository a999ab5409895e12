"""A bounded load generator for an aligned-serve server (asyncio + httpx). Prints a Markdown table.

It talks ONLY to the URL you pass (default http://127.0.0.1:8000, the server's root, not `/v1`), and every
run stops by itself: after `--requests` requests OR `--duration` seconds, whichever comes first (a request
still in flight at the deadline may take up to `--timeout` more).

    python loadtests/load.py                                          # plain requests, concurrency 4
    python loadtests/load.py --scenario plain,best_of_8,rerank --concurrency 1,4,16 --requests 200
    python loadtests/load.py --url http://10.0.0.5:8000 --scenario mix --duration 120 --no-feedback-log

Scenarios (see `loadtests/scenarios.py`): plain (no alignment block: the server default), best_of_8,
rejection, rerank, stream, and the mixes `mix` (all of them) and `aligned` (no streaming). One table row per
(scenario, concurrency):
requests sent, 200s, errors by status (transport failures by exception name), throughput (req/s of 200s,
generated tok/s from `usage.completion_tokens`, which counts every candidate), latency p50/p90/p99 of 200s.
"""

import argparse
import asyncio
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

if __package__ in (None, ""):  # run as a script: make `loadtests.*` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadtests.scenarios import NAMES, PROMPTS, Scenario, picker  # noqa: E402

DEFAULT_URL = "http://127.0.0.1:8000"


@dataclass(frozen=True)
class LoadConfig:
    """One load run: a scenario at one concurrency, bounded by a request count and a duration."""

    url: str = DEFAULT_URL
    scenario: str = "plain"
    concurrency: int = 4
    requests: int = 100
    duration_s: float = 60.0
    max_tokens: int = 64
    timeout_s: float = 300.0  # per request; also how long past `duration_s` a run can last
    seed: int = 0  # picks the scenarios of a mix
    log: bool = True  # False sends `alignment.log=false`: the load stays out of the feedback log
    api_key: str | None = None
    model: str | None = None

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ValueError(f"url must start with http:// or https://, got {self.url!r}")
        if self.scenario not in NAMES:
            raise ValueError(f"unknown scenario {self.scenario!r}; choose from {', '.join(NAMES)}")
        for name in ("concurrency", "requests", "max_tokens"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        if not (self.duration_s > 0 and self.timeout_s > 0):
            raise ValueError("duration_s and timeout_s must be > 0")

    @property
    def base_url(self) -> str:
        """The server root: a trailing `/` or `/v1` is dropped (paths below start with `/v1`)."""
        url = self.url.rstrip("/")
        return url[: -len("/v1")] if url.endswith("/v1") else url


@dataclass(frozen=True)
class RequestResult:
    """One request's outcome. `status` 0 means no HTTP response (the exception name is in `error`)."""

    scenario: str
    status: int
    latency_s: float
    completion_tokens: int = 0
    response_id: str | None = None  # the completion's `id`
    text: str | None = None  # the first choice's text (content)
    finished_at: float = 0.0  # time.monotonic() when the response (or error) came back
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None

    @property
    def error_key(self) -> str:
        return str(self.status) if self.status else (self.error or "error")


@dataclass
class LoadRun:
    config: LoadConfig
    results: list[RequestResult] = field(default_factory=list)
    wall_s: float = 0.0


@dataclass(frozen=True)
class Summary:
    scenario: str
    concurrency: int
    sent: int
    ok: int
    errors: dict[str, int]  # status (or exception name) -> count, non-200 only
    wall_s: float
    req_per_s: float  # 200s per second of wall time
    tok_per_s: float  # generated tokens of 200s (usage.completion_tokens) per second of wall time
    p50_s: float
    p90_s: float
    p99_s: float


# ---------------------------------------------------------------------------------------------- one request


def _headers(cfg: LoadConfig) -> dict[str, str]:
    return {"Authorization": f"Bearer {cfg.api_key}"} if cfg.api_key else {}


async def send_one(
    client: httpx.AsyncClient, scenario: Scenario, prompt: str, cfg: LoadConfig
) -> RequestResult:
    """Send one request of `scenario`; never raises for HTTP or transport errors (they become the result)."""
    body = scenario.body(prompt, cfg.max_tokens, log=cfg.log, model=cfg.model)
    start = time.perf_counter()

    def result(status: int, **kw: Any) -> RequestResult:
        latency = time.perf_counter() - start
        return RequestResult(scenario.name, status, latency, finished_at=time.monotonic(), **kw)

    try:
        if scenario.stream:
            async with client.stream("POST", scenario.path, json=body, headers=_headers(cfg)) as resp:
                if resp.status_code != 200:
                    await resp.aread()
                    return result(resp.status_code)
                rid, text, tokens = await _read_sse(resp)
            return result(200, completion_tokens=tokens, response_id=rid, text=text)
        resp = await client.post(scenario.path, json=body, headers=_headers(cfg))
        if resp.status_code != 200:
            return result(resp.status_code)
        data = resp.json()
        choice = (data.get("choices") or [{}])[0]
        text = choice.get("message", {}).get("content") if "message" in choice else choice.get("text")
        return result(200, completion_tokens=int((data.get("usage") or {}).get("completion_tokens", 0)),
                      response_id=data.get("id"), text=text)
    except (httpx.HTTPError, json.JSONDecodeError) as exc:
        return result(0, error=type(exc).__name__)


async def _read_sse(resp: httpx.Response) -> tuple[str | None, str, int]:
    """(id, text of choice 0, completion tokens from the usage chunk) from an OpenAI SSE stream."""
    rid, parts, tokens = None, [], 0
    async for line in resp.aiter_lines():
        if not line.startswith("data:"):
            continue
        payload = line[len("data:"):].strip()
        if payload == "[DONE]":
            break
        chunk = json.loads(payload)
        rid = rid or chunk.get("id")
        for choice in chunk.get("choices") or []:
            if choice.get("index", 0) == 0:
                parts.append((choice.get("delta") or {}).get("content") or choice.get("text") or "")
        if chunk.get("usage"):
            tokens = int(chunk["usage"].get("completion_tokens", 0))
    return rid, "".join(parts), tokens


# ---------------------------------------------------------------------------------------------- a run


async def run_load(
    cfg: LoadConfig,
    *,
    client: httpx.AsyncClient | None = None,
    on_result: Callable[[RequestResult], None] | None = None,
    stop: asyncio.Event | None = None,
) -> LoadRun:
    """`cfg.concurrency` workers send requests until `cfg.requests` were issued, `cfg.duration_s` passed, or
    `stop` is set. `on_result` sees every result as it arrives (kill9_feedback.py times its kill with it)."""
    pick = picker(cfg.scenario, cfg.seed)
    run = LoadRun(cfg)
    issued = 0
    own = client is None
    limits = httpx.Limits(max_connections=cfg.concurrency, max_keepalive_connections=cfg.concurrency)
    http = client or httpx.AsyncClient(base_url=cfg.base_url, timeout=cfg.timeout_s, limits=limits)
    start = time.monotonic()
    deadline = start + cfg.duration_s

    async def worker() -> None:
        nonlocal issued
        while issued < cfg.requests and time.monotonic() < deadline and not (stop and stop.is_set()):
            index = issued  # no await between the check and the increment: tickets are unique
            issued += 1
            res = await send_one(http, pick(), PROMPTS[index % len(PROMPTS)], cfg)
            run.results.append(res)
            if on_result is not None:
                on_result(res)

    try:
        await asyncio.gather(*(worker() for _ in range(cfg.concurrency)))
    finally:
        run.wall_s = time.monotonic() - start
        if own:
            await http.aclose()
    return run


# ---------------------------------------------------------------------------------------------- report


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default): q in [0, 1]; NaN when empty."""
    if not values:
        return math.nan
    v = sorted(values)
    pos = (len(v) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def summarize(run: LoadRun) -> Summary:
    ok = [r for r in run.results if r.ok]
    lat = [r.latency_s for r in ok]
    wall = max(run.wall_s, 1e-9)
    errors = Counter(r.error_key for r in run.results if not r.ok)
    return Summary(
        scenario=run.config.scenario,
        concurrency=run.config.concurrency,
        sent=len(run.results),
        ok=len(ok),
        errors=dict(sorted(errors.items())),
        wall_s=run.wall_s,
        req_per_s=len(ok) / wall,
        tok_per_s=sum(r.completion_tokens for r in ok) / wall,
        p50_s=percentile(lat, 0.50),
        p90_s=percentile(lat, 0.90),
        p99_s=percentile(lat, 0.99),
    )


def markdown_table(summaries: Sequence[Summary]) -> str:
    lines = [
        "| scenario | concurrency | requests | 200 | errors by status | wall (s) | req/s | gen tok/s "
        "| p50 (s) | p90 (s) | p99 (s) |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in summaries:
        errors = ", ".join(f"{k}×{v}" for k, v in s.errors.items()) or "none"
        lines.append(
            f"| {s.scenario} | {s.concurrency} | {s.sent} | {s.ok} | {errors} | {s.wall_s:.1f} "
            f"| {s.req_per_s:.2f} "
            f"| {s.tok_per_s:.1f} | {s.p50_s:.3f} | {s.p90_s:.3f} | {s.p99_s:.3f} |"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- CLI


def _csv(kind: Callable[[str], Any]) -> Callable[[str], list[Any]]:
    return lambda text: [kind(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default=DEFAULT_URL, help="server root to load (the only host contacted)")
    ap.add_argument("--scenario", type=_csv(str), default=["plain"],
                    help=f"comma list of: {', '.join(NAMES)}")
    ap.add_argument("--concurrency", type=_csv(int), default=[4], help="comma list, e.g. 1,4,16")
    ap.add_argument("--requests", type=int, default=100, help="requests per (scenario, concurrency)")
    ap.add_argument("--duration", type=float, default=60.0, help="seconds per (scenario, concurrency)")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--timeout", type=float, default=300.0, help="per-request timeout (s)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-feedback-log", action="store_true", help="send alignment.log=false")
    ap.add_argument("--api-key", default=None, help="Bearer key when the server sets ALIGNED_SERVE_API_KEY")
    ap.add_argument("--model", default=None, help="`model` field to send (default: none, the served model)")
    args = ap.parse_args(argv)

    try:
        configs = [
            LoadConfig(url=args.url, scenario=s, concurrency=c, requests=args.requests,
                       duration_s=args.duration, max_tokens=args.max_tokens, timeout_s=args.timeout,
                       seed=args.seed,
                       log=not args.no_feedback_log, api_key=args.api_key, model=args.model)
            for s in args.scenario for c in args.concurrency
        ]
    except ValueError as exc:
        ap.error(str(exc))
    summaries = []
    for cfg in configs:
        print(f"[load] {cfg.scenario} at concurrency {cfg.concurrency} against {cfg.base_url} ...",
              file=sys.stderr)
        summaries.append(summarize(asyncio.run(run_load(cfg))))
    print(f"\nmax_tokens={args.max_tokens}, bounds: {args.requests} requests or {args.duration:g} s\n")
    print(markdown_table(summaries))
    return 0 if all(s.ok for s in summaries) else 1


if __name__ == "__main__":
    sys.exit(main())
