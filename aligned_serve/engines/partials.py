"""Continuing partial answers: the types and helpers behind the optional `Generator.continue_partials`.

Reward-guided search (`aligned_serve.strategies.search`) grows answers a chunk at a time. It asks the engine to
continue a set of partial answers by up to `chunk_tokens` new tokens each, scores the partial answers with the
reward model, and continues only the promising ones:

    async for d in engine.continue_partials(prompt, [Partial(), Partial("Once", (7454,), 1, n=2)],
                                            SamplingConfig(max_tokens=256), "req-1", chunk_tokens=16):
        ...  # ContinuationDelta(partial=1, sample=0, text=" upon", num_tokens=1, token_ids=(2402,), ...)

`SamplingConfig.max_tokens` stays the budget of the WHOLE answer (engines check the context against it on the
first call, so an overflow is a 400 before anything is generated); each call adds at most `chunk_tokens`, and
`chunk_tokens=None` runs every partial to its end (how the last survivor of a search is streamed live).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from aligned_serve.engines.base import SamplingConfig

T = TypeVar("T")


@dataclass(frozen=True)
class Partial:
    """A partial answer to continue `n` times (n > 1 forks it into n independent samples)."""

    text: str = ""
    token_ids: tuple[int, ...] = ()  # the answer's tokens as sampled (vLLM, transformers); () for the remote engine
    num_tokens: int = 0  # tokens of the answer so far (counts against `max_tokens`)
    n: int = 1


@dataclass
class ContinuationDelta:
    """New output of sample `sample` of partial `partial` (streamed: many deltas per sample).

    The last delta of a sample carries `finish_reason` when the engine ended it: "stop" (EOS or a stop string)
    or "length" (the call's token limit: the chunk, which `collect` tells apart from the answer's budget).
    """

    partial: int
    sample: int
    text: str
    num_tokens: int
    token_ids: tuple[int, ...] = ()
    finish_reason: str | None = None
    prompt_tokens: int = 0  # the request prompt's tokens (without the partial), where the engine knows them


@dataclass
class Continuation:
    """Everything one sample added in one call. `finish_reason` None: it stopped at the chunk boundary."""

    text: str
    token_ids: tuple[int, ...]
    num_tokens: int
    finish_reason: str | None


def step_config(params: SamplingConfig, partial: Partial, chunk_tokens: int | None) -> SamplingConfig:
    """The sampling of one continuation call of `partial`: `partial.n` samples of at most `chunk_tokens` new
    tokens (None: the rest of the budget) within the answer's `max_tokens`; `min_tokens` less what it has."""
    left = params.max_tokens - partial.num_tokens
    if left < 1:
        raise ValueError(f"partial answer of {partial.num_tokens} tokens has no budget left of {params.max_tokens}")
    step = left if chunk_tokens is None else min(chunk_tokens, left)
    return replace(params, n=partial.n, max_tokens=step,
                   min_tokens=min(step, max(0, params.min_tokens - partial.num_tokens)))


def finished(reason: str | None, partial: Partial, new_tokens: int, params: SamplingConfig) -> str | None:
    """The answer's finish reason after a call: "length" only when the whole budget is used, None when the call
    merely reached its chunk limit (the answer can go on)."""
    if reason == "length" and partial.num_tokens + new_tokens < params.max_tokens:
        return None
    return reason


UNFINISHED = "\ufffd"  # a decoder's text for the bytes of a character whose end it has not seen


