"""Export the server's feedback log (SQLite or PostgreSQL) as training data: SFT rows, preference pairs or KTO rows.

    aligned-train export --db feedback.sqlite --format sft   --out winners.jsonl --min-reward 0.5
    aligned-train export --db feedback.sqlite --format pairs --out pairs.jsonl   --min-margin 0.2 \
        --reward-model default@v3 --since 2025-01-01
    aligned-train export --db postgresql://user:pw@db/aligned --format kto --out kto.jsonl --min-reward 0.0

People's feedback (`POST /v1/feedback`, see `training/data/human_feedback.py` for how ratings become labels
and preferences) comes before the reward model wherever it exists; `--no-human` ignores it.

- `sft`: the best-scored candidate of each logged aligned request, kept when its reward >= --min-reward, as
  `{"messages": prompt + [{"role": "assistant", "content": text}]}` (a completions-endpoint string prompt
  becomes one user turn: SFT rows are chat conversations). A winner people judged undesirable is skipped.
- `pairs`: `{"prompt", "chosen", "rejected", "margin"?}`; string prompts stay strings. In this order:
  1. a request with `preferred_index` feedback: the preferred candidate over the answer served (or, when
     people preferred the served answer, over the lowest-reward other candidate);
  2. a prompt whose judged responses (over all its requests) include a desirable and an undesirable one: the
     best-rated over the worst-rated;
  3. every other request: best vs worst candidate by reward, kept when reward(best) - reward(worst) >=
     --min-margin (and > 0: ties never make a pair), with --min-reward the best must reach it, and dropped
     when it contradicts people's labels (its best judged undesirable, or its worst desirable).
  Human pairs carry no margin; --min-margin and --min-reward filter reward pairs only.
- `kto`: unpaired rows exactly `{"prompt": messages | str, "completion": str, "label": bool}` (TRL's unpaired
  preference format). A request with human labels gives one row per judged candidate. Otherwise its rewards
  label it: with --min-reward T, the best candidate is true when its reward >= T and the worst is false when
  its reward < T; without T, the best is true and the worst false when reward(best) - reward(worst) >=
  --min-margin (and > 0). Human rows come first; a (prompt, completion) appears once.

Rows served with `strategy == "none"` carry no rewards: they are skipped unless people judged them. Candidates
whose reward is null or not finite and empty texts are skipped. Output rows are de-duplicated, written
atomically, and the counts (read, exported, from human feedback, skipped by reason) are printed.
"""

import argparse
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from aligned_core.feedback import FeedbackRecord, FeedbackStoreError, is_postgres_dsn, open_store
from training.data.formats import PreferencePair, SFTRow, to_messages, write_jsonl
from training.data.human_feedback import Feedback, by_request, labels, preference, prompt_key, rating_pairs

ExportFormat = Literal["sft", "pairs", "kto"]


@dataclass
class ExportConfig:
    """What to export from which feedback log, and the filters."""

    db: str | Path  # the feedback log written by the server: a SQLite path or a postgresql:// DSN
    format: ExportFormat  # "sft" (winners), "pairs" (preferences) or "kto" (labelled completions)
    out: Path  # JSONL written atomically
    min_reward: float | None = None  # sft: winner reward >= this; pairs: chosen reward >= this; kto: the label
    min_margin: float = 0.0  # pairs (and kto without min_reward): reward(best) - reward(worst) >= this
    reward_model: str | None = None  # keep rows scored by NAME, or NAME@VERSION
    since: float | None = None  # keep rows created at or after this unix time
    human: bool = True  # use people's feedback (POST /v1/feedback) where it exists

    def __post_init__(self) -> None:
        self.out = Path(self.out)
        if not is_postgres_dsn(self.db):
            self.db = Path(self.db)
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
    """Counts for the report: rows read, rows exported (and how many from people's feedback), and why the
    others were skipped."""

    read: int = 0
    exported: int = 0
    human: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        reasons = ", ".join(f"{k}={v}" for k, v in sorted(self.skipped.items())) or "none"
        return (f"read {self.read}, exported {self.exported} ({self.human} from human feedback), "
                f"skipped {sum(self.skipped.values())} ({reasons})")


# -------------------------------------------------------------------------------------------------- selection


def scored_candidates(record: FeedbackRecord) -> list[tuple[float, str, int]]:
    """(reward, text, index) of the candidates with a finite reward and a non-blank text, in sampling order."""
    out = []
    for i, c in enumerate(record.candidates):
        reward, text = c.get("reward"), c.get("text")
        if isinstance(reward, bool) or not isinstance(reward, (int, float)) or not math.isfinite(reward):
            continue
        if isinstance(text, str) and text.strip():
            out.append((float(reward), text, i))
    return out


