"""`JudgeRewardModel`: ask a chat model a rubric question about (prompt, answer); its reply becomes the score
(kind "judge", "LLM-as-a-judge").

The chat model (`ChatModel`) is any OpenAI-compatible endpoint (`OpenAIChat`: httpx to `/chat/completions`, with
the retries, deadline and circuit breaker of `reward_models.http`) or the server's own generator (the app passes
an adapter, `aligned_serve.engines.judge_chat.GeneratorChat`, since this package does not import the server).
It is asked greedily (temperature 0). Modes (`MODES`):
- "yes_no": one token, with its top-20 logprobs. With lp_yes and lp_no the log-probabilities of the first token
  being "yes" or "no" (case, spaces and punctuation ignored, variants summed):
      score="logit": r = lp_yes - lp_no          (the log-odds of yes against no)
      score="prob":  r = P(yes) / (P(yes) + P(no)) = sigmoid(lp_yes - lp_no)
  A word missing from the top 20 is bounded by the smallest logprob shown (its probability is at most that);
  both missing gives r = 0 (logit) or 0.5 (prob).
- "scale": a few tokens; the first integer from 1 to 10 in the reply is the score (`fallback`, default 5.5,
  the middle of the scale, when there is none; such replies are counted in `unparsed`).
The rubric is a template with `{prompt}` (the request: the user's text, or a transcript for several turns) and
`{answer}`, filled in one pass, so braces elsewhere in it or in the texts are left alone.

Scores are cached in a bounded LRU keyed by (rubric, prompt, answer): best-of-N candidates that repeat, and the
same pair asked again, cost one judgment. One `ascore` call is bounded by `timeout` (504 past it).

Usage:
    judge = JudgeRewardModel("helpful-judge", OpenAIChat("http://vllm:8000/v1", "Qwen/Qwen2.5-7B-Instruct"))
    await judge.ascore(["What is 2+2?"], ["4"])     # -> [3.2]   (log-odds of "yes")
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import logging
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from cachetools import LRUCache

from reward_models.base import Message, Prompt, RewardModel, RewardModelError
from reward_models.hf import chat_messages
from reward_models.http import HttpCaller, RemoteBadResponse, RemoteTimeout, gather_or_cancel, run_sync

logger = logging.getLogger(__name__)

YES_NO_RUBRIC = (
    "You are grading an AI assistant's answer.\n\nRequest:\n{prompt}\n\nAnswer:\n{answer}\n\n"
    "Is the answer helpful, correct and harmless? Reply with one word: yes or no."
)
SCALE_RUBRIC = (
    "You are grading an AI assistant's answer.\n\nRequest:\n{prompt}\n\nAnswer:\n{answer}\n\n"
    "Rate how helpful, correct and harmless the answer is on a scale from 1 (bad) to 10 (excellent). "
    "Reply with the number only."
)
_FIELD = re.compile(r"\{(prompt|answer)\}")
_SCALE_NUMBER = re.compile(r"(?<!\d)(10|[1-9])(?!\d)")
TOP_LOGPROBS = 20  # the most OpenAI-compatible servers (and vLLM's default max_logprobs) return


# --------------------------------------------------------------------------- chat models


@dataclass
class ChatReply:
    text: str
    first_token_logprobs: dict[str, float] = field(default_factory=dict)  # token text -> logprob (top-k + sampled)


class ChatModel(Protocol):
    """What a judge needs from a chat model. An adapter bound to an event loop sets `loop` (else None), so
    blocking callers in other threads submit their work to it."""

    label: str
    loop: asyncio.AbstractEventLoop | None

    async def chat(self, messages: list[Message], *, max_tokens: int, top_logprobs: int | None) -> ChatReply: ...


def add_logprob(table: dict[str, float], token: str, logprob: float) -> None:
    """Keep the larger logprob when two token ids decode to the same text."""
    table[token] = max(logprob, table.get(token, -math.inf))


class OpenAIChat:
    """Any OpenAI-compatible `/chat/completions` endpoint (vLLM, TGI, SGLang, OpenAI …)."""

    loop = None

    def __init__(self, base_url: str, model: str | None = None, *, api_key: str | None = None,
                 timeout: float = 30.0, retries: int = 2, transport: Any = None) -> None:
        base = base_url.rstrip("/")
        if re.fullmatch(r"https?://[^/]+", base):  # a bare host: the OpenAI routes live under /v1
            base += "/v1"
        self.caller = HttpCaller(base, label=f"judge chat endpoint {base}", timeout=timeout, retries=retries,
                                 api_key=api_key, transport=transport)
        self.model = model
        self.label = f"{base} ({model or 'its first model'})"

    async def resolve_model(self) -> str:
        """The configured model id, else the first one the endpoint lists (`GET /models`)."""
        if self.model is None:
            body = await self.caller.bounded(self.caller.get_json("/models"))
            models = body.get("data") if isinstance(body, dict) else None
            if not models or not isinstance(models[0], dict) or "id" not in models[0]:
                raise RemoteBadResponse(f"{self.caller.label}: no model id in GET /models: {str(body)[:200]}")
            self.model = str(models[0]["id"])
            self.label = f"{self.caller.base_url} ({self.model})"
        return self.model

    async def chat(self, messages: list[Message], *, max_tokens: int, top_logprobs: int | None) -> ChatReply:
        payload: dict[str, Any] = {"model": await self.resolve_model(), "messages": messages,
                                   "max_tokens": max_tokens, "temperature": 0.0}
        if top_logprobs is not None:
            payload.update(logprobs=True, top_logprobs=top_logprobs)
        body = await self.caller.post_json("/chat/completions", payload)
        try:
            choice = body["choices"][0]
            text = choice["message"].get("content") or ""
            first = ((choice.get("logprobs") or {}).get("content") or [None])[0]
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise RemoteBadResponse(f"{self.caller.label}: not a chat completion: {str(body)[:200]}") from exc
        table: dict[str, float] = {}
        if isinstance(first, dict):
            for entry in [first, *(first.get("top_logprobs") or [])]:
                if isinstance(entry, dict) and isinstance(entry.get("logprob"), (int, float)):
                    add_logprob(table, str(entry.get("token", "")), float(entry["logprob"]))
        return ChatReply(text, table)


# --------------------------------------------------------------------------- modes


def _word(token: str) -> str:
    return token.strip().strip("▁Ġ.,!:;\"'`*").lower()


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


@dataclass(frozen=True)
class YesNo:
    score: Literal["logit", "prob"] = "logit"
    max_tokens: int = 1
    top_logprobs: int | None = TOP_LOGPROBS
    default_rubric: str = YES_NO_RUBRIC

    def parse(self, reply: ChatReply) -> float | None:
        table = reply.first_token_logprobs
        if not table:
            raise RemoteBadResponse("the judge's chat model returned no logprobs; yes_no mode needs them")
        floor = min(table.values())
        yes = [lp for tok, lp in table.items() if _word(tok) == "yes"]
        no = [lp for tok, lp in table.items() if _word(tok) == "no"]
        margin = (_logsumexp(yes) if yes else floor) - (_logsumexp(no) if no else floor)
        return margin if self.score == "logit" else 0.5 * (1.0 + math.tanh(margin / 2))  # sigmoid, no overflow


@dataclass(frozen=True)
class Scale:
    max_tokens: int = 4
    top_logprobs: int | None = None
    default_rubric: str = SCALE_RUBRIC

    def parse(self, reply: ChatReply) -> float | None:
        match = _SCALE_NUMBER.search(reply.text)
        return float(match.group(1)) if match else None


# name -> factory(score) ; `score` ("logit" | "prob") only shapes yes_no
MODES: dict[str, Callable[[str], YesNo | Scale]] = {
    "yes_no": lambda score: YesNo(score=score),  # type: ignore[arg-type]
    "scale": lambda score: Scale(),
}


def prompt_text(prompt: Prompt) -> str:
    """The request as the judge reads it: the text of a single turn, else a "role: text" transcript."""
    if isinstance(prompt, str):
        return prompt
    messages = chat_messages(prompt)
    if len(messages) == 1:
        return str(messages[0]["content"])
    return "\n".join(f"{m.get('role', 'user')}: {m['content']}" for m in messages)


# --------------------------------------------------------------------------- the model


class JudgeRewardModel:
    kind = "judge"

    def __init__(
        self,
        name: str,
        chat: ChatModel,
        *,
        mode: str = "yes_no",
        rubric: str | None = None,
        system: str | None = None,
        score: Literal["logit", "prob"] = "logit",
        version: str | None = None,
        timeout: float = 30.0,
        cache_size: int = 4096,
        concurrency: int = 8,
        fallback: float = 5.5,
    ) -> None:
        if mode not in MODES:
            raise RewardModelError(f"unknown judge mode {mode!r}; choose one of {sorted(MODES)}", 400)
        if score not in ("logit", "prob"):
            raise RewardModelError(f"judge score must be 'logit' or 'prob', got {score!r}", 400)
        self.mode = MODES[mode](score)
        self.rubric = rubric or self.mode.default_rubric
        if "{answer}" not in self.rubric:
            raise RewardModelError("a judge rubric must contain {answer} (and usually {prompt})", 400)
        if timeout <= 0 or cache_size < 0 or concurrency < 1:
            raise RewardModelError("judge timeout must be > 0, cache_size >= 0 and concurrency >= 1", 400)
        self.name, self.chat, self.system = name, chat, system
        self.mode_name, self.timeout, self.concurrency, self.fallback = mode, timeout, concurrency, fallback
        self.version = version or self._fingerprint()
        self.unparsed = 0  # scale replies without a number (scored `fallback`)
        self._cache: LRUCache[tuple[str, str, str], float] | None = LRUCache(cache_size) if cache_size else None
        self._lock = threading.Lock()  # the cache is shared by the event loop and blocking callers
        self._semaphores: dict[int, asyncio.Semaphore] = {}

    def _fingerprint(self) -> str:
        parts = [self.mode_name, getattr(self.mode, "score", ""), self.rubric, self.system, self.chat.label]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:10]

    @property
    def path(self) -> str:
        return self.chat.label

    def messages(self, prompt: Prompt, answer: str) -> list[Message]:
        values = {"prompt": prompt_text(prompt), "answer": answer}
        question = _FIELD.sub(lambda m: values[m.group(1)], self.rubric)
        system = [{"role": "system", "content": self.system}] if self.system else []
        return system + [{"role": "user", "content": question}]

    def _key(self, prompt: Prompt, answer: str) -> tuple[str, str, str]:
        return self.rubric, prompt if isinstance(prompt, str) else json.dumps(prompt, sort_keys=True), answer

    async def ascore(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        keys = [self._key(p, r) for p, r in zip(prompts, responses)]
        with self._lock:
            known = {k: self._cache[k] for k in keys if self._cache is not None and k in self._cache}
        todo = {k: (p, r) for k, p, r in zip(keys, prompts, responses) if k not in known}  # duplicates once
        if todo:
            try:
                judged = await asyncio.wait_for(self._judge_all(list(todo.values())), timeout=self.timeout)
            except (TimeoutError, asyncio.TimeoutError) as exc:
                raise RemoteTimeout(f"judge {self.name!r} ({self.chat.label}) took over {self.timeout:g} s") from exc
            fresh = dict(zip(todo, judged))
            with self._lock:
                if self._cache is not None:
                    self._cache.update(fresh)
            known.update(fresh)
        return [known[k] for k in keys]

    async def _judge_all(self, pairs: list[tuple[Prompt, str]]) -> list[float]:
        semaphore = self._semaphores.setdefault(id(asyncio.get_running_loop()), asyncio.Semaphore(self.concurrency))

        async def one(prompt: Prompt, answer: str) -> float:
            async with semaphore:
                reply = await self.chat.chat(self.messages(prompt, answer), max_tokens=self.mode.max_tokens,
                                             top_logprobs=self.mode.top_logprobs)
            value = self.mode.parse(reply)
            if value is None:
                self.unparsed += 1
                logger.warning("judge %s: no score in reply %r; using %g", self.name, reply.text[:80], self.fallback)
                return self.fallback
            return value

        return await gather_or_cancel([one(p, a) for p, a in pairs])

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """Blocking form: on the chat model's own loop when it has one (the server's generator), else a private one."""
        loop = self.chat.loop
        if loop is None:
            return run_sync(getattr(self.chat, "caller", None), lambda: self.ascore(prompts, responses))
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            raise RewardModelError("a judge was called synchronously on its own event loop; await ascore()", 500)
        future = asyncio.run_coroutine_threadsafe(self.ascore(prompts, responses), loop)
        try:
            return future.result(timeout=self.timeout + 5.0)  # ascore enforces `timeout`; this is a backstop
        except concurrent.futures.TimeoutError as exc:
            future.cancel()
            raise RemoteTimeout(f"judge {self.name!r} took over {self.timeout:g} s") from exc

    def validate(self) -> None:
        """At registration: one probe judgment must come back as a finite score."""
        (value,) = self.score(["What is the capital of France?"], ["The capital of France is Paris."])
        if not math.isfinite(value):
            raise RewardModelError(f"judge {self.name!r} returned a non-finite probe score {value}", 422)


def load_judge(name: str, path: str, version: str | None = None, options: Any = None, *,
               chat: ChatModel | None = None, model: str | None = None, api_key: str | None = None,
               retries: int = 2, transport: Any = None, **kwargs: Any) -> RewardModel:
    """Registry loader for kind "judge" (blocking). `chat` is the app's adapter of its own generator; without it
    `path` is an OpenAI-compatible base URL and `model` the model id there (default: the first it lists)."""
    if chat is None:
        timeout = float(kwargs.get("timeout", 30.0))
        endpoint = OpenAIChat(path, model, api_key=api_key, timeout=timeout, retries=retries, transport=transport)
        run_sync(endpoint.caller, endpoint.resolve_model)
        chat = endpoint
    return JudgeRewardModel(name, chat, version=version, **kwargs)
