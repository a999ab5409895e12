"""End to end on the real stack: the embedded SmolLM2 generator on in-process vLLM, a real HF reward model,
the real uvicorn server in a subprocess, and the real `openai` client.

Runs in the default test run (it is the test that proves the product works). Start-up takes 1–3 minutes on
a 2-core CPU; the whole module shares one server.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from reward_models.instructions import INSTRUCTIONS_VERSION

openai = pytest.importorskip("openai")
pytest.importorskip("vllm")

ADMIN_KEY = "test-admin-key"
START_TIMEOUT_S = 900
MAX_TOKENS = 24


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, tiny_rm_dir: Path) -> Iterator[dict]:
    from aligned_core.default_models import default_generator_dir

    model_dir = default_generator_dir()
    tmp = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    log = open(tmp / "server.log", "w")  # noqa: SIM115 - the server writes to it until the teardown closes it
    env = dict(os.environ, VLLM_CPU_KVCACHE_SPACE="2", PYTHONUNBUFFERED="1")
    cmd = [
        sys.executable, "-m", "aligned_serve.cli", "serve",
        "--engine", "vllm", "--model", str(model_dir), "--served-model-name", "smollm2",
        "--reward-model", str(tiny_rm_dir), "--port", str(port), "--admin-key", ADMIN_KEY,
        "--feedback-db", str(tmp / "feedback.sqlite"), "--vllm-enforce-eager", "true",
        "--max-model-len", "1024", "--default-max-tokens", str(MAX_TOKENS), "--max-n", "16",
        "--max-concurrent-requests", "32", "--vllm-kv-cache-gib", "2",
        # float32 on every CPU: "auto" picks bf16 where the CPU has AVX512-BF16, and greedy decoding in bf16 is not
        # bit-stable between one request and its continuation (test_greedy_continuation_matches_one_go)
        "--vllm-dtype", "float32",
        # admin loads only from these folders: the tests push checkpoints they build under pytest's tmp dir
        "--checkpoint-roots", str(tmp_path_factory.getbasetemp()),
    ]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{(tmp / 'server.log').read_text()[-4000:]}")
        try:
            if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("server did not become healthy in time")
        time.sleep(2)
    yield {"base": base, "tmp": tmp, "proc": proc}
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


@pytest.fixture(scope="module")
def client(server: dict) -> openai.OpenAI:
    return openai.OpenAI(base_url=server["base"] + "/v1", api_key="unused", timeout=300, max_retries=0)


MESSAGES = [{"role": "user", "content": "Name a color of the sky. Answer in one word."}]


def test_best_of_8_returns_top_scored_candidate(client):
    resp = client.chat.completions.create(
        model="smollm2", messages=MESSAGES, max_tokens=MAX_TOKENS,
        extra_body={"alignment": {"strategy": "best_of_n", "n": 8, "return_candidates": True}},
    )
    al = resp.model_extra["alignment"]
    cands = al["candidates"]
    assert al["strategy"] == "best_of_n" and al["samples"] == 8 and len(cands) == 8
    best = max(cands, key=lambda c: c["reward"])
    assert resp.choices[0].message.content == best["text"]
    assert al["rewards"][0] == pytest.approx(best["reward"])
    # usage counts every generated token, not only the chosen answer's
    assert resp.usage.completion_tokens >= 8
    assert resp.usage.completion_tokens > len(resp.choices[0].message.content.split()) or len(cands) == 8


def test_plain_openai_client_gets_server_default_alignment(client):
    resp = client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=8)
    al = resp.model_extra["alignment"]
    assert al["strategy"] == "best_of_n" and al["samples"] == 4 and len(resp.choices) == 1


def test_rejection_with_threshold_and_rerank(client):
    resp = client.chat.completions.create(
        model="smollm2", messages=MESSAGES, max_tokens=MAX_TOKENS,
        extra_body={"alignment": {"strategy": "rejection", "threshold": -1e9, "batch_size": 2,
                                  "max_samples": 6}},
    )
    al = resp.model_extra["alignment"]
    assert al["accepted"] is True and al["samples"] == 2 and al["rounds"] == 1  # first round passes -1e9

    resp = client.chat.completions.create(
        model="smollm2", messages=MESSAGES, max_tokens=MAX_TOKENS,
        extra_body={"alignment": {"strategy": "rejection", "threshold": 1e9, "batch_size": 2, "max_samples": 4}},
    )
    al = resp.model_extra["alignment"]
    assert al["accepted"] is False and al["samples"] == 4 and al["rounds"] == 2

    # rerank returns the top OpenAI `n` of its candidates as choices, ranked, and every candidate with its reward
    resp = client.chat.completions.create(
        model="smollm2", messages=MESSAGES, max_tokens=MAX_TOKENS, n=3,
        extra_body={"alignment": {"strategy": "rerank", "n": 4}},
    )
    al = resp.model_extra["alignment"]
    rewards = al["rewards"]
    assert len(resp.choices) == 3 and rewards == sorted(rewards, reverse=True) and len(al["candidates"]) == 4
    assert rewards == sorted((c["reward"] for c in al["candidates"]), reverse=True)[:3]


def test_streaming_best_of_n(client):
    stream = client.chat.completions.create(
        model="smollm2", messages=MESSAGES, max_tokens=MAX_TOKENS, stream=True,
        stream_options={"include_usage": True},
        extra_body={"alignment": {"strategy": "best_of_n", "n": 4, "return_candidates": True}},
    )
    text, finish, alignment, usage = "", None, None, None
    for chunk in stream:
        for ch in chunk.choices:
            text += ch.delta.content or ""
            finish = ch.finish_reason or finish
        alignment = (chunk.model_extra or {}).get("alignment") or alignment
        usage = chunk.usage or usage
    best = max(alignment["candidates"], key=lambda c: c["reward"])
    assert text == best["text"] and finish in ("stop", "length") and usage.completion_tokens > 0


def test_seed_does_not_kill_the_engine(client):
    for _ in range(2):
        resp = client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=4, seed=1234,
                                              extra_body={"alignment": {"strategy": "none"}})
        assert resp.choices[0].message.content is not None


def test_completions_and_models(client):
    assert [m.id for m in client.models.list().data] == ["smollm2"]
    resp = client.completions.create(model="smollm2", prompt="The capital of France is", max_tokens=6,
                                     extra_body={"alignment": {"strategy": "best_of_n", "n": 2}})
    assert resp.choices[0].text and resp.model_extra["alignment"]["samples"] == 2


def test_bad_input_gets_openai_shaped_4xx(client, server):
    base = server["base"]
    bad = [
        (httpx.post(f"{base}/v1/chat/completions", content=b"{not json",
                    headers={"content-type": "application/json"}), 400),
        (httpx.post(f"{base}/v1/chat/completions", json={"model": "nope", "messages": MESSAGES}), 404),
        (httpx.post(f"{base}/v1/chat/completions", json={"messages": MESSAGES, "max_tokens": -1}), 400),
        (httpx.post(f"{base}/v1/chat/completions",
                    json={"messages": MESSAGES, "alignment": {"n": 10_000}}), 400),
        (httpx.post(f"{base}/v1/chat/completions",
                    json={"messages": MESSAGES, "alignment": {"reward_model": "missing"}}), 404),
        (httpx.post(f"{base}/v1/chat/completions",
                    json={"messages": [{"role": "user", "content": "word " * 2000}], "max_tokens": 8}), 400),
        (httpx.post(f"{base}/admin/reward_models", json={"name": "x", "path": "/nope"},
                    headers={"Authorization": "Bearer wrong"}), 403),
    ]
    for resp, status in bad:
        assert resp.status_code == status, resp.text
        err = resp.json()["error"]
        assert err["message"] and err["type"]
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nope", messages=MESSAGES)


def test_hot_swap_under_load_and_broken_checkpoint(server, client, tiny_rm_dir_b, tmp_path):
    base = server["base"]
    before = httpx.get(f"{base}/v1/reward_models").json()["data"]
    old = next(m for m in before if m["active"] and m["name"] == "main")

    def ask(_: int) -> str:
        r = client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=6,
                                           extra_body={"alignment": {"n": 2}})
        return r.model_extra["alignment"]["reward_model"]

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(ask, i) for i in range(16)]
        push = subprocess.run(
            [sys.executable, "-m", "aligned_serve.cli", "rm", "push", str(tiny_rm_dir_b), "--name", "main",
             "--version", "b", "--server", base, "--admin-key", ADMIN_KEY],
            check=False, capture_output=True, text=True, timeout=600,
        )
        served_by = [f.result() for f in futures]  # raises if any request failed
    assert push.returncode == 0, push.stdout + push.stderr
    # the default scores with main plus the server's verifier (rule:instructions, version 1)
    def served(version: str) -> str:
        return f"ensemble(main+50*rule:instructions)@{version}+{INSTRUCTIONS_VERSION}"

    assert set(served_by) <= {served(old["version"]), served("b")}
    after = client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=4)
    assert after.model_extra["alignment"]["reward_model"] == served("b")

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text(json.dumps({"model_type": "llama", "num_labels": 1}))
    (broken / "model.safetensors").write_bytes(b"garbage")
    resp = httpx.post(f"{base}/admin/reward_models", json={"name": "main", "path": str(broken)},
                      headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=300)
    assert 400 <= resp.status_code < 500 and resp.json()["error"]["message"]
    still = client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=4)
    assert still.model_extra["alignment"]["reward_model"] == served("b")

    rb = httpx.post(f"{base}/admin/reward_models/main/rollback", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert rb.status_code == 200 and rb.json()["active"] == f"main@{old['version']}"


def test_metrics_move_and_feedback_rows_parse(server, client):
    base = server["base"]

    def counter(text: str, name: str) -> float:
        return sum(float(line.split()[-1]) for line in text.splitlines()
                   if line.startswith(name) and not line.startswith("#"))

    m0 = httpx.get(f"{base}/metrics").text
    client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=4,
                                   extra_body={"alignment": {"n": 3}})
    m1 = httpx.get(f"{base}/metrics").text
    sampled = "aligned_serve_candidates_sampled_total"
    assert counter(m1, sampled) == counter(m0, sampled) + 3
    assert counter(m1, "aligned_serve_reward_count") > counter(m0, "aligned_serve_reward_count")
    assert "aligned_serve_reward_model_info" in m1

    from aligned_core.feedback import read_records

    time.sleep(0.5)
    rows = list(read_records(server["tmp"] / "feedback.sqlite"))
    assert rows and all(r.candidates and r.chosen_indices for r in rows if r.strategy != "none")
    assert any(len(r.candidates) == 8 for r in rows)


# ---- strategy search (issue 16) on the real engine: partial answers continued from token ids ----------------
POEM = [{"role": "user", "content": "Write a short poem about the sea."}]  # answers run past 32 tokens
SEARCH_TOKENS, CHUNK = 32, 8
SEARCH_METHODS = {  # beam draws beam_width * expand per chunk and takes no alignment.n (a 400, checked below)
    # lookahead off: a pruned candidate then stops exactly at a checkpoint (checked below)
    "speculative_rejection": {"n": 4, "search": {"method": "speculative_rejection", "chunk_tokens": CHUNK,
                                                 "lookahead": False}},
    # lookahead on (the default): pruned ones may also hold part of a chunk generated while they were scored
    "speculative_rejection_lookahead": {"n": 4, "search": {"method": "speculative_rejection", "chunk_tokens": CHUNK}},
    "beam": {"search": {"method": "beam", "chunk_tokens": CHUNK, "beam_width": 2, "expand": 2}},
    "particle": {"n": 4, "search": {"method": "particle", "chunk_tokens": CHUNK}},
}


def _check_search_accounting(al: dict, text: str, completion_tokens: int) -> dict:
    """The answer is the best-rewarded candidate that was not pruned, and usage counts every generated token
    once: the candidates' `tokens` (a fork counts only what it generated after forking) add up to it."""
    cands = al["candidates"]
    assert al["strategy"] == "search" and al["samples"] == len(cands) >= 4
    assert completion_tokens == sum(c["tokens"] for c in cands)
    # each method keeps at most 4 paths growing at a time, so it never spends more than 4 whole answers
    assert completion_tokens <= 4 * SEARCH_TOKENS
    assert all(0 < c["tokens"] <= SEARCH_TOKENS for c in cands)
    kept = [c for c in cands if not c.get("pruned")]
    best = max(kept, key=lambda c: c["reward"])
    assert text and text == best["text"] and al["rewards"][0] == pytest.approx(best["reward"])
    for c in cands:  # a fork starts from a parent drawn earlier, and repeats its (non-empty) text up to the fork
        parent = c.get("parent")  # a streamed chunk leaves out null fields
        assert parent is None or (parent < c["index"] and cands[parent]["text"][:1] == c["text"][:1])
    return best


