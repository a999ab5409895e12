"""Reward-guided search: grow candidates a chunk at a time and spend tokens where partial rewards say it pays.

    "alignment": {"strategy": "search", "n": 16,
                  "search": {"method": "speculative_rejection", "chunk_tokens": 16, "keep": 0.4}}

Every method drives `Generator.continue_partials` (`engines/partials.py`) and scores PARTIAL answers with the
request's reward model (`score(prompt, partial texts)`, one batched call per round):

- speculative_rejection (Sun et al. 2024, arXiv 2410.20290): start `n` candidates; after every `chunk_tokens`,
  score them and keep the top `keep` fraction (at least one), until one remains or all finished. The last one
  left runs to its end in one engine call, streamed live when the client streams. Final pick: the best
  full-answer reward. With `lookahead` (the server default) on an engine that batches concurrent calls (vLLM,
  remote), every candidate is instead one engine call from start to end that never pauses: its prefix at each
  checkpoint is scored while it generates on (`Streams`).
- beam: reward-guided beam search over chunks. `beam_width * expand` candidates start; after every chunk the top
  `beam_width` (finished beams included) are kept and each live one draws `expand` samples of the next chunk,
  until every kept beam finished.
- particle (Puri et al. 2025, arXiv 2502.01618): `n` particles; after every chunk draw `n` of them with
  replacement, with probabilities softmax(partial reward / tau). A live particle drawn k times forks into k; a
  finished one keeps its k copies as weight. Ends when no drawn particle is live. Final pick: the best reward.

Accounting: a candidate is one path through the search. A fork (a beam expansion, a resampled particle) is a new
candidate whose `parent` it repeats up to the fork and whose `tokens` count only what was generated after it, so
the candidates' tokens add up to every token generated (`usage.completion_tokens`).

Streaming (`AlignContext.emit`): "" once the engine produced its first tokens, then the answer's text: the
speculative_rejection survivor's prefix and then its tokens live, or, for beam and particle (which keep several
candidates to the very end), the chosen answer when the search ends. A stop string that spans the boundary
between two chunks is found when the later chunk returns; only one that spans into the live tail is missed.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, replace

from aligned_serve.engines.base import Candidate
from aligned_serve.engines.partials import Continuation, ContinuationDelta, Partial, collect
from aligned_serve.protocol.common import SearchParams
from aligned_serve.strategies.base import AlignContext, AlignOutcome, ScoredCandidate, SearchPlan, StrategyError

# keep 40% at each checkpoint: n=16 is down to one after 3 chunks (16 -> 6 -> 2 -> 1). Chosen on validation
# (scripts/search_replay, docs/experiments.md session 21): at chunk 16 it gives up 0.02 of best-of-8's pass rate for
# 0.59x / 0.49x its tokens (answers cut at 128 / 256 tokens), where 0.5 needed 0.70x / 0.57x.
DEFAULT_KEEP = 0.4
# A default chunk is at most an eighth of max_tokens: keep 0.4 prunes n=16 to one in 3 chunks, so the survivor
# streams after 3/8 of the budget at most. Chosen on validation (scripts/search_replay, --max-tokens 64): with
# 64-token answers chunk 16 spent 0.89x best-of-8's tokens, chunk 8 0.52x (docs/experiments.md, session 22).
MIN_DEFAULT_CHUNK = 8
DEFAULT_BEAM_WIDTH = 2
DEFAULT_EXPAND = 4  # with DEFAULT_BEAM_WIDTH: 8 candidates per chunk, best-of-8's width
DEFAULT_TAU = 1.0  # reward-model logits are O(1) apart; tau 1 resamples in proportion to exp(reward)
APPLIES_TO = {"keep": ("speculative_rejection",), "lookahead": ("speculative_rejection",), "beam_width": ("beam",),
              "expand": ("beam",), "tau": ("particle",)}


def search_plan(params: SearchParams | None, n: int | None, max_n: int, default_chunk_tokens: int,
                max_rounds: int) -> SearchPlan:
    """Request parameters over the defaults, checked against the server limits (a 400 naming the field).
    `n`: the request's `alignment.n` as given (None when unset), which beam search does not take."""
    p = params or SearchParams()
    if p.method == "beam" and n is not None:
        raise StrategyError("beam search draws beam_width * expand candidates per chunk; it takes no alignment.n",
                            status_code=400, param="alignment.n")
    width, expand = p.beam_width or DEFAULT_BEAM_WIDTH, p.expand or DEFAULT_EXPAND
    if p.method == "beam" and width * expand > max_n:
        field = "alignment.search.expand" if p.expand is not None else "alignment.search.beam_width"
        raise StrategyError(f"beam search draws beam_width * expand = {width} * {expand} = {width * expand} "
                            f"candidates per chunk; this server's limit is {max_n}", status_code=400, param=field)
    for name, methods in APPLIES_TO.items():
        if getattr(p, name) is not None and p.method not in methods:
            raise StrategyError(f"alignment.search.{name} belongs to method {' or '.join(methods)}, not {p.method}",
                                status_code=400, param=f"alignment.search.{name}")
    return SearchPlan(p.method, p.chunk_tokens, default_chunk_tokens, p.keep or DEFAULT_KEEP, width, expand,
                      p.tau or DEFAULT_TAU, max_rounds, lookahead=p.lookahead is not False)


