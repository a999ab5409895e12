"""ScoringQueue: merging, slicing, errors, cancellation, depth, hooks, rule and ensemble paths — on stubs."""

import asyncio
import threading
import time

import pytest

from reward_models.base import RewardModelError
from reward_models.batching import ScoringQueue
from reward_models.ensemble import EnsembleRewardModel
from reward_models.rules import RuleReward


def _value(p: object, r: str) -> float:
    return float(r.removeprefix("r"))  # "r12" -> 12.0: every pair's score identifies it


async def test_concurrent_calls_merge_into_one_model_call(stub_factory) -> None:
    model = stub_factory(fn=_value)
    queue = ScoringQueue(window_s=0.05, max_batch=1000)
    requests = [[f"r{10 * c + i}" for i in range(c + 1)] for c in range(5)]  # 1..5 pairs per caller
    results = await asyncio.gather(*(queue.score(model, ["p"] * len(rs), rs) for rs in requests))
    assert len(model.calls) == 1 and len(model.calls[0]) == 15
    assert results == [[float(r[1:]) for r in rs] for rs in requests]  # each caller got its own slice
    assert queue.depth == 0
    queue.close()


async def test_max_batch_flushes_without_waiting_for_the_window(stub_factory) -> None:
    model = stub_factory(fn=_value)
    queue = ScoringQueue(window_s=30.0, max_batch=4)
    both = asyncio.gather(
        queue.score(model, ["p", "p"], ["r1", "r2"]), queue.score(model, ["p", "p"], ["r3", "r4"])
    )
    first, second = await asyncio.wait_for(both, timeout=5)
    assert (first, second) == ([1.0, 2.0], [3.0, 4.0])
    assert model.calls == [["r1", "r2", "r3", "r4"]]
    queue.close()


async def test_different_models_are_not_merged(stub_factory) -> None:
    a, b = stub_factory("a", fn=_value), stub_factory("b", fn=lambda p, r: -_value(p, r))
    queue = ScoringQueue(window_s=0.02)
    ra, rb = await asyncio.gather(queue.score(a, ["p"], ["r1"]), queue.score(b, ["p"], ["r2"]))
    assert (ra, rb) == ([1.0], [-2.0])
    assert (a.calls, b.calls) == ([["r1"]], [["r2"]])
    queue.close()


async def test_errors_reach_every_caller_of_the_batch(stub_factory) -> None:
    model = stub_factory(error=RewardModelError("boom", 500))
    queue = ScoringQueue(window_s=0.02)
    results = await asyncio.gather(
        queue.score(model, ["p"], ["r1"]), queue.score(model, ["p"], ["r2"]), return_exceptions=True
    )
    assert len(model.calls) == 1
    assert all(isinstance(r, RewardModelError) and r.message == "boom" for r in results)
    assert queue.depth == 0
    # the queue still works afterwards
    model.error = None
    assert await queue.score(model, ["p"], ["abc"]) == [3.0]
    queue.close()


async def test_wrong_number_of_scores_is_an_error_for_everyone() -> None:
    class Short:
        name, version = "short", "1"

        def score(self, prompts: list, responses: list) -> list[float]:
            return [0.0]

    queue, short = ScoringQueue(window_s=0.02), Short()
    results = await asyncio.gather(
        queue.score(short, ["p"], ["a"]), queue.score(short, ["p", "q"], ["a", "b"]), return_exceptions=True
    )
    assert all(isinstance(r, RewardModelError) for r in results)
    queue.close()


async def test_a_cancelled_caller_does_not_break_the_others(stub_factory) -> None:
    model = stub_factory(fn=_value)
    queue = ScoringQueue(window_s=0.5)  # generous: the cancel must land before the flush on a busy machine
    doomed = asyncio.create_task(queue.score(model, ["p", "p"], ["r1", "r2"]))
    survivor = asyncio.create_task(queue.score(model, ["p"], ["r3"]))
    await asyncio.sleep(0.01)
    assert queue.depth == 3
    doomed.cancel()
    assert await survivor == [3.0]
    assert doomed.cancelled()
    assert model.calls == [["r3"]]  # the cancelled pairs were dropped before the batch ran
    assert queue.depth == 0
    queue.close()


