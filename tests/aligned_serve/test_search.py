"""Reward-guided search on the fake generator, whose partial answers score their digit (`DigitRM`).

`FakeGenerator.continue_partials`: one token = one digit; a fresh sample takes the next value of `lengths`, a
continued partial keeps its digit, a fork takes the next value. So every pruning decision is worked out by hand
in each test's comment. Run: `pytest tests/aligned_serve/test_search.py -q`.
"""

from __future__ import annotations

import asyncio
import math
import random

import pytest

from aligned_serve.engines.base import SamplingConfig
from aligned_serve.engines.partials import Continuation
from aligned_serve.strategies import STRATEGIES, AlignContext, AlignPlan, SearchPlan, StrategyError, search_plan
from aligned_serve.strategies.search import Path, chunk_size, resample
from tests.aligned_serve.fakes import DigitRM, FakeGenerator

PROMPT = [{"role": "user", "content": "count"}]


def plan(method: str, n: int = 4, chunk: int | None = 2, keep: float = 0.5, width: int = 2, expand: int = 2,
         tau: float = 1.0, choices: int = 1, lookahead: bool = False) -> AlignPlan:
    return AlignPlan(strategy="search", n=n, choices=choices, threshold=0.0, max_samples=16, batch_size=4,
                     on_budget_exhausted="best", return_candidates=True,
                     search=SearchPlan(method, chunk, 16, keep, width, expand, tau, max_rounds=64,
                                       lookahead=lookahead))


def ctx(gen: FakeGenerator, p: AlignPlan, max_tokens: int = 10, rm: DigitRM | None = None, emit=None,
        **sampling) -> AlignContext:
    rm = rm or DigitRM()

    async def score(prompt, texts):
        return rm.score([prompt] * len(texts), texts)

    return AlignContext(gen, PROMPT, SamplingConfig(max_tokens=max_tokens, **sampling), p, score, "r", emit=emit)


def summary(out) -> list[tuple[str, int, bool, int | None]]:
    return [(c.candidate.text, c.tokens, c.pruned, c.parent) for c in out.candidates]


async def test_speculative_rejection_halves_then_runs_the_survivor_to_the_end():
    # chunk 1: 33 99 11 77 -> keep floor(0.5*4)=2: 99, 77. chunk 2: 9999 7777 -> keep 1: 9999.
    # The survivor alone then runs to max_tokens=10 in one call (6 tokens). Generated: 8 + 4 + 6 = 18.
    gen, rm = FakeGenerator(lengths=[3, 9, 1, 7]), DigitRM()
    out = await STRATEGIES["search"](ctx(gen, plan("speculative_rejection"), rm=rm))
    assert summary(out) == [("33", 2, True, None), ("9" * 10, 10, False, None), ("11", 2, True, None),
                            ("7777", 4, True, None)]
    assert out.chosen == [1] and out.candidates[1].candidate.finish_reason == "length"
    assert [c.reward for c in out.candidates] == [3, 9, 1, 7]
    assert out.completion_tokens == gen.generated == 18
    assert gen.continued == [[(0, 4)], [(2, 1), (2, 1)], [(4, 1)]]  # (partial tokens, n) per partial per call
    assert rm.calls == [["33", "99", "11", "77"], ["9999", "7777"], ["9" * 10]]
    assert out.rounds == 3 and out.prompt_tokens == 1


async def test_speculative_rejection_a_finished_answer_competes_with_its_full_reward():
    # "99" ends at 2 tokens (eos_at). Keep 2 of [33, 99(done), 11, 77]: 99 and 77; 77 grows to 7777 (7 < 9) and
    # is pruned; 99 is the only one left and finished: it is the answer, and nothing more is generated.
    gen = FakeGenerator(lengths=[3, 9, 1, 7], eos_at={9: 2})
    out = await STRATEGIES["search"](ctx(gen, plan("speculative_rejection")))
    assert out.chosen == [1] and out.candidates[1].candidate.text == "99"
    assert out.candidates[1].candidate.finish_reason == "stop" and not out.candidates[1].pruned
    assert out.candidates[3].pruned and out.candidates[3].candidate.text == "7777"
    assert out.completion_tokens == gen.generated == 8 + 2


