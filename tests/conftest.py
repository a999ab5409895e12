"""Shared fixtures: tiny config-built checkpoints, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import tiny_models
from tests.pg_server import postgres_dsn, postgres_server  # noqa: F401  (a real PostgreSQL server)


@pytest.fixture(scope="session")
def tiny_tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_models.build_tiny_tokenizer(tmp_path_factory.mktemp("tiny_tok"))


@pytest.fixture(scope="session")
def tiny_lm_dir(tmp_path_factory: pytest.TempPathFactory, tiny_tokenizer_dir: Path) -> Path:
    return tiny_models.build_tiny_lm(tmp_path_factory.mktemp("tiny_lm"), tiny_tokenizer_dir)


@pytest.fixture(scope="session")
def tiny_rm_dir(tmp_path_factory: pytest.TempPathFactory, tiny_tokenizer_dir: Path) -> Path:
    return tiny_models.build_tiny_rm(tmp_path_factory.mktemp("tiny_rm"), tiny_tokenizer_dir, seed=0)


@pytest.fixture(scope="session")
def tiny_rm_dir_b(tmp_path_factory: pytest.TempPathFactory, tiny_tokenizer_dir: Path) -> Path:
    """A second reward model with different weights: swapping to it changes scores."""
    return tiny_models.build_tiny_rm(tmp_path_factory.mktemp("tiny_rm_b"), tiny_tokenizer_dir, seed=1)
