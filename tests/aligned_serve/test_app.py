"""The HTTP layer on fakes: schema, strategies through the API, errors, limits, metrics, feedback, admin."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_core.feedback import read_records
from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator, LengthRM

ADMIN = {"Authorization": "Bearer sekret"}
MSGS = [{"role": "user", "content": "hello there"}]


def make_settings(tmp_path: Path, **kw) -> Settings:
    base = dict(engine="transformers", model="unused", reward_model="rule:json", admin_key="sekret",
                feedback_db=str(tmp_path / "fb.sqlite"), default_n=4, max_n=16, max_choices=4,
                max_samples_limit=32, max_concurrent_requests=4, default_max_tokens=50,
                checkpoint_roots=[str(tmp_path.parent)])  # pytest's basetemp: the session's tiny checkpoints
    base.update(kw)
    return Settings(**base)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[dict]:
    gen = FakeGenerator(lengths=[3, 9, 1, 7, 5, 2, 8, 4])
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main", version="1"), activate=True)
    registry.register(LengthRM(name="neg", version="1", scale=-1.0), activate=True)
    app = build_app(make_settings(tmp_path), generator=gen, registry=registry)
    async with LifespanManager(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield {"client": client, "gen": gen, "app": app, "tmp": tmp_path, "registry": registry}


async def chat(client: httpx.AsyncClient, **body) -> httpx.Response:
    return await client.post("/v1/chat/completions", json={"messages": MSGS, **body})


async def test_default_alignment_for_plain_clients(env):
    r = await chat(env["client"])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["object"] == "chat.completion" and body["choices"][0]["message"]["role"] == "assistant"
    al = body["alignment"]
    assert al["strategy"] == "best_of_n" and al["samples"] == 4 and al["reward_model"] == "main@1"
    # lengths 3, 9, 1, 7 -> the 9-char answer wins; usage counts all 20 tokens
    assert body["choices"][0]["message"]["content"] == "x" * 9
    assert body["usage"] == {"prompt_tokens": 2, "completion_tokens": 20, "total_tokens": 22}


async def test_openai_n_returns_top_choices_and_candidates(env):
    r = await chat(env["client"], n=2, alignment={"n": 8, "return_candidates": True})
    body = r.json()
    assert [c["message"]["content"] for c in body["choices"]] == ["x" * 9, "x" * 8]
    assert body["alignment"]["rewards"] == [9.0, 8.0]
    cands = body["alignment"]["candidates"]
    assert [c["index"] for c in cands] == list(range(8)) and cands[1]["reward"] == 9.0


async def test_per_request_reward_model_and_ensemble(env):
    r = await chat(env["client"], alignment={"reward_model": "neg"})
    assert r.json()["choices"][0]["message"]["content"] == "x"  # shortest wins under -length
    r = await chat(env["client"], alignment={"reward_model": ["main", "neg"], "return_candidates": True})
    assert r.status_code == 200, r.text
    assert all(c["reward"] == 0.0 for c in r.json()["alignment"]["candidates"])  # mean of +len and -len


async def test_rejection_and_rerank(env):
    r = await chat(env["client"], alignment={"strategy": "rejection", "threshold": 8, "batch_size": 2})
    al = r.json()["alignment"]
    assert al["accepted"] and al["samples"] == 2 and al["rewards"] == [9.0] and al["threshold"] == 8
    r = await chat(env["client"], alignment={"strategy": "rejection", "threshold": 100, "max_samples": 4,
                                             "on_budget_exhausted": "error"})
    assert r.status_code == 422 and r.json()["error"]["param"] == "alignment.threshold"
    r = await chat(env["client"], n=3, alignment={"strategy": "rerank", "n": 6})
    body = r.json()  # the OpenAI n is the number of choices; every candidate comes back with its reward
    # 6 of 8 lengths drawn so far, so the cycle continues at [8, 4, 3, 9, 1, 7]: the top 3 are 9, 8, 7
    assert [c["message"]["content"] for c in body["choices"]] == ["x" * 9, "x" * 8, "x" * 7]
    assert body["alignment"]["rewards"] == [9.0, 8.0, 7.0]
    assert [c["reward"] for c in body["alignment"]["candidates"]] == [8.0, 4.0, 3.0, 9.0, 1.0, 7.0]


async def test_streaming_replays_the_selected_answer(env):
    async with env["client"].stream("POST", "/v1/chat/completions",
                                    json={"messages": MSGS, "stream": True,
                                          "stream_options": {"include_usage": True}}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line[6:] async for line in r.aiter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "x" * 9
    assert chunks[-1]["alignment"]["strategy"] == "best_of_n" and chunks[-1]["usage"]["completion_tokens"] == 20


async def test_streaming_none_streams_tokens_live(env):
    async with env["client"].stream("POST", "/v1/chat/completions",
                                    json={"messages": MSGS, "stream": True, "alignment": {"strategy": "none"}}) as r:
        events = [line[6:] async for line in r.aiter_lines() if line.startswith("data: ")]
    contents = [json.loads(e)["choices"][0]["delta"].get("content") for e in events[:-1]]
    assert contents.count("x") == 3  # the first candidate (3 chars) streamed one token per chunk


async def test_completions_endpoint(env):
    r = await env["client"].post("/v1/completions", json={"prompt": "once upon", "alignment": {"n": 2}})
    body = r.json()
    assert body["object"] == "text_completion" and body["choices"][0]["text"] == "x" * 9


async def test_rewards_and_reward_model_listing(env):
    r = await env["client"].post("/v1/rewards", json={"messages": MSGS, "candidates": ["ab", "abcd"]})
    assert r.json() == {"object": "rewards", "reward_model": "main@1", "rewards": [2.0, 4.0]}
    listing = (await env["client"].get("/v1/reward_models")).json()["data"]
    assert {m["name"] for m in listing} >= {"main", "neg"}


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"messages": []}, 400, "messages"),
        ({"messages": MSGS, "max_tokens": -5}, 400, "max_tokens"),
        ({"messages": MSGS, "n": 100}, 400, "n"),
        ({"messages": MSGS, "alignment": {"n": 17}}, 400, "alignment.n"),
        ({"messages": MSGS, "alignment": {"strategy": "rejection", "max_samples": 33}}, 400, "alignment.max_samples"),
        ({"messages": MSGS, "alignment": {"strategy": "magic"}}, 400, "alignment.strategy"),
        ({"messages": MSGS, "alignment": {"nn": 3}}, 400, "alignment.nn"),
        ({"messages": MSGS, "alignment": {"reward_model": "nope"}}, 404, "reward_model"),
        ({"messages": MSGS, "model": "gpt-9"}, 404, "model"),
        ({"messages": MSGS, "temperature": 9}, 400, "temperature"),
        ({"messages": MSGS, "min_tokens": -1}, 400, "min_tokens"),
        ({"messages": [{"role": "user", "content": "w " * 600}], "max_tokens": 10}, 400, "messages"),
    ],
)
async def test_bad_requests_are_openai_shaped_4xx(env, body, status, param):
    r = await env["client"].post("/v1/chat/completions", json=body)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["param"] == param and err["message"] and err["type"] != "server_error"


async def test_min_tokens_reaches_the_engine(env):
    r = await chat(env["client"], max_tokens=20, min_tokens=12, alignment={"strategy": "best_of_n", "n": 2})
    assert r.status_code == 200, r.text
    assert (env["gen"].calls[-1].min_tokens, env["gen"].calls[-1].max_tokens) == (12, 20)


async def test_malformed_json_is_400(env):
    r = await env["client"].post("/v1/chat/completions", content=b'{"messages": [',
                                 headers={"content-type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]


async def test_concurrency_limit_answers_429(tmp_path):
    gen = FakeGenerator(delay=0.3)
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main"), activate=True)
    app = build_app(make_settings(tmp_path, max_concurrent_requests=2), generator=gen, registry=registry)
    async with LifespanManager(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            results = await asyncio.gather(*[chat(client) for _ in range(5)])
    codes = sorted(r.status_code for r in results)
    assert codes.count(200) == 2 and codes.count(429) == 3
    assert all(r.json()["error"]["type"] == "rate_limit_error" for r in results if r.status_code == 429)


async def test_metrics_move(env):
    before = (await env["client"].get("/metrics")).text
    await chat(env["client"], alignment={"n": 3})
    await chat(env["client"], alignment={"strategy": "rejection", "threshold": 8, "batch_size": 2})
    after = (await env["client"].get("/metrics")).text

    def value(text: str, prefix: str) -> float:
        return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(prefix))

    assert value(after, 'aligned_serve_candidates_sampled_total{strategy="best_of_n"}') == \
        value(before, 'aligned_serve_candidates_sampled_total{strategy="best_of_n"}') + 3
    assert value(after, 'aligned_serve_rejection_requests_total{outcome="accepted"}') == 1
    tokens = "aligned_serve_generation_tokens_total"
    assert value(after, tokens) > value(before, tokens)
    assert 'aligned_serve_reward_model_info{default="main@1"}' in after


async def test_feedback_log_rows_and_opt_out(env):
    await chat(env["client"], alignment={"n": 4})
    await chat(env["client"], alignment={"n": 4, "log": False})
    env["app"].state.serving.feedback.flush()
    rows = list(read_records(env["tmp"] / "fb.sqlite"))
    assert len(rows) == 1
    row = rows[0]
    assert row.reward_model == "main" and row.reward_model_version == "1" and row.strategy == "best_of_n"
    assert [c["reward"] for c in row.candidates] == [3.0, 9.0, 1.0, 7.0] and row.chosen_indices[0] == 1
    assert row.prompt == MSGS and row.completion_tokens == 20 and row.sampling["max_tokens"] == 50


async def test_admin_is_protected(env, tiny_rm_dir):
    c = env["client"]
    assert (await c.post("/admin/reward_models", json={"name": "a", "path": "x"})).status_code == 401
    assert (await c.post("/admin/reward_models", json={"name": "a", "path": "x"},
                         headers={"Authorization": "Bearer bad"})).status_code == 403
    r = await c.post("/admin/reward_models", json={"name": "main", "path": str(tiny_rm_dir), "version": "v2"},
                     headers=ADMIN)
    assert r.status_code == 200, r.text
    assert (await chat(c)).json()["alignment"]["reward_model"] == "main@v2"
    r = await c.post("/admin/reward_models/main/rollback", headers=ADMIN)
    assert r.json()["active"] == "main@1"
    bad = await c.post("/admin/reward_models", json={"name": "main", "path": "/does/not/exist"}, headers=ADMIN)
    assert 400 <= bad.status_code < 500
    assert (await chat(c)).json()["alignment"]["reward_model"] == "main@1"


async def test_admin_off_without_key(tmp_path):
    registry = RewardModelRegistry(default_name="main")
    registry.register(LengthRM(name="main"), activate=True)
    app = build_app(make_settings(tmp_path, admin_key=None), generator=FakeGenerator(), registry=registry)
    async with LifespanManager(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            r = await client.post("/admin/reward_models", json={"name": "a", "path": "x"}, headers=ADMIN)
    assert r.status_code == 404


async def test_generator_reload_endpoint(env, tiny_lm_dir):
    r = await env["client"].post("/admin/generator/reload", json={"path": str(tiny_lm_dir)}, headers=ADMIN)
    assert r.status_code == 200 and env["gen"].reloaded == [str(tiny_lm_dir.resolve())]


async def test_streaming_none_context_overflow_is_a_4xx_not_a_broken_stream(env):
    r = await env["client"].post("/v1/chat/completions", json={
        "messages": [{"role": "user", "content": "w " * 600}], "stream": True, "alignment": {"strategy": "none"}})
    assert r.status_code == 400 and r.json()["error"]["param"] == "messages"


async def test_the_default_verifier_decides_where_it_reads_an_instruction(tmp_path: Path) -> None:
    """The default scorer is main + 50 x rule:instructions: the request bans the longest answer's word, so the
    verifier overrules the length model; a request that states no instruction keeps the model's pick."""
    from aligned_serve.app import build_registry
    from reward_models.rules import build_rule

    registry = RewardModelRegistry(default_name="main", verifier=build_rule("rule:instructions"), verifier_weight=50)
    registry.register(LengthRM(name="main", version="1"), activate=True)
    app = build_app(make_settings(tmp_path), generator=FakeGenerator(lengths=[3, 9, 1, 7]), registry=registry)
    async with LifespanManager(app), httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                                        base_url="http://t") as client:
        banned = [{"role": "user", "content": f'Say something. Do not use "{"x" * 9}".'}]
        r = await client.post("/v1/chat/completions", json={"messages": banned})
        plain = await client.post("/v1/chat/completions", json={"messages": MSGS})
        hostile = [await client.post(  # json.dumps escapes a lone surrogate as \ud800, as a client may send it
            "/v1/chat/completions", headers={"content-type": "application/json"}, content=json.dumps(
                {"messages": [{"role": "user", "content": f"Answer in lowercase {odd} please."}]}))
            for odd in ("\x007\x00", "\ud800")]
        scored = await client.post("/v1/rewards", json={"messages": MSGS, "candidates": ["Section " + "9" * 5000]})
        metrics = (await client.get("/metrics")).text
    assert [h.status_code for h in hostile] == [200, 200], [h.text for h in hostile]
    assert scored.status_code == 200, scored.text
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == "x" * 7  # 7 + 50 beats 9 + 0
    # the response says which instructions were read and whether the answer keeps them
    assert r.json()["alignment"]["instructions"] == [
        {"kind": "keyword_avoid", "args": {"words": ["x" * 9]}, "satisfied": [True]}]
    assert plain.json()["alignment"]["instructions"] == []
    assert 'aligned_serve_instructions_total{kind="keyword_avoid",outcome="kept"} 1.0' in metrics
    assert 'aligned_serve_instructions_total{kind="lowercase",outcome="kept"} 2.0' in metrics  # the hostile two ("xxx")
    assert r.json()["alignment"]["reward_model"].startswith("ensemble(main+50*rule:instructions)@")
    assert plain.json()["choices"][0]["message"]["content"] == "x" * 9

    configured = await build_registry(make_settings(tmp_path))  # the settings' default: rule:instructions, 50
    assert configured.verifier is not None and configured.verifier.name == "rule:instructions"
    assert configured.verifier_weight == 50.0
    assert (await build_registry(make_settings(tmp_path, reward_verifier="none"))).verifier is None
    with pytest.raises(ValueError, match="reward_verifier"):
        make_settings(tmp_path, reward_verifier="helpful")


async def test_no_instructions_field_without_the_verifier(env):
    r = await chat(env["client"], messages=[{"role": "user", "content": "Answer in lowercase."}])
    assert r.json()["alignment"]["instructions"] is None  # length model alone: nothing was read