@pytest.mark.parametrize("method", list(SEARCH_METHODS))
def test_search_methods_answer_and_count_every_token(client, method):
    resp = client.chat.completions.create(
        model="smollm2", messages=POEM, max_tokens=SEARCH_TOKENS,
        extra_body={"alignment": {"strategy": "search", "return_candidates": True, **SEARCH_METHODS[method]}},
    )
    assert len(resp.choices) == 1
    al = resp.model_extra["alignment"]
    best = _check_search_accounting(al, resp.choices[0].message.content, resp.usage.completion_tokens)
    cands = al["candidates"]
    if method.startswith("speculative_rejection"):
        # 4 start; each checkpoint keeps the top half (2, then 1), so the 4 candidates never fork
        assert len(cands) == 4 and all(c.get("parent") is None for c in cands)
        pruned = [c for c in cands if c.get("pruned")]
        assert pruned and any(c["tokens"] < best["tokens"] for c in pruned)
    if method == "speculative_rejection":
        # a candidate pruned while live stopped at a checkpoint: a whole number of chunks
        assert all(c["tokens"] % CHUNK == 0 for c in pruned if c["finish_reason"] == "length")
    kept = [c for c in cands if not c["pruned"]]
    if method == "beam":  # beam_width * expand = 4 start; after every chunk only the top beam_width = 2 are kept
        assert all(c.get("parent") is None for c in cands[:4]) and len(kept) <= 2
    if method == "particle":  # 4 start; resampling draws 4 of them (with repeats) after every chunk
        assert all(c.get("parent") is None for c in cands[:4]) and len(kept) <= 4


