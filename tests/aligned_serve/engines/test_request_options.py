"""OpenAI sampling options from request to engine, without a server: every option is honoured or refused with
a 400 naming it. request -> SamplingConfig -> vLLM SamplingParams / upstream body / transformers generate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligned_serve.engines.base import EngineError, ResponseFormat, SamplingConfig
from aligned_serve.engines.remote_engine import RemoteEngine
from aligned_serve.protocol import ChatCompletionRequest, CompletionRequest

MSGS = [{"role": "user", "content": "hi"}]
SCHEMA = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
JSON_SCHEMA = {"type": "json_schema", "json_schema": {"name": "thing", "schema": SCHEMA, "strict": True}}


def chat(**kw) -> SamplingConfig:
    return ChatCompletionRequest(messages=MSGS, **kw).to_sampling_config(4, 64)


# ---- vLLM -----------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def vllm_engine():
    pytest.importorskip("vllm")
    from aligned_serve.engines.vllm_engine import VLLMEngine

    return VLLMEngine("/no/model/needed", model_name="m")  # sampling_params needs no started engine


def test_penalties_and_logit_bias_reach_vllm(vllm_engine) -> None:
    sp = vllm_engine.sampling_params(chat(frequency_penalty=0.5, presence_penalty=-0.25,
                                          logit_bias={"42": -100, "7": 3.5}), stream=False)
    assert (sp.n, sp.frequency_penalty, sp.presence_penalty) == (4, 0.5, -0.25)
    assert sp.logit_bias == {7: 3.5, 42: -100.0}
    assert sp.structured_outputs is None


@pytest.mark.parametrize(
    ("response_format", "json_object", "schema"),
    [
        ({"type": "json_object"}, True, None),
        (JSON_SCHEMA, None, SCHEMA),
        ({"type": "json_schema", "json_schema": {"name": "any"}}, True, None),  # no schema: any JSON object
    ],
)
def test_response_format_becomes_structured_outputs(vllm_engine, response_format, json_object, schema) -> None:
    sp = vllm_engine.sampling_params(chat(response_format=response_format), stream=True)
    so = sp.structured_outputs
    assert so.json_object is json_object
    assert (json.loads(so.json) if so.json is not None else None) == schema
    assert sp.n == 4  # one SamplingParams for all n candidates: each of them is constrained


def test_plain_text_format_adds_no_constraint(vllm_engine) -> None:
    assert vllm_engine.sampling_params(chat(response_format={"type": "text"}), stream=False).structured_outputs is None


def test_vllm_validation_errors_become_400s_naming_the_parameter() -> None:
    pytest.importorskip("vllm")
    from vllm.exceptions import VLLMValidationError

    from aligned_serve.engines.vllm_requests import client_errors

    with pytest.raises(EngineError) as exc, client_errors(chat(logit_bias={"99999": 1})):
        raise VLLMValidationError("token_id(s) [99999] in logit_bias contain out-of-vocab token ids",
                                  parameter="logit_bias")
    assert (exc.value.status_code, exc.value.param) == (400, "logit_bias")
    with pytest.raises(EngineError) as exc, client_errors(chat(response_format={"type": "json_object"})):
        raise VLLMValidationError("grammar backend refused the schema")  # no parameter: the format is to blame
    assert (exc.value.status_code, exc.value.param) == (400, "response_format")
    with pytest.raises(ValueError), client_errors(chat()):  # anything else is not the client's fault
        raise ValueError("engine bug")


# ---- remote (an OpenAI-compatible upstream) --------------------------------------------------------------------
def test_remote_passes_every_option_through() -> None:
    engine = RemoteEngine("http://upstream/v1", model="m")
    path, body = engine.request_body(MSGS, chat(frequency_penalty=1.0, presence_penalty=0.5,
                                                logit_bias={"11": -5}, response_format=JSON_SCHEMA))
    assert path == "/chat/completions"
    assert (body["frequency_penalty"], body["presence_penalty"], body["logit_bias"]) == (1.0, 0.5, {"11": -5.0})
    assert body["response_format"] == JSON_SCHEMA
    _, plain = engine.request_body(MSGS, chat())  # defaults are not sent (upstreams need not know them)
    assert not {"frequency_penalty", "presence_penalty", "logit_bias", "response_format"} & set(plain)
    _, text = engine.request_body("once", CompletionRequest(prompt="once", presence_penalty=2.0, logit_bias={"3": 1},
                                                            response_format={"type": "json_object"},
                                                            ).to_sampling_config(1, 8))
    assert (text["presence_penalty"], text["logit_bias"]) == (2.0, {"3": 1.0})
    assert text["response_format"] == {"type": "json_object"}  # vLLM's completions take it too


def test_response_format_openai_form_round_trips() -> None:
    assert ResponseFormat("json_object").openai() == {"type": "json_object"}
    fmt = ChatCompletionRequest(messages=MSGS, response_format=JSON_SCHEMA).response_format.to_engine()
    assert fmt.openai() == JSON_SCHEMA


# ---- transformers --------------------------------------------------------------------------------------------
@pytest.fixture
async def hf_engine(tiny_lm_dir: Path):
    from aligned_serve.engines.hf_engine import HFEngine

    engine = HFEngine(str(tiny_lm_dir), model_name="tiny")
    await engine.start()
    yield engine
    await engine.close()


@pytest.mark.parametrize(
    ("option", "param"),
    [
        ({"response_format": {"type": "json_object"}}, "response_format"),
        ({"frequency_penalty": 0.5}, "frequency_penalty"),
        ({"presence_penalty": -1.0}, "presence_penalty"),
        ({"logit_bias": {"1000000": 5}}, "logit_bias"),  # the tiny vocabulary has 400 tokens
    ],
)
async def test_transformers_refuses_what_it_cannot_honour(hf_engine, option, param) -> None:
    with pytest.raises(EngineError) as exc:
        await hf_engine.generate(MSGS, chat(max_tokens=4, **option), "r")
    assert (exc.value.status_code, exc.value.param) == (400, param)


async def test_transformers_applies_logit_bias(hf_engine) -> None:
    token = hf_engine.tokenizer.encode("hello", add_special_tokens=False)[0]  # an ordinary (non-special) token
    assert token not in hf_engine.tokenizer.all_special_ids
    cfg = chat(max_tokens=3, temperature=0, logit_bias={str(token): 100})
    gen = await hf_engine.generate(MSGS, cfg, "r")
    # +100 on one logit makes greedy decoding pick it every step; no bias: the tiny model says something else
    assert [c.text for c in gen.candidates] == [hf_engine.tokenizer.decode([token] * 3)] * 4
    plain = await hf_engine.generate(MSGS, chat(max_tokens=3, temperature=0), "r")
    assert plain.candidates[0].text != gen.candidates[0].text
