"""The `Generator` protocol: what every generation engine (vLLM, transformers, remote) provides.

Strategies in `aligned_serve.serving` are written against this protocol and `reward_models.base.RewardModel`
and nothing else, so they are tested with fakes and run unchanged on any engine.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Message = dict[str, Any]  # an OpenAI chat message: {"role": ..., "content": ...}
Prompt = str | list[Message]  # plain text (completions) or chat messages (chat completions)


class EngineError(Exception):
    """A generation failure the client caused (bad prompt, context overflow): mapped to a 4xx."""

    def __init__(self, message: str, status_code: int = 400, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.param = param


@dataclass(frozen=True)
class SamplingConfig:
    """Engine-neutral sampling parameters for one generate call that returns `n` candidates."""

    n: int = 1
    max_tokens: int = 128
    min_tokens: int = 0  # EOS and stop strings are ignored until this many tokens (vLLM's extension)
    temperature: float = 1.0
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    logprobs: int | None = None  # None: no logprobs; k >= 0: the sampled token's logprob plus top-k


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

    async def start(self) -> None:
        """Load weights / open connections. Called once from the app lifespan."""
        ...

    async def close(self) -> None: ...

    async def reload(self, model_path: str) -> None:
        """Swap in a new policy checkpoint; in-flight requests finish on the old one."""
        ...
