"""`ScoringQueue`: micro-batch concurrent scoring requests and run them off the event loop.

Four kinds of model take four paths:
- a neural model (anything else) is micro-batched onto the single model thread, as below;
- a rule reward (`reward_models.rules.RuleReward`) never enters a batch or the model thread: it runs at once in
  a small executor of its own, under a time bound (`rule_timeout_s`), so a slow rule cannot queue behind neural
  scoring or hold it up;
- an ensemble is split into its members, each taking its own path (so members also batch with other requests
  for the same member), and their scores are combined here.
- an I/O-bound model (`reward_models.base.AsyncRewardModel`: remote servers, LLM judges) is awaited on the
  loop through its own `ascore`, which batches and bounds its own time, so a slow remote never holds the
  model thread.

Requests for the same model object that arrive within `window_s` (default 2 ms) are merged into one
`model.score` call, made ready early once `max_batch` pairs are waiting. Every merged call runs in the queue's
single worker thread (torch already spreads one forward over the cores; two concurrent forwards would only
fight for them), one at a time, and each caller gets back its own slice of the results. While a call runs,
ready batches wait in the queue, not in the thread pool, and keep absorbing requests for their model: when the
thread frees, the oldest ready batch goes next with everything that arrived meanwhile (up to `max_batch` pairs;
the rest goes to the back of the line, so one busy model cannot starve another). Under load this turns many
small calls into few large ones ("continuous batching" of scoring). If the call raises, every caller
of that batch gets the exception. A caller cancelled while waiting is dropped from its batch (or ignored
if the batch already runs); the others are unaffected.

Usage (inside the server, on the event loop):
    queue = ScoringQueue(window_s=0.002, max_batch=64, on_batch=metrics.observe_rm_batch)
    rewards = await queue.score(model, prompts, responses)
    queue.close()
"""

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from reward_models.base import AsyncRewardModel, Prompt, RewardModel, RewardModelError, full_name
from reward_models.ensemble import EnsembleRewardModel
from reward_models.rules import RuleReward

logger = logging.getLogger(__name__)

# (model full name, pairs in the batch, seconds inside model.score); called after each successful batch
OnBatch = Callable[[str, int, float], None]


@dataclass(eq=False)
class _Request:
    prompts: list[Prompt]
    responses: list[str]
    future: asyncio.Future[list[float]]


@dataclass
class _Bucket:
    """Requests waiting to be merged for one model object."""

    model: RewardModel
    requests: list[_Request] = field(default_factory=list)
    n_pairs: int = 0
    timer: asyncio.TimerHandle | None = None
    ready: bool = False  # its window is over (or it reached max_batch): in line for the worker thread