@pytest.mark.parametrize("lookahead", [False, True])
async def test_partial_answers_go_to_the_partial_scorer_and_whole_ones_to_the_reward_model(lookahead):
    # The trace of the first test; a partial scorer that agrees with DigitRM but records what it saw. Every
    # checkpoint's prefixes are partial; the survivor's whole answer is scored by the reward model itself.
    gen, rm, twin = FakeGenerator(lengths=[3, 9, 1, 7], delay=0.001 if lookahead else 0.0), DigitRM(), DigitRM()
    c = ctx(gen, plan("speculative_rejection", lookahead=lookahead), rm=rm)

    async def partial(prompt, texts):
        return twin.score([prompt] * len(texts), texts)

    c.partial_score_fn = partial
    out = await STRATEGIES["search"](c)
    assert out.chosen == [1] and out.candidates[1].candidate.text == "9" * 10
    assert twin.calls == [["33", "99", "11", "77"], ["9999", "7777"]]
    assert rm.calls == [["9" * 10]]


async def test_lookahead_an_answer_whose_end_came_after_its_checkpoint_is_scored_whole_for_the_pick():
    # "99" holds its 2 digits at the first checkpoint (2 tokens) but its end-of-sequence comes a step later, as a
    # delta with no text (vLLM's way): scored partial there (twin), it must be scored again whole before the pick.
    gen = FakeGenerator(lengths=[3, 9, 1, 7], eos_at={9: 2}, eos_apart=True, delay=0.002)
    rm, twin = DigitRM(), DigitRM()
    c = ctx(gen, plan("speculative_rejection", lookahead=True), rm=rm)
    c.score_fn = slow_scorer(gen, rm, ahead_tokens=2)

    async def partial(prompt, texts):
        return twin.score([prompt] * len(texts), texts)

    c.partial_score_fn = partial
    out = await STRATEGIES["search"](c)
    assert out.chosen == [1] and out.candidates[1].candidate.text == "99"
    assert out.candidates[1].candidate.finish_reason == "stop"
    assert "99" in twin.calls[0]  # first seen as a partial answer
    assert any("99" in call for call in rm.calls)  # and scored whole before it was picked


async def test_a_finished_answer_is_scored_whole_beside_partial_ones():
    # "99" ends at 2 tokens: at the first checkpoint it is whole (reward model), the other three are partial.
    gen, rm, twin = FakeGenerator(lengths=[3, 9, 1, 7], eos_at={9: 2}), DigitRM(), DigitRM()
    c = ctx(gen, plan("speculative_rejection"), rm=rm)

    async def partial(prompt, texts):
        return twin.score([prompt] * len(texts), texts)

    c.partial_score_fn = partial
    out = await STRATEGIES["search"](c)
    assert out.chosen == [1] and out.candidates[1].candidate.text == "99"
    assert rm.calls == [["99"]] and twin.calls == [["33", "11", "77"], ["7777"]]


def slow_scorer(gen: FakeGenerator, rm: DigitRM, ahead_tokens: int):
    """A reward model that returns only once the engine has generated `ahead_tokens` more tokens (or after 0.2 s
    when nothing is generating): the chunks generated ahead are under way while it scores (what lookahead is
    for), whatever the machine's speed."""

    async def score(prompt, texts):
        target, deadline = gen.generated + ahead_tokens, asyncio.get_running_loop().time() + 0.2
        while gen.generated < target and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.001)
        return rm.score([prompt] * len(texts), texts)

    return score


