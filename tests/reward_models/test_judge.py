"""JudgeRewardModel with fake chat models: yes/no logprob scores and 1-10 parsing worked out by hand, the rubric
template, the LRU cache, the deadline, ensembles with a trained model, the OpenAI endpoint and the server's own
generator through the admin API.

Run: `pytest tests/reward_models/test_judge.py -q`."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_serve.app import build_app
from aligned_serve.engines.base import Candidate, Generation, SamplingConfig, TokenLogprob
from aligned_serve.settings import Settings
from reward_models.base import AsyncRewardModel, RewardModelError
from reward_models.batching import ScoringQueue
from reward_models.ensemble import EnsembleRewardModel
from reward_models.judge import ChatReply, JudgeRewardModel, load_judge
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator, LengthRM

LN = math.log


class FakeChat:
    """Answers each rubric question with `reply(question_text)`; records the questions."""

    loop = None
    label = "fake-chat"

    def __init__(self, reply: Callable[[str], ChatReply], delay_s: float = 0.0) -> None:
        self.reply, self.delay_s = reply, delay_s
        self.questions: list[list[dict[str, Any]]] = []
        self.calls: list[tuple[int, int | None]] = []  # (max_tokens, top_logprobs)

    async def chat(self, messages: list[dict[str, Any]], *, max_tokens: int, top_logprobs: int | None) -> ChatReply:
        self.questions.append(messages)
        self.calls.append((max_tokens, top_logprobs))
        await asyncio.sleep(self.delay_s)
        return self.reply(messages[-1]["content"])


def table(**probs: float) -> ChatReply:
    return ChatReply("", {k.replace("_", " "): LN(p) for k, p in probs.items()})


async def test_yes_no_scores_are_the_log_odds_or_probability_of_yes() -> None:
    reply = ChatReply("Yes", {" Yes": LN(0.6), "yes": LN(0.1), " No": LN(0.2), "Maybe": LN(0.1)})
    logit = JudgeRewardModel("j", FakeChat(lambda q: reply))
    prob = JudgeRewardModel("j", FakeChat(lambda q: reply), score="prob")
    assert isinstance(logit, AsyncRewardModel) and logit.kind == "judge"
    # P(yes) = 0.6 + 0.1 (two spellings), P(no) = 0.2
    assert await logit.ascore(["q"], ["a"]) == [pytest.approx(LN(0.7 / 0.2))]
    assert await prob.ascore(["q"], ["a"]) == [pytest.approx(0.7 / (0.7 + 0.2))]
    assert logit.chat.calls == [(1, 20)]  # one token, its top-20 logprobs


async def test_yes_no_bounds_a_word_missing_from_the_top_logprobs() -> None:
    only_yes = JudgeRewardModel("j", FakeChat(lambda q: table(yes=0.5, Sure=0.3, ok=0.05)))
    assert await only_yes.ascore(["q"], ["a"]) == [pytest.approx(LN(0.5 / 0.05))]  # P(no) <= the smallest shown
    neither = JudgeRewardModel("j", FakeChat(lambda q: table(Sure=0.5, ok=0.1)), score="prob")
    assert await neither.ascore(["q"], ["a"]) == [0.5]
    no_logprobs = JudgeRewardModel("j", FakeChat(lambda q: ChatReply("yes")))
    with pytest.raises(RewardModelError) as err:
        await no_logprobs.ascore(["q"], ["a"])
    assert err.value.status_code == 502 and "logprobs" in err.value.message


async def test_scale_reads_the_first_number_from_1_to_10() -> None:
    texts = {"a1": "8", "a2": "I'd give it 7/10.", "a3": "10", "a4": "none at all", "a5": "11 or 0"}
    chat = FakeChat(lambda q: ChatReply(texts[q.split("Answer:\n")[1].split("\n")[0]]))
    judge = JudgeRewardModel("j", chat, mode="scale")
    assert await judge.ascore(["q"] * 5, list(texts)) == [8.0, 7.0, 10.0, 5.5, 5.5]
    assert judge.unparsed == 2 and chat.calls[0] == (4, None)


async def test_the_rubric_is_filled_in_one_pass() -> None:
    chat = FakeChat(lambda q: table(yes=0.5, no=0.5))
    rubric = 'Q: {prompt}\nA: {answer}\nReply as {"ok": yes|no}.'
    judge = JudgeRewardModel("j", chat, rubric=rubric, system="You are strict.")
    await judge.ascore(["say {answer}"], ["{prompt}!"])
    assert chat.questions[0] == [
        {"role": "system", "content": "You are strict."},
        {"role": "user", "content": 'Q: say {answer}\nA: {prompt}!\nReply as {"ok": yes|no}.'},
    ]
    turns = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    await judge.ascore([turns], ["Hello"])
    assert chat.questions[1][1]["content"].startswith("Q: system: Be brief.\nuser: Hi\nA: Hello\n")


async def test_results_are_cached_by_rubric_prompt_and_answer() -> None:
    chat = FakeChat(lambda q: table(yes=0.8, no=0.2))
    judge = JudgeRewardModel("j", chat, cache_size=2)
    first = await judge.ascore(["p", "p", "p"], ["a", "b", "a"])
    assert len(chat.questions) == 2 and first[0] == first[2] == pytest.approx(LN(4))  # a duplicate judged once
    await judge.ascore(["p", "p"], ["b", "a"])
    assert len(chat.questions) == 2  # both cached
    await judge.ascore(["p"], ["c"])  # evicts the least recently used ("b")
    await judge.ascore(["p", "p"], ["a", "b"])
    assert len(chat.questions) == 4
    other = JudgeRewardModel("j", chat, rubric="Is {answer} fine?")
    await other.ascore(["p"], ["a"])
    assert len(chat.questions) == 5


async def test_a_slow_judge_is_a_504_at_its_timeout() -> None:
    judge = JudgeRewardModel("j", FakeChat(lambda q: table(yes=0.5), delay_s=2.0), timeout=0.2)
    t0 = time.perf_counter()
    with pytest.raises(RewardModelError) as err:
        await judge.ascore(["q"], ["a"])
    assert err.value.status_code == 504 and time.perf_counter() - t0 < 0.6


async def test_a_judge_in_an_ensemble_with_a_trained_reward_model(hf_rm) -> None:
    judge = JudgeRewardModel(
        "j", FakeChat(lambda q: table(yes=0.8, no=0.2) if "Paris" in q else table(yes=0.2, no=0.8))
    )
    queue = ScoringQueue()
    try:
        prompts, answers = ["Capital of France?"] * 2, ["Paris.", "Lyon."]
        mixed = await queue.score(EnsembleRewardModel([hf_rm, judge]), prompts, answers)
    finally:
        queue.close()
    trained = hf_rm.score(prompts, answers)
    assert mixed == pytest.approx([(trained[0] + LN(4)) / 2, (trained[1] - LN(4)) / 2])


def test_openai_endpoint_request_and_reply() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/models":
            return httpx.Response(200, json={"data": [{"id": "big-judge"}]})
        top = [{"token": "Yes", "logprob": LN(0.75)}, {"token": "No", "logprob": LN(0.25)}]
        return httpx.Response(200, json={"choices": [{"index": 0, "message": {"role": "assistant", "content": "Yes"},
                                                       "logprobs": {"content": [{"token": "Yes", "logprob": LN(0.75),
                                                                                 "top_logprobs": top}]}}]})

    judge = load_judge("j", "http://fleet:8000", None, None, api_key="k", transport=httpx.MockTransport(handler))
    assert judge.score(["q"], ["a"]) == [pytest.approx(LN(3))]  # blocking form, on a private loop
    assert [r.url.path for r in seen] == ["/v1/models", "/v1/chat/completions"]
    body = json.loads(seen[1].content)
    assert {k: body[k] for k in ("model", "max_tokens", "temperature", "logprobs", "top_logprobs")} == {
        "model": "big-judge", "max_tokens": 1, "temperature": 0.0, "logprobs": True, "top_logprobs": 20}
    assert seen[1].headers["authorization"] == "Bearer k" and "Answer:\na" in body["messages"][-1]["content"]
    assert judge.path == "http://fleet:8000/v1 (big-judge)"


def test_bad_configuration_is_a_400() -> None:
    chat = FakeChat(lambda q: table(yes=1.0))
    for kw in ({"mode": "stars"}, {"rubric": "no slot"}, {"score": "odds"}, {"timeout": 0}):
        with pytest.raises(RewardModelError) as err:
            JudgeRewardModel("j", chat, **kw)
        assert err.value.status_code == 400


class JudgingGenerator(FakeGenerator):
    """Answers "yes" with P = 0.8 when the graded answer says "good", else 0.2 (logprobs like vLLM's)."""

    async def generate(self, prompt: Any, params: SamplingConfig, request_id: str) -> Generation:
        if isinstance(prompt, str) or "Answer:" not in prompt[-1]["content"]:
            return await super().generate(prompt, params, request_id)
        self.calls.append(params)
        p = 0.8 if "good" in prompt[-1]["content"].split("Answer:")[1] else 0.2
        first = TokenLogprob("yes" if p > 0.5 else "no", LN(max(p, 1 - p)), [("yes", LN(p)), ("no", LN(1 - p))])
        return Generation([Candidate(first.token, "length", 1, [first])], prompt_tokens=5)


async def test_the_servers_own_generator_as_judge_through_the_admin_api(tmp_path: Path) -> None:
    gen = JudgingGenerator()
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="1"))
    settings = Settings(engine="transformers", model="unused", reward_model="rule:json", admin_key="sekret",
                        feedback_db=None)
    app = build_app(settings, generator=gen, registry=registry)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        r = await client.post("/admin/reward_models", headers={"Authorization": "Bearer sekret"},
                              json={"name": "judge", "kind": "judge", "version": "j1"})
        assert r.status_code == 200, r.text  # validated with a probe judgment on the generator
        row = next(m for m in r.json()["reward_models"] if m["name"] == "judge")
        assert (row["kind"], row["path"]) == ("judge", "generator")
        r = await client.post("/v1/rewards", json={"messages": [{"role": "user", "content": "hi"}],
                                                   "candidates": ["a good answer", "meh"], "reward_model": "judge"})
        assert r.json()["reward_model"] == "judge@j1"
        assert r.json()["rewards"] == pytest.approx([LN(4), -LN(4)])
    judged = [p for p in gen.calls if p.logprobs == 20]
    assert judged and all(p.max_tokens == 1 and p.temperature == 0.0 for p in judged)