def best_and_worst(scored: list[tuple[float, str, int]]) -> tuple[tuple[float, str, int], tuple[float, str, int]]:
    """Top- and bottom-reward candidates; on equal rewards the first in sampling order."""
    return max(scored, key=lambda c: c[0]), min(scored, key=lambda c: c[0])


def matches_reward_model(record: FeedbackRecord, spec: str) -> bool:
    """`spec` is NAME (any version) or NAME@VERSION. It also matches an ensemble's row whose first member is that
    model: the server's default scores as "ensemble(main+50*rule:instructions)" at version "<main's>+<rule's>"."""
    name, _, version = spec.partition("@")
    logged, logged_version = record.reward_model or "", record.reward_model_version or ""
    if logged.startswith("ensemble(") and "+" in logged:
        first = logged[len("ensemble("):].split("+", 1)[0]
        logged, logged_version = first.split("*", 1)[-1], logged_version.split("+", 1)[0]
    return logged == name and (not version or logged_version == version)


def select(records: Iterable[FeedbackRecord], cfg: ExportConfig, stats: ExportStats,
           judged: Feedback | None = None) -> Iterable[FeedbackRecord]:
    """Rows that pass the row-level filters (strategy, reward model, time); counts the rest in `stats`.
    Unscored (`strategy == "none"`) rows pass only when people judged them (their id is in `judged`)."""
    for record in records:
        stats.read += 1
        if record.strategy == "none" and record.id not in (judged or {}):
            stats.skipped["strategy_none"] += 1
        elif cfg.since is not None and record.created < cfg.since:
            stats.skipped["before_since"] += 1
        elif cfg.reward_model is not None and not matches_reward_model(record, cfg.reward_model):
            stats.skipped["other_reward_model"] += 1
        else:
            yield record


class Rows:
    """Output rows, de-duplicated by key; counts duplicates and rows from people's feedback."""

    def __init__(self, stats: ExportStats) -> None:
        self.rows: list[dict] = []
        self.seen: set[Any] = set()
        self.stats = stats

    def add(self, key: Any, row: dict, human: bool = False) -> None:
        if key in self.seen:
            self.stats.skipped["duplicate"] += 1
            return
        self.seen.add(key)
        self.rows.append(row)
        self.stats.human += human


# -------------------------------------------------------------------------------------------------- exporters


def export_sft(records: Iterable[FeedbackRecord], human: Feedback, cfg: ExportConfig,
               stats: ExportStats) -> list[dict]:
    """One SFT row per request: its top-reward candidate (the first one on ties)."""
    out = Rows(stats)
    for record in select(records, cfg, stats):
        scored = scored_candidates(record)
        if not scored:
            stats.skipped["no_rewards"] += 1
            continue
        reward, text, index = max(scored, key=lambda c: c[0])  # max() keeps the first of equal rewards
        if cfg.min_reward is not None and reward < cfg.min_reward:
            stats.skipped["below_min_reward"] += 1
        elif labels(record, human.get(record.id, [])).get(index) is False:
            stats.skipped["human_rejected"] += 1
        else:
            messages = to_messages(record.prompt) + [{"role": "assistant", "content": text}]
            out.add((prompt_key(record.prompt), text), SFTRow(messages).to_dict())
    return out.rows


def _reward_pair(record: FeedbackRecord, cfg: ExportConfig, stats: ExportStats,
                 judged: dict[int, bool]) -> PreferencePair | None:
    scored = scored_candidates(record)
    if len(scored) < 2:
        stats.skipped["fewer_than_2_scored" if scored else "no_rewards"] += 1
        return None
    best, worst = best_and_worst(scored)
    margin = best[0] - worst[0]
    reason = ("no_preference" if best[1] == worst[1] or margin <= 0
              else "below_min_margin" if margin < cfg.min_margin
              else "below_min_reward" if cfg.min_reward is not None and best[0] < cfg.min_reward
              else "contradicts_human" if judged.get(best[2]) is False or judged.get(worst[2]) is True
              else None)
    if reason is not None:
        stats.skipped[reason] += 1
        return None
    return PreferencePair(record.prompt, best[1], worst[1], margin)


def export_pairs(records: Iterable[FeedbackRecord], human: Feedback, cfg: ExportConfig,
                 stats: ExportStats) -> list[dict]:
    """Human preferences, then human rating pairs, then one reward pair (best vs worst) per remaining request."""
    out = Rows(stats)
    selected = list(select(records, cfg, stats, human))
    covered: set[str] = set()
    for record in selected:
        if (pair := preference(record, human.get(record.id, []))) is not None:
            covered.add(record.id)
            out.add((prompt_key(record.prompt), *pair), PreferencePair(record.prompt, *pair).to_dict(), human=True)
    for rp in rating_pairs([r for r in selected if r.id not in covered], human):
        covered |= rp.request_ids
        out.add((prompt_key(rp.prompt), rp.chosen, rp.rejected),
                PreferencePair(rp.prompt, rp.chosen, rp.rejected).to_dict(), human=True)
    for record in selected:
        if record.id in covered:
            continue
        if record.strategy == "none":
            stats.skipped["no_human_preference"] += 1
        elif (pair := _reward_pair(record, cfg, stats, labels(record, human.get(record.id, [])))) is not None:
            out.add((prompt_key(record.prompt), pair.chosen, pair.rejected), pair.to_dict())
    return out.rows