async def test_lookahead_makes_the_same_choices_and_counts_the_aborted_extra_tokens():
    # The same trace as the sequential test above (33 99 11 77 -> 9999 7777 -> 9999 runs to its end), but every
    # kept answer's next chunk generates while the last one is scored; 33 and 11, then 7777, are aborted with
    # what they generated meanwhile counted.
    gen, rm = FakeGenerator(lengths=[3, 9, 1, 7], delay=0.002), DigitRM()
    c = ctx(gen, plan("speculative_rejection", lookahead=True), rm=rm)
    c.score_fn = slow_scorer(gen, rm, ahead_tokens=2)
    out = await STRATEGIES["search"](c)
    assert out.chosen == [1] and out.candidates[1].candidate.text == "9" * 10
    assert [c.pruned for c in out.candidates] == [True, False, True, True]
    assert [c.reward for c in out.candidates] == [3, 9, 1, 7]  # the decisions of the sequential rounds
    assert rm.calls == [["33", "99", "11", "77"], ["9999", "7777"], ["9" * 10]]
    assert [c.candidate.text for c in out.candidates] == ["33", "9" * 10, "11", "7777"]  # text as scored
    assert out.completion_tokens == gen.generated > 18  # every token counted, the aborted extras included
    assert sum(c.tokens for c in out.candidates if c.pruned) > 8
    assert gen.aborted >= 2  # pruned while their next chunk was still generating


async def test_lookahead_makes_one_engine_call_per_candidate_and_scores_exact_checkpoints():
    # No round re-calls the engine: four calls of one sample from the empty answer, each run to its end or
    # aborted. Whatever the candidates generated past a checkpoint while it was scored, the reward model saw
    # exactly chunk_tokens * k tokens of each (the decisions of the sequential rounds).
    class Recording(FakeGenerator):
        def continue_partials(self, *args, **kwargs):
            self.started_at.append(self.generated)
            return super().continue_partials(*args, **kwargs)

    gen, rm = Recording(lengths=[3, 9, 1, 7], delay=0.002), DigitRM()
    gen.started_at = []
    c = ctx(gen, plan("speculative_rejection", lookahead=True), max_tokens=12, rm=rm)
    c.score_fn = slow_scorer(gen, rm, ahead_tokens=3)
    out = await STRATEGIES["search"](c)
    assert gen.continued == [[(0, 1)]] * 4
    # the first call alone until it produced a token (the prompt is then cached), the other three together
    assert gen.started_at[0] == 0 and gen.started_at[1:] == [gen.started_at[1]] * 3 and gen.started_at[1] >= 1
    assert rm.calls == [["33", "99", "11", "77"], ["9999", "7777"], ["9" * 12]]
    assert out.candidates[1].candidate.finish_reason == "length" and out.rounds == 3
    assert [c.candidate.num_tokens for c in out.candidates] == [2, 12, 2, 4]  # as scored
    assert out.completion_tokens == gen.generated == sum(c.generated for c in out.candidates)


async def test_lookahead_on_an_engine_that_runs_calls_one_by_one_uses_rounds():
    class OneByOne(FakeGenerator):  # transformers' engine: one worker, so 16 calls would run one after another
        concurrent_calls = False

    gen = OneByOne(lengths=[3, 9, 1, 7])
    out = await STRATEGIES["search"](ctx(gen, plan("speculative_rejection", lookahead=True)))
    assert gen.continued == [[(0, 4)], [(2, 1), (2, 1)], [(4, 1)]]  # the sequential rounds' calls
    assert out.chosen == [1]


async def test_lookahead_seeds_each_candidates_call_apart_and_n1_scores_once():
    class Seeds(FakeGenerator):
        def continue_partials(self, prompt, partials, params, request_id, chunk_tokens=None):
            self.seeds.append(params.seed)
            return super().continue_partials(prompt, partials, params, request_id, chunk_tokens)

    gen = Seeds(lengths=[3, 9, 1, 7])
    gen.seeds = []
    await STRATEGIES["search"](ctx(gen, plan("speculative_rejection", lookahead=True), seed=7))
    assert gen.seeds == [7, 8, 9, 10]  # one seed each would make the candidates identical on vLLM
    gen, rm = FakeGenerator(lengths=[9]), DigitRM()
    out = await STRATEGIES["search"](ctx(gen, plan("speculative_rejection", n=1, lookahead=True), rm=rm))
    assert rm.calls == [["9" * 10]] and out.candidates[0].candidate.text == "9" * 10  # nothing to prune


