"""Export the server's feedback log (SQLite) as training data: SFT rows (best-of-N winners) or pairs.

    aligned-train export --db feedback.sqlite --format sft   --out winners.jsonl --min-reward 0.5
    aligned-train export --db feedback.sqlite --format pairs --out pairs.jsonl   --min-margin 0.2 \
        --reward-model default@v3 --since 2025-01-01

- `sft`: the best-scored candidate of each logged aligned request, kept when its reward >= --min-reward, as
  `{"messages": prompt + [{"role": "assistant", "content": text}]}` (a completions-endpoint string prompt
  becomes one user turn: SFT rows are chat conversations).
- `pairs`: best vs worst candidate of each request, kept when reward(best) - reward(worst) >= --min-margin
  (and > 0: ties never make a pair), as `{"prompt", "chosen", "rejected", "margin"}`; string prompts stay
  strings.
  With --min-reward the chosen response must also reach it.

Rows served with `strategy == "none"` carry no rewards and are skipped, as are candidates whose reward is
null or not finite and empty texts. Output rows are de-duplicated (same prompt and response(s)), written
atomically, and the counts (read, exported, skipped by reason) are printed.
"""

import argparse
import json
import math
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Literal

from aligned_serve.feedback import FeedbackRecord, read_records
from training.data.formats import PreferencePair, SFTRow, to_messages, write_jsonl

ExportFormat = Literal["sft", "pairs"]


@dataclass
class ExportConfig:
    """What to export from which feedback log, and the filters."""

    db: Path  # the feedback log (SQLite) written by the server
    format: ExportFormat  # "sft" (winners) or "pairs" (best vs worst)
    out: Path  # JSONL written atomically
    min_reward: float | None = None  # sft: winner reward >= this; pairs: chosen reward >= this; None: any
    min_margin: float = 0.0  # pairs: reward(best) - reward(worst) >= this
    reward_model: str | None = None  # keep rows scored by NAME, or NAME@VERSION
    since: float | None = None  # keep rows created at or after this unix time

    def __post_init__(self) -> None:
        self.db, self.out = Path(self.db), Path(self.out)
        if self.format not in EXPORTERS:
            raise ValueError(f"unknown format {self.format!r}; choose one of {sorted(EXPORTERS)}")
        if self.min_margin < 0 or not math.isfinite(self.min_margin):
            raise ValueError(f"min_margin must be a finite number >= 0, got {self.min_margin}")
        if self.min_reward is not None and not math.isfinite(self.min_reward):
            raise ValueError(f"min_reward must be finite, got {self.min_reward}")
        if self.reward_model is not None and not self.reward_model.split("@", 1)[0]:
            raise ValueError(f"reward_model must be NAME or NAME@VERSION, got {self.reward_model!r}")


@dataclass
class ExportStats:
    """Counts for the report: rows read, rows exported, and why the others were skipped."""

    read: int = 0
    exported: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        reasons = ", ".join(f"{k}={v}" for k, v in sorted(self.skipped.items())) or "none"
        return f"read {self.read}, exported {self.exported}, skipped {sum(self.skipped.values())} ({reasons})"


# -------------------------------------------------------------------------------------------------- selection


def scored_candidates(record: FeedbackRecord) -> list[tuple[float, str]]:
    """(reward, text) of the candidates with a finite reward and a non-blank text, in sampling order."""
    out = []
    for c in record.candidates:
        reward, text = c.get("reward"), c.get("text")
        if isinstance(reward, bool) or not isinstance(reward, (int, float)) or not math.isfinite(reward):
            continue
        if isinstance(text, str) and text.strip():
            out.append((float(reward), text))
    return out


def matches_reward_model(record: FeedbackRecord, spec: str) -> bool:
    """`spec` is NAME (any version) or NAME@VERSION."""
    name, _, version = spec.partition("@")
    return record.reward_model == name and (not version or record.reward_model_version == version)


def select(
    records: Iterable[FeedbackRecord], cfg: ExportConfig, stats: ExportStats
) -> Iterable[FeedbackRecord]:
    """Rows that pass the row-level filters (strategy, reward model, time); counts the rest in `stats`."""
    for record in records:
        stats.read += 1
        if record.strategy == "none":
            stats.skipped["strategy_none"] += 1
        elif cfg.since is not None and record.created < cfg.since:
            stats.skipped["before_since"] += 1
        elif cfg.reward_model is not None and not matches_reward_model(record, cfg.reward_model):
            stats.skipped["other_reward_model"] += 1
        else:
            yield record


