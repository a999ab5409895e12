"""Fixtures for reward_models tests: stub models, bad checkpoints, a second LM, a loaded tiny RM."""

import json
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from reward_models.base import Prompt
from reward_models.hf import HFRewardModel
from tests import tiny_models

torch.set_num_threads(2)


class StubRM:
    """Deterministic fake reward model that records each `score` call's batch size."""

    kind = "stub"
    path = None

    def __init__(
        self,
        name: str = "stub",
        version: str = "1",
        fn: Callable[[Prompt, str], float] | None = None,
        delay_s: float = 0.0,
        error: Exception | None = None,
    ) -> None:
        self.name, self.version = name, version
        self.fn = fn or (lambda p, r: float(len(r)))
        self.delay_s, self.error = delay_s, error
        self.calls: list[list[str]] = []  # responses of each call
        self._lock = threading.Lock()

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        with self._lock:
            self.calls.append(list(responses))
        time.sleep(self.delay_s)
        if self.error is not None:
            raise self.error
        return [self.fn(p, r) for p, r in zip(prompts, responses)]


@pytest.fixture
def stub_factory() -> type[StubRM]:
    return StubRM


@pytest.fixture(scope="session")
def rm_two_labels_dir(tmp_path_factory: pytest.TempPathFactory, tiny_rm_dir: Path) -> Path:
    from transformers import AutoConfig, AutoTokenizer, LlamaForSequenceClassification

    path = tmp_path_factory.mktemp("rm_two_labels")
    config = AutoConfig.from_pretrained(tiny_rm_dir)
    config.num_labels = 2
    torch.manual_seed(0)
    LlamaForSequenceClassification(config).save_pretrained(path, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_rm_dir).save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def corrupt_rm_dir(tmp_path_factory: pytest.TempPathFactory, tiny_rm_dir: Path) -> Path:
    """A valid config.json and tokenizer, but the weights file is garbage."""
    path = tmp_path_factory.mktemp("rm_corrupt")
    shutil.copytree(tiny_rm_dir, path, dirs_exist_ok=True)
    (path / "model.safetensors").write_bytes(b"not a safetensors file" * 64)
    return path


@pytest.fixture(scope="session")
def tiny_lm_dir_b(tmp_path_factory: pytest.TempPathFactory, tiny_tokenizer_dir: Path) -> Path:
    """A second causal LM (different weights) standing in for a DPO policy, with aligned_meta.json."""
    path = tiny_models.build_tiny_lm(tmp_path_factory.mktemp("tiny_lm_b"), tiny_tokenizer_dir, seed=1)
    (path / "aligned_meta.json").write_text(json.dumps({"beta": 0.1, "version": "dpo-1"}))
    return path


@pytest.fixture(scope="session")
def hf_rm(tiny_rm_dir: Path) -> HFRewardModel:
    """One loaded tiny reward model shared by read-only tests."""
    return HFRewardModel.load(tiny_rm_dir, name="tiny", batch_size=2)