async def test_lookahead_a_candidate_cut_back_to_its_checkpoint_did_not_stop_there():
    # 33 stops at 3 tokens while the first checkpoint (2 tokens) is scored, then is pruned: its answer is "33"
    # as scored, which did not end there
    gen, rm = FakeGenerator(lengths=[3, 9, 1, 7], eos_at={3: 3}, delay=0.002), DigitRM()
    c = ctx(gen, plan("speculative_rejection", lookahead=True), rm=rm)
    c.score_fn = slow_scorer(gen, rm, ahead_tokens=8)
    out = await STRATEGIES["search"](c)
    first = out.candidates[0]
    assert first.pruned and first.candidate.text == "33" and first.candidate.finish_reason == "length"


async def test_lookahead_streams_the_survivor_from_where_it_is():
    gen = FakeGenerator(lengths=[3, 9, 1, 7], delay=0.002)
    seen: list[str] = []
    out = await STRATEGIES["search"](ctx(gen, plan("speculative_rejection", lookahead=True), max_tokens=12,
                                         emit=seen.append))
    text = out.candidates[out.chosen[0]].candidate.text
    assert seen[0] == "" and "".join(seen) == text == "9" * 12
    assert seen[1].startswith("9999") and len(seen) > 3  # its prefix at once, then the rest as it came


async def test_lookahead_engine_failure_is_raised_and_aborts_the_others():
    class Failing(FakeGenerator):
        def continue_partials(self, prompt, partials, params, request_id, chunk_tokens=None):
            if request_id.endswith("-2"):
                return self._fail()
            return super().continue_partials(prompt, partials, params, request_id, chunk_tokens)

        async def _fail(self):
            await asyncio.sleep(0.005)
            raise RuntimeError("engine died")
            yield  # an async generator

    gen = Failing(lengths=[3, 9, 1, 7], delay=0.01)
    with pytest.raises(RuntimeError, match="engine died"):
        await STRATEGIES["search"](ctx(gen, plan("speculative_rejection", lookahead=True), 16))
    await asyncio.sleep(0.02)
    assert gen.aborted == 3


async def test_lookahead_cancels_its_chunks_when_scoring_fails():
    gen = FakeGenerator(lengths=[3, 9, 1, 7], delay=0.02)  # a chunk of 2 tokens takes 40 ms
    c = ctx(gen, plan("speculative_rejection", lookahead=True))

    async def broken(prompt, texts):
        await asyncio.sleep(0.01)  # fails while the chunks generated ahead are still running
        raise RuntimeError("reward model down")

    c.score_fn = broken
    with pytest.raises(RuntimeError, match="reward model down"):
        await STRATEGIES["search"](c)
    await asyncio.sleep(0.01)
    assert gen.aborted == 4  # the four chunks generating ahead were aborted, none left running
    generated = gen.generated
    await asyncio.sleep(0.1)
    assert gen.generated == generated


async def test_beam_keeps_the_best_children_and_counts_forked_tokens_once():
    # width 2, expand 2, chunk 2, max 6, lengths 3 9 1 7 6 2 8 4.
    # start 4: 33 99 11 77 -> keep 99 (#1), 77 (#3).
    # expand: #1 -> 9999, fork #4 = 99|66 (7.5); #3 -> 7777 (7), fork #5 = 77|22 (4.5) -> keep #1 (9), #4 (7.5).
    # expand: #1 -> 999999 (9), fork #6 = 9999|88 (8.67); #4 -> 996666 (7), fork #7 = 9966|44 (6.33).
    gen = FakeGenerator(lengths=[3, 9, 1, 7, 6, 2, 8, 4])
    out = await STRATEGIES["search"](ctx(gen, plan("beam", width=2, expand=2), max_tokens=6))
    assert summary(out) == [
        ("33", 2, True, None), ("999999", 6, False, None), ("11", 2, True, None), ("7777", 4, True, None),
        ("996666", 4, True, 1), ("7722", 2, True, 3), ("999988", 2, False, 1), ("996644", 2, True, 4),
    ]
    assert out.chosen == [1]
    assert out.completion_tokens == gen.generated == 24  # 3 calls of 4 samples x 2 tokens
    assert gen.continued == [[(0, 4)], [(2, 2), (2, 2)], [(4, 2), (4, 2)]]
    assert out.candidates[6].reward == pytest.approx(52 / 6)


