"""Pieces of OpenAI responses built from engine candidates: logprob blocks, and the one SSE encoder every stream
uses (`sse(chunk)` per event, `SSE_DONE` last, as OpenAI frames them).

Used by `aligned_serve.serving`; pure functions of their inputs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from pydantic import BaseModel

from aligned_serve.engines.base import Candidate
from aligned_serve.protocol import ChatLogprobToken, ChoiceLogprobs, CompletionLogprobs, TopLogprob

STREAM_CHUNK_CHARS = 16  # a selected answer is replayed as SSE chunks of about this many characters
SSE_DONE = "data: [DONE]\n\n"  # OpenAI's end-of-stream event


def sse(body: BaseModel) -> str:
    """One server-sent event carrying `body` as JSON (unset optional fields left out, as OpenAI does)."""
    return f"data: {body.model_dump_json(exclude_none=True)}\n\n"


async def primed(stream: AsyncIterator[str]) -> AsyncIterator[str]:
    """Pull the first event before the HTTP response starts, so request errors (e.g. a prompt longer than the
    context) still become a proper 4xx instead of a broken event stream."""
    first = await stream.__anext__()

    async def chained() -> AsyncIterator[str]:
        yield first
        async for event in stream:
            yield event

    return chained()


def pieces(text: str) -> list[str]:
    """`text` cut into stream chunks of `STREAM_CHUNK_CHARS` characters (one empty chunk for empty text)."""
    return [text[i: i + STREAM_CHUNK_CHARS] for i in range(0, len(text), STREAM_CHUNK_CHARS)] or [""]


def chat_logprobs(c: Candidate) -> ChoiceLogprobs | None:
    if c.logprobs is None:
        return None
    return ChoiceLogprobs(content=[
        ChatLogprobToken(token=t.token, logprob=t.logprob, bytes=list(t.token.encode()),
                         top_logprobs=[TopLogprob(token=tok, logprob=lp, bytes=list(tok.encode()))
                                       for tok, lp in t.top_logprobs])
        for t in c.logprobs
    ])


def completion_logprobs(c: Candidate) -> CompletionLogprobs | None:
    if c.logprobs is None:
        return None
    offsets, pos = [], 0
    for t in c.logprobs:
        offsets.append(pos)
        pos += len(t.token)
    return CompletionLogprobs(
        text_offset=offsets,
        token_logprobs=[t.logprob for t in c.logprobs],
        tokens=[t.token for t in c.logprobs],
        top_logprobs=[dict(t.top_logprobs) for t in c.logprobs],
    )
