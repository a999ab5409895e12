"""The task-v2 data bundle on disk: fixed prompt files, sample shards and one manifest.

    training/data/bundled/v2/
        manifest.json                       seed, held-out families/topics, counts, file hashes, sampling stats
        prompts/{split}.jsonl.gz            the split's prompts (InstructionPrompt.to_dict), fixed before any tuning
        samples/{split}-{NNNNN}.jsonl.gz    ranked rows: K judged samples per prompt, one shard per synth batch

Splits, in the order synth fills them: test_topics, test_phrasings, test_families (the three test splits),
validation (every recipe choice is made on it) and train. `load_split("test_topics")` returns its ranked rows.
"""

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from training.data.formats import RankedList, load_ranked, read_jsonl, write_jsonl

BUNDLE_V2 = Path(__file__).resolve().parent / "bundled" / "v2"
TEST_SPLITS: tuple[str, ...] = ("test_topics", "test_phrasings", "test_families")
SPLITS: tuple[str, ...] = (*TEST_SPLITS, "validation", "train")
MANIFEST = "manifest.json"


def prompts_path(bundle: Path, split: str) -> Path:
    return Path(bundle) / "prompts" / f"{split}.jsonl.gz"


def shard_path(bundle: Path, split: str, index: int) -> Path:
    return Path(bundle) / "samples" / f"{split}-{index:05d}.jsonl.gz"


def shard_paths(bundle: Path, split: str) -> list[Path]:
    """The split's sample shards in order (complete files only: a shard appears by an atomic rename)."""
    folder = Path(bundle) / "samples"
    return sorted(folder.glob(f"{split}-[0-9][0-9][0-9][0-9][0-9].jsonl.gz")) if folder.is_dir() else []


def load_prompt_dicts(bundle: Path, split: str) -> list[dict[str, Any]]:
    return [row for _, row in read_jsonl(prompts_path(bundle, split))]


def load_split(split: str, bundle: Path = BUNDLE_V2) -> list[RankedList]:
    """Every judged row of a split, shard by shard."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; known: {', '.join(SPLITS)}")
    paths = shard_paths(bundle, split)
    if not paths:
        raise FileNotFoundError(f"no sample shards for split {split!r} under {Path(bundle) / 'samples'}")
    return [row for path in paths for row in load_ranked(path)]


def carries(row: RankedList, kinds: Sequence[str]) -> bool:
    """True when the row's prompt carries a constraint of one of `kinds` (task-v2 meta.constraints)."""
    return any(c["kind"] in kinds for c in row.meta.get("constraints", []))


def write_shard(bundle: Path, split: str, index: int, rows: list[dict[str, Any]]) -> Path:
    """Write one shard atomically (temp file, fsync, rename) and fsync the folder, so a kill never leaves half."""
    path = shard_path(bundle, split, index)
    write_jsonl(path, rows)
    _fsync_dir(path.parent)
    return path


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def content_sha256(path: Path) -> str:
    """SHA-256 of the uncompressed JSONL (independent of the gzip implementation)."""
    digest = hashlib.sha256()
    for _, row in read_jsonl(path):
        digest.update((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    return digest.hexdigest()


def read_manifest(bundle: Path) -> dict[str, Any]:
    path = Path(bundle) / MANIFEST
    return json.loads(path.read_text()) if path.exists() else {}


def write_manifest(bundle: Path, manifest: dict[str, Any]) -> None:
    """Replace the manifest atomically."""
    path = Path(bundle) / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{MANIFEST}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