def chunk_size(plan: SearchPlan, max_tokens: int) -> int:
    """The request's chunk: as asked (a 400 when it cannot fit the limits) or the default fitted to them: the
    server's default, but at most an eighth of `max_tokens` (not under MIN_DEFAULT_CHUNK), and within the round
    limit."""
    if plan.chunk_tokens is None:
        fitted = min(plan.default_chunk_tokens, max(MIN_DEFAULT_CHUNK, max_tokens // 8))
        return min(max_tokens, max(fitted, math.ceil(max_tokens / plan.max_rounds)))
    if plan.chunk_tokens > max_tokens:
        raise StrategyError(f"chunk_tokens={plan.chunk_tokens} exceeds max_tokens={max_tokens}", status_code=400,
                            param="alignment.search.chunk_tokens")
    if math.ceil(max_tokens / plan.chunk_tokens) > plan.max_rounds:
        least = math.ceil(max_tokens / plan.max_rounds)
        raise StrategyError(f"chunk_tokens={plan.chunk_tokens} with max_tokens={max_tokens} makes "
                            f"{math.ceil(max_tokens / plan.chunk_tokens)} scoring rounds; this server allows "
                            f"{plan.max_rounds} (use chunk_tokens >= {least})", status_code=400,
                            param="alignment.search.chunk_tokens")
    return plan.chunk_tokens


@dataclass
class Path:
    """One candidate of a search: an answer grown chunk by chunk."""

    index: int
    parent: int | None = None
    text: str = ""
    token_ids: tuple[int, ...] = ()
    num_tokens: int = 0  # tokens of the answer, the parent's included
    generated: int = 0  # tokens generated for this candidate (after its fork)
    finish_reason: str | None = None
    reward: float | None = None  # of the text as last scored: partial while live, full once finished
    scored_partial: bool = False  # `reward` came from scoring a partial answer (the reward model's twin, if any)
    dirty: bool = True  # the text changed since `reward` was computed
    pruned: bool = False
    copies: int = 1  # particle: how many particles a finished path stands for

    @property
    def live(self) -> bool:
        return not self.pruned and self.finish_reason is None

    def append(self, cont: Continuation, stop: tuple[str, ...]) -> None:
        """Add a chunk; end the answer at a stop string that spans the boundary (the engine sees one chunk)."""
        start = len(self.text)
        self.text += cont.text
        self.token_ids += cont.token_ids
        self.num_tokens += cont.num_tokens
        self.generated += cont.num_tokens
        self.finish_reason = cont.finish_reason
        self.dirty = True
        hits = [i for s in stop if s and (i := self.text.find(s, max(0, start - len(s) + 1))) >= 0 and i < start]
        if start and hits:
            self.text, self.finish_reason = self.text[: min(hits)], "stop"


Fork = tuple[Path | None, int]  # continue this path k times (None: k new candidates from the empty answer)


class Search:
    """The candidates of one search request and the engine and reward-model calls that grow and score them."""

    def __init__(self, ctx: AlignContext) -> None:
        plan = ctx.plan.search
        if plan is None or ctx.plan.choices != 1:
            raise StrategyError("strategy search returns one answer: n must be 1", status_code=400, param="n")
        if ctx.sampling.logprobs is not None:
            raise StrategyError("logprobs are not available with strategy search", status_code=400,
                                param="logprobs")
        if ctx.sampling.response_format is not None:
            # A continuation restarts the grammar mid-answer, so candidates could leave the JSON shape.
            raise StrategyError("response_format is not available with strategy search; use best_of_n",
                                status_code=400, param="response_format")
        self.continue_partials = getattr(ctx.generator, "continue_partials", None)
        if self.continue_partials is None:
            raise StrategyError(f"the engine of {ctx.generator.model_name} cannot continue partial answers, which "
                                "strategy search needs", status_code=400, param="alignment.strategy")
        self.ctx, self.plan = ctx, plan
        self.chunk = chunk_size(plan, ctx.sampling.max_tokens)
        self.paths: list[Path] = []
        self.prompt_tokens = self.rounds = self.calls = 0
        self.started = False
        self.shown: Path | None = None  # the path whose text was emitted

    def pool(self) -> list[Path]:
        return [p for p in self.paths if not p.pruned]

    def live(self) -> list[Path]:
        return [p for p in self.paths if p.live]

    def _new(self, parent: Path | None) -> Path:
        path = Path(len(self.paths))
        if parent is not None:
            path = Path(len(self.paths), parent.index, parent.text, parent.token_ids, parent.num_tokens)
        self.paths.append(path)
        return path

    async def grow(self, forks: list[Fork], to_end: bool = False, live: bool = False) -> None:
        """Continue every (path, k) by one chunk (`to_end`: to its end): sample 0 extends the path itself, the
        others fork new candidates from it as it is now. `live`: emit the new text as the engine produces it."""
        ctx, emit = self.ctx, self.ctx.emit
        partials = [Partial(n=k) if p is None else Partial(p.text, p.token_ids, p.num_tokens, k) for p, k in forks]
        groups = [[self._new(None) for _ in range(k)] if p is None else [p, *(self._new(p) for _ in range(k - 1))]
                  for p, k in forks]
        self.calls += 1
        params = ctx.sampling  # no logprobs: `__init__` refuses them for search
        stream = self.continue_partials(ctx.prompt, partials, params, f"{ctx.request_id}-{self.calls}",
                                        chunk_tokens=None if to_end else self.chunk)

        async def watched() -> AsyncIterator[ContinuationDelta]:
            async with aclosing(stream):  # closed however this ends: the engine aborts what still runs
                async for d in stream:
                    if emit is not None and not self.started:
                        emit("")  # tells the response stream that the engine accepted the request
                    if emit is not None and live and d.text:
                        emit(d.text)
                    self.started = True
                    yield d

        start = time.perf_counter()
        results, prompt_tokens = await collect(watched(), partials, params)
        ctx.timings["generate"] += time.perf_counter() - start
        self.prompt_tokens = max(self.prompt_tokens, prompt_tokens)
        for group, samples in zip(groups, results):
            for path, cont in zip(group, samples):
                path.append(cont, () if live else ctx.sampling.stop)  # streamed text stays as streamed

    async def score(self, texts: dict[int, str] | None = None) -> None:
        """Score every kept path whose text changed since it was last scored, in one batched call. `texts`: what
        to score of some paths instead of their whole text (a live path's prefix at a checkpoint)."""
        todo = [p for p in self.pool() if p.dirty]
        if todo:
            text = {p.index: texts.get(p.index, p.text) if texts else p.text for p in todo}
            cut: list[Path] = []
            whole: list[Path] = []
            for p in todo:  # partial while it generates on, or when a checkpoint's prefix of it is scored
                (cut if p.live or text[p.index] != p.text else whole).append(p)
            groups = [(g, g is cut) for g in (cut, whole) if g]
            got = await self.ctx.score_groups([([text[p.index] for p in g], partial) for g, partial in groups])
            for (group, partial), rewards in zip(groups, got):
                for path, reward in zip(group, rewards):
                    path.reward, path.dirty, path.scored_partial = reward, False, partial
            self.rounds += 1

    def keep_top(self, k: int) -> None:
        """Prune all but the `k` best-scored kept paths (ties keep the earlier candidate)."""
        for path in sorted(self.pool(), key=lambda p: -_reward(p))[k:]:
            path.pruned = True

    async def run_to_end(self, path: Path) -> None:
        """Finish the one remaining candidate in a single engine call, its tokens emitted as they come."""
        if self.ctx.emit is not None:
            if path.text:
                self.ctx.emit(path.text)
            self.shown = path
        await self.grow([(path, 1)], to_end=True, live=self.ctx.emit is not None)
        await self.score()

    def outcome(self) -> AlignOutcome:
        """The best-rewarded kept path is the answer (emitted now, unless it already streamed)."""
        chosen = max(self.pool(), key=_reward)
        if self.ctx.emit is not None and self.shown is not chosen:
            self.ctx.emit(chosen.text)
        candidates = [ScoredCandidate(p.index, Candidate(p.text, p.finish_reason or "length", p.num_tokens), p.reward,
                                      pruned=p.pruned, parent=p.parent, generated=p.generated) for p in self.paths]
        return AlignOutcome(candidates, [chosen.index], True, self.prompt_tokens, self.rounds,
                            self.ctx.timings["generate"], self.ctx.timings["score"])


class Streams:
    """Speculative rejection with `lookahead`: every candidate is ONE engine call, from the empty answer to its end,
    which never pauses. At each checkpoint (every `chunk_tokens`) the prefixes of exactly that many tokens are
    scored while the candidates generate on; a pruned candidate's call is aborted, what it generated meanwhile
    counted in `generated` (and usage). No call is re-made per round, so the engine never re-reads a prompt and
    partial answer (on vLLM: no prefill of the last, uncached KV block), and nothing waits for a round to end.
    The last candidate left streams live from where it is. Checkpoints count the tokens the engine reports per
    delta: exact on vLLM; the remote engine counts a streamed text chunk as one token until the call ends, so
    there a checkpoint and a pruned candidate's count are approximate."""

    def __init__(self, search: Search) -> None:
        self.search, self.changed = search, asyncio.Event()
        self.marks: dict[int, list[tuple[int, int]]] = {}  # path -> (tokens, text length) after each delta
        self.tasks: dict[int, asyncio.Future[None]] = {}
        search.calls += 1

    async def start(self, paths: list[Path]) -> None:
        """Start a call per path: the first alone, the others once it produced a token. By then the prompt is in
        the engine's prefix cache, so it is prefilled once (calls started together would each prefill it)."""
        first, *rest = paths
        self._start(first)
        while len(self.marks[first.index]) == 1 and not self.tasks[first.index].done():
            self.changed.clear()
            await self.changed.wait()
        self.check()
        for path in rest:
            self._start(path)

    def _start(self, path: Path) -> None:
        ctx = self.search.ctx
        self.marks[path.index] = [(0, 0)]
        params = ctx.sampling  # a seeded request: seed + i for candidate i, as vLLM seeds the samples of one call
        if params.seed is not None:
            params = replace(params, seed=params.seed + path.index)
        stream = self.search.continue_partials(ctx.prompt, [Partial()], params,
                                               f"{ctx.request_id}-{self.search.calls}-{path.index}",
                                               chunk_tokens=None)
        self.tasks[path.index] = asyncio.ensure_future(self._pump(path, stream))

    async def _pump(self, path: Path, stream: AsyncIterator[ContinuationDelta]) -> None:
        search, emit = self.search, self.search.ctx.emit
        try:
            async with aclosing(stream):  # closed however this ends: the engine aborts the request
                async for d in stream:
                    if emit is not None and not search.started:
                        emit("")  # tells the response stream that the engine accepted the request
                    search.started = True
                    search.prompt_tokens = max(search.prompt_tokens, d.prompt_tokens)
                    path.text += d.text
                    path.token_ids += d.token_ids
                    path.num_tokens += d.num_tokens
                    path.generated += d.num_tokens
                    path.finish_reason = d.finish_reason or path.finish_reason
                    path.dirty = True
                    self.marks[path.index].append((path.num_tokens, len(path.text)))
                    if emit is not None and search.shown is path and d.text:
                        emit(d.text)
                    self.changed.set()
            path.finish_reason = path.finish_reason or "length"  # one call runs to the end of the budget
        finally:
            self.changed.set()

    async def reach(self, tokens: int) -> None:
        """Until every kept live candidate holds `tokens` tokens (or ended). An engine failure is raised."""
        start = time.perf_counter()
        while True:
            self.check()
            if all(p.num_tokens >= tokens for p in self.search.live()):
                break
            self.changed.clear()
            await self.changed.wait()
        self.search.ctx.timings["generate"] += time.perf_counter() - start

    def check(self) -> None:
        """Raise the failure of a call that ended badly: its exception, or an error when a call of a candidate
        that was not pruned ended cancelled (the engine's doing; waiting for it would hang)."""
        for path in self.search.paths:
            task = self.tasks.get(path.index)
            if task is None or not task.done():
                continue
            if task.cancelled():
                if not path.pruned:
                    raise RuntimeError(f"the engine call of search candidate {path.index} was cancelled")
            elif (exc := task.exception()) is not None:
                raise exc

    def _mark(self, path: Path, tokens: int) -> tuple[int, int]:
        """(tokens, text length) after the delta that brought the path to `tokens` tokens (or its last)."""
        return next((m for m in self.marks[path.index] if m[0] >= tokens), self.marks[path.index][-1])

    def prefix(self, path: Path, tokens: int) -> str:
        """The path's text up to the delta that brought it to `tokens` tokens (all of it when it has fewer)."""
        return path.text[: self._mark(path, tokens)[1]]

    def prune(self, tokens: int) -> None:
        """Abort the calls of the candidates pruned at checkpoint `tokens`; their answer goes back to what was
        scored there (what they generated since stays counted in `generated`)."""
        for path in self.search.paths:
            if path.pruned and not self.tasks[path.index].done():
                self.tasks[path.index].cancel()
            if path.pruned and path.num_tokens > tokens:
                path.num_tokens, length = self._mark(path, tokens)
                path.text, path.token_ids = path.text[:length], path.token_ids[: path.num_tokens]
                path.finish_reason = None  # it did not end where it was cut (reported as "length", as in rounds)

    async def close(self) -> None:
        """Cancel every call still running and wait until each has closed its engine stream."""
        for task in self.tasks.values():
            task.cancel()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)

    async def finish(self, path: Path) -> None:
        """Stream the last kept candidate live from where it is (its text so far first) until its call ends."""
        search = self.search
        if search.ctx.emit is not None:
            if path.text:
                search.ctx.emit(path.text)
            search.shown = path  # from here its pump emits each delta as it comes
        start = time.perf_counter()
        await asyncio.wait([self.tasks[path.index]])
        search.ctx.timings["generate"] += time.perf_counter() - start
        self.check()


def _reward(path: Path) -> float:
    return path.reward if path.reward is not None else float("-inf")


def resample(rewards: list[float], copies: list[int], n: int, tau: float, rng: random.Random) -> list[int]:
    """Draw `n` particles with replacement, P(i) = copies_i * exp(r_i / tau) / sum_j copies_j * exp(r_j / tau)
    (shifted by the max reward, which cancels, so exp never overflows); how often each was drawn."""
    top = max(rewards)
    weights = [c * math.exp((r - top) / tau) for r, c in zip(rewards, copies)]
    counts = [0] * len(rewards)
    for i in rng.choices(range(len(rewards)), weights=weights, k=n):
        counts[i] += 1
    return counts


async def speculative_rejection(ctx: AlignContext) -> AlignOutcome:
    search = Search(ctx)
    if search.plan.lookahead and getattr(ctx.generator, "concurrent_calls", False):
        return await _streamed_rejection(search)  # an engine that runs calls one by one gets the rounds
    await search.grow([(None, ctx.plan.n)])
    while True:
        await search.score()
        pool = search.pool()
        if len(pool) > 1:
            search.keep_top(max(1, math.floor(search.plan.keep * len(pool))))
            pool = search.pool()
        live = search.live()
        if not live:
            break
        if len(pool) == 1:
            await search.run_to_end(pool[0])
            break
        await search.grow([(p, 1) for p in live])
    return search.outcome()


async def _streamed_rejection(search: Search) -> AlignOutcome:
    """speculative_rejection with lookahead (`Streams`): the checkpoints and decisions of the rounds above."""
    streams = Streams(search)
    scored: dict[int, str] = {}  # the text each candidate was last scored on
    try:
        await streams.start([search._new(None) for _ in range(search.ctx.plan.n)])
        target, pool = search.chunk, search.pool()
        while len(pool) > 1:  # (n = 1: nothing to decide before the end)
            await streams.reach(target)
            texts = {p.index: streams.prefix(p, target) for p in search.pool()}
            for path in search.pool():
                path.dirty = texts[path.index] != scored.get(path.index) or (path.scored_partial and not path.live)
            await search.score(texts)
            scored.update(texts)
            search.keep_top(max(1, math.floor(search.plan.keep * len(search.pool()))))
            streams.prune(target)
            pool = search.pool()
            if not search.live():
                break
            target += search.chunk
        if len(pool) == 1 and pool[0].live:
            await streams.finish(pool[0])
        for path in pool:  # the final pick is by full-answer rewards (an answer scored as partial before its
            # end-of-sequence arrived, with no text after it, is scored again, whole)
            path.dirty = path.text != scored.get(path.index) or path.scored_partial
        await search.score()
    finally:
        await streams.close()
    return search.outcome()


async def beam(ctx: AlignContext) -> AlignOutcome:
    search = Search(ctx)
    width, expand = search.plan.beam_width, search.plan.expand
    await search.grow([(None, width * expand)])
    while True:
        await search.score()
        search.keep_top(width)
        live = search.live()
        if not live:
            break
        await search.grow([(p, expand) for p in live])
    return search.outcome()


async def particle(ctx: AlignContext) -> AlignOutcome:
    search = Search(ctx)
    rng = random.Random(ctx.sampling.seed)  # a seeded request resamples the same way
    n = ctx.plan.n
    await search.grow([(None, n)])
    while True:
        await search.score()
        pool = search.pool()
        if not search.live():
            break
        counts = resample([_reward(p) for p in pool], [p.copies for p in pool], n, search.plan.tau, rng)
        forks: list[Fork] = []
        for path, k in zip(pool, counts):
            if k == 0:
                path.pruned = True
            elif path.live:
                forks.append((path, k))
            else:
                path.copies = k
        if not forks:
            break
        await search.grow(forks)
    return search.outcome()


Method = Callable[[AlignContext], Awaitable[AlignOutcome]]
METHODS: dict[str, Method] = {"speculative_rejection": speculative_rejection, "beam": beam, "particle": particle}


async def search(ctx: AlignContext) -> AlignOutcome:
    """Strategy `search`: run the method named in `ctx.plan.search`."""
    if ctx.plan.search is None:
        raise StrategyError("strategy search needs alignment.search", status_code=400, param="alignment.search")
    return await METHODS[ctx.plan.search.method](ctx)
