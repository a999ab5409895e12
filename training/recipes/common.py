"""Shared plumbing for every training recipe (rm, dpo, ppo, rft): accelerate setup, seeding, LoRA, crash-safe
checkpoints, the final Hugging Face save, metrics logging and training curves.

A recipe reads top to bottom and calls these helpers in order:

    threads = set_torch_threads(cfg.threads)
    seed_everything(cfg.seed)
    accelerator = make_accelerator(cfg.grad_accum)
    model = maybe_lora(model, enabled=cfg.lora, task_type="SEQ_CLS", rank=cfg.lora_rank, alpha=cfg.lora_alpha)
    model, optimizer, scheduler = accelerator.prepare(model, optimizer, scheduler)
    ckpts = Checkpointer(output_dir / "checkpoints", keep=2)
    state = ckpts.resume(accelerator) if cfg.resume else None      # newest complete checkpoint, or None
    state = state or TrainState()
    for batch in epoch_loader(accelerator, dataset, bs, collate, cfg.seed, state.epoch, state.micro_in_epoch): ...
        ckpts.save(accelerator, state)                              # every save_every optimizer steps
    save_final(accelerator, model, tokenizer, output_dir, meta)     # HF dir + aligned_meta.json, LoRA merged
    ckpts.remove_all()

Crash safety (kill -9 at any instant): a checkpoint is written into `checkpoints/.tmp-step-N` and renamed to
`checkpoints/step-N` with os.replace, so a `step-*` directory is always complete; stale `.tmp-*` are deleted on
start. The final model files are each renamed into place, `aligned_meta.json` last, so a directory holding
`aligned_meta.json` holds a complete model.
"""

import hashlib
import json
import math
import os
import random
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Callable

import torch
from torch.utils.data import DataLoader, Dataset, Subset

META_FILE = "aligned_meta.json"
STATE_FILE = "train_state.json"
METRICS_FILE = "metrics.jsonl"
CURVES_FILE = "curves.png"
CHECKPOINT_PREFIX = "step-"
TMP_PREFIX = ".tmp-"


# ---------------------------------------------------------------------------------------------------- setup


def set_torch_threads(threads: int | None = None) -> int:
    """Use `threads` intra-op threads, default: the CPU cores this process may run on. Returns the count."""
    if threads is None:
        try:
            threads = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - macOS
            threads = os.cpu_count() or 1
    threads = max(1, int(threads))
    torch.set_num_threads(threads)
    return threads


def seed_everything(seed: int) -> None:
    """Seed python, numpy (when installed) and torch (all devices)."""
    from accelerate.utils import set_seed

    random.seed(seed)
    set_seed(seed)


def make_accelerator(grad_accum: int = 1, mixed_precision: str | None = None) -> Any:
    """An `accelerate.Accelerator` for one run. On a machine without CUDA, mixed precision is forced to "no"
    (bf16 autocast on CPU is slower than fp32 for these model sizes). Under `accelerate launch --config_file
    training/configs/*.yaml` the launcher's settings (DeepSpeed, FSDP, processes) apply."""
    from accelerate import Accelerator

    if not torch.cuda.is_available():
        mixed_precision = "no"
    return Accelerator(gradient_accumulation_steps=grad_accum, mixed_precision=mixed_precision)


MIXED_PRECISIONS = ("no", "bf16", "auto")


def resolve_mixed_precision(requested: str) -> str:
    """"no" or "bf16" for a requested "no", "bf16" or "auto". "auto" is "bf16" where the hardware computes bf16
    natively (a bf16 GPU; a CPU with AVX512-BF16 or AMX, where autocast makes a reward-model step 1.6x faster:
    loadtests/bench_rm_step.py), else "no" (emulated bf16 on an AVX2 CPU is slower than float32)."""
    if requested != "auto":
        return requested
    if torch.cuda.is_available():
        return "bf16" if torch.cuda.is_bf16_supported() else "no"
    from aligned_serve.engines.vllm_engine import cpu_has_native_bf16

    return "bf16" if cpu_has_native_bf16() else "no"


