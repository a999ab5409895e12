"""Every accepted OpenAI parameter is honoured or refused with a 400 that names it (through the HTTP app, so the
central error mapping is covered too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligned_serve.engines.base import ResponseFormat
from tests.aligned_serve.fakes import FakeGenerator
from tests.aligned_serve.harness import MSGS, fake_app, serve

TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]


@pytest.fixture
async def env(tmp_path: Path):
    gen = FakeGenerator()
    async with serve(fake_app(tmp_path, gen)) as client:
        yield client, gen


@pytest.mark.parametrize(
    ("path", "extra", "param", "words"),
    [
        ("/v1/chat/completions", {"tools": TOOLS}, "tools", "tool calling is not supported"),
        ("/v1/chat/completions", {"tools": TOOLS, "tool_choice": "auto"}, "tools", "tool calling is not supported"),
        ("/v1/chat/completions", {"tool_choice": "required"}, "tools", "tool calling is not supported"),
        ("/v1/chat/completions", {"functions": [{"name": "f"}]}, "functions", "tool calling is not supported"),
        ("/v1/chat/completions", {"response_format": {"type": "xml"}}, "response_format.type", "json_object"),
        ("/v1/chat/completions", {"response_format": {"type": "json_schema"}}, "response_format", "json_schema"),
        ("/v1/chat/completions", {"frequency_penalty": 2.5}, "frequency_penalty", "2"),
        ("/v1/chat/completions", {"presence_penalty": -3}, "presence_penalty", "-2"),
        ("/v1/chat/completions", {"logit_bias": {"hello": 1}}, "logit_bias", "token ids"),
        ("/v1/chat/completions", {"logit_bias": {"5": 101}}, "logit_bias", "[-100, 100]"),
        ("/v1/completions", {"best_of": 3}, "best_of", "alignment"),
        ("/v1/completions", {"suffix": "end"}, "suffix", "suffix"),
        ("/v1/completions", {"logit_bias": {"-1": 1}}, "logit_bias", "token ids"),
    ],
)
async def test_refused_parameters_get_a_400_naming_them(env, path, extra, param, words) -> None:
    client, gen = env
    base = {"messages": MSGS} if path == "/v1/chat/completions" else {"prompt": "once"}
    r = await client.post(path, json={**base, **extra})
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["param"] == param and words in error["message"] and error["type"] == "invalid_request_error"
    assert gen.calls == []  # refused before any generation


async def test_honoured_parameters_reach_the_engine(env) -> None:
    client, gen = env
    r = await client.post("/v1/chat/completions", json={
        "messages": MSGS, "frequency_penalty": 0.5, "presence_penalty": 0.25, "logit_bias": {"9": -100, "4": 2},
        "response_format": {"type": "json_object"}, "tools": [], "alignment": {"n": 3}})
    assert r.status_code == 200, r.text
    (call,) = gen.calls  # all three candidates from one engine call, under the same constraint
    assert (call.n, call.frequency_penalty, call.presence_penalty) == (3, 0.5, 0.25)
    assert call.logit_bias == ((4, 2.0), (9, -100.0)) and call.response_format == ResponseFormat("json_object")
    r = await client.post("/v1/chat/completions", json={"messages": MSGS, "tools": [{"type": "function"}],
                                                         "tool_choice": "none"})
    assert r.status_code == 200, r.text  # tools the client forbids the model to call change nothing
    r = await client.post("/v1/completions", json={"prompt": "once", "frequency_penalty": -1.5, "best_of": 1})
    assert r.status_code == 200, r.text
    assert gen.calls[-1].frequency_penalty == -1.5
