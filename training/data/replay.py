"""`aligned-train replay`: log already-sampled candidates as the server would have logged best-of-N over them.

Ranked JSONL (e.g. the bundled `train.ranked.jsonl`: K samples per prompt from the default generator) is scored
with a reward model and written to a feedback log (a SQLite file or a PostgreSQL DSN; the server's schema and
writer) as one `strategy="best_of_n"` row per prompt, the top-reward candidate chosen. `aligned-train export` then
turns the log into SFT winners, pairs or KTO rows exactly as it does for live traffic. This skips only the
sampling, which is the expensive part on a CPU; the scores, the log rows and the export are the server's own.

    aligned-train replay --ranked training/data/bundled/train.ranked.jsonl --reward-model ~/.cache/.../default \
        --db runs/replay.sqlite
    aligned-train export --db runs/replay.sqlite --format sft --out runs/winners.jsonl
"""

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from aligned_core.feedback import FeedbackLog, FeedbackRecord, FeedbackStoreError, safe_target
from reward_models.base import RewardModel, RewardModelError
from training.data.formats import DataFormatError, RankedList, load_ranked


def records(lists: list[RankedList], rewards: list[list[float]], rm: RewardModel,
            generator: str) -> list[FeedbackRecord]:
    """One best_of_n record per list: every response a candidate with its reward, the top one chosen."""
    out = []
    for ranked, scores in zip(lists, rewards):
        best = max(range(len(scores)), key=lambda i: scores[i])
        candidates = [{"index": i, "text": t, "reward": s, "finish_reason": None, "num_tokens": None}
                      for i, (t, s) in enumerate(zip(ranked.responses, scores))]
        out.append(FeedbackRecord(
            id=f"replay-{uuid.uuid4().hex}", endpoint="chat", generator_model=generator,
            reward_model=rm.name, reward_model_version=rm.version, strategy="best_of_n", prompt=ranked.prompt,
            sampling={}, alignment={"strategy": "best_of_n", "n": len(scores), "source": "replay"},
            candidates=candidates, chosen_indices=[best], accepted=True, prompt_tokens=0, completion_tokens=0,
        ))
    return out


def replay(ranked_path: str | Path, rm: RewardModel, db: str | Path, generator: str = "replay") -> int:
    """Score every list with `rm` and log it to `db` (a SQLite path or a postgresql:// DSN); returns the number
    of rows written (committed on return)."""
    from training.eval import score_lists

    lists = load_ranked(ranked_path)
    rows = records(lists, score_lists(rm, lists), rm, generator)
    log = FeedbackLog(db, max_pending=len(rows) + 1)  # the server sheds load when its queue is full; we must not
    try:
        for row in rows:
            log.log(row)
        if not log.flush(timeout=120) or log.dropped:
            raise RuntimeError(f"feedback log {db}: {log.dropped} rows dropped or not committed within 120 s")
    finally:
        log.close()
    return len(rows)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aligned-train replay", description=__doc__.split("\n\n")[0])
    p.add_argument("--ranked", required=True, help="ranked JSONL: prompt + responses (scores are ignored)")
    p.add_argument("--reward-model", required=True, help="reward-model dir, 'rule:...' or 'ifeval-judge'")
    p.add_argument("--db", "--feedback-db", dest="db", required=True, metavar="PATH|DSN",
                   help="feedback log to append to: a SQLite path (created if missing) or a postgresql:// DSN")
    p.add_argument("--generator", default="replay", help="generator_model recorded in the rows")
    p.add_argument("--batch-size", type=int, default=32, help="sequences per reward-model forward pass")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from training.eval import load_scorer

    try:
        rm: Any = load_scorer(args.reward_model, batch_size=args.batch_size)
        n = replay(args.ranked, rm, args.db, args.generator)
    except (DataFormatError, FileNotFoundError, RewardModelError, ValueError, FeedbackStoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"logged {n} best_of_n rows scored by {rm.name}@{rm.version} to {safe_target(args.db)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
