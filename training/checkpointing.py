"""Crash-safe checkpoints, the train state, and the final save with `aligned_meta.json`, for every recipe.

    ckpts = Checkpointer(checkpoint_dir(output_dir), keep=2)
    if not cfg.resume:
        ckpts.discard()                                    # an old run's checkpoints must not win a later resume
    state = ckpts.resume(accelerator) or TrainState(seed=cfg.seed)
    ckpts.save(accelerator, state)                         # every save_every steps
    save_final(accelerator, model, tokenizer, output_dir, build_meta(...))
    ckpts.remove_all(accelerator)

Crash safety (kill -9 at any instant): a checkpoint is written into `checkpoints/.tmp-step-N` and renamed to
`checkpoints/step-N` with os.replace, so a `step-*` directory is always complete; stale `.tmp-*` are deleted on
start. The final model files are each renamed into place, `aligned_meta.json` last, so a directory holding
`aligned_meta.json` holds a complete model.
"""

import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

import torch

from aligned_core.checkpoint_meta import META_FILE

STATE_FILE = "train_state.json"
CHECKPOINTS_DIR = "checkpoints"
CHECKPOINT_PREFIX = "step-"
TMP_PREFIX = ".tmp-"


def checkpoint_dir(output_dir: str | os.PathLike[str]) -> Path:
    """Where a run's checkpoints (and caches that live and die with them) go: `output_dir/checkpoints`."""
    return Path(output_dir) / CHECKPOINTS_DIR


@dataclass
class TrainState:
    """Where a run is. Saved beside every checkpoint as JSON; RNG states (python, numpy, torch) are saved by
    `accelerator.save_state` next to it.

    step: optimizer steps done (PPO: iterations). epoch / micro_in_epoch: the data position (micro-batches consumed
    in the epoch). history: one metrics dict per logged step (train and eval rows), replayed into metrics.jsonl on
    resume. extra: a recipe's own resumable state (PPO: the adaptive KL coefficient).
    """

    step: int = 0
    epoch: int = 0
    micro_in_epoch: int = 0
    seed: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    started_at: float = field(default_factory=time.time)
    resumed_from: int | None = None  # step of the checkpoint this process resumed from; not persisted

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("resumed_from")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TrainState":
        names = {f.name for f in fields(cls)} - {"resumed_from"}
        return cls(**{k: v for k, v in d.items() if k in names})


