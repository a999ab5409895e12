"""Toy preference data for the recipe tests: separable by one word, so a 2-layer model learns it in a few steps."""

import json
import random
from pathlib import Path

import pytest

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "hello", "world", "answer", "tiny"]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def toy_pairs(n: int, seed: int) -> list[dict]:
    """chosen always ends with "ocean", rejected with "json"; the shared stem is random."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        stem = " ".join(rng.choice(WORDS) for _ in range(5))
        rows.append({"prompt": f"Write about the {rng.choice(WORDS)}.", "chosen": f"{stem} ocean",
                     "rejected": f"{stem} json", "margin": 1.0})
    return rows


@pytest.fixture()
def toy_pairs_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "train.pairs.jsonl", toy_pairs(32, seed=0))


@pytest.fixture()
def toy_eval_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "eval.pairs.jsonl", toy_pairs(16, seed=1))