async def test_particle_resamples_onto_the_best_and_forks_it():
    # tau -> 0 makes the softmax an argmax: all 4 particles are drawn from 99 after chunk 1 (#1 + forks #4-#6:
    # 9999 9955 9922 9988), again from 9999 after chunk 2 (#1 + forks #7-#9), then all reach max_tokens=6.
    gen = FakeGenerator(lengths=[3, 9, 1, 7, 5, 2, 8, 4])
    out = await STRATEGIES["search"](ctx(gen, plan("particle", tau=1e-6), max_tokens=6))
    texts = [c.candidate.text for c in out.candidates]
    assert texts == ["33", "999999", "11", "77", "9955", "9922", "9988", "999944", "999933", "999999"]
    assert [c.pruned for c in out.candidates] == [True, False, True, True, True, True, True, False, False, False]
    assert [c.parent for c in out.candidates[4:]] == [1, 1, 1, 1, 1, 1]
    assert out.chosen == [1]  # 999999 twice (#1, #9): the earlier candidate wins the tie
    assert gen.continued == [[(0, 4)], [(2, 4)], [(4, 4)]]  # one request per distinct particle, n = its draws
    assert out.completion_tokens == gen.generated == 24


def test_resample_draws_in_proportion_to_softmax_of_reward_over_tau():
    rng = random.Random(0)
    # rewards 0, ln 3 at tau 1: weights 1 : 3 -> p = 0.25, 0.75; 4000 draws, sd = sqrt(4000 * .25 * .75) = 27.4
    counts = resample([0.0, math.log(3)], [1, 1], 4000, 1.0, rng)
    assert sum(counts) == 4000 and abs(counts[0] - 1000) < 110
    # tau 2 halves the log-odds: weights 1 : sqrt(3) -> p0 = 1 / (1 + 1.732) = 0.366
    counts = resample([0.0, math.log(3)], [1, 1], 4000, 2.0, rng)
    assert abs(counts[0] - 4000 / (1 + math.sqrt(3))) < 120
    # equal rewards, a finished particle standing for 3 copies: p = 0.75, 0.25; no overflow at reward 1e4
    counts = resample([1e4, 1e4], [3, 1], 4000, 1.0, rng)
    assert abs(counts[0] - 3000) < 110


async def test_streaming_emits_start_then_only_the_survivor_live():
    # emitted: "" when the engine starts, then after two chunks the survivor's prefix "9999", then its 6 tokens
    # one by one while the fake is still generating them.
    gen = FakeGenerator(lengths=[3, 9, 1, 7])
    seen: list[tuple[str, int]] = []
    out = await STRATEGIES["search"](ctx(gen, plan("speculative_rejection"),
                                         emit=lambda text: seen.append((text, gen.generated))))
    assert [t for t, _ in seen] == ["", "9999"] + ["9"] * 6
    assert [g for _, g in seen] == [1, 12, 13, 14, 15, 16, 17, 18]  # live: each token as it was produced
    assert "".join(t for t, _ in seen) == out.candidates[out.chosen[0]].candidate.text


async def test_streaming_beam_emits_the_answer_when_the_search_ends():
    gen = FakeGenerator(lengths=[3, 9, 1, 7, 6, 2, 8, 4])
    seen: list[str] = []
    await STRATEGIES["search"](ctx(gen, plan("beam"), max_tokens=6, emit=seen.append))
    assert seen == ["", "999999"]


