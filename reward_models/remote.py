"""`RemoteRewardModel`: a reward model behind a URL, spoken to over HTTP (kind "remote").

Protocols (`WIRES`, picked by name):
- "vllm-pooling": vLLM's pooling server (`vllm serve DIR --runner pooling`) serving a one-label
  sequence classifier. We POST `/pooling` with `task="classify"` and `use_activation=false`, so vLLM returns the
  classifier's raw logit, the number our in-process `HFRewardModel` returns. (vLLM's `/classify` applies the
  default activation, a sigmoid for one label, and its probabilities saturate to 1.0 in float32 above a logit of
  ~17, so inverting them loses the ranking; we never do.) Formatting matches `reward_models.hf`: with a local
  `tokenizer` (the checkpoint dir or a copy of its tokenizer files) each pair is rendered here with the chat
  template and a whole chunk goes in one request as `input` (`add_special_tokens=false`, as our runtime); without
  one, each pair goes as `messages` and vLLM applies the same template (one request per pair, run concurrently;
  vLLM batches them). Long inputs are truncated from the left (`truncate_prompt_tokens`, `max_length` or the
  server's max_model_len), keeping the end of the response, as our runtime does.
- "aligned": another aligned-serve's `POST /v1/rewards` (one request per distinct prompt, chunked).
- "openrlhf": OpenRLHF's `POST /get_reward` with `{"query": [prompt+response text], "prompts": [...],
  "labels": [...]}` -> `{"rewards": [...]}` (texts rendered with the local `tokenizer`'s template when given).

Behaviour: each `score` batch becomes as few requests as the protocol allows, chunked by `max_batch` and sent
concurrently. The whole call is bounded by `timeout` seconds: connect errors, 429 and 5xx are retried with
exponential backoff inside that bound; a circuit breaker (see `reward_models.http`) fails fast after
`breaker_threshold` consecutive failed attempts until `breaker_cooldown_s` has passed. Errors are
`RemoteUnavailable` (503), `RemoteTimeout` (504) or `RemoteBadResponse` (502). The server awaits `ascore` on
its event loop (`reward_models.batching`), so a slow remote never occupies the local model's scoring thread.

Usage:
    rm = RemoteRewardModel("skywork", "http://rm-host:8000", protocol="vllm-pooling", tokenizer="ckpt/rm")
    await rm.ascore(["What is 2+2?"], ["4"])      # -> [1.23]
    await registry.load("skywork", "http://rm-host:8000", kind="remote", protocol="vllm-pooling")
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from reward_models.base import Prompt, RewardModel, RewardModelError, prompt_to_text
from reward_models.hf import PROBES, chat_messages, has_chat_template
from reward_models.http import (
    HttpCaller,
    RemoteBadResponse,
    RemoteRewardModelError,
    RemoteTimeout,
    RemoteUnavailable,
    gather_or_cancel,
    run_sync,
)

logger = logging.getLogger(__name__)

__all__ = [
    "WIRES",
    "RemoteBadResponse",
    "RemoteRewardModel",
    "RemoteRewardModelError",
    "RemoteTimeout",
    "RemoteUnavailable",
    "load_remote",
]


# --------------------------------------------------------------------------- formatting


class ChatFormatter:
    """Renders pairs exactly as `HFRewardModel.format` does, from a local copy of the remote model's tokenizer."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.has_template = has_chat_template(tokenizer)
        self._lock = threading.Lock()  # fast tokenizers are not safe to share between threads

    @classmethod
    def load(cls, path: str) -> ChatFormatter:
        from transformers import AutoTokenizer

        try:
            return cls(AutoTokenizer.from_pretrained(path))
        except Exception as exc:  # noqa: BLE001 — missing files, not a tokenizer dir …; details in the log
            logger.warning("cannot load a tokenizer from %s", path, exc_info=True)
            raise RewardModelError(f"cannot load a tokenizer from {path} ({type(exc).__name__})", 422) from exc

    def pair(self, prompt: Prompt, response: str) -> str:
        if not self.has_template:
            return f"{prompt_to_text(prompt)}\n\n{response}"
        return self._render(chat_messages(prompt) + [{"role": "assistant", "content": response}])

    def prompt(self, prompt: Prompt) -> str:
        """The prompt alone, up to where the answer starts (OpenRLHF's `prompts`)."""
        if not self.has_template:
            return prompt_to_text(prompt)
        return self._render(chat_messages(prompt), add_generation_prompt=True)

    def _render(self, messages: list[dict[str, Any]], **kwargs: Any) -> str:
        try:
            with self._lock:
                return self.tokenizer.apply_chat_template(messages, tokenize=False, **kwargs)
        except Exception as exc:  # noqa: BLE001 — jinja errors (e.g. roles the template forbids)
            raise RewardModelError(f"the chat template rejected the prompt: {exc}", 400) from exc


