"""An OpenAI-compatible upstream (a vLLM fleet, another aligned-serve, the OpenAI API) as a `Generator`.

    engine = RemoteEngine("http://vllm.internal:8000/v1", model="Qwen/Qwen2.5-7B-Instruct")
    await engine.start()
    gen = await engine.generate([{"role": "user", "content": "hi"}], SamplingConfig(n=8), "req-1")

aligned-serve then runs as a stateless alignment layer: chat prompts go to `/chat/completions`, text prompts
to `/completions`, and all `n` candidates come from one upstream request.

Behaviour worth knowing:
- Errors: an upstream 4xx becomes an `EngineError` with the upstream's own message, param and status code, so
  the client sees the same 400; an upstream 5xx or a connection failure becomes a 502 ("upstream error: ..."),
  and a timeout a 504.
- Per-candidate token counts: the OpenAI API reports only the total `usage.completion_tokens`. When logprobs
  were requested, each choice's logprob entries count its tokens exactly; otherwise the total is split evenly
  across the choices (the first `total % n` get one more), which keeps `Generation.completion_tokens` exact.
- Streaming asks for `stream_options.include_usage`. Each content chunk counts as one token (its logprob
  entries when present); the finish deltas are held until the stream ends and then carry the difference to
  the reported usage, so the streamed token counts add up to the upstream's.
- `start()` checks `GET /models` once: an unreachable upstream only logs a warning (it may come up later;
  requests fail with 502 until it does), but an upstream that answers without our model fails the start,
  since that is a configuration error. With `max_model_len=0` the context length is taken from the model card
  when the upstream publishes one (vLLM does); otherwise context checks are left to the upstream.
- Cancelling the awaiting task closes the upstream connection, which makes vLLM abort the request.
"""

import json
import logging
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import httpx

from aligned_serve.engines.base import (
    Candidate,
    EngineError,
    Generation,
    Prompt,
    SamplingConfig,
    StreamDelta,
    TokenLogprob,
)
from aligned_serve.engines.partials import ContinuationDelta, Partial, merge, step_config

logger = logging.getLogger(__name__)


def _error_message(response: httpx.Response) -> tuple[str, str | None]:
    """The message and param of an error response."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip() or response.reason_phrase, None
    return _error_fields(body)


def _error_fields(body: Any) -> tuple[str, str | None]:
    """Message and param of an error body: OpenAI's `{"error": {...}}`, old vLLM's flat form, FastAPI's."""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"]), error.get("param")
        if isinstance(error, str):
            return error, None
        if "detail" in body:
            return str(body["detail"]), None
    return str(body), None


def _split_evenly(total: int, n: int) -> list[int]:
    base, extra = divmod(total, n)
    return [base + (i < extra) for i in range(n)]


def _chat_logprobs(logprobs: dict[str, Any] | None) -> list[TokenLogprob] | None:
    if not logprobs or logprobs.get("content") is None:
        return None
    return [
        TokenLogprob(
            token=entry["token"],
            logprob=float(entry["logprob"]),
            top_logprobs=[(t["token"], float(t["logprob"])) for t in entry.get("top_logprobs") or []],
        )
        for entry in logprobs["content"]
    ]


def _completion_logprobs(logprobs: dict[str, Any] | None) -> list[TokenLogprob] | None:
    if not logprobs or logprobs.get("tokens") is None:
        return None
    tops = logprobs.get("top_logprobs") or [None] * len(logprobs["tokens"])
    return [
        TokenLogprob(
            token=token,
            logprob=float(lp) if lp is not None else float("-inf"),
            top_logprobs=[(t, float(v)) for t, v in sorted((top or {}).items(), key=lambda kv: -kv[1])],
        )
        for token, lp, top in zip(logprobs["tokens"], logprobs["token_logprobs"], tops)
    ]


