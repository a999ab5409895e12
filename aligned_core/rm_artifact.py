"""A reward model's small, committed form: only the tensors that training changed, on top of a base checkpoint.

The default reward model is the first k decoder layers of the default generator with a score head; training
leaves the embeddings and the first layer untouched. So the artifact holds:

- `delta.safetensors`: every tensor of the trained model that differs from the base (float16), plus the head;
  with `--rank r` (a model trained with LoRA at full depth), a matrix whose change from the base has rank <= r is
  stored as its two factors (`lowrank::NAME::u` @ `lowrank::NAME::v` = trained - base), a few MB for all layers;
- `config.json` and `tokenizer_config.json` of the trained model;
- `artifact.json`: the base's name and weight hash, which tensors come from the base, the float16 rounding's
  effect, the training command, data hashes and metrics (copied from `aligned_meta.json`), and reference scores
  that the test suite checks the materialised model against.

`materialise(artifact, base, target)` rebuilds a plain Hugging Face directory (what transformers, vLLM's pooling
runner and our runtime load) in seconds: no model is instantiated, tensors are copied by name.

    python -m aligned_core.rm_artifact pack TRAINED_DIR BASE_DIR OUT_DIR [--rank R]   # after `aligned-train rm`
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import torch
from safetensors import safe_open
from safetensors.torch import save_file

from aligned_core.atomic import atomic_directory
from aligned_core.checkpoint_meta import META_FILE

ARTIFACT_FILE = "artifact.json"
DELTA_FILE = "delta.safetensors"
WEIGHTS_FILE = "model.safetensors"
# Copied from the base at materialise time (identical vocabulary); checked by hash when packing.
BASE_TOKENIZER_FILES = ("tokenizer.json",)
OWN_FILES = ("config.json", "tokenizer_config.json", "chat_template.jinja", "special_tokens_map.json")
STORE_DTYPE = torch.float16
FORMATS = (1, 2)  # 2: low-rank factors (`lowrank`); a newer format is refused, not half-read


class ArtifactError(RuntimeError):
    """The artifact does not fit the base it is materialised on, or is incomplete."""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _vocabulary(path: Path) -> dict[str, Any]:
    """A tokenizer.json without its runtime state (`truncation`, `padding`: the last call's settings, which the
    runtime sets again itself), so a trained model's copy compares equal to the base's."""
    data = json.loads(path.read_text())
    return {k: v for k, v in data.items() if k not in ("truncation", "padding")}


def _read_tensors(path: Path) -> dict[str, torch.Tensor]:
    with safe_open(str(path), framework="pt") as f:
        return {k: f.get_tensor(k) for k in f.keys()}  # noqa: SIM118 (safe_open is not a dict)


def _base_weights(base_dir: Path) -> Path:
    path = base_dir / WEIGHTS_FILE
    if not path.is_file():
        raise ArtifactError(f"{base_dir} has no {WEIGHTS_FILE}")
    return path


LOWRANK_PREFIX = "lowrank::"


def _lowrank_factors(change: torch.Tensor, rank: int, noise: float) -> tuple[torch.Tensor, torch.Tensor] | None:
    """(u, v) in STORE_DTYPE with u @ v == `change` up to their own rounding, or None when the change has a rank
    above `rank` (a fully trained matrix: the truncation would lose more than 1e-3 of its largest entry, or more
    than `noise`, the rounding that storing the whole matrix would cost) or the factors would be no smaller."""
    rows, cols = change.shape
    if rank * (rows + cols) >= rows * cols:
        return None
    left, values, right = torch.linalg.svd(change.double(), full_matrices=False)
    left, values, right = left[:, :rank], values[:rank], right[:rank]
    truncated = float(((left * values) @ right - change.double()).abs().max())
    if truncated > max(1e-3 * float(change.abs().max()), noise):
        return None
    root = values.sqrt()
    return (left * root).to(STORE_DTYPE).contiguous(), (root[:, None] * right).to(STORE_DTYPE).contiguous()


def pack(trained_dir: Path, base_dir: Path, out_dir: Path, reference: list[dict[str, Any]] | None = None,
         rank: int | None = None) -> dict:
    """Write the artifact of `trained_dir` (a full HF reward-model dir) relative to `base_dir` into `out_dir`.

    `rank`: store each 2-D tensor whose change from the base has at most that rank (LoRA's merged adapters) as
    two factors (a matrix of higher rank is stored whole); `max_abs_rounding_error` covers both."""
    if rank is not None and rank < 1:
        raise ArtifactError(f"rank must be >= 1, got {rank}")
    trained = _read_tensors(trained_dir / WEIGHTS_FILE)
    base_path = _base_weights(base_dir)
    base = _read_tensors(base_path)
    delta, from_base, lowrank = {}, [], []
    errors: dict[str, float] = {}
    for name, tensor in trained.items():
        same = name in base and base[name].shape == tensor.shape and torch.equal(base[name].to(tensor.dtype), tensor)
        if same:
            from_base.append(name)
            continue
        whole = tensor.to(STORE_DTYPE).contiguous()
        whole_error = float((whole.float() - tensor.float()).abs().max())
        factors = None
        if rank and tensor.dim() == 2 and name in base and base[name].shape == tensor.shape:
            change = tensor.float() - base[name].float()
            factors = _lowrank_factors(change, rank, noise=whole_error / 4)
        if factors is None:
            delta[name], errors[name] = whole, whole_error
        else:
            delta[f"{LOWRANK_PREFIX}{name}::u"], delta[f"{LOWRANK_PREFIX}{name}::v"] = factors
            lowrank.append(name)
            rebuilt = base[name].float() + factors[0].float() @ factors[1].float()
            errors[name] = float((rebuilt - tensor.float()).abs().max())
    for fname in BASE_TOKENIZER_FILES:
        if (trained_dir / fname).is_file() and _vocabulary(trained_dir / fname) != _vocabulary(base_dir / fname):
            raise ArtifactError(f"{fname} differs between {trained_dir} and the base {base_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(delta, str(out_dir / DELTA_FILE))
    for fname in OWN_FILES:
        if (trained_dir / fname).is_file():
            shutil.copyfile(trained_dir / fname, out_dir / fname)
    meta = json.loads((trained_dir / META_FILE).read_text()) if (trained_dir / META_FILE).is_file() else {}
    max_err = max(errors.values(), default=0.0)
    info = {
        "format": 2 if lowrank else 1,
        "base": base_dir.name,
        "base_weights_sha256": _sha256(base_path),
        "from_base": sorted(from_base),
        "lowrank": sorted(lowrank),
        "delta_tensors": len(delta),
        "delta_parameters": int(sum(t.numel() for t in delta.values())),
        "store_dtype": str(STORE_DTYPE).removeprefix("torch."),
        "max_abs_rounding_error": max_err,
        "meta": meta,
        "reference_scores": reference or [],
    }
    (out_dir / ARTIFACT_FILE).write_text(json.dumps(info, indent=1, sort_keys=True) + "\n")
    return info


def read_artifact(artifact_dir: Path) -> dict[str, Any]:
    path = artifact_dir / ARTIFACT_FILE
    if not path.is_file() or not (artifact_dir / DELTA_FILE).is_file():
        raise ArtifactError(f"{artifact_dir} is not a reward-model artifact (needs {ARTIFACT_FILE} and {DELTA_FILE})")
    info = json.loads(path.read_text())
    if info.get("format", 1) not in FORMATS:
        raise ArtifactError(f"{artifact_dir} is artifact format {info.get('format')}; this version reads formats "
                            f"{list(FORMATS)}: update aligned-serve")
    return info


def artifact_version(artifact_dir: Path) -> str:
    """The version the materialised model reports: the trained model's own, else a hash of the delta file."""
    info = read_artifact(artifact_dir)
    return str(info.get("meta", {}).get("version") or _sha256(artifact_dir / DELTA_FILE)[:10])


def materialise(artifact_dir: Path, base_dir: Path, target: Path) -> Path:
    """Build the full reward-model directory at `target` (atomically: a temp dir, then a rename)."""
    info = read_artifact(artifact_dir)
    base_path = _base_weights(base_dir)
    if _sha256(base_path) != info["base_weights_sha256"]:
        raise ArtifactError(f"the base {base_dir} is not the checkpoint this artifact was trained on "
                            f"(weights hash differs from {info['base_weights_sha256'][:12]})")
    tensors: dict[str, torch.Tensor] = {}
    lowrank = info.get("lowrank", [])
    with safe_open(str(base_path), framework="pt") as f:
        available = set(f.keys())
        missing = [n for n in [*info["from_base"], *lowrank] if n not in available]
        if missing:
            raise ArtifactError(f"the base lacks {len(missing)} tensors the artifact needs, e.g. {missing[0]}")
        for name in [*info["from_base"], *lowrank]:
            tensors[name] = f.get_tensor(name).to(torch.float32).contiguous()
    stored = _read_tensors(artifact_dir / DELTA_FILE)
    for name in lowrank:  # base + u @ v
        u, v = stored.pop(f"{LOWRANK_PREFIX}{name}::u"), stored.pop(f"{LOWRANK_PREFIX}{name}::v")
        tensors[name] = (tensors[name] + u.float() @ v.float()).contiguous()
    for name, tensor in stored.items():
        tensors[name] = tensor.to(torch.float32).contiguous()
    with atomic_directory(target) as tmp:
        save_file(tensors, str(tmp / WEIGHTS_FILE), metadata={"format": "pt"})
        for fname in OWN_FILES:
            if (artifact_dir / fname).is_file():
                shutil.copyfile(artifact_dir / fname, tmp / fname)
        for fname in BASE_TOKENIZER_FILES:
            shutil.copyfile(base_dir / fname, tmp / fname)
        meta = dict(info.get("meta") or {})
        meta["materialised_from"] = {"artifact": ARTIFACT_FILE, "version": artifact_version(artifact_dir),
                                     "store_dtype": info["store_dtype"]}
        (tmp / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rank = None
    if len(args) == 6 and args[4] == "--rank" and args[5].isdigit():
        rank, args = int(args[5]), args[:4]
    if len(args) != 4 or args[0] != "pack":
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    info = pack(Path(args[1]), Path(args[2]), Path(args[3]), rank=rank)
    print(json.dumps({k: info[k] for k in ("delta_tensors", "delta_parameters", "max_abs_rounding_error")}
                     | {"lowrank": len(info["lowrank"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