# --------------------------------------------------------------------------- wire protocols


@dataclass
class Call:
    """One HTTP request of a batch: POST `payload` to `path`; its scores belong to pairs `indices`."""

    path: str
    payload: dict[str, Any]
    indices: list[int]


@dataclass
class WireConfig:
    formatter: ChatFormatter | None = None
    remote_model: str | None = None  # the model name on the remote server, where it serves several
    max_length: int | None = None  # tokens kept (from the left) per pair; None: the remote's limit


class Wire(Protocol):
    """How one protocol talks: a batch of pairs -> requests, a response body -> scores, and the remote's version."""

    def plan(self, prompts: list[Prompt], responses: list[str], max_batch: int) -> list[Call]: ...

    def parse(self, body: Any, n: int) -> list[float]: ...

    async def version(self, caller: HttpCaller) -> str | None: ...


def _chunks(indices: list[int], size: int) -> list[list[int]]:
    return [indices[i : i + size] for i in range(0, len(indices), size)]


def _one_float(value: Any, where: str) -> float:
    """A score as a float: a number, or a one-element list (pooling outputs are vectors)."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RemoteBadResponse(f"{where}: expected one number per pair (a one-label model), got {value!r:.80}")
    if not math.isfinite(value):
        raise RemoteBadResponse(f"{where}: non-finite score {value!r}")
    return float(value)


def _base_url(url: str) -> str:
    """The server root: users paste endpoint URLs ("…/get_reward", "…/v1") as often as roots."""
    url = url.strip().rstrip("/")
    for suffix in ("/get_reward", "/v1/rewards", "/pooling", "/v1"):
        if url.endswith(suffix):
            return url[: -len(suffix)]
    return url


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:10]


class VllmPooling:
    """vLLM `/pooling`, task classify, raw logits (see the module docstring)."""

    def __init__(self, cfg: WireConfig) -> None:
        self.cfg = cfg

    def _common(self) -> dict[str, Any]:
        common: dict[str, Any] = {
            "task": "classify",
            "use_activation": False,  # the raw logit, not sigmoid(logit)
            "truncate_prompt_tokens": self.cfg.max_length or -1,  # -1: the server's max_model_len
            "truncation_side": "left",
        }
        if self.cfg.remote_model:
            common["model"] = self.cfg.remote_model
        return common

    def plan(self, prompts: list[Prompt], responses: list[str], max_batch: int) -> list[Call]:
        fmt = self.cfg.formatter
        if fmt is None:  # the server renders its own chat template: one conversation per request
            return [
                Call("/pooling", {**self._common(), "messages": chat_messages(p) + [{"role": "assistant",
                     "content": r}], "add_generation_prompt": False}, [i])
                for i, (p, r) in enumerate(zip(prompts, responses))
            ]
        texts = [fmt.pair(p, r) for p, r in zip(prompts, responses)]
        return [
            Call("/pooling", {**self._common(), "input": [texts[i] for i in chunk],
                              "add_special_tokens": not fmt.has_template}, chunk)
            for chunk in _chunks(list(range(len(texts))), max_batch)
        ]

    def parse(self, body: Any, n: int) -> list[float]:
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list) or len(data) != n:
            raise RemoteBadResponse(f"vLLM /pooling: expected {n} results in 'data', got {str(body)[:200]}")
        items = sorted(data, key=lambda d: d.get("index", 0) if isinstance(d, dict) else 0)
        return [_one_float(d.get("data") if isinstance(d, dict) else d, "vLLM /pooling") for d in items]

    async def version(self, caller: HttpCaller) -> str | None:
        body = await caller.get_json("/v1/models")
        models = body.get("data") if isinstance(body, dict) else None
        if not models:
            return None
        first = models[0]
        return "vllm-" + _fingerprint(first.get("id"), first.get("root"), first.get("max_model_len"))


class AlignedRewards:
    """Another aligned-serve: `POST /v1/rewards` takes one prompt and many candidates."""

    def __init__(self, cfg: WireConfig) -> None:
        self.cfg = cfg

    def plan(self, prompts: list[Prompt], responses: list[str], max_batch: int) -> list[Call]:
        groups: dict[str, list[int]] = {}
        for i, p in enumerate(prompts):
            groups.setdefault(json.dumps(p, sort_keys=True), []).append(i)
        calls = []
        for indices in groups.values():
            for chunk in _chunks(indices, min(max_batch, 256)):  # the endpoint takes at most 256 candidates
                payload: dict[str, Any] = {"messages": chat_messages(prompts[chunk[0]]),
                                           "candidates": [responses[i] for i in chunk]}
                if self.cfg.remote_model:
                    payload["reward_model"] = self.cfg.remote_model
                calls.append(Call("/v1/rewards", payload, chunk))
        return calls

    def parse(self, body: Any, n: int) -> list[float]:
        rewards = body.get("rewards") if isinstance(body, dict) else None
        if not isinstance(rewards, list) or len(rewards) != n:
            raise RemoteBadResponse(f"aligned-serve /v1/rewards: expected {n} rewards, got {str(body)[:200]}")
        return [_one_float(r, "aligned-serve /v1/rewards") for r in rewards]

    async def version(self, caller: HttpCaller) -> str | None:
        """The remote's own version of the model we use (its default unless `remote_model` names one)."""
        body = await caller.get_json("/v1/reward_models")
        rows = body.get("data", []) if isinstance(body, dict) else []
        spec = self.cfg.remote_model
        for row in rows:
            if spec is None and row.get("default"):
                return str(row["version"])
            if spec is not None and (row.get("full_name") == spec or (row.get("name") == spec and row.get("active"))):
                return str(row["version"])
        return None


