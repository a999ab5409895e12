"""What every alignment strategy sees and returns.

A strategy is an async function `(AlignContext) -> AlignOutcome`. It talks only to the `Generator` protocol
(through `ctx.generate`) and to a reward model (through `ctx.score`), so it is tested with fakes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aligned_core.errors import ServingError
from aligned_serve.engines.base import Candidate, Generator, Prompt, SamplingConfig


class StrategyError(ServingError):
    """A request the strategy cannot satisfy as asked (e.g. rejection budget exhausted with on_budget=error)."""

    default_status = 422


ScoreFn = Callable[[Prompt, list[str]], Awaitable[list[float]]]


@dataclass(frozen=True)
class SearchPlan:
    """Resolved `alignment.search` parameters of strategy `search` (see `strategies.search`)."""

    method: str  # speculative_rejection | beam | particle
    chunk_tokens: int | None  # as the request gave it; None: `default_chunk_tokens`, fitted to max_tokens
    default_chunk_tokens: int  # the server's default chunk
    keep: float  # speculative_rejection: fraction of candidates kept at each checkpoint
    beam_width: int  # beam: beams kept after each chunk
    expand: int  # beam: samples drawn from each kept beam per chunk
    tau: float  # particle: softmax temperature of the resampling weights
    max_rounds: int  # server limit on scoring rounds (max_tokens / chunk_tokens)
    lookahead: bool = False  # speculative_rejection: one call per answer, generating on while it is scored


@dataclass(frozen=True)
class AlignPlan:
    """Resolved alignment parameters (request values over server defaults), validated against server limits."""

    strategy: str
    n: int  # candidates per request (best_of_n, rerank) or choices (none)
    choices: int  # OpenAI `n`: how many choices to return
    threshold: float
    max_samples: int
    batch_size: int
    on_budget_exhausted: str
    return_candidates: bool
    search: SearchPlan | None = None  # strategy search only


@dataclass
class ScoredCandidate:
    index: int  # sampling order across all rounds
    candidate: Candidate
    reward: float | None  # a pruned search candidate: its last partial reward
    pruned: bool = False  # search: dropped before it finished
    parent: int | None = None  # search: the candidate it forked from (it shares that one's text up to the fork)
    generated: int | None = None  # search: tokens generated for it after its fork; None: all of candidate's

    @property
    def tokens(self) -> int:
        """Tokens generated for this candidate alone: the sum over candidates counts each generated token once."""
        return self.candidate.num_tokens if self.generated is None else self.generated


@dataclass
class AlignOutcome:
    candidates: list[ScoredCandidate]  # every candidate drawn, in sampling order
    chosen: list[int]  # indices into `candidates`, best first, len == choices returned
    accepted: bool
    prompt_tokens: int
    rounds: int = 1
    generate_seconds: float = 0.0
    score_seconds: float = 0.0

    @property
    def completion_tokens(self) -> int:
        return sum(c.tokens for c in self.candidates)


@dataclass
class AlignContext:
    generator: Generator
    prompt: Prompt
    sampling: SamplingConfig  # n is overwritten per generate call
    plan: AlignPlan
    score_fn: ScoreFn | None
    request_id: str
    timings: dict[str, float] = field(default_factory=lambda: {"generate": 0.0, "score": 0.0})
    emit: Callable[[str], None] | None = None  # streaming search: receives "" once started, then answer text
    partial_score_fn: ScoreFn | None = None  # scores partial answers (search checkpoints); None: score_fn does
    _calls: int = 0

    async def generate(self, n: int) -> tuple[list[Candidate], int]:
        """Draw `n` candidates in one engine request (shared prompt prefill). Returns (candidates, prompt_tokens)."""
        from dataclasses import replace

        self._calls += 1
        start = time.perf_counter()
        gen = await self.generator.generate(
            self.prompt, replace(self.sampling, n=n), f"{self.request_id}-{self._calls}"
        )
        self.timings["generate"] += time.perf_counter() - start
        return gen.candidates, gen.prompt_tokens

    async def sample_and_score(self, n: int, offset: int = 0) -> tuple[list[ScoredCandidate], int]:
        """Draw `n` candidates in one engine request and score them; returns (scored, prompt_tokens).

        With an engine that yields candidates as they finish (`iter_candidates`), each finished candidate is
        scored at once while the rest are still decoding, so only the last finisher's scoring stays on the
        critical path. `timings["score"]` counts scoring time that was NOT hidden behind generation.
        """
        iterate = getattr(self.generator, "iter_candidates", None)
        if iterate is None or self.score_fn is None:
            candidates, prompt_tokens = await self.generate(n)
            rewards = await self.score([c.text for c in candidates])
            return [ScoredCandidate(offset + i, c, r) for i, (c, r) in enumerate(zip(candidates, rewards))], \
                prompt_tokens

        from dataclasses import replace

        self._calls += 1
        start = time.perf_counter()
        candidates: dict[int, Candidate] = {}
        scoring: dict[int, asyncio.Future[list[float]]] = {}
        prompt_tokens = 0
        try:
            async for done in iterate(self.prompt, replace(self.sampling, n=n), f"{self.request_id}-{self._calls}"):
                candidates[done.index] = done.candidate
                prompt_tokens = done.prompt_tokens
                scoring[done.index] = asyncio.ensure_future(self.score_fn(self.prompt, [done.candidate.text]))
            generated = time.perf_counter()
            self.timings["generate"] += generated - start
            order = sorted(candidates)
            rewards = await asyncio.gather(*(scoring[i] for i in order))
            self.timings["score"] += time.perf_counter() - generated
        except BaseException:
            for task in scoring.values():
                task.cancel()
            raise
        if len(order) != n:
            raise StrategyError(f"the engine returned {len(order)} of {n} candidates", status_code=502)
        return [ScoredCandidate(offset + k, candidates[i], rewards[k][0]) for k, i in enumerate(order)], \
            prompt_tokens

    async def score(self, texts: list[str], partial: bool = False) -> list[float]:
        """Rewards of `texts` (whole answers; `partial`: answers cut at a checkpoint, scored by
        `partial_score_fn` where the reward model has a cheaper twin for them)."""
        (rewards,) = await self.score_groups([(texts, partial)])
        return rewards

    async def score_groups(self, groups: list[tuple[list[str], bool]]) -> list[list[float]]:
        """`score` for several (texts, partial) groups at once, concurrently; `timings["score"]` gets the wall
        time, not the sum of the calls."""
        score_fn = self.score_fn
        if score_fn is None:
            raise StrategyError("this strategy needs a reward model", status_code=400)
        partial_fn = self.partial_score_fn or score_fn
        start = time.perf_counter()
        rewards = await asyncio.gather(*((partial_fn if partial else score_fn)(self.prompt, texts)
                                         for texts, partial in groups))
        self.timings["score"] += time.perf_counter() - start
        return list(rewards)


def rank(scored: list[ScoredCandidate], prefer_finished: bool = False) -> list[int]:
    """Candidate positions ordered by reward, best first; ties keep sampling order (stable). With
    `prefer_finished` (structured outputs), answers cut by max_tokens rank after every finished one: a JSON answer
    cut mid-object is invalid whatever its reward."""
    def key(i: int) -> tuple[bool, float]:
        reward = scored[i].reward
        cut = prefer_finished and scored[i].candidate.finish_reason == "length"
        return cut, -(reward if reward is not None else float("-inf"))

    return sorted(range(len(scored)), key=key)
