"""Strategies against a fake generator and a length reward (longest candidate has the highest reward)."""

from __future__ import annotations

import pytest

from aligned_serve.engines.base import SamplingConfig
from aligned_serve.strategies import STRATEGIES, AlignContext, AlignPlan, StrategyError
from tests.aligned_serve.fakes import FakeGenerator, LengthRM


def plan(**kw) -> AlignPlan:
    base = dict(strategy="best_of_n", n=4, choices=1, threshold=0.0, max_samples=16, batch_size=4,
                on_budget_exhausted="best", return_candidates=False)
    base.update(kw)
    return AlignPlan(**base)


def ctx(gen: FakeGenerator, p: AlignPlan, rm: LengthRM | None = None) -> AlignContext:
    rm = rm or LengthRM()

    async def score(prompt, texts):
        return rm.score([prompt] * len(texts), texts)

    return AlignContext(gen, [{"role": "user", "content": "hi"}], SamplingConfig(max_tokens=100), p, score, "r")


async def test_best_of_n_returns_top_reward_from_one_engine_call():
    gen = FakeGenerator(lengths=[3, 9, 1, 7])
    out = await STRATEGIES["best_of_n"](ctx(gen, plan(n=4, choices=2)))
    assert len(gen.calls) == 1 and gen.calls[0].n == 4  # one request, n samples (shared prefill)
    assert [c.reward for c in out.candidates] == [3, 9, 1, 7]
    assert out.chosen == [1, 3]  # 9 then 7
    assert out.completion_tokens == 3 + 9 + 1 + 7


async def test_rerank_returns_all_candidates_ranked():
    gen = FakeGenerator(lengths=[3, 9, 1, 7])
    out = await STRATEGIES["rerank"](ctx(gen, plan(strategy="rerank", n=4, choices=4)))
    assert out.chosen == [1, 3, 0, 2]


async def test_rerank_returns_the_top_choices_and_keeps_every_candidate():
    gen = FakeGenerator(lengths=[3, 9, 1, 7, 5, 2])
    out = await STRATEGIES["rerank"](ctx(gen, plan(strategy="rerank", n=6, choices=3)))
    assert out.chosen == [1, 3, 4]  # rewards 9, 7, 5 of [3, 9, 1, 7, 5, 2]
    assert [c.reward for c in out.candidates] == [3, 9, 1, 7, 5, 2]


async def test_rejection_stops_at_first_round_reaching_threshold():
    # rounds of 2: [3, 1] (no), [4, 8] (8 >= 6: accept) -> 2 rounds, 4 samples; [9] never drawn
    gen = FakeGenerator(lengths=[3, 1, 4, 8, 9])
    out = await STRATEGIES["rejection"](ctx(gen, plan(strategy="rejection", threshold=6, batch_size=2)))
    assert out.accepted and out.rounds == 2 and len(out.candidates) == 4
    assert out.candidates[out.chosen[0]].reward == 8
    assert [c.n for c in gen.calls] == [2, 2]


async def test_rejection_budget_exhausted_returns_best_unaccepted():
    gen = FakeGenerator(lengths=[3, 1, 4, 2, 5])
    out = await STRATEGIES["rejection"](
        ctx(gen, plan(strategy="rejection", threshold=100, batch_size=2, max_samples=5)))
    assert not out.accepted
    assert len(out.candidates) == 5 and [c.n for c in gen.calls] == [2, 2, 1]  # last round trimmed to budget
    assert out.candidates[out.chosen[0]].reward == 5


async def test_rejection_budget_exhausted_error_is_422():
    gen = FakeGenerator(lengths=[1])
    with pytest.raises(StrategyError) as exc:
        await STRATEGIES["rejection"](ctx(gen, plan(strategy="rejection", threshold=100, batch_size=2,
                                                    max_samples=4, on_budget_exhausted="error")))
    assert exc.value.status_code == 422 and "threshold 100" in exc.value.message


async def test_none_does_not_score():
    gen = FakeGenerator(lengths=[3, 9])
    rm = LengthRM()
    out = await STRATEGIES["none"](ctx(gen, plan(strategy="none", n=2, choices=2), rm))
    assert rm.calls == 0 and out.chosen == [0, 1] and all(c.reward is None for c in out.candidates)


async def test_pipelined_scoring_maps_rewards_to_the_right_candidates():
    from tests.aligned_serve.fakes import FakeStreamingGenerator

    gen = FakeStreamingGenerator(lengths=[3, 9, 1, 7])
    seen: list[str] = []
    rm = LengthRM()

    async def score(prompt, texts):
        seen.extend(texts)
        return rm.score([prompt] * len(texts), texts)

    c = AlignContext(gen, "p", SamplingConfig(max_tokens=100), plan(n=4, choices=1), score, "r")
    out = await STRATEGIES["best_of_n"](c)
    assert gen.finish_order == [2, 0, 3, 1]
    assert seen == ["x", "xxx", "xxxxxxx", "x" * 9]  # scored one by one, in finishing order
    assert [s.reward for s in out.candidates] == [3, 9, 1, 7]  # but reported in sampling order
    assert out.chosen == [1] and out.candidates[1].candidate.text == "x" * 9


def test_rank_puts_answers_cut_by_max_tokens_last_only_under_structured_outputs():
    from aligned_serve.engines.base import Candidate
    from aligned_serve.strategies.base import ScoredCandidate, rank

    def cand(i: int, reward: float, finish: str) -> ScoredCandidate:
        return ScoredCandidate(i, Candidate(text=str(i), finish_reason=finish, num_tokens=1), reward)

    scored = [cand(0, 0.9, "length"), cand(1, 0.2, "stop"), cand(2, 0.5, "stop"), cand(3, None, "stop")]
    assert rank(scored) == [0, 2, 1, 3]
    assert rank(scored, prefer_finished=True) == [2, 1, 3, 0]