class OpenRLHFRewards:
    """OpenRLHF `serve_rm`: `POST /get_reward` with chat-formatted query texts."""

    def __init__(self, cfg: WireConfig) -> None:
        self.cfg = cfg

    def plan(self, prompts: list[Prompt], responses: list[str], max_batch: int) -> list[Call]:
        fmt = self.cfg.formatter
        calls = []
        for chunk in _chunks(list(range(len(prompts))), max_batch):
            if fmt is None:
                queries = [f"{prompt_to_text(prompts[i])}\n\n{responses[i]}" for i in chunk]
                heads = [prompt_to_text(prompts[i]) for i in chunk]
            else:
                queries = [fmt.pair(prompts[i], responses[i]) for i in chunk]
                heads = [fmt.prompt(prompts[i]) for i in chunk]
            calls.append(Call("/get_reward", {"query": queries, "prompts": heads, "labels": [""] * len(chunk)}, chunk))
        return calls

    def parse(self, body: Any, n: int) -> list[float]:
        rewards = body.get("rewards") if isinstance(body, dict) else None
        if not isinstance(rewards, list) or len(rewards) != n:
            raise RemoteBadResponse(f"OpenRLHF /get_reward: expected {n} rewards, got {str(body)[:200]}")
        return [_one_float(r, "OpenRLHF /get_reward") for r in rewards]

    async def version(self, caller: HttpCaller) -> str | None:
        return None  # serve_rm has no metadata endpoint


WIRES: dict[str, Callable[[WireConfig], Wire]] = {
    "vllm-pooling": VllmPooling,
    "aligned": AlignedRewards,
    "openrlhf": OpenRLHFRewards,
}


# --------------------------------------------------------------------------- the model