class ContextText:
    """The text of the tokens that continue `context` (token ids), decoded with the context's end in front.

    Needed where the context ends inside a character (a partial answer cut between the byte tokens of an emoji):
    vLLM's detokenizer, primed with the whole prompt, then answers with the text of the prompt itself
    (tokenizers' `DecodeStream` prefill), and matches stop strings against it. This decodes `context[-8:]` plus
    the new ids, so the first new token completes the character; it holds back an unfinished character and what
    could start a stop string, and ends the text at the first stop string (`stopped`).
    """

    def __init__(self, decode: Callable[[list[int]], str], context: Sequence[int], stop: Sequence[str]) -> None:
        self.decode, self.stop = decode, [s for s in stop if s]
        self.tail = list(context[-8:])
        self.start = len(self.complete(self.tail))
        self.ids: list[int] = []
        self.sent = 0
        self.stopped = False

    @staticmethod
    def needed(decode: Callable[[list[int]], str], context: Sequence[int]) -> bool:
        """True when `context` ends inside a character (UTF-8 takes at most 4 bytes: the last 4 tokens tell)."""
        return decode(list(context[-4:])).endswith(UNFINISHED)

    def complete(self, ids: list[int]) -> str:
        """The text of `ids` without the tokens of an unfinished character at the end, which an incremental
        detokenizer holds back whole (the space of " \\xf0", say, with the rest of the emoji)."""
        for cut in range(min(4, len(ids)) + 1):
            if not (text := self.decode(ids[: len(ids) - cut])).endswith(UNFINISHED):
                break
        return text

    def step(self, ids: Sequence[int], finished: bool) -> str:
        """The text that `ids`, the next tokens, add (nothing once `stopped`)."""
        if self.stopped:
            return ""
        self.ids.extend(ids)
        text = self.complete(self.tail + self.ids)[self.start:]
        hits = [i for s in self.stop if (i := text.find(s)) >= 0]
        if hits:
            text, self.stopped = text[: min(hits)], True
        elif not finished:
            text = text[: len(text) - max(map(len, self.stop), default=1) + 1]
        new, self.sent = text[self.sent:], max(self.sent, len(text))
        return new


async def collect(deltas: AsyncIterator[ContinuationDelta], partials: Sequence[Partial],
                  params: SamplingConfig) -> tuple[list[list[Continuation]], int]:
    """Gather a `continue_partials` stream into `[partial][sample]` continuations and the prompt tokens."""
    return assemble([d async for d in deltas], partials, params)


def assemble(deltas: Sequence[ContinuationDelta], partials: Sequence[Partial],
             params: SamplingConfig) -> tuple[list[list[Continuation]], int]:
    """`collect` for deltas already gathered."""
    parts: dict[tuple[int, int], list[ContinuationDelta]] = {}
    prompt_tokens = 0
    for d in deltas:
        parts.setdefault((d.partial, d.sample), []).append(d)
        prompt_tokens = max(prompt_tokens, d.prompt_tokens)
    out: list[list[Continuation]] = []
    for i, partial in enumerate(partials):
        samples = []
        for s in range(partial.n):
            got = parts.get((i, s), [])
            tokens = sum(d.num_tokens for d in got)
            reason = next((d.finish_reason for d in reversed(got) if d.finish_reason), None)
            samples.append(Continuation("".join(d.text for d in got), tuple(t for d in got for t in d.token_ids),
                                        tokens, finished(reason, partial, tokens, params)))
        out.append(samples)
    return out, prompt_tokens


async def merge(streams: Sequence[AsyncIterator[T]]) -> AsyncIterator[T]:
    """Items of several async iterators as they arrive, each consumed by its own task.

    The first failure is re-raised. When the consumer stops early (cancelled, closed), every stream still
    running is cancelled, which makes vLLM abort its request and httpx close its connection.
    """
    queue: asyncio.Queue[tuple[str, object]] = asyncio.Queue()

    async def pump(stream: AsyncIterator[T]) -> None:
        try:
            async for item in stream:
                queue.put_nowait(("item", item))
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which re-raises it
            queue.put_nowait(("error", exc))
        finally:
            queue.put_nowait(("done", None))

    tasks = [asyncio.ensure_future(pump(s)) for s in streams]
    try:
        running = len(tasks)
        while running:
            kind, value = await queue.get()
            if kind == "done":
                running -= 1
            elif kind == "error":
                assert isinstance(value, Exception)
                raise value
            else:
                yield value  # type: ignore[misc]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