# with lookahead every candidate is one call, so the pruned ones were aborted too: all 4 calls end aborted
@pytest.mark.parametrize(("stage", "aborted", "lookahead"), [(3, 4, False), (27, 1, False), (3, 4, True),
                                                             (27, 4, True)])
async def test_cancelling_the_search_aborts_every_live_candidate(stage, aborted, lookahead):
    # chunk 4, max 16: 4 x 4 then 2 x 4 tokens (24) before the survivor runs its last 8 alone
    gen = FakeGenerator(lengths=[3, 9, 1, 7], delay=0.01)
    task = asyncio.ensure_future(STRATEGIES["search"](ctx(gen, plan("speculative_rejection", chunk=4,
                                                                     lookahead=lookahead), 16)))
    while gen.generated < stage:
        await asyncio.sleep(0.001)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert gen.aborted == aborted
    generated = gen.generated
    await asyncio.sleep(0.05)
    assert gen.generated == generated  # nothing runs on


def test_path_append_ends_at_a_stop_string_across_the_chunk_boundary():
    path = Path(0, text="ab", num_tokens=2)
    path.append(Continuation("cde", (), 3, None), stop=("bc",))
    assert (path.text, path.finish_reason, path.num_tokens, path.generated) == ("a", "stop", 5, 3)
    path = Path(0, text="ab", num_tokens=2)
    path.append(Continuation("cde", (), 3, None), stop=("zz",))
    assert (path.text, path.finish_reason) == ("abcde", None)


def test_default_chunk_fits_the_round_limit_and_max_tokens():
    p = SearchPlan("beam", None, 16, 0.5, 2, 2, 1.0, max_rounds=4)
    assert chunk_size(p, 100) == 25  # ceil(100 / 4) rounds at most
    assert chunk_size(p, 6) == 6  # never more than the answer
    assert chunk_size(p, 128) == 32  # 4 rounds at most outweighs the default
    p = SearchPlan("beam", None, 16, 0.5, 2, 2, 1.0, max_rounds=64)
    assert chunk_size(p, 256) == 16  # the server's default
    assert chunk_size(p, 128) == 16
    assert chunk_size(p, 96) == 12  # an eighth of max_tokens
    assert chunk_size(p, 64) == 8
    assert chunk_size(p, 20) == 8  # never under 8 tokens while the answer has room
    assert chunk_size(p, 5) == 5


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"chunk": 11}, "alignment.search.chunk_tokens"),  # more than max_tokens=10
        ({"chunk": 1, "max_rounds": 4}, "alignment.search.chunk_tokens"),  # 10 rounds > 4
        ({"choices": 2}, "n"),
        ({"logprobs": 0}, "logprobs"),
        ({"response_format": "json"}, "response_format"),
    ],
)
async def test_bad_search_requests_are_400_naming_the_field(kwargs, param):
    rounds = kwargs.pop("max_rounds", 64)
    extra = {"logprobs": kwargs.pop("logprobs", None)}
    if kwargs.pop("response_format", None):
        from aligned_serve.engines.base import ResponseFormat

        extra["response_format"] = ResponseFormat(type="json_object")
    p = plan("speculative_rejection", **kwargs)
    p = AlignPlan(**{**p.__dict__, "search": SearchPlan(**{**p.search.__dict__, "max_rounds": rounds})})
    gen = FakeGenerator()
    with pytest.raises(StrategyError) as exc:
        await STRATEGIES["search"](ctx(gen, p, **extra))
    assert (exc.value.status_code, exc.value.param) == (400, param)
    assert gen.continued == []  # refused before anything was generated