@dataclass(eq=False)  # identity semantics, like the other models: the registry swaps whole objects
class RemoteRewardModel:
    """A reward model served elsewhere. `ascore` is the native path; `score` (sync) runs it on a private loop."""

    name: str
    url: str
    protocol: str = "vllm-pooling"
    version: str = ""
    timeout: float = 10.0
    max_batch: int = 64
    concurrency: int = 8
    tokenizer: str | None = None
    remote_model: str | None = None
    max_length: int | None = None
    api_key: str | None = field(default=None, repr=False)
    retries: int = 2
    breaker_threshold: int = 5
    breaker_cooldown_s: float = 30.0
    kind: str = field(default="remote", init=False)
    formatter: ChatFormatter | None = field(default=None, repr=False)
    transport: Any = field(default=None, repr=False)  # an httpx transport (tests: httpx.MockTransport)

    def __post_init__(self) -> None:
        if self.protocol not in WIRES:
            raise RewardModelError(f"unknown remote protocol {self.protocol!r}; choose one of {sorted(WIRES)}", 400)
        if self.max_batch < 1 or self.concurrency < 1 or (self.max_length is not None and self.max_length < 2):
            raise RewardModelError("max_batch and concurrency must be >= 1, max_length >= 2", 400)
        if self.formatter is None and self.tokenizer:
            self.formatter = ChatFormatter.load(self.tokenizer)
        self.url = _base_url(self.url)
        self.caller = HttpCaller(self.url, label=f"remote reward model {self.name!r} ({self.protocol} at {self.url})",
                                 timeout=self.timeout, retries=self.retries, api_key=self.api_key,
                                 breaker_threshold=self.breaker_threshold, breaker_cooldown_s=self.breaker_cooldown_s,
                                 transport=self.transport)
        self.wire = WIRES[self.protocol](WireConfig(self.formatter, self.remote_model, self.max_length))
        self._semaphores: dict[int, asyncio.Semaphore] = {}  # per event loop

    @property
    def path(self) -> str:
        return self.url

    async def ascore(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """Score on the caller's event loop, bounded by `timeout` end to end."""
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        if not prompts:
            return []
        calls = self.wire.plan(list(prompts), list(responses), self.max_batch)
        return await self.caller.bounded(self._run(calls, len(prompts)))

    async def _run(self, calls: list[Call], n: int) -> list[float]:
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.setdefault(id(loop), asyncio.Semaphore(self.concurrency))

        async def one(call: Call) -> tuple[Call, list[float]]:
            async with semaphore:
                body = await self.caller.post_json(call.path, call.payload)
            return call, self.wire.parse(body, len(call.indices))

        scores = [0.0] * n
        for call, values in await gather_or_cancel([one(c) for c in calls]):
            for i, value in zip(call.indices, values, strict=True):
                scores[i] = value
        return scores

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """Blocking form for threads without an event loop (registry validation, scripts)."""
        return run_sync(self.caller, lambda: self.ascore(prompts, responses))

    async def fetch_version(self) -> str:
        """The remote's version where the protocol exposes one, else a fingerprint of (protocol, url, model)."""
        fetched = None
        try:
            fetched = await self.caller.bounded(self.wire.version(self.caller))
        except RemoteRewardModelError:
            pass  # no metadata endpoint (or it failed): the fingerprint still names this registration
        if not fetched:
            return _fingerprint(self.protocol, self.url, self.remote_model)
        return re.sub(r"[^A-Za-z0-9_.\-]", "-", fetched)[:64]

    def validate(self) -> None:
        """At registration: the probe pairs must come back as one finite score each (RewardModelError if not)."""
        prompts, responses = [p for p, _ in PROBES], [r for _, r in PROBES]
        scores = self.score(prompts, responses)
        if len(scores) != len(prompts) or not all(math.isfinite(s) for s in scores):
            raise RewardModelError(f"{self.name}: probe scores {scores} are not {len(prompts)} finite numbers", 422)


def load_remote(name: str, path: str, version: str | None = None, options: Any = None, **kwargs: Any) -> RewardModel:
    """Registry loader for kind "remote" (blocking; runs in the registry's worker thread). `path` is the URL;
    `options` (the registry's device/dtype settings for local models) do not apply to a remote one."""
    model = RemoteRewardModel(name=name, url=path, **kwargs)
    model.version = version or run_sync(model.caller, model.fetch_version)
    return model
