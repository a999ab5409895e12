"""Checkpoint metadata: the `aligned_meta.json` that training writes beside every saved model and that the
reward-model loaders read (beta, reference, version), plus the fingerprint that names a checkpoint without one.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

META_FILE = "aligned_meta.json"
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth")


def read_meta(path: str | Path) -> dict[str, Any]:
    """The `aligned_meta.json` beside a checkpoint, or {} when absent/unreadable."""
    meta_path = Path(path) / META_FILE
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        logger.warning("ignoring unreadable %s: %s", meta_path, exc)
        return {}
    return meta if isinstance(meta, dict) else {}


def checkpoint_fingerprint(*paths: str | Path) -> str:
    """Short hash of each dir's config.json bytes plus its weight files' names, sizes and mtimes."""
    h = hashlib.sha256()
    for path in paths:
        root = Path(path)
        cfg = root / "config.json"
        if cfg.is_file():
            h.update(cfg.read_bytes())
        for f in sorted(root.iterdir()) if root.is_dir() else []:
            if f.is_file() and f.name.endswith(WEIGHT_SUFFIXES):
                st = f.stat()
                h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:10]


def default_version(*paths: str | Path) -> str:
    """`version` from the first dir's aligned_meta.json, else a checkpoint fingerprint."""
    version = read_meta(paths[0]).get("version")
    return str(version) if version not in (None, "") else checkpoint_fingerprint(*paths)