class ScoringQueue:
    def __init__(
        self,
        window_s: float = 0.002,
        max_batch: int = 64,
        on_batch: OnBatch | None = None,
        rule_timeout_s: float = 2.0,
        rule_workers: int = 2,
    ) -> None:
        if window_s < 0 or max_batch < 1 or rule_timeout_s <= 0 or rule_workers < 1:
            raise ValueError("window_s must be >= 0, max_batch >= 1, rule_timeout_s > 0 and rule_workers >= 1")
        self.window_s = window_s
        self.max_batch = max_batch
        self.on_batch = on_batch
        self.rule_timeout_s = rule_timeout_s
        # Rules are cheap (linear in their input, which is bounded); their own threads keep them off the model's.
        self._rule_executor = ThreadPoolExecutor(max_workers=rule_workers, thread_name_prefix="rule-score")
        self.depth = 0  # pairs accepted and not yet answered (waiting + running): a metrics gauge
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rm-score")
        # id(model) -> bucket; the bucket holds a reference to the model, so its id stays unique while queued
        self._buckets: dict[int, _Bucket] = {}
        self._ready: deque[int] = deque()  # keys of ready buckets, oldest first
        self._busy = False  # a batch is in the worker thread
        self._running: set[asyncio.Task[None]] = set()
        self._closed = False

    async def score(self, model: RewardModel, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """Score pairs with `model` on its path (see the module docstring). Never blocks the loop."""
        if self._closed:
            raise RewardModelError("scoring queue is closed", 503)
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        if not prompts:
            return []
        if isinstance(model, RuleReward):
            return await self._score_rule(model, prompts, responses)
        if isinstance(model, EnsembleRewardModel):
            return await self._score_ensemble(model, prompts, responses)
        if isinstance(model, AsyncRewardModel):
            return await self._score_async(model, prompts, responses)
        return await self._enqueue(model, prompts, responses)

    async def _score_async(self, model: AsyncRewardModel, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """I/O-bound models (remote, judge) await their own `ascore` here; it bounds its own time."""
        t0 = time.perf_counter()
        scores = await model.ascore(list(prompts), list(responses))
        if len(scores) != len(prompts):
            raise RewardModelError(f"{full_name(model)} returned {len(scores)} scores for {len(prompts)} pairs", 500)
        if self.on_batch is not None:
            try:
                self.on_batch(full_name(model), len(prompts), time.perf_counter() - t0)
            except Exception:  # noqa: BLE001 — a metrics hook must not fail requests
                logger.exception("on_batch hook failed")
        return scores

    async def _score_rule(self, rule: RuleReward, prompts: list[Prompt], responses: list[str]) -> list[float]:
        loop = asyncio.get_running_loop()
        work = loop.run_in_executor(self._rule_executor, rule.score, list(prompts), list(responses))
        try:
            return await asyncio.wait_for(work, timeout=self.rule_timeout_s)
        except asyncio.TimeoutError as exc:  # the thread finishes on its own; this caller stops waiting
            msg = f"rule reward {rule.name!r} did not finish within {self.rule_timeout_s:g} s"
            raise RewardModelError(msg, 400) from exc

    async def _score_ensemble(
        self, ensemble: EnsembleRewardModel, prompts: list[Prompt], responses: list[str]
    ) -> list[float]:
        """Each member on its own path, concurrently; then the ensemble's combination (see ensemble.py)."""
        rows = await asyncio.gather(*(self.score(m, prompts, responses) for m in ensemble.members))
        return ensemble.combine(rows)

    async def _enqueue(self, model: RewardModel, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """Merge into the model's pending batch (flushed after `window_s` or at `max_batch` pairs)."""
        loop = asyncio.get_running_loop()
        request = _Request(list(prompts), list(responses), loop.create_future())
        bucket = self._buckets.get(id(model))
        if bucket is None:
            bucket = self._buckets[id(model)] = _Bucket(model)
            bucket.timer = loop.call_later(self.window_s, self._flush, id(model))
        bucket.requests.append(request)
        bucket.n_pairs += len(prompts)
        self.depth += len(prompts)
        if bucket.n_pairs >= self.max_batch:
            self._flush(id(model))
        try:
            return await request.future
        finally:
            if request.future.cancelled():  # our caller was cancelled: stop counting our pairs if not yet run
                self._drop(id(model), request)

    def _drop(self, key: int, request: _Request) -> None:
        bucket = self._buckets.get(key)
        if bucket is not None and request in bucket.requests:
            bucket.requests.remove(request)
            bucket.n_pairs -= len(request.prompts)
            self.depth -= len(request.prompts)

    def _flush(self, key: int) -> None:
        """The bucket's window is over (or it is full): put it in line for the worker thread."""
        bucket = self._buckets.get(key)
        if bucket is None:
            return
        if bucket.timer is not None:
            bucket.timer.cancel()
            bucket.timer = None
        if not bucket.ready:
            bucket.ready = True
            self._ready.append(key)
        self._kick()

    def _kick(self) -> None:
        """If the worker thread is free, start the oldest ready bucket's batch (at most `max_batch` pairs)."""
        while not self._busy and self._ready and not self._closed:
            key = self._ready.popleft()
            bucket = self._buckets.get(key)
            if bucket is None:
                continue
            live = [r for r in bucket.requests if not r.future.done()]
            live_pairs = sum(len(r.prompts) for r in live)
            self.depth -= bucket.n_pairs - live_pairs  # finished early: nothing to run
            take, n = [], 0
            for r in live:
                if take and n + len(r.prompts) > self.max_batch:
                    break
                take.append(r)
                n += len(r.prompts)
            rest = live[len(take):]
            if rest:  # over max_batch: the rest waits at the back of the line (other models go first)
                bucket.requests, bucket.n_pairs = rest, live_pairs - n
                self._ready.append(key)
            else:
                del self._buckets[key]
            if not take:
                continue
            self._busy = True
            task = asyncio.get_running_loop().create_task(self._run(bucket.model, take))
            self._running.add(task)
            task.add_done_callback(self._batch_done)

    def _batch_done(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        self._busy = False
        self._kick()

    async def _run(self, model: RewardModel, requests: list[_Request]) -> None:
        prompts = [p for r in requests for p in r.prompts]
        responses = [x for r in requests for x in r.responses]
        try:
            loop = asyncio.get_running_loop()
            scores, seconds = await loop.run_in_executor(
                self._executor, _timed_score, model, prompts, responses
            )
            if len(scores) != len(prompts):
                msg = f"{full_name(model)} returned {len(scores)} scores for {len(prompts)} pairs"
                raise RewardModelError(msg, 500)
        except asyncio.CancelledError:  # the loop is shutting down: the waiters are cancelled with us
            for r in requests:
                r.future.cancel()
            raise
        except Exception as exc:  # noqa: BLE001 — every caller of the batch gets the model's error
            for r in requests:
                if not r.future.done():
                    r.future.set_exception(exc)
            return
        finally:
            self.depth -= len(prompts)
        start = 0
        for r in requests:
            if not r.future.done():
                r.future.set_result(list(scores[start : start + len(r.prompts)]))
            start += len(r.prompts)
        if self.on_batch is not None:
            try:
                self.on_batch(full_name(model), len(prompts), seconds)
            except Exception:  # noqa: BLE001 — a metrics hook must not fail requests
                logger.exception("on_batch hook failed")

    def close(self) -> None:
        """Fail requests still waiting for a batch, then stop the worker (a running batch finishes)."""
        self._closed = True
        self._ready.clear()
        for key in list(self._buckets):
            bucket = self._buckets.pop(key)
            if bucket.timer is not None:
                bucket.timer.cancel()
            for r in bucket.requests:
                self.depth -= len(r.prompts)
                if not r.future.done():
                    r.future.set_exception(RewardModelError("scoring queue is closed", 503))
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._rule_executor.shutdown(wait=False, cancel_futures=True)


def _timed_score(
    model: RewardModel, prompts: list[Prompt], responses: list[str]
) -> tuple[list[float], float]:
    t0 = time.perf_counter()
    scores = model.score(prompts, responses)
    return scores, time.perf_counter() - t0