async def test_cancel_while_running_leaves_others_intact(stub_factory) -> None:
    model = stub_factory(fn=_value, delay_s=0.2)
    queue = ScoringQueue(window_s=0.0)
    doomed = asyncio.create_task(queue.score(model, ["p"], ["r1"]))
    survivor = asyncio.create_task(queue.score(model, ["p"], ["r2"]))
    await asyncio.sleep(0.05)  # the merged batch is now running in the worker thread
    doomed.cancel()
    assert await survivor == [2.0]
    assert model.calls == [["r1", "r2"]] and queue.depth == 0
    queue.close()


async def test_scoring_does_not_block_the_event_loop(stub_factory) -> None:
    model = stub_factory(delay_s=0.5)
    queue = ScoringQueue(window_s=0.0)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    scoring = asyncio.create_task(queue.score(model, ["p"], ["abc"]))
    await asyncio.sleep(0.1)
    assert queue.depth == 1  # a running batch still counts as pending
    assert await scoring == [3.0]
    task.cancel()
    assert ticks >= 5  # the loop kept running while the model "computed" for 0.5 s
    queue.close()


async def test_on_batch_hook(stub_factory) -> None:
    seen: list[tuple[str, int, float]] = []
    model = stub_factory("m", "v7")
    queue = ScoringQueue(window_s=0.02, on_batch=lambda *args: seen.append(args))
    await asyncio.gather(queue.score(model, ["p"], ["a"]), queue.score(model, ["p", "p"], ["b", "c"]))
    assert len(seen) == 1 and seen[0][:2] == ("m@v7", 3) and seen[0][2] >= 0.0
    # a failing hook does not fail requests
    queue.on_batch = lambda *args: 1 / 0
    assert await queue.score(model, ["p"], ["xy"]) == [2.0]
    queue.close()


async def test_close_fails_waiting_and_later_requests(stub_factory) -> None:
    model = stub_factory()
    queue = ScoringQueue(window_s=10.0)
    waiting = asyncio.create_task(queue.score(model, ["p"], ["a"]))
    await asyncio.sleep(0.01)
    queue.close()
    with pytest.raises(RewardModelError) as err:
        await waiting
    assert err.value.status_code == 503 and queue.depth == 0
    with pytest.raises(RewardModelError):
        await queue.score(model, ["p"], ["a"])


async def test_edge_inputs(stub_factory) -> None:
    queue = ScoringQueue()
    assert await queue.score(stub_factory(), [], []) == []
    with pytest.raises(RewardModelError):
        await queue.score(stub_factory(), ["p"], [])
    with pytest.raises(ValueError):
        ScoringQueue(max_batch=0)
    queue.close()


class ThreadRecordingRule(RuleReward):
    """A rule whose reward is the response length; records the thread it ran on and can be slowed down."""

    name = "rule:threads"

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.threads: set[str] = set()

    def reward(self, prompt: object, response: str) -> float:
        self.threads.add(threading.current_thread().name)
        time.sleep(self.delay_s)
        return float(len(response))


async def test_rules_skip_a_busy_model_thread(stub_factory) -> None:
    slow = stub_factory(delay_s=1.0)
    rule = ThreadRecordingRule()
    queue = ScoringQueue(window_s=0.0)
    neural = asyncio.create_task(queue.score(slow, ["p"], ["abc"]))
    await asyncio.sleep(0.05)  # the model thread is now busy for a second
    start = time.perf_counter()
    assert await queue.score(rule, ["p", "p"], ["ab", "abcd"]) == [2.0, 4.0]
    assert time.perf_counter() - start < 0.5  # did not queue behind the neural batch
    assert not neural.done() and queue.depth == 1  # rules never count as pairs waiting for the model
    assert rule.threads and all(t.startswith("rule-score") for t in rule.threads)
    assert await neural == [3.0]
    queue.close()