def test_search_bad_parameters_get_400(server):
    base = server["base"]
    for alignment, param in [
        ({"strategy": "search", "n": 4, "search": {"method": "beam"}}, "alignment.n"),
        ({"strategy": "search", "search": {"method": "beam", "beam_width": 8, "expand": 4}}, "alignment.search.expand"),
        ({"strategy": "search", "search": {"method": "particle", "keep": 0.5}}, "alignment.search.keep"),
        ({"strategy": "search", "search": {"chunk_tokens": 64}}, "alignment.search.chunk_tokens"),
    ]:
        r = httpx.post(f"{base}/v1/chat/completions", timeout=60,
                       json={"messages": POEM, "max_tokens": SEARCH_TOKENS, "alignment": alignment})
        assert r.status_code == 400, r.text
        assert r.json()["error"]["param"] == param


def test_streamed_speculative_rejection(client):
    stream = client.chat.completions.create(
        model="smollm2", messages=POEM, max_tokens=SEARCH_TOKENS, stream=True,
        stream_options={"include_usage": True},
        extra_body={"alignment": {"strategy": "search", "n": 4, "return_candidates": True,
                                  "search": {"method": "speculative_rejection", "chunk_tokens": CHUNK}}},
    )
    chunks = list(stream)
    first = chunks[0].choices[0].delta
    assert first.role == "assistant" and not first.content  # the role chunk comes first, with no text
    contents = [ch.delta.content for c in chunks[1:] for ch in c.choices if ch.delta.content]
    assert len(contents) > 1  # the survivor's tokens stream as the engine makes them, not as one replay
    finishes = [ch.finish_reason for c in chunks for ch in c.choices if ch.finish_reason]
    last = chunks[-1]
    al = (last.model_extra or {}).get("alignment")
    assert al is not None and last.choices == [] and last.usage is not None
    best = _check_search_accounting(al, "".join(contents), last.usage.completion_tokens)
    assert finishes == [best["finish_reason"]]