def autocast(device: Any, precision: str) -> Any:
    """The forward's autocast context for a resolved precision ("bf16" or "no"). Recipes apply it themselves
    rather than through accelerate's `mixed_precision`, which is fixed once per process (AcceleratorState) while
    recipes in one process may differ; weights, gradients and the optimizer stay float32."""
    return torch.autocast(torch.device(device).type, dtype=torch.bfloat16, enabled=precision == "bf16")


# Names peft understands for `LoraConfig.task_type`, per recipe kind.
LORA_TASK_TYPES: dict[str, str] = {"SEQ_CLS": "SEQ_CLS", "CAUSAL_LM": "CAUSAL_LM"}


def maybe_lora(
    model: torch.nn.Module,
    enabled: bool,
    task_type: str,
    rank: int = 8,
    alpha: int = 16,
    dropout: float = 0.0,
    target_modules: Sequence[str] | str = "all-linear",
    **lora_kwargs: Any,
) -> torch.nn.Module:
    """Wrap `model` with peft LoRA adapters when `enabled`; otherwise return it unchanged.

    task_type "SEQ_CLS" keeps the (new) score head fully trainable; "CAUSAL_LM" for policies. `save_final`
    merges the adapters back so the saved checkpoint is a plain model. `lora_kwargs` go to `LoraConfig`
    (e.g. layers_to_transform)."""
    if not enabled:
        return model
    from peft import LoraConfig, get_peft_model

    if task_type not in LORA_TASK_TYPES:
        raise ValueError(f"unknown LoRA task type {task_type!r}; choose one of {sorted(LORA_TASK_TYPES)}")
    config = LoraConfig(
        task_type=LORA_TASK_TYPES[task_type],
        r=rank,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=list(target_modules) if not isinstance(target_modules, str) else target_modules,
        **lora_kwargs,
    )
    return get_peft_model(model, config)


def count_parameters(model: torch.nn.Module) -> tuple[int, int]:
    """(trainable, total) parameter counts."""
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return trainable, total


# ---------------------------------------------------------------------------------------------------- data order


def epoch_loader(
    accelerator: Any,
    dataset: Dataset,
    batch_size: int,
    collate_fn: Callable[[list[Any]], Any],
    seed: int,
    epoch: int,
    skip_micro_batches: int = 0,
) -> DataLoader:
    """The micro-batches of one epoch for this process, in a fixed order, optionally skipping some (resume).

    The order is a permutation drawn from a generator seeded with (seed, epoch), so a resumed run sees exactly
    the batches the crashed run would have seen. With P processes, every global micro-batch holds
    batch_size * P items and process r takes its r-th slice; the tail that cannot fill a global batch is dropped
    when P > 1 so all processes run the same number of steps.
    """
    n_proc, rank = accelerator.num_processes, accelerator.process_index
    generator = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    order = torch.randperm(len(dataset), generator=generator).tolist()  # type: ignore[arg-type]
    global_bs = batch_size * n_proc
    order = order[skip_micro_batches * global_bs :]
    if n_proc > 1:
        order = order[: len(order) // global_bs * global_bs]
        order = [i for start in range(0, len(order), global_bs) for i in order[start : start + global_bs][rank::n_proc]]
    return DataLoader(Subset(dataset, order), batch_size=batch_size, shuffle=False, collate_fn=collate_fn)


def micro_batches_per_epoch(n_items: int, batch_size: int, num_processes: int = 1) -> int:
    global_bs = batch_size * num_processes
    return n_items // global_bs if num_processes > 1 else math.ceil(n_items / batch_size)


# ---------------------------------------------------------------------------------------------------- train state


@dataclass
class TrainState:
    """Where a run is. Saved beside every checkpoint as JSON; RNG states (python, numpy, torch) are saved by
    `accelerator.save_state` next to it.

    step: optimizer steps done. epoch / micro_in_epoch: the data position (micro-batches consumed in the epoch).
    history: one metrics dict per logged step (train and eval rows), replayed into metrics.jsonl on resume.
    """

    step: int = 0
    epoch: int = 0
    micro_in_epoch: int = 0
    seed: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)
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