async def test_ensemble_members_take_their_own_paths(stub_factory) -> None:
    model, rule = stub_factory("m", fn=lambda p, r: 10.0), ThreadRecordingRule()
    queue = ScoringQueue(window_s=0.0)
    mean = EnsembleRewardModel([model, rule])
    assert await queue.score(mean, ["p", "p"], ["a", "abc"]) == [5.5, 6.5]  # (10 + 1) / 2, (10 + 3) / 2
    assert model.calls == [["a", "abc"]] and all(t.startswith("rule-score") for t in rule.threads)
    # mean_minus_std, k=1: scores (10, 1) -> mean 5.5, population std 4.5 -> 1.0; (10, 3) -> 6.5 - 3.5 = 3.0
    assert await queue.score(EnsembleRewardModel([model, rule], "mean_minus_std"), ["p", "p"], ["a", "abc"]) == [
        1.0,
        3.0,
    ]
    # normalize: each member z-scored over the call; the constant model's row becomes 0, the rule's (-1, 1)
    assert await queue.score(EnsembleRewardModel([model, rule], normalize=True), ["p", "p"], ["a", "abc"]) == [
        -0.5,
        0.5,
    ]
    queue.close()


async def test_a_rule_over_its_time_bound_is_a_400() -> None:
    queue = ScoringQueue(rule_timeout_s=0.1)
    start = time.perf_counter()
    with pytest.raises(RewardModelError) as err:
        await queue.score(ThreadRecordingRule(delay_s=0.5), ["p"], ["x"])
    assert time.perf_counter() - start < 0.4
    assert err.value.status_code == 400
    assert err.value.message == "rule reward 'rule:threads' did not finish within 0.1 s"
    queue.close()


async def test_requests_that_arrive_during_a_running_batch_go_together_next(stub_factory) -> None:
    model = stub_factory(fn=_value, delay_s=0.3)
    queue = ScoringQueue(window_s=0.0, max_batch=64)
    first = asyncio.create_task(queue.score(model, ["p"], ["r1"]))
    await asyncio.sleep(0.05)  # r1 is in the worker thread
    later = []
    for i in (2, 3, 4):  # each one's window ends while r1 still runs
        later.append(asyncio.create_task(queue.score(model, ["p"], [f"r{i}"])))
        await asyncio.sleep(0.02)
    assert await first == [1.0]
    assert await asyncio.gather(*later) == [[2.0], [3.0], [4.0]]
    assert model.calls == [["r1"], ["r2", "r3", "r4"]]  # one call for the three, not three calls
    assert queue.depth == 0
    queue.close()


async def test_a_waiting_batch_keeps_max_batch_and_shares_the_thread_fairly(stub_factory) -> None:
    order: list[str] = []  # every pair as the model thread scores it

    def logged(p: object, r: str) -> float:
        order.append(r)
        return _value(p, r)

    a, b = stub_factory("a", fn=logged, delay_s=0.2), stub_factory("b", fn=logged)
    queue = ScoringQueue(window_s=0.0, max_batch=4)
    busy = asyncio.create_task(queue.score(a, ["p"], ["r0"]))
    await asyncio.sleep(0.05)
    waiting_a = [asyncio.create_task(queue.score(a, ["p", "p"], [f"r{i}", f"r{i + 1}"])) for i in (10, 20, 30)]
    await asyncio.sleep(0.01)
    waiting_b = asyncio.create_task(queue.score(b, ["p"], ["r5"]))
    await asyncio.gather(busy, *waiting_a, waiting_b)
    # a's 6 waiting pairs split at max_batch 4; b's batch, ready later than a's, runs before a's remainder
    assert a.calls == [["r0"], ["r10", "r11", "r20", "r21"], ["r30", "r31"]]
    assert b.calls == [["r5"]]
    assert order == ["r0", "r10", "r11", "r20", "r21", "r5", "r30", "r31"]
    assert [await t for t in waiting_a] == [[10.0, 11.0], [20.0, 21.0], [30.0, 31.0]]
    assert queue.depth == 0
    queue.close()
