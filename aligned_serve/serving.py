"""The serving logic behind the routes: plan → resolve reward model → run strategy → response, metrics, log.

Routes stay thin (they parse, call one method here, and return). Errors are raised as `ServingError`-like
exceptions that carry a status code; the app maps them centrally to OpenAI-shaped error bodies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from functools import cached_property
from typing import Any

from aligned_core.feedback import FeedbackLog, FeedbackRecord
from aligned_serve.engines.base import Candidate, Generator, Prompt, SamplingConfig
from aligned_serve.errors import RequestError
from aligned_serve.metrics import Metrics
from aligned_serve.protocol import (
    AlignmentInfo,
    AlignmentParams,
    AlignmentTimings,
    CandidateInfo,
    ChatCompletionChoice,
    ChatCompletionChunk,
    ChatCompletionRequest,
    ChatCompletionResponse,
    ChatCompletionStreamChoice,
    ChatResponseMessage,
    CompletionChoice,
    CompletionChunk,
    CompletionRequest,
    CompletionResponse,
    DeltaMessage,
    UsageInfo,
)
from aligned_serve.protocol.common import InstructionCheck, now, random_id
from aligned_serve.responses import SSE_DONE, chat_logprobs, completion_logprobs, pieces, primed, sse
from aligned_serve.settings import Settings
from aligned_serve.strategies import STRATEGIES, AlignContext, AlignOutcome, AlignPlan, ScoredCandidate, search_plan
from aligned_serve.strategies.live import LiveText
from reward_models.base import RewardModel, full_name
from reward_models.instructions import instruction_reward

logger = logging.getLogger(__name__)


@dataclass
class Served:
    """A finished aligned request, before it is shaped into a chat or completion response."""

    request_id: str
    plan: AlignPlan
    outcome: AlignOutcome
    reward_model: RewardModel | None
    prompt: Prompt | None = None

    @cached_property
    def instructions(self) -> list[InstructionCheck] | None:
        """The request's instructions the scoring read (rule:instructions) and whether each returned choice keeps
        them; None when the reward model reads none."""
        verifier = instruction_reward(self.reward_model) if self.reward_model is not None else None
        if verifier is None or self.prompt is None:
            return None
        answers = [self.outcome.candidates[i].candidate.text for i in self.outcome.chosen]
        return [InstructionCheck(kind=f.kind, args=f.args, satisfied=[f.check(a) for a in answers])
                for f in verifier.read(self.prompt)]

    def info(self) -> AlignmentInfo:
        o, plan = self.outcome, self.plan
        return AlignmentInfo(
            strategy=plan.strategy,  # type: ignore[arg-type]
            reward_model=full_name(self.reward_model) if self.reward_model else None,
            samples=len(o.candidates),
            accepted=o.accepted,
            rewards=[o.candidates[i].reward for i in o.chosen],
            candidates=[
                CandidateInfo(index=c.index, text=c.candidate.text, reward=c.reward,
                              finish_reason=c.candidate.finish_reason, tokens=c.tokens, pruned=c.pruned,
                              parent=c.parent)
                for c in o.candidates
            ] if plan.return_candidates else None,
            timings=AlignmentTimings(generate=round(o.generate_seconds, 6), score=round(o.score_seconds, 6)),
            rounds=o.rounds,
            threshold=plan.threshold if plan.strategy == "rejection" else None,
            instructions=self.instructions,
        )

    def usage(self) -> UsageInfo:
        o = self.outcome
        return UsageInfo(prompt_tokens=o.prompt_tokens, completion_tokens=o.completion_tokens,
                         total_tokens=o.prompt_tokens + o.completion_tokens)

    def chosen(self) -> list[Candidate]:
        return [self.outcome.candidates[i].candidate for i in self.outcome.chosen]


class AlignedServing:
    """Holds the generator, the reward registry and scorer, metrics and the feedback log (all from app.state)."""

    def __init__(self, settings: Settings, generator: Generator, registry: Any, scorer: Any, metrics: Metrics,
                 feedback: FeedbackLog | None) -> None:
        self.settings = settings
        self.generator = generator
        self.registry = registry
        self.scorer = scorer
        self.metrics = metrics
        self.feedback = feedback

    # ---- planning --------------------------------------------------------------------------------------------
    def check_model(self, model: str | None) -> None:
        if model is not None and model != self.generator.model_name:
            raise RequestError(f"The model `{model}` does not exist. Available: {self.generator.model_name}",
                               status_code=404, param="model")

    def plan(self, alignment: AlignmentParams | None, choices: int) -> AlignPlan:
        s, a = self.settings, alignment or AlignmentParams()
        strategy = a.strategy or ("search" if a.search is not None else s.default_strategy)
        if a.search is not None and strategy != "search":
            raise RequestError(f"alignment.search needs strategy search, not {strategy}", param="alignment.search")
        if strategy == "search" and choices != 1:
            raise RequestError(f"strategy search returns one answer; n={choices} must be 1", param="n")
        if strategy not in STRATEGIES:  # pragma: no cover - the schema restricts it
            raise RequestError(f"unknown strategy {strategy!r}", param="alignment.strategy")
        if choices > s.max_choices:
            raise RequestError(f"n={choices} exceeds this server's limit of {s.max_choices} choices", param="n")
        n = a.n if a.n is not None else max(s.default_n, choices)
        if strategy == "none":
            n = choices
        if n > s.max_n:
            raise RequestError(f"alignment.n={n} exceeds this server's limit of {s.max_n} candidates",
                               param="alignment.n")
        if strategy in ("best_of_n", "rerank") and n < choices:
            raise RequestError(f"alignment.n={n} must be at least n={choices} (the choices returned)",
                               param="alignment.n")
        max_samples = a.max_samples if a.max_samples is not None else max(s.default_max_samples, choices)
        if strategy == "rejection":
            if max_samples > s.max_samples_limit:
                raise RequestError(f"alignment.max_samples={max_samples} exceeds this server's limit of "
                                   f"{s.max_samples_limit}", param="alignment.max_samples")
            if max_samples < choices:
                raise RequestError(f"alignment.max_samples={max_samples} is smaller than n={choices}",
                                   param="alignment.max_samples")
        batch = min(a.batch_size or s.default_batch_size, s.max_n)
        return AlignPlan(
            strategy=strategy,
            n=n,
            choices=choices,
            threshold=a.threshold if a.threshold is not None else s.default_threshold,
            max_samples=max_samples,
            batch_size=batch,
            on_budget_exhausted=a.on_budget_exhausted,
            return_candidates=a.return_candidates or strategy == "rerank",
            search=search_plan(a.search, a.n, s.max_n, s.default_chunk_tokens, s.max_search_rounds)
            if strategy == "search" else None,
        )

    def resolve_reward_model(self, alignment: AlignmentParams | None) -> RewardModel:
        a = alignment or AlignmentParams()
        return self.registry.resolve(a.reward_model, mode=a.ensemble,
                                     allow_rules=self.settings.allow_request_rules)

    # ---- running ---------------------------------------------------------------------------------------------
    async def run(self, prompt: Prompt, sampling: SamplingConfig, alignment: AlignmentParams | None, choices: int,
                  endpoint: str, emit: Any = None, request_id: str | None = None) -> Served:
        """`emit`: a streaming search's text sink (`AlignContext.emit`)."""
        plan = self.plan(alignment, choices)
        request_id = request_id or random_id("req")
        reward_model = None if plan.strategy == "none" else self.resolve_reward_model(alignment)

        async def score_fn(p: Prompt, texts: list[str]) -> list[float]:
            assert reward_model is not None
            return await self.scorer.score(reward_model, [p] * len(texts), texts)

        twin = getattr(reward_model, "partial", None)  # a cheaper copy for partial answers (HFRewardModel.partial)

        async def partial_score_fn(p: Prompt, texts: list[str]) -> list[float]:
            return await self.scorer.score(twin, [p] * len(texts), texts)

        ctx = AlignContext(self.generator, prompt, sampling, plan,
                           score_fn if reward_model is not None else None, request_id, emit=emit,
                           partial_score_fn=partial_score_fn if twin is not None else None)
        outcome = await STRATEGIES[plan.strategy](ctx)
        served = Served(request_id, plan, outcome, reward_model, prompt)
        self._observe(served)
        if (alignment is None or alignment.log) and self.feedback is not None:
            self._log(served, prompt, sampling, endpoint)
        return served

    def _observe(self, served: Served) -> None:
        m, o, plan = self.metrics, served.outcome, served.plan
        m.candidates.labels(plan.strategy).inc(len(o.candidates))
        m.prompt_tokens.inc(o.prompt_tokens)
        m.generation_tokens.inc(o.completion_tokens)
        m.generate_latency.labels(plan.strategy).observe(o.generate_seconds)
        if served.reward_model is not None:
            label = full_name(served.reward_model)
            for c in o.candidates:
                if c.reward is not None and not c.pruned:  # a pruned candidate's reward is of a partial answer
                    m.reward.labels(label).observe(c.reward)
            top = o.candidates[o.chosen[0]].reward if o.chosen else None
            if top is not None:
                m.chosen_reward.labels(label).observe(top)
        for c in o.candidates if plan.search is not None else ():
            m.search_tokens.labels(plan.search.method, "pruned" if c.pruned else "kept").inc(c.tokens)
        for check in served.instructions or ():  # the first returned choice against each instruction read
            if check.satisfied:
                m.instructions.labels(check.kind, "kept" if check.satisfied[0] else "broken").inc()
        if plan.strategy == "rejection":
            m.rejection_outcomes.labels("accepted" if o.accepted else "exhausted").inc()
            if o.accepted:
                m.samples_per_accept.observe(len(o.candidates))

    def _log(self, served: Served, prompt: Prompt, sampling: SamplingConfig, endpoint: str) -> None:
        assert self.feedback is not None
        rm, o = served.reward_model, served.outcome
        sampling_d = asdict(sampling)
        sampling_d.pop("n", None)
        self.feedback.log(FeedbackRecord(
            id=served.request_id,
            endpoint=endpoint,
            generator_model=self.generator.model_name,
            reward_model=rm.name if rm else None,
            reward_model_version=rm.version if rm else None,
            strategy=served.plan.strategy,
            prompt=prompt,
            sampling=sampling_d,
            alignment=asdict(served.plan),
            candidates=[{"index": c.index, "text": c.candidate.text, "reward": None if c.pruned else c.reward,
                         "finish_reason": c.candidate.finish_reason, "num_tokens": c.candidate.num_tokens,
                         # a pruned search candidate is a partial answer: no reward, so exports skip it
                         **({"pruned": True, "partial_reward": c.reward} if c.pruned else {})}
                        for c in o.candidates],
            chosen_indices=list(o.chosen),
            accepted=o.accepted,
            prompt_tokens=o.prompt_tokens,
            completion_tokens=o.completion_tokens,
        ))
        self.metrics.feedback_rows.set(self.feedback.written)

    # ---- chat ------------------------------------------------------------------------------------------------
    async def chat(self, req: ChatCompletionRequest) -> ChatCompletionResponse:
        self.check_model(req.model)
        served = await self.run(req.prompt_messages(), req.to_sampling_config(1, self.settings.default_max_tokens),
                                req.alignment, req.n, "chat")
        choices = [
            ChatCompletionChoice(
                index=i,
                message=ChatResponseMessage(content=c.text),
                logprobs=chat_logprobs(c) if req.logprobs else None,
                finish_reason=c.finish_reason,
            )
            for i, c in enumerate(served.chosen())
        ]
        return ChatCompletionResponse(id=f"chatcmpl-{served.request_id[4:]}", model=self.generator.model_name,
                                      choices=choices, usage=served.usage(), alignment=served.info())

    async def chat_stream(self, req: ChatCompletionRequest) -> AsyncIterator[str]:
        """Select first, then stream the chosen answers as chunks (aligned strategies cannot pick before the end).

        Strategy `none` streams tokens as the engine produces them.
        """
        self.check_model(req.model)
        sampling = req.to_sampling_config(1, self.settings.default_max_tokens)
        plan = self.plan(req.alignment, req.n)
        include_usage = bool(req.stream_options and req.stream_options.include_usage)
        served = None if plan.strategy in ("none", "search") else await self.run(req.prompt_messages(), sampling,
                                                                                   req.alignment, req.n, "chat")
        request_id = served.request_id if served is not None else random_id("req")
        rid, created, model = f"chatcmpl-{request_id[4:]}", now(), self.generator.model_name  # id = the log row's

        def chunk(choices: list[ChatCompletionStreamChoice], **extra: Any) -> str:
            body = ChatCompletionChunk(id=rid, created=created, model=model, choices=choices, **extra)
            return sse(body)

        if plan.strategy == "search":
            return await primed(self._stream_search(req, sampling, request_id, include_usage, chunk))
        if served is None:
            return await primed(self._stream_live(req, sampling, plan, request_id, include_usage, chunk))

        async def replay() -> AsyncIterator[str]:
            for i, cand in enumerate(served.chosen()):
                yield chunk([ChatCompletionStreamChoice(index=i, delta=DeltaMessage(role="assistant", content=""))])
                for piece in pieces(cand.text):
                    yield chunk([ChatCompletionStreamChoice(index=i, delta=DeltaMessage(content=piece))])
                yield chunk([ChatCompletionStreamChoice(index=i, delta=DeltaMessage(),
                                                        finish_reason=cand.finish_reason)])
            yield chunk([], alignment=served.info(), **({"usage": served.usage()} if include_usage else {}))
            yield SSE_DONE

        return replay()

    def _stream_search(self, req: ChatCompletionRequest, sampling: SamplingConfig, request_id: str,
                       include_usage: bool, chunk: Any) -> AsyncIterator[str]:
        """Strategy `search`: the role chunk once the engine started (errors before are a 4xx), nothing while it
        selects, then the answer's text as the strategy emits it (the last candidate's tokens live), the finish
        chunk and a last chunk with `alignment`. Closing the stream cancels the search and its engine requests."""
        live: LiveText[Served] = LiveText()
        task = live.start(self.run(req.prompt_messages(), sampling, req.alignment, req.n, "chat", emit=live.emit,
                                   request_id=request_id))

        async def events() -> AsyncIterator[str]:
            try:
                role = True
                async for text in live.texts():
                    if role:
                        role = False
                        yield chunk([ChatCompletionStreamChoice(index=0, delta=DeltaMessage(role="assistant",
                                                                                            content=""))])
                    if text:
                        yield chunk([ChatCompletionStreamChoice(index=0, delta=DeltaMessage(content=text))])
                served = task.result()
                yield chunk([ChatCompletionStreamChoice(index=0, delta=DeltaMessage(),
                                                        finish_reason=served.chosen()[0].finish_reason)])
                yield chunk([], alignment=served.info(), **({"usage": served.usage()} if include_usage else {}))
                yield SSE_DONE
            finally:
                task.cancel()

        return events()

    def _stream_live(self, req: ChatCompletionRequest, sampling: SamplingConfig, plan: AlignPlan, request_id: str,
                     include_usage: bool, chunk: Any) -> AsyncIterator[str]:
        """Strategy `none`: relay the engine's deltas; at the end observe and log the request like a non-streamed
        one, under `request_id` (a stream cut short is not logged)."""
        from dataclasses import replace

        prompt = req.prompt_messages()

        async def live() -> AsyncIterator[str]:
            texts: dict[int, list[str]] = {}
            finish: dict[int, str] = {}
            tokens: dict[int, int] = {}
            start = time.perf_counter()
            async for d in self.generator.stream(prompt, replace(sampling, n=plan.choices), request_id):
                if d.index not in texts:
                    texts[d.index] = []
                    yield chunk([ChatCompletionStreamChoice(index=d.index,
                                                            delta=DeltaMessage(role="assistant", content=""))])
                texts[d.index].append(d.text)
                tokens[d.index] = tokens.get(d.index, 0) + d.num_tokens
                if d.text:
                    yield chunk([ChatCompletionStreamChoice(index=d.index, delta=DeltaMessage(content=d.text))])
                if d.finish_reason:
                    finish[d.index] = d.finish_reason
                    yield chunk([ChatCompletionStreamChoice(index=d.index, delta=DeltaMessage(),
                                                            finish_reason=d.finish_reason)])
            candidates = [ScoredCandidate(k, Candidate("".join(texts[i]), finish.get(i, "length"), tokens[i]), None)
                          for k, i in enumerate(sorted(texts))]
            served = Served(request_id, plan, AlignOutcome(candidates, list(range(len(candidates))), True, 0,
                                                           generate_seconds=time.perf_counter() - start), None)
            self._observe(served)
            if (req.alignment is None or req.alignment.log) and self.feedback is not None:
                self._log(served, prompt, sampling, "chat")
            if include_usage:
                yield chunk([], usage=served.usage())
            yield SSE_DONE

        return live()

    # ---- completions -----------------------------------------------------------------------------------------
    async def completion(self, req: CompletionRequest) -> CompletionResponse:
        self.check_model(req.model)
        served = await self.run(req.prompt_text(), req.to_sampling_config(1, self.settings.default_max_tokens),
                                req.alignment, req.n, "completions")
        choices = [
            CompletionChoice(index=i, text=c.text, finish_reason=c.finish_reason,
                             logprobs=completion_logprobs(c) if req.logprobs is not None else None)
            for i, c in enumerate(served.chosen())
        ]
        return CompletionResponse(id=f"cmpl-{served.request_id[4:]}", model=self.generator.model_name,
                                  choices=choices, usage=served.usage(), alignment=served.info())

    async def completion_stream(self, req: CompletionRequest) -> AsyncIterator[str]:
        resp = await self.completion(req)
        include_usage = bool(req.stream_options and req.stream_options.include_usage)

        async def replay() -> AsyncIterator[str]:
            for choice in resp.choices:
                for piece in pieces(choice.text):
                    body = CompletionChunk(id=resp.id, created=resp.created, model=resp.model,
                                           choices=[CompletionChoice(index=choice.index, text=piece)])
                    yield sse(body)
                body = CompletionChunk(id=resp.id, created=resp.created, model=resp.model,
                                       choices=[CompletionChoice(index=choice.index, text="",
                                                                 finish_reason=choice.finish_reason)])
                yield sse(body)
            last = CompletionChunk(id=resp.id, created=resp.created, model=resp.model, choices=[],
                                   alignment=resp.alignment, usage=resp.usage if include_usage else None)
            yield sse(last)
            yield SSE_DONE

        return replay()

    # ---- rewards ---------------------------------------------------------------------------------------------
    async def rewards(self, messages: list[dict[str, Any]], candidates: list[str], reward_model: Any,
                      ensemble: str) -> tuple[str, list[float]]:
        rm = self.registry.resolve(reward_model, mode=ensemble, allow_rules=self.settings.allow_request_rules)
        rewards = await self.scorer.score(rm, [messages] * len(candidates), candidates)
        return full_name(rm), rewards