# ---------------------------------------------------------------------------------------------------- checkpoints


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
        import aligned_serve

        return getattr(aligned_serve, "__version__", "unknown")


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


# ---------------------------------------------------------------------------------------------------- logging


class MetricsLog:
    """Append-only metrics.jsonl (main process only). On resume it is rewritten from the checkpoint's history,
    so rows logged after the checkpoint by the crashed run do not appear twice."""

    def __init__(self, path: str | os.PathLike[str], history: list[dict[str, Any]], enabled: bool = True) -> None:
        self.path = Path(path)
        self.enabled = enabled
        if enabled:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "w", encoding="utf-8") as f:
                for row in history:
                    f.write(json.dumps(row) + "\n")

    def log(self, row: dict[str, Any]) -> None:
        if self.enabled:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")


def progress_bar(total: int, initial: int = 0, desc: str = "train", enabled: bool = True) -> Any:
    """A tqdm bar over optimizer steps, shown only on an interactive terminal."""
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=initial, desc=desc, disable=not (enabled and sys.stderr.isatty()))


def save_curves_png(history: Sequence[dict[str, Any]], path: str | os.PathLike[str]) -> Path:
    """Plot every numeric metric in `history` (rows with a "step") against step, one panel per metric name in a
    grid of up to 4 columns, train and eval rows (keys prefixed "eval_") drawn in the same panel. Uses the Agg
    backend (no display)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series: dict[str, dict[str, tuple[list[float], list[float]]]] = {}
    for row in history:
        if "step" not in row:
            continue
        for key, value in row.items():
            if key in {"step", "epoch", "lr", "time"} or not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            base = key.removeprefix("eval_")
            xs, ys = series.setdefault(base, {}).setdefault("eval" if key.startswith("eval_") else "train", ([], []))
            xs.append(row["step"])
            ys.append(float(value))
    names = sorted(series) or ["loss"]
    cols = min(4, len(names))
    rows = -(-len(names) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4.5 * cols, 3.2 * rows), squeeze=False)
    for ax in axes.flat[len(names) :]:
        ax.set_visible(False)
    for ax, name in zip(axes.flat, names):
        for split, (xs, ys) in sorted(series.get(name, {}).items()):
            ax.plot(xs, ys, marker="o" if split == "eval" else None, markersize=3, label=split)
        ax.set_title(name)
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def chunked(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------------------------------------------- config CLI


def _field_kind(tp: Any) -> tuple[type, bool]:
    """(scalar type, optional) for a dataclass field annotation like `int`, `float | None`, `str`."""
    import types
    import typing

    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported config field type {tp!r}")
        return inner[0], True
    return tp, False


def add_config_args(parser: Any, cls: type, skip: Iterable[str] = ()) -> None:
    """Add one `--field-name` option per dataclass field of `cls`, with the field's `metadata["help"]`.

    bool fields become `--x / --no-x`; `T | None` fields accept the word "none". Defaults stay in the dataclass
    (options default to argparse.SUPPRESS), so `config_from_args` only overrides what was given."""
    import argparse

    skipped = set(skip)
    for f in fields(cls):
        if f.name in skipped:
            continue
        tp, optional = _field_kind(f.type)
        flag = "--" + f.name.replace("_", "-")
        default = f.default if f.default is not MISSING else "required"
        help_text = f"{f.metadata.get('help', '')} (default: {default})"
        if tp is bool:
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS, help=help_text)
            continue

        def convert(raw: str, tp: type = tp, optional: bool = optional) -> Any:
            if optional and raw.lower() == "none":
                return None
            return tp(raw)

        convert.__name__ = tp.__name__  # argparse names the type in its error messages
        parser.add_argument(flag, type=convert, default=argparse.SUPPRESS, help=help_text, metavar=tp.__name__.upper())


def config_from_args(cls: type, namespace: Any, base: Any | None = None) -> Any:
    """Build `cls` from the options `add_config_args` added, on top of `base` (an instance) when given."""
    from dataclasses import replace

    given = {f.name: getattr(namespace, f.name) for f in fields(cls) if hasattr(namespace, f.name)}
    return replace(base, **given) if base is not None else cls(**given)
