"""Metric logging for every recipe: metrics.jsonl rows, the progress bar, curves.png, and how a window of
micro-batch metrics becomes one logged row.

    log = MetricsLog(output_dir / METRICS_FILE, state.history)    # rewritten from the checkpoint's history
    log.log({"step": 3, "loss": 0.61, ...})
    save_curves_png(state.history, output_dir / CURVES_FILE)
"""

import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

METRICS_FILE = "metrics.jsonl"
CURVES_FILE = "curves.png"

Metrics = dict[str, float]
# A window of per-micro-batch metrics (everything since the last logged row) -> the row's values.
Reduce = Callable[[Sequence[Metrics]], Metrics]


def mean_metrics(window: Sequence[Metrics]) -> Metrics:
    """Each key's plain mean over the window's micro-batches (keys in first-seen order)."""
    out: Metrics = {}
    for key in dict.fromkeys(k for row in window for k in row):
        values = [row[key] for row in window if key in row]
        out[key] = sum(values) / len(values)
    return out


def token_weighted(window: Sequence[Metrics]) -> Metrics:
    """SFT rows {"loss", "tokens"}: the loss averaged over label tokens, not micro-batches; tokens summed."""
    tokens = int(sum(row["tokens"] for row in window))
    return {"loss": sum(row["loss"] * row["tokens"] for row in window) / max(tokens, 1), "tokens": tokens}


def prefixed(metrics: Metrics, prefix: str = "eval_") -> Metrics:
    return {f"{prefix}{k}": v for k, v in metrics.items()}


class MetricsLog:
    """Append-only metrics.jsonl (main process only). On resume it is rewritten from the checkpoint's history,
    so rows logged after the checkpoint by the crashed run do not appear twice."""

    def __init__(self, path: str | os.PathLike[str], history: list[dict[str, Any]], enabled: bool = True) -> None:
        self.path = Path(path)
        self.enabled = enabled
        if enabled:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(row) + "\n" for row in history)

    def log(self, row: dict[str, Any]) -> None:
        if self.enabled:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")


def progress_bar(total: int, initial: int = 0, desc: str = "train", enabled: bool = True) -> Any:
    """A tqdm bar over optimizer steps, shown only on an interactive terminal."""
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=initial, desc=desc, disable=not (enabled and sys.stderr.isatty()))


def _series(history: Sequence[dict[str, Any]]) -> dict[str, dict[str, tuple[list[float], list[float]]]]:
    """metric name -> {"train" | "eval": (steps, values)}; eval rows' keys carry the "eval_" prefix."""
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
    return series


def save_curves_png(history: Sequence[dict[str, Any]], path: str | os.PathLike[str]) -> Path:
    """Plot every numeric metric in `history` (rows with a "step") against step, one panel per metric name in a
    grid of up to 4 columns, train and eval rows (keys prefixed "eval_") drawn in the same panel. Uses the Agg
    backend (no display)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = _series(history)
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
