"""Inference-time alignment strategies: best-of-N, rejection sampling, reranking, and none.

- best_of_n: one engine request with n samples, score all, return the top `choices` by reward.
- rerank:    same sampling and the same top `choices` (the OpenAI `n`) as choices, ranked; every candidate comes
             back with its reward in `alignment.candidates` (the serving layer always returns them for rerank).
- rejection: rounds of `batch_size` candidates until `choices` of them reach `threshold` or `max_samples`
             were drawn; then return the accepted ones, or the best seen (accepted=false) / a 422.
- none:      plain generation of `choices` samples, no reward model.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aligned_serve.strategies.base import AlignContext, AlignOutcome, ScoredCandidate, StrategyError, rank


def _structured(ctx: AlignContext) -> bool:
    """Under `response_format`, only finished answers are valid JSON: rank them first."""
    return ctx.sampling.response_format is not None


async def best_of_n(ctx: AlignContext) -> AlignOutcome:
    scored, prompt_tokens = await ctx.sample_and_score(ctx.plan.n)
    order = rank(scored, _structured(ctx))
    return AlignOutcome(scored, order[: ctx.plan.choices], True, prompt_tokens,
                        generate_seconds=ctx.timings["generate"], score_seconds=ctx.timings["score"])


async def rerank(ctx: AlignContext) -> AlignOutcome:
    scored, prompt_tokens = await ctx.sample_and_score(ctx.plan.n)
    return AlignOutcome(scored, rank(scored, _structured(ctx))[: ctx.plan.choices], True, prompt_tokens,
                        generate_seconds=ctx.timings["generate"], score_seconds=ctx.timings["score"])


async def rejection(ctx: AlignContext) -> AlignOutcome:
    plan = ctx.plan
    scored: list[ScoredCandidate] = []
    prompt_tokens = 0
    rounds = 0
    while len(scored) < plan.max_samples:
        batch = min(plan.batch_size, plan.max_samples - len(scored))
        new, prompt_tokens = await ctx.sample_and_score(batch, offset=len(scored))
        scored.extend(new)
        rounds += 1
        accepted = [i for i in rank(scored, _structured(ctx)) if (scored[i].reward or 0.0) >= plan.threshold
                    and scored[i].reward is not None]
        if len(accepted) >= plan.choices:
            return AlignOutcome(scored, accepted[: plan.choices], True, prompt_tokens, rounds,
                                ctx.timings["generate"], ctx.timings["score"])
    if plan.on_budget_exhausted == "error":
        best = max((s.reward for s in scored if s.reward is not None), default=float("nan"))
        raise StrategyError(
            f"rejection sampling drew {len(scored)} samples (max_samples) and fewer than {plan.choices} reached "
            f"threshold {plan.threshold}; best reward {best:.4f}",
            status_code=422,
            param="alignment.threshold",
        )
    return AlignOutcome(scored, rank(scored, _structured(ctx))[: plan.choices], False, prompt_tokens, rounds,
                        ctx.timings["generate"], ctx.timings["score"])


async def none(ctx: AlignContext) -> AlignOutcome:
    candidates, prompt_tokens = await ctx.generate(ctx.plan.choices)
    scored = [ScoredCandidate(i, c, None) for i, c in enumerate(candidates)]
    return AlignOutcome(scored, list(range(len(scored))), True, prompt_tokens,
                        generate_seconds=ctx.timings["generate"])


Strategy = Callable[[AlignContext], Awaitable[AlignOutcome]]

STRATEGIES: dict[str, Strategy] = {
    "best_of_n": best_of_n,
    "rejection": rejection,
    "rerank": rerank,
    "none": none,
}
