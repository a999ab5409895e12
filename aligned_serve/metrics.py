"""Prometheus metrics, one `CollectorRegistry` per app (no process globals, so tests build many apps).

Scrape `GET /metrics`. Names are prefixed `aligned_serve_`.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128)
REWARD_BUCKETS = (-8, -4, -2, -1, -0.5, 0, 0.25, 0.5, 0.75, 1, 2, 4, 8)
SAMPLE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "aligned_serve_requests", "Requests by endpoint, strategy and HTTP status", ["endpoint", "strategy", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "aligned_serve_request_latency_seconds", "End-to-end request latency", ["endpoint", "strategy"],
            buckets=LATENCY_BUCKETS, registry=r,
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
            "aligned_serve_scoring_latency_seconds", "Reward-model batch scoring latency", ["reward_model"],
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.scoring_batch = Histogram(
            "aligned_serve_scoring_batch_size", "Pairs per reward-model batch", buckets=SAMPLE_BUCKETS, registry=r
        )
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
        self.feedback_rows = Gauge("aligned_serve_feedback_rows_written", "Rows committed to the feedback log", registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)