def _prompt_key(prompt: Any) -> str:
    return json.dumps(prompt, sort_keys=True, ensure_ascii=False)


# -------------------------------------------------------------------------------------------------- exporters


def export_sft(records: Iterable[FeedbackRecord], cfg: ExportConfig, stats: ExportStats) -> list[dict]:
    """One SFT row per request: its top-reward candidate (the first one on ties)."""
    rows, seen = [], set()
    for record in select(records, cfg, stats):
        scored = scored_candidates(record)
        if not scored:
            stats.skipped["no_rewards"] += 1
            continue
        reward, text = max(scored, key=lambda c: c[0])  # max() keeps the first of equal rewards
        if cfg.min_reward is not None and reward < cfg.min_reward:
            stats.skipped["below_min_reward"] += 1
            continue
        key = (_prompt_key(record.prompt), text)
        if key in seen:
            stats.skipped["duplicate"] += 1
            continue
        seen.add(key)
        messages = to_messages(record.prompt) + [{"role": "assistant", "content": text}]
        rows.append(SFTRow(messages).to_dict())
    return rows


def export_pairs(records: Iterable[FeedbackRecord], cfg: ExportConfig, stats: ExportStats) -> list[dict]:
    """One pair per request: top-reward vs bottom-reward candidate, margin = the reward difference."""
    rows, seen = [], set()
    for record in select(records, cfg, stats):
        scored = scored_candidates(record)
        if len(scored) < 2:
            stats.skipped["fewer_than_2_scored" if scored else "no_rewards"] += 1
            continue
        best = max(scored, key=lambda c: c[0])
        worst = min(scored, key=lambda c: c[0])
        margin = best[0] - worst[0]
        if best[1] == worst[1] or margin <= 0:
            stats.skipped["no_preference"] += 1
            continue
        if margin < cfg.min_margin:
            stats.skipped["below_min_margin"] += 1
            continue
        if cfg.min_reward is not None and best[0] < cfg.min_reward:
            stats.skipped["below_min_reward"] += 1
            continue
        key = (_prompt_key(record.prompt), best[1], worst[1])
        if key in seen:
            stats.skipped["duplicate"] += 1
            continue
        seen.add(key)
        rows.append(PreferencePair(record.prompt, best[1], worst[1], margin).to_dict())
    return rows


EXPORTERS: dict[str, Callable[[Iterable[FeedbackRecord], ExportConfig, ExportStats], list[dict]]] = {
    "sft": export_sft,
    "pairs": export_pairs,
}


def run_export(cfg: ExportConfig) -> ExportStats:
    """Read the log, export, write `cfg.out` atomically. Raises FileNotFoundError for a missing log."""
    if not cfg.db.is_file():
        raise FileNotFoundError(f"feedback log not found: {cfg.db}")
    stats = ExportStats()
    rows = EXPORTERS[cfg.format](read_records(cfg.db), cfg, stats)
    stats.exported = len(rows)
    write_jsonl(cfg.out, rows)
    return stats


# ---------------------------------------------------------------------------------------------------- CLI


def parse_since(value: str) -> float:
    """A unix timestamp ("1735689600") or an ISO 8601 date/time ("2025-01-01", "2025-01-01T12:00:00+02:00");
    naive times are UTC."""
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a unix timestamp or ISO 8601 time: {value!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aligned-train export", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, required=True, help="feedback log (SQLite) written by the server")
    p.add_argument("--format", choices=sorted(EXPORTERS), required=True,
                   help="sft: winners; pairs: best vs worst")
    p.add_argument("--out", type=Path, required=True, help="output JSONL (written atomically)")
    p.add_argument("--min-reward", type=float, default=None,
                   help="keep winners (sft) / chosen (pairs) with reward >= this")
    p.add_argument("--min-margin", type=float, default=0.0,
                   help="pairs: keep reward(best) - reward(worst) >= this")
    p.add_argument("--reward-model", default=None, metavar="NAME[@VERSION]",
                   help="keep rows scored by this model")
    p.add_argument("--since", type=parse_since, default=None, metavar="TS", help="unix time or ISO 8601 date")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        cfg = ExportConfig(
            db=args.db, format=args.format, out=args.out, min_reward=args.min_reward,
            min_margin=args.min_margin, reward_model=args.reward_model, since=args.since,
        )
        stats = run_export(cfg)
    except (ValueError, FileNotFoundError, sqlite3.Error) as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    print(f"{cfg.format}: {stats.summary()} -> {cfg.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