def test_greedy_continuation_matches_one_go(client):
    """Continuing from a partial's token ids (prefix-cache hits for the prompt and earlier chunks, a prefill of the
    rest) decodes greedily the same tokens as one uninterrupted request. Exact on vLLM CPU float32 because the
    module sends one request at a time: each chunk's request runs alone, so no batch changes the arithmetic
    (checked with chunks of 8 and 5, which split the answer at different points)."""
    def one_go(max_tokens: int, alignment: dict) -> tuple[str, dict]:
        r = client.chat.completions.create(model="smollm2", messages=POEM, max_tokens=max_tokens, temperature=0,
                                           extra_body={"alignment": alignment})
        return r.choices[0].message.content, r.model_extra["alignment"]

    plain, _ = one_go(SEARCH_TOKENS, {"strategy": "none"})
    assert plain
    for chunk in (CHUNK, 5):  # beam 1 x 1: one path continued chunk after chunk
        text, al = one_go(SEARCH_TOKENS, {"strategy": "search", "return_candidates": True, "search": {
            "method": "beam", "chunk_tokens": chunk, "beam_width": 1, "expand": 1}})
        assert text == plain and len(al["candidates"]) == 1 and al["candidates"][0]["tokens"] == SEARCH_TOKENS
    # greedy n > 1 (vLLM refuses it): one decode copied to every candidate, for best-of-n and for search
    _, al = one_go(SEARCH_TOKENS, {"strategy": "best_of_n", "n": 4, "return_candidates": True})
    assert [c["text"] for c in al["candidates"]] == [plain] * 4
    text, al = one_go(SEARCH_TOKENS, {"strategy": "search", "n": 4, "return_candidates": True,
                                      "search": {"method": "speculative_rejection", "chunk_tokens": CHUNK}})
    assert text == plain and all(plain.startswith(c["text"]) for c in al["candidates"])


