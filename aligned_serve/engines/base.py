"""The `Generator` protocol: what every generation engine (vLLM, transformers, remote) provides.

Strategies in `aligned_serve.serving` are written against this protocol and `reward_models.base.RewardModel`
and nothing else, so they are tested with fakes and run unchanged on any engine.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from aligned_core.errors import ServingError

Message = dict[str, Any]  # an OpenAI chat message: {"role": ..., "content": ...}
Prompt = str | list[Message]  # plain text (completions) or chat messages (chat completions)


class EngineError(ServingError):
    """A generation failure the client caused (bad prompt, context overflow): mapped to a 4xx."""


@dataclass(frozen=True)
class ResponseFormat:
    """OpenAI `response_format` (JSON mode): any JSON object, or one matching `schema` (JSON text of a JSON
    schema, with the OpenAI `json_schema` wrapper's `name` and `strict`)."""

    type: Literal["json_object", "json_schema"]
    schema: str | None = None
    name: str | None = None
    strict: bool | None = None

    def openai(self) -> dict[str, Any]:
        """The OpenAI request form (what an OpenAI-compatible upstream takes)."""
        if self.type == "json_object":
            return {"type": "json_object"}
        spec: dict[str, Any] = {"name": self.name or "response"}
        if self.schema is not None:
            spec["schema"] = json.loads(self.schema)
        if self.strict is not None:
            spec["strict"] = self.strict
        return {"type": "json_schema", "json_schema": spec}


@dataclass(frozen=True)
class SamplingConfig:
    """Engine-neutral sampling parameters for one generate call that returns `n` candidates.

    An engine that cannot honour a parameter refuses the call with an `EngineError` naming it (a 400); none is
    silently dropped."""

    n: int = 1
    max_tokens: int = 128
    min_tokens: int = 0  # EOS and stop strings are ignored until this many tokens (vLLM's extension)
    temperature: float = 1.0
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    logprobs: int | None = None  # None: no logprobs; k >= 0: the sampled token's logprob plus top-k
    frequency_penalty: float = 0.0  # OpenAI's: minus penalty x count of the token in the output so far
    presence_penalty: float = 0.0  # OpenAI's: minus penalty once the token appeared in the output
    logit_bias: tuple[tuple[int, float], ...] = ()  # (token id, bias added to its logit), sorted by id
    response_format: ResponseFormat | None = None  # constrain every candidate to JSON (structured outputs)


@dataclass
class TokenLogprob:
    token: str
    logprob: float
    top_logprobs: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class Candidate:
    """One sampled continuation."""

    text: str
    finish_reason: Literal["stop", "length"] | str
    num_tokens: int
    logprobs: list[TokenLogprob] | None = None


@dataclass
class Generation:
    """All candidates of one generate call. `completion_tokens` counts every candidate's tokens."""

    candidates: list[Candidate]
    prompt_tokens: int

    @property
    def completion_tokens(self) -> int:
        return sum(c.num_tokens for c in self.candidates)


@dataclass
class FinishedCandidate:
    """One candidate as soon as it finishes (engines with `iter_candidates` let scoring overlap generation)."""

    index: int
    candidate: Candidate
    prompt_tokens: int


@dataclass
class StreamDelta:
    """One streamed increment of candidate `index` (used by strategy `none` for true token streaming)."""

    index: int
    text: str
    finish_reason: str | None = None
    num_tokens: int = 0  # tokens this delta adds (for usage in streamed responses)
    token_ids: tuple[int, ...] = ()  # the ids of those tokens, where the engine has them (continuing partials)


@runtime_checkable
class Generator(Protocol):
    """A source of candidates. One `generate` call with `n > 1` shares the prompt (one prefill, shared KV)."""

    model_name: str
    max_model_len: int

    async def generate(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> Generation:
        """Sample `params.n` candidates. Cancelling the awaiting task aborts the generation."""
        ...

    def stream(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> AsyncIterator[StreamDelta]:
        """Yield text deltas as they are produced, for every one of the `params.n` candidates."""
        ...

    # Optional: `iter_candidates(prompt, params, request_id) -> AsyncIterator[FinishedCandidate]` yields each
    # candidate the moment it finishes. Strategies use it, when present, to score early finishers while the
    # others are still decoding (see `AlignContext.sample_and_score`).
    #
    # Optional: `continue_partials(prompt, partials, params, request_id, chunk_tokens=None)
    # -> AsyncIterator[ContinuationDelta]` continues partial answers (`engines.partials.Partial`) by up to
    # `chunk_tokens` new tokens each, `partial.n` samples apiece, streaming the new text and token ids; reward-
    # guided search (`strategies.search`) needs it. Closing the iterator aborts every continuation still running.
    #
    # Optional: `concurrent_calls = True` says that calls running at the same time decode in one batch (vLLM,
    # an upstream server), so a search may give every candidate its own call; an engine that runs calls one
    # after another (transformers, one worker) leaves it unset and gets rounds of batched calls instead.

    async def start(self) -> None:
        """Load weights / open connections. Called once from the app lifespan."""
        ...

    async def close(self) -> None: ...

    async def reload(self, model_path: str) -> None:
        """Swap in a new policy checkpoint; in-flight requests finish on the old one."""
        ...