def _reward_labels(record: FeedbackRecord, cfg: ExportConfig, stats: ExportStats) -> list[tuple[str, bool]]:
    """(completion, label) from rewards alone; see the module docstring for the rule."""
    scored = scored_candidates(record)
    if not scored:
        stats.skipped["no_rewards"] += 1
        return []
    best, worst = best_and_worst(scored)
    if cfg.min_reward is not None:
        rows = [(best[1], True)] if best[0] >= cfg.min_reward else []
        if worst[0] < cfg.min_reward and worst[2] != best[2]:
            rows.append((worst[1], False))
        if not rows:
            stats.skipped["no_label"] += 1
        return rows
    margin = best[0] - worst[0]
    if best[1] == worst[1] or margin <= 0:
        stats.skipped["no_preference"] += 1
    elif margin < cfg.min_margin:
        stats.skipped["below_min_margin"] += 1
    else:
        return [(best[1], True), (worst[1], False)]
    return []


def export_kto(records: Iterable[FeedbackRecord], human: Feedback, cfg: ExportConfig,
               stats: ExportStats) -> list[dict]:
    """Unpaired rows: people's labels for the requests they judged, reward-based labels for the others."""
    out = Rows(stats)
    selected = list(select(records, cfg, stats, human))
    judged = {r.id: labels(r, human.get(r.id, [])) for r in selected}
    for record in selected:  # human rows first: they win the de-duplication
        for index, label in judged[record.id].items():
            text = record.candidates[index]["text"]
            out.add((prompt_key(record.prompt), text),
                    {"prompt": record.prompt, "completion": text, "label": label}, human=True)
    for record in selected:
        if judged[record.id]:
            continue
        if record.strategy == "none":
            stats.skipped["no_human_label"] += 1
            continue
        for text, label in _reward_labels(record, cfg, stats):
            out.add((prompt_key(record.prompt), text), {"prompt": record.prompt, "completion": text, "label": label})
    return out.rows


Exporter = Callable[[Iterable[FeedbackRecord], Feedback, ExportConfig, ExportStats], list[dict]]
EXPORTERS: dict[str, Exporter] = {"sft": export_sft, "pairs": export_pairs, "kto": export_kto}


def run_export(cfg: ExportConfig) -> ExportStats:
    """Read the log, export, write `cfg.out` atomically. Raises FileNotFoundError for a missing SQLite log and
    FeedbackStoreError for a database that cannot be read."""
    stats = ExportStats()
    with open_store(cfg.db, create=False) as store:
        records = list(store.read_records())
        human = by_request(store.read_human()) if cfg.human else {}
    rows = EXPORTERS[cfg.format](records, human, cfg, stats)
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
    p.add_argument("--db", "--feedback-db", dest="db", required=True, metavar="PATH|DSN",
                   help="feedback log written by the server: a SQLite path or a postgresql:// DSN")
    p.add_argument("--format", choices=sorted(EXPORTERS), required=True,
                   help="sft: winners; pairs: preferences (human first, then reward); kto: labelled completions")
    p.add_argument("--out", type=Path, required=True, help="output JSONL (written atomically)")
    p.add_argument("--min-reward", type=float, default=None,
                   help="keep winners (sft) / chosen (pairs) with reward >= this; kto: the reward label threshold")
    p.add_argument("--min-margin", type=float, default=0.0,
                   help="pairs (and kto without --min-reward): keep reward(best) - reward(worst) >= this")
    p.add_argument("--reward-model", default=None, metavar="NAME[@VERSION]",
                   help="keep rows scored by this model")
    p.add_argument("--since", type=parse_since, default=None, metavar="TS", help="unix time or ISO 8601 date")
    p.add_argument("--no-human", dest="human", action="store_false",
                   help="ignore people's feedback (POST /v1/feedback): rewards alone decide")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        cfg = ExportConfig(
            db=args.db, format=args.format, out=args.out, min_reward=args.min_reward,
            min_margin=args.min_margin, reward_model=args.reward_model, since=args.since, human=args.human,
        )
        stats = run_export(cfg)
    except (ValueError, FileNotFoundError, FeedbackStoreError) as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    print(f"{cfg.format}: {stats.summary()} -> {cfg.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