class RemoteEngine:
    """A `Generator` that forwards to an OpenAI-compatible server (see the module docstring)."""

    concurrent_calls = True  # concurrent requests: the upstream server batches them

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 600.0,
        max_model_len: int = 0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """`max_model_len=0`: unknown (learned from `/models` if published). `transport`: for tests."""
        self.base_url = base_url.rstrip("/")
        self.model_name = model
        self.max_model_len = max_model_len
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            base_url=self.base_url, headers=headers, timeout=timeout, transport=transport
        )

    # ---- lifecycle -----------------------------------------------------------------------------------------
    async def start(self) -> None:
        try:
            response = await self._client.get("/models")
        except httpx.HTTPError as exc:
            logger.warning("upstream %s is unreachable at start (%r); requests will fail until it is up",
                           self.base_url, exc)
            return
        try:
            response.raise_for_status()
            cards = {str(card.get("id")): card for card in response.json().get("data", [])}
        except (httpx.HTTPStatusError, ValueError, AttributeError) as exc:  # no (usable) model list
            logger.warning("upstream %s: GET /models failed (%r); not checking the model", self.base_url, exc)
            return
        if self.model_name not in cards:
            served = sorted(cards)
            raise EngineError(
                f"upstream {self.base_url} does not serve model {self.model_name!r} (it serves {served})",
                status_code=502,
            )
        if not self.max_model_len and cards[self.model_name].get("max_model_len"):
            self.max_model_len = int(cards[self.model_name]["max_model_len"])

    async def close(self) -> None:
        await self._client.aclose()

    async def reload(self, model_path: str) -> None:
        raise EngineError(
            "the remote engine serves whatever the upstream serves; reload it there", status_code=400
        )

    async def check_health(self) -> None:
        try:
            response = await self._client.get("/models")
        except httpx.HTTPError as exc:
            raise EngineError(f"upstream error: {exc!r}", status_code=502) from exc
        if response.status_code >= 400:
            raise EngineError(f"upstream error: GET /models answered {response.status_code}", status_code=502)

    # ---- request mapping -----------------------------------------------------------------------------------
    def request_body(self, prompt: Prompt, params: SamplingConfig) -> tuple[str, dict[str, Any]]:
        """The upstream path and JSON body for one call."""
        body: dict[str, Any] = {
            "model": self.model_name,
            "n": params.n,
            "max_tokens": params.max_tokens,
            "temperature": params.temperature,
            "top_p": params.top_p,
        }
        if params.stop:
            body["stop"] = list(params.stop)
        if params.seed is not None:
            body["seed"] = params.seed
        if params.min_tokens:
            body["min_tokens"] = params.min_tokens  # vLLM's extension; other upstreams may ignore it
        if params.frequency_penalty:
            body["frequency_penalty"] = params.frequency_penalty
        if params.presence_penalty:
            body["presence_penalty"] = params.presence_penalty
        if params.logit_bias:
            body["logit_bias"] = {str(token): bias for token, bias in params.logit_bias}
        if params.response_format is not None:  # the upstream constrains every one of the n samples
            body["response_format"] = params.response_format.openai()
        if isinstance(prompt, str):
            body["prompt"] = prompt
            if params.logprobs is not None:
                body["logprobs"] = params.logprobs
            return "/completions", body
        body["messages"] = prompt
        if params.logprobs is not None:
            body["logprobs"] = True
            body["top_logprobs"] = params.logprobs
        return "/chat/completions", body

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        message, param = _error_message(response)
        if response.status_code < 500:
            raise EngineError(message, status_code=response.status_code, param=param)
        raise EngineError(f"upstream error: {response.status_code} {message}", status_code=502)

    @staticmethod
    def _transport_error(exc: httpx.HTTPError) -> EngineError:
        if isinstance(exc, httpx.TimeoutException):
            return EngineError(f"upstream error: timed out ({exc!r})", status_code=504)
        return EngineError(f"upstream error: {exc!r}", status_code=502)

    @staticmethod
    def _candidates(body: dict[str, Any], chat: bool) -> list[Candidate]:
        choices = sorted(body.get("choices") or [], key=lambda c: c.get("index", 0))
        candidates = []
        for choice in choices:
            if chat:
                text = (choice.get("message") or {}).get("content") or ""
                logprobs = _chat_logprobs(choice.get("logprobs"))
            else:
                text = choice.get("text") or ""
                logprobs = _completion_logprobs(choice.get("logprobs"))
            candidates.append(Candidate(text, choice.get("finish_reason") or "length", 0, logprobs))
        total = int((body.get("usage") or {}).get("completion_tokens") or 0)
        if candidates and all(c.logprobs is not None for c in candidates):
            for c in candidates:
                c.num_tokens = len(c.logprobs)
        else:
            for c, count in zip(candidates, _split_evenly(total, len(candidates) or 1)):
                c.num_tokens = count
        return candidates

    # ---- Generator protocol --------------------------------------------------------------------------------
    async def generate(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> Generation:
        path, body = self.request_body(prompt, params)
        try:
            response = await self._client.post(path, json=body, headers={"X-Request-Id": request_id})
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        self._raise_for_status(response)
        try:
            payload = response.json()
        except ValueError as exc:
            message = f"upstream error: invalid JSON ({response.text[:200]!r})"
            raise EngineError(message, status_code=502) from exc
        prompt_tokens = int((payload.get("usage") or {}).get("prompt_tokens") or 0)
        return Generation(self._candidates(payload, path == "/chat/completions"), prompt_tokens)

    async def stream(
        self, prompt: Prompt, params: SamplingConfig, request_id: str
    ) -> AsyncIterator[StreamDelta]:
        path, body = self.request_body(prompt, params)
        async with aclosing(self._events(path, body, request_id, {})) as deltas:
            async for delta in deltas:
                yield delta

    def continuation_body(self, prompt: Prompt, partial: Partial, params: SamplingConfig) -> tuple[str, dict[str, Any]]:
        """The upstream path and body that continue `partial`: a text prompt goes to `/completions` as prompt +
        partial text; a chat prompt to `/chat/completions` with the partial as an open final assistant message
        (`continue_final_message`, an extension of vLLM and SGLang: the upstream renders its own template)."""
        path, body = self.request_body(prompt, params)
        if partial.text and isinstance(prompt, str):
            body["prompt"] = prompt + partial.text
        elif partial.text:
            body["messages"] = [*prompt, {"role": "assistant", "content": partial.text}]
            body.update(continue_final_message=True, add_generation_prompt=False)
        return path, body

    async def continue_partials(self, prompt: Prompt, partials: list[Partial], params: SamplingConfig,
                                request_id: str, chunk_tokens: int | None = None) -> AsyncIterator[ContinuationDelta]:
        """Continue each partial answer (see `engines.partials`) with one streamed upstream request apiece.

        What it costs over a local engine: every call sends the prompt and the partial TEXT again, and the
        upstream tokenizes it again. With prefix caching upstream (vLLM's default) the shared prompt and the
        blocks an earlier chunk computed are hits only where that re-tokenization reproduces the sampled tokens;
        at the joint it may not, so a continuation can condition on a slightly different token sequence than the
        one sampled, and a chunk may recompute its tail. Token counts per sample come from the streamed usage
        (`stream`). Closing the iterator closes every upstream connection, which makes vLLM abort.
        """
        async def one(i: int, partial: Partial) -> AsyncIterator[ContinuationDelta]:
            path, body = self.continuation_body(prompt, partial, step_config(params, partial, chunk_tokens))
            usage: dict[str, Any] = {}
            async with aclosing(self._events(path, body, f"{request_id}-{i}", usage)) as deltas:
                async for d in deltas:
                    prompt_tokens = 0 if partial.text else int(usage.get("prompt_tokens") or 0)
                    yield ContinuationDelta(i, d.index, d.text, d.num_tokens, (), d.finish_reason, prompt_tokens)

        async with aclosing(merge([one(i, p) for i, p in enumerate(partials)])) as merged:
            async for delta in merged:
                yield delta

    async def _events(self, path: str, body: dict[str, Any], request_id: str,
                      usage: dict[str, Any]) -> AsyncIterator[StreamDelta]:
        """Stream one upstream request as deltas; `usage` receives the upstream's reported usage."""
        body.update(stream=True, stream_options={"include_usage": True})
        chat = path == "/chat/completions"
        counted: dict[int, int] = {}  # tokens streamed so far per index
        finals: dict[int, StreamDelta] = {}  # finish deltas, held to carry the usage correction
        usage_total: int | None = None
        try:
            headers = {"X-Request-Id": request_id}
            async with self._client.stream("POST", path, json=body, headers=headers) as rsp:
                if rsp.status_code >= 400:
                    await rsp.aread()
                    self._raise_for_status(rsp)
                async for line in rsp.aiter_lines():
                    if not line.startswith("data:"):
                        continue  # blank separators, ": keep-alive" comments, "event:" lines
                    data = line[len("data:") :].strip()
                    if data == "[DONE]":
                        break
                    try:
                        chunk = json.loads(data)
                    except ValueError as exc:
                        message = f"upstream error: invalid event {data[:200]!r}"
                        raise EngineError(message, status_code=502) from exc
                    if "error" in chunk:  # vLLM reports a failure after the 200 as an error event
                        raise EngineError(f"upstream error: {_error_fields(chunk)[0]}", status_code=502)
                    if chunk.get("usage"):
                        usage.update(chunk["usage"])
                        usage_total = chunk["usage"].get("completion_tokens")
                    for choice in chunk.get("choices") or []:
                        delta = self._stream_delta(choice, chat)
                        counted[delta.index] = counted.get(delta.index, 0) + delta.num_tokens
                        if delta.finish_reason is not None:
                            finals[delta.index] = delta
                        elif delta.text:
                            yield delta
        except httpx.HTTPError as exc:
            raise self._transport_error(exc) from exc
        if usage_total is not None and counted:
            indexes = sorted(counted)
            shares = _split_evenly(usage_total - sum(counted.values()), len(indexes))
            for index, share in zip(indexes, shares):
                if index in finals:
                    finals[index].num_tokens = max(0, finals[index].num_tokens + share)
        for index in sorted(finals):
            yield finals[index]

    @staticmethod
    def _stream_delta(choice: dict[str, Any], chat: bool) -> StreamDelta:
        if chat:
            text = (choice.get("delta") or {}).get("content") or ""
            entries = ((choice.get("logprobs") or {}).get("content")) or None
        else:
            text = choice.get("text") or ""
            entries = ((choice.get("logprobs") or {}).get("tokens")) or None
        tokens = len(entries) if entries is not None else int(bool(text))
        return StreamDelta(choice.get("index", 0), text, choice.get("finish_reason"), num_tokens=tokens)