def test_search_plan_limits_and_misplaced_fields():
    from aligned_serve.protocol.common import SearchParams

    with pytest.raises(StrategyError) as exc:
        search_plan(SearchParams(method="beam", beam_width=8, expand=4), None, 16, 16, 64)  # 32 > 16
    assert exc.value.param == "alignment.search.expand" and "32" in exc.value.message
    with pytest.raises(StrategyError) as exc:
        search_plan(SearchParams(method="beam", keep=0.3), None, 16, 16, 64)
    assert exc.value.param == "alignment.search.keep"
    with pytest.raises(StrategyError) as exc:
        search_plan(SearchParams(method="particle", lookahead=True), None, 16, 16, 64)
    assert exc.value.param == "alignment.search.lookahead"
    p = search_plan(None, None, 16, 16, 64)
    assert (p.method, p.keep, p.chunk_tokens, p.default_chunk_tokens) == ("speculative_rejection", 0.4, None, 16)
    assert p.lookahead is True and search_plan(SearchParams(lookahead=False), None, 16, 16, 64).lookahead is False


async def test_an_engine_without_continuation_is_a_400():
    class Plain(FakeGenerator):
        continue_partials = None

    with pytest.raises(StrategyError) as exc:
        await STRATEGIES["search"](ctx(Plain(), plan("beam")))
    assert exc.value.param == "alignment.strategy"


# ---- through the HTTP server -----------------------------------------------------------------------------------
MSGS = [{"role": "user", "content": "count please"}]  # 2 prompt "tokens" for the fake
# lookahead off: these tests follow the hand-worked trace of the sequential rounds (lookahead has its own tests)
SR = {"strategy": "search", "n": 4, "return_candidates": True,
      "search": {"method": "speculative_rejection", "chunk_tokens": 2, "keep": 0.5, "lookahead": False}}


@pytest.fixture
async def server(tmp_path):
    import httpx
    from asgi_lifespan import LifespanManager

    from aligned_serve.app import build_app
    from aligned_serve.settings import Settings
    from reward_models.registry import RewardModelRegistry

    gen = FakeGenerator(lengths=[3, 9, 1, 7], delay=0.005)
    registry = RewardModelRegistry(default_name="main")
    registry.register(DigitRM(name="main"), activate=True)
    settings = Settings(engine="transformers", model="unused", reward_model="rule:json", max_n=16, max_choices=4,
                        feedback_db=str(tmp_path / "fb.sqlite"), default_max_tokens=10)
    app = build_app(settings, generator=gen, registry=registry)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield {"client": client, "gen": gen, "app": app, "db": tmp_path / "fb.sqlite"}


def metric(text: str, prefix: str) -> float:
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(prefix))


async def test_http_search_reports_tokens_per_candidate_and_counts_them_all(server):
    from aligned_core.feedback import read_records

    r = await server["client"].post("/v1/chat/completions", json={"messages": MSGS, "alignment": SR})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["choices"][0]["message"]["content"] == "9" * 10
    cands = body["alignment"]["candidates"]
    assert [(c["tokens"], c["pruned"]) for c in cands] == [(2, True), (10, False), (2, True), (4, True)]
    assert body["usage"] == {"prompt_tokens": 2, "completion_tokens": 18, "total_tokens": 20}
    assert body["alignment"]["strategy"] == "search" and body["alignment"]["rewards"] == [9.0]
    text = (await server["client"].get("/metrics")).text
    assert metric(text, 'aligned_serve_search_tokens_total{method="speculative_rejection",outcome="pruned"}') == 8
    assert metric(text, 'aligned_serve_search_tokens_total{method="speculative_rejection",outcome="kept"}') == 10
    assert metric(text, 'aligned_serve_search_tokens_total{method="beam",outcome="kept"}') == 0  # declared at 0
    server["app"].state.serving.feedback.flush()
    (row,) = read_records(server["db"])
    assert [c["reward"] for c in row.candidates] == [None, 9.0, None, None]  # exports skip partial answers
    assert [c.get("partial_reward") for c in row.candidates] == [3.0, None, 1.0, 7.0]
    assert row.completion_tokens == 18


