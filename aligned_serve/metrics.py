"""Prometheus metrics, one `CollectorRegistry` per app (no process globals, so tests build many apps).

Scrape `GET /metrics`. Names are prefixed `aligned_serve_`. Every request is counted and timed by
`RequestMetricsMiddleware`, errors and streams included; everything else is observed by the serving layer.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128)
REWARD_BUCKETS = (-8, -4, -2, -1, -0.5, 0, 0.25, 0.5, 0.75, 1, 2, 4, 8)
SAMPLE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
SEARCH_METHODS = ("speculative_rejection", "beam", "particle")  # strategy search (aligned_serve.strategies.search)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "aligned_serve_requests", "Requests by endpoint, strategy and HTTP status",
            ["endpoint", "strategy", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "aligned_serve_request_latency_seconds", "Request latency until the last byte of the response",
            ["endpoint", "strategy"], buckets=LATENCY_BUCKETS, registry=r,
        )
        self.time_to_first_token = Histogram(
            "aligned_serve_time_to_first_token_seconds", "Streamed responses: time until the first event is sent",
            ["endpoint", "strategy"], buckets=LATENCY_BUCKETS, registry=r,
        )
        self.instructions = Counter(
            "aligned_serve_instructions", "Instructions the default scoring read from requests (rule:instructions), "
            "by kind and whether the returned answer kept them", ["kind", "outcome"], registry=r,
        )
        self.candidates = Counter(
            "aligned_serve_candidates_sampled", "Candidates drawn from the generator", ["strategy"], registry=r
        )
        self.prompt_tokens = Counter("aligned_serve_prompt_tokens", "Prompt tokens processed", registry=r)
        self.generation_tokens = Counter(
            "aligned_serve_generation_tokens", "Tokens generated (all candidates, not only the chosen)", registry=r
        )
        self.reward = Histogram(
            "aligned_serve_reward", "Reward of every scored candidate", ["reward_model"], buckets=REWARD_BUCKETS,
            registry=r,
        )
        self.chosen_reward = Histogram(
            "aligned_serve_chosen_reward", "Reward of the returned (top) choice", ["reward_model"],
            buckets=REWARD_BUCKETS, registry=r,
        )
        self.rejection_outcomes = Counter(
            "aligned_serve_rejection_requests", "Rejection-sampling requests by outcome", ["outcome"], registry=r
        )
        self.samples_per_accept = Histogram(
            "aligned_serve_rejection_samples_per_accepted", "Samples drawn per accepted rejection request",
            buckets=SAMPLE_BUCKETS, registry=r,
        )
        self.scoring_latency = Histogram(
            "aligned_serve_scoring_latency_seconds", "Reward-model scoring time per batch (the model call only)",
            ["reward_model"],
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.scoring_batch = Histogram(
            "aligned_serve_scoring_batch_size", "Pairs per reward-model batch", buckets=SAMPLE_BUCKETS, registry=r
        )
        self.search_tokens = Counter(
            "aligned_serve_search_tokens", "Search: tokens generated, by whether their candidate was pruned or kept",
            ["method", "outcome"], registry=r,
        )
        for method in SEARCH_METHODS:  # every series exists (at 0) from the start
            for outcome in ("kept", "pruned"):
                self.search_tokens.labels(method, outcome)
        self.generate_latency = Histogram(
            "aligned_serve_generate_latency_seconds", "Generation time per request", ["strategy"],
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.in_flight = Gauge("aligned_serve_requests_in_flight", "Requests being served", registry=r)
        self.scoring_queue_depth = Gauge(
            "aligned_serve_scoring_queue_depth", "Pairs waiting for the reward model", registry=r
        )
        self.rejected_overload = Counter(
            "aligned_serve_overload_rejections", "Requests refused with 429 (concurrency limit)", registry=r
        )
        self.reward_model_info = Info("aligned_serve_reward_model", "Default reward model in use", registry=r)
        self.reward_model_swaps = Counter(
            "aligned_serve_reward_model_swaps", "Reward-model activations and rollbacks", ["name", "action"], registry=r
        )
        self.feedback_rows = Gauge(
            "aligned_serve_feedback_rows_written", "Rows committed to the feedback log", registry=r
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)


NO_STRATEGY = "n/a"  # strategy label: none applies (rewards, admin, ops), or refused before the body was read
UNMATCHED = "unmatched"  # the endpoint label of requests no route matched (keeps the label set bounded)


class RequestMetricsMiddleware:
    """Pure ASGI middleware: `requests_total{endpoint,strategy,status}` and `request_latency_seconds` for every
    HTTP request, and `time_to_first_token_seconds` for event streams.

    The endpoint label is the matched route's template (`/admin/reward_models/{name}`), never the raw path. The
    strategy label is what the route noted in `request.state.strategy` (`aligned_serve.deps.note_strategy`).
    Latency runs until the last body byte is handed to the server, so a stream is timed to its end; an exception
    that escapes the app counts as the 500 the server then sends.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status, stream, first_byte = 500, False, None
        state = scope.setdefault("state", {})

        async def timed_send(message: Message) -> None:
            nonlocal status, stream, first_byte
            if message["type"] == "http.response.start":
                status = message["status"]
                stream = any(name.lower() == b"content-type" and value.startswith(b"text/event-stream")
                             for name, value in message.get("headers", ()))
            elif message["type"] == "http.response.body" and first_byte is None and message.get("body"):
                first_byte = time.perf_counter()
            await send(message)

        try:
            await self.app(scope, receive, timed_send)
        finally:
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or UNMATCHED
            strategy = str(state.get("strategy", NO_STRATEGY))
            self.metrics.requests.labels(endpoint, strategy, str(status)).inc()
            self.metrics.latency.labels(endpoint, strategy).observe(time.perf_counter() - start)
            if stream and first_byte is not None:
                self.metrics.time_to_first_token.labels(endpoint, strategy).observe(first_byte - start)