class Checkpointer:
    """Crash-safe checkpoints under `root/step-N`, keeping the newest `keep`.

    save(): accelerate writes model/optimizer/scheduler/RNG into `root/.tmp-step-N`, we add train_state.json,
    then os.replace renames it to `root/step-N` (atomic on one filesystem). resume(): load the newest
    `step-N` holding train_state.json. Directories named `.tmp-*` are leftovers of a killed save; they are
    deleted at construction.
    """

    def __init__(self, root: str | os.PathLike[str], keep: int = 2) -> None:
        if keep < 1:
            raise ValueError(f"keep must be >= 1, got {keep}")
        self.root = Path(root)
        self.keep = keep
        if self.root.is_dir():
            for stale in self.root.glob(f"{TMP_PREFIX}*"):
                shutil.rmtree(stale, ignore_errors=True)

    def complete(self) -> list[Path]:
        """Complete checkpoints, oldest first."""
        if not self.root.is_dir():
            return []
        found = []
        for d in self.root.iterdir():
            suffix = d.name.removeprefix(CHECKPOINT_PREFIX)
            if d.is_dir() and d.name.startswith(CHECKPOINT_PREFIX) and suffix.isdigit() and (d / STATE_FILE).is_file():
                found.append((int(suffix), d))
        return [d for _, d in sorted(found)]

    def latest(self) -> Path | None:
        done = self.complete()
        return done[-1] if done else None

    def save(self, accelerator: Any, state: TrainState) -> Path:
        final = self.root / f"{CHECKPOINT_PREFIX}{state.step}"
        tmp = self.root / f"{TMP_PREFIX}{final.name}"
        if accelerator.is_main_process:
            self.root.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(tmp, ignore_errors=True)
        accelerator.wait_for_everyone()
        accelerator.save_state(str(tmp))  # every process takes part (DeepSpeed / FSDP shard their states)
        accelerator.wait_for_everyone()
        if accelerator.is_main_process:
            write_json_atomic(tmp / STATE_FILE, state.to_dict())
            if final.exists():  # a rerun reached the same step: the new state wins
                shutil.rmtree(final)
            os.replace(tmp, final)
            for old in self.complete()[: -self.keep]:
                shutil.rmtree(old, ignore_errors=True)
        accelerator.wait_for_everyone()
        return final

    def resume(self, accelerator: Any) -> TrainState | None:
        """Restore model/optimizer/scheduler/RNG from the newest complete checkpoint; None when there is none."""
        latest = self.latest()
        if latest is None:
            return None
        accelerator.load_state(str(latest))
        state = TrainState.from_dict(json.loads((latest / STATE_FILE).read_text()))
        state.resumed_from = state.step
        return state

    def discard(self, accelerator: Any | None = None) -> None:
        """Delete every checkpoint (complete or torn), keeping other files of the directory (DPO's reference
        cache, which is keyed by its inputs). A run started with resume off calls this first: otherwise the old
        run's higher step numbers would outlive the new run's checkpoints in the rotation and win a later resume."""
        if (accelerator is None or accelerator.is_main_process) and self.root.is_dir():
            for d in self.root.iterdir():
                if d.is_dir() and d.name.startswith((CHECKPOINT_PREFIX, TMP_PREFIX)):
                    shutil.rmtree(d, ignore_errors=True)
        if accelerator is not None:
            accelerator.wait_for_everyone()

    def remove_all(self, accelerator: Any | None = None) -> None:
        if accelerator is None or accelerator.is_main_process:
            shutil.rmtree(self.root, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------- final save


def write_json_atomic(path: str | os.PathLike[str], obj: Any) -> None:
    """Write JSON to a temporary sibling, fsync, then os.replace onto `path`."""
    path = Path(path)
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, sort_keys=False, default=_json_default)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _json_default(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, torch.Tensor):
        return obj.tolist()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def file_sha256(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def data_record(paths: Iterable[str | os.PathLike[str] | None]) -> list[dict[str, str]]:
    """[{"path", "sha256"}] for the data files a run read (None entries skipped)."""
    return [{"path": str(Path(p).resolve()), "sha256": file_sha256(p)} for p in paths if p]


def package_version() -> str:
    try:
        from importlib.metadata import version

        return version("aligned-serve")
    except Exception:  # noqa: BLE001 - running from a source tree that is not installed
        import aligned_core

        return getattr(aligned_core, "__version__", "unknown")


def build_meta(
    recipe: str,
    config: Any,
    data: list[dict[str, str]],
    loss: str,
    steps: int,
    metrics: dict[str, Any],
    **extra: Any,
) -> dict[str, Any]:
    """The `aligned_meta.json` payload; `version` is filled in by `save_final` from the weights' hash."""
    return {
        "recipe": recipe,
        "config": asdict(config) if is_dataclass(config) else dict(config),
        "data": data,
        "loss": loss,
        "steps": steps,
        "metrics": metrics,
        "aligned_serve_version": package_version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **extra,
    }


def save_final(
    accelerator: Any,
    model: torch.nn.Module,
    tokenizer: Any,
    output_dir: str | os.PathLike[str],
    meta: dict[str, Any],
) -> Path:
    """Save a plain Hugging Face checkpoint (+ tokenizer) and `aligned_meta.json` into `output_dir`.

    LoRA adapters are merged into the base first, so transformers and vLLM load the result without peft.
    Files are written to a temporary directory and renamed into place one by one, the previous
    `aligned_meta.json` removed first and the new one renamed last: a directory with `aligned_meta.json` is
    complete. `meta["version"]` becomes `<created>-<sha256 of the weights, 8 hex>` unless already set.
    """
    out = Path(output_dir)
    accelerator.wait_for_everyone()
    state_dict = accelerator.get_state_dict(model)  # gathers ZeRO-3 / FSDP shards on the main process
    if not accelerator.is_main_process:
        accelerator.wait_for_everyone()
        return out
    model = accelerator.unwrap_model(model)
    if hasattr(model, "merge_and_unload"):  # peft
        model = model.merge_and_unload()
        state_dict = None
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f"{TMP_PREFIX}final"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        model.save_pretrained(tmp, state_dict=state_dict, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        weights = sorted(tmp.glob("*.safetensors"))
        digest = hashlib.sha256(b"".join(file_sha256(w).encode() for w in weights)).hexdigest()
        meta = dict(meta)
        meta.setdefault("version", f"{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{digest[:8]}")
        meta["weights_sha256"] = digest
        (out / META_FILE).unlink(missing_ok=True)
        for f in sorted(tmp.iterdir()):
            os.replace(f, out / f.name)
        write_json_atomic(out / META_FILE, meta)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    accelerator.wait_for_everyone()
    return out


def is_complete_model(path: str | os.PathLike[str]) -> bool:
    """True when `path` holds config.json, weights and aligned_meta.json (what `save_final` writes last)."""
    p = Path(path)
    has_weights = any(p.glob("*.safetensors")) or any(p.glob("*.bin"))
    return (p / "config.json").is_file() and has_weights and (p / META_FILE).is_file()