async def test_http_search_scores_partial_answers_with_the_model_s_twin(server):
    main = server["app"].state.serving.registry.resolve("main")
    main.partial = twin = DigitRM(name="main")  # as HFRewardModel.load(partial_dtype="int8") attaches one
    r = await server["client"].post("/v1/chat/completions", json={"messages": MSGS, "alignment": SR})
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == "9" * 10
    assert twin.calls and all(len(t) < 10 for call in twin.calls for t in call)
    assert main.calls == [["9" * 10]]  # only the whole answer
    r = await server["client"].post("/v1/chat/completions", json={"messages": MSGS, "alignment": {
        "strategy": "best_of_n", "n": 2}})
    assert r.status_code == 200 and len(twin.calls) == 2  # best-of-N scores whole answers: the model itself
    assert sum(len(call) for call in main.calls) == 3


async def test_http_search_stream_role_then_only_the_survivor_then_alignment(server):
    body = {"messages": MSGS, "stream": True, "stream_options": {"include_usage": True}, "alignment": SR}
    async with server["client"].stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        events = [line[6:] async for line in r.aiter_lines() if line.startswith("data: ")]
    import json

    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    contents = [c["choices"][0]["delta"]["content"] for c in chunks[1:-2]]
    assert contents == ["9999"] + ["9"] * 6  # the survivor's prefix, then its live tokens; no other candidate
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 18
    assert chunks[-1]["alignment"]["strategy"] == "search"


async def test_search_stream_is_live_and_a_disconnect_aborts_every_candidate(server):
    from aligned_serve.protocol import ChatCompletionRequest

    serving, gen = server["app"].state.serving, server["gen"]
    req = ChatCompletionRequest(messages=MSGS, stream=True, max_tokens=10, alignment=SR)
    stream = await serving.chat_stream(req)
    assert "assistant" in await anext(stream)  # the role chunk, sent once the engine started
    assert "9999" in await anext(stream)  # the survivor's prefix ...
    assert gen.generated < 18  # ... arrives while its remaining tokens are still being generated
    await stream.aclose()  # what the route does when the client goes away
    await asyncio.sleep(0.05)
    assert gen.aborted == 1

    gen.delay = 0.05  # the first chunk (2 steps) takes 0.1 s: the 4 starters are all still running below
    stream = await serving.chat_stream(req)
    await anext(stream)  # the role chunk
    consumer = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0.01)
    consumer.cancel()  # Starlette cancels the response task on a disconnect
    with pytest.raises(asyncio.CancelledError):
        await consumer
    await asyncio.sleep(0.05)
    assert gen.aborted == 1 + 4


@pytest.mark.parametrize(
    ("alignment", "extra", "param"),
    [
        ({"search": {"keep": 0}}, {}, "alignment.search.keep"),
        ({"search": {"method": "magic"}}, {}, "alignment.search.method"),
        ({"search": {"chunk_tokens": 0}}, {}, "alignment.search.chunk_tokens"),
        ({"search": {"chunk_tokens": 11}}, {"max_tokens": 10}, "alignment.search.chunk_tokens"),
        ({"search": {"chunk_tokens": 11}}, {"max_tokens": 10, "stream": True}, "alignment.search.chunk_tokens"),
        ({"search": {"method": "beam", "beam_width": 8, "expand": 4}}, {}, "alignment.search.expand"),
        ({"search": {"method": "particle", "beam_width": 2}}, {}, "alignment.search.beam_width"),
        ({"n": 8, "search": {"method": "beam"}}, {}, "alignment.n"),
        ({"strategy": "search", "n": 17}, {}, "alignment.n"),
        ({"strategy": "search"}, {"n": 2}, "n"),
        ({"strategy": "best_of_n", "search": {}}, {}, "alignment.search"),
    ],
)
async def test_http_bad_search_parameters_are_400(server, alignment, extra, param):
    r = await server["client"].post("/v1/chat/completions", json={"messages": MSGS, "alignment": alignment, **extra})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"] == param and r.json()["error"]["type"] == "invalid_request_error"
    assert server["gen"].continued in ([], [[(0, 4)]])  # nothing, or (stream) only the refused first call


async def test_http_completions_endpoint_searches_text_prompts(server):
    r = await server["client"].post("/v1/completions", json={"prompt": "count", "alignment": SR})
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["text"] == "9" * 10 and r.json()["usage"]["completion_tokens"] == 18