def test_greedy_continuation_through_split_characters(client):
    """SmolLM2 writes an emoji as several byte tokens, so one-token chunks cut every emoji between its bytes.
    vLLM's detokenizer, continuing from a prompt that ends inside a character, answered with the text of the whole
    prompt (system prompt and all); the engine now decodes such a continuation from its token ids."""
    messages = [{"role": "user", "content": "Describe the ocean using only emojis."}]

    def greedy(alignment: dict) -> str:
        r = client.chat.completions.create(model="smollm2", messages=messages, max_tokens=24, temperature=0,
                                           extra_body={"alignment": alignment})
        return r.choices[0].message.content

    plain = greedy({"strategy": "none"})
    assert any(ord(ch) > 0xFFFF for ch in plain), plain  # 4-byte characters: the case under test
    chunked = greedy({"strategy": "search", "search": {"method": "beam", "chunk_tokens": 1, "beam_width": 1,
                                                      "expand": 1}})
    assert chunked == plain


def test_generator_reload_serves_the_new_policy_without_failing_requests(server, client, tmp_path):
    """Last in the module: the server ends up on a different policy. The new checkpoint is the default one with
    its final norm negated, so greedy decoding visibly changes."""
    import shutil

    from safetensors.torch import load_file, save_file

    from aligned_core.default_models import default_generator_dir

    src = default_generator_dir()
    new = tmp_path / "policy-v2"
    shutil.copytree(src, new, ignore=shutil.ignore_patterns("*.safetensors"))
    for f in src.glob("*.safetensors"):
        tensors = load_file(f)
        if "model.norm.weight" in tensors:
            tensors["model.norm.weight"] = -tensors["model.norm.weight"]
        save_file({k: v.contiguous() for k, v in tensors.items()}, new / f.name, metadata={"format": "pt"})

    def greedy() -> str:
        r = client.chat.completions.create(model="smollm2", messages=MESSAGES, max_tokens=8, temperature=0,
                                           extra_body={"alignment": {"strategy": "none"}})
        return r.choices[0].message.content

    before = greedy()
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(greedy) for _ in range(8)]
        resp = httpx.post(f"{server['base']}/admin/generator/reload", json={"path": str(new)},
                          headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=600)
        answered = [f.result() for f in futures]  # raises if any request failed during the swap
    assert resp.status_code == 200, resp.text
    assert resp.json()["path"] == str(new) and len(answered) == 8
    after = greedy()
    assert after != before
