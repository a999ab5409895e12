"""`aligned-train eval-search`: speculative rejection replayed offline on judged samples, against best-of-N.

A judged split holds K >= 16 sampled answers per prompt. Speculative rejection with n = K over those very answers
is exactly what the server's `strategy: search` (`aligned_serve/strategies/search.py`) would have done had the
engine drawn them: every `chunk` tokens it scores the kept answers' prefixes (the generator's tokens, decoded)
and keeps the top `keep` fraction (at least one) until one is left or all have ended; the last one runs to its
end, and the pick is the best full-answer reward. So its pass rate and the tokens it would have generated are
measured here without a generator, on the validation split (where `keep` and `chunk` are chosen) and reported on
the test splits, beside the exact best-of-N of the same draws (`training/eval_math.py`).

    aligned-train eval-search --model ~/.cache/aligned-serve/reward-models/default --split validation
    aligned-train eval-search --model runs/rm --split test_topics --keep 0.25,0.5 --chunk 8,16 --limit 100

Tokens: an answer's length is its token count under the generator's tokenizer; best-of-N generates N whole
answers (N x the mean length), speculative rejection what each answer got before it was pruned or ended.
"""

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from training.data import bundle as bd
from training.eval_math import best_of_n

Scorer = Callable[[list[tuple[int, int]]], list[float]]  # [(answer, tokens so far)] -> rewards of those prefixes


@dataclass(frozen=True)
class Replay:
    """What speculative rejection did on one prompt: the picked answer and the tokens it generated."""

    chosen: int
    tokens: int
    rounds: int


# a keep schedule other than one fraction (scripts/search_replay/policies.py): (the pool ranked best first, rewards,
# the round) -> the answers kept
KeepRule = Callable[[list[int], dict[int, float], int], list[int]]


def speculative_rejection(lengths: Sequence[int], score: Scorer, chunk: int, keep: float | KeepRule, floor: int = 1,
                          first: int | None = None) -> Replay:
    """Replay speculative rejection over answers of `lengths` tokens (all of them drawn at once). `score` gets
    [(answer, t)] and returns the reward of each answer's first t tokens (t == its length: the full answer).
    `keep`: the fraction kept at each checkpoint, or a `KeepRule`; `floor`: prune no further than this many answers
    (the server prunes to one); `first`: the first checkpoint, when not at `chunk` tokens."""
    pool = list(range(len(lengths)))
    made = [0] * len(lengths)
    reward: dict[int, float] = {}
    rounds = 0
    grow = pool
    while True:
        for i in grow:
            made[i] = min(made[i] + ((first or chunk) if rounds == 0 else chunk), lengths[i])
        todo = [i for i in pool if i not in reward or i in grow]
        for i, r in zip(todo, score([(i, made[i]) for i in todo])):
            reward[i] = r
        rounds += 1
        if len(pool) > floor:
            ranked = sorted(pool, key=lambda i: -reward[i])  # stable: ties keep the earlier answer
            kept = keep(ranked, reward, rounds - 1) if callable(keep) else ranked[
                : max(floor, math.floor(keep * len(pool)))]
            pool = sorted(kept)
        grow = [i for i in pool if made[i] < lengths[i]]
        if not grow:
            break
        if len(pool) == 1:
            made[pool[0]] = lengths[pool[0]]
            break
    return Replay(max(pool, key=lambda i: reward[i]), sum(made), rounds)  # one left, or all ended: full rewards


def replay_split(lists: Sequence[Any], scorer: Any, tokenizer: Any, chunks: Sequence[int], keeps: Sequence[float],
                 ns: Sequence[int] = (1, 8, 16), prefix_scorer: Any = None) -> dict[str, Any]:
    """Every (chunk, keep) replayed on every prompt of `lists` (ranked rows with meta.passes), and best-of-N.
    `prefix_scorer` (default `scorer`) scores the prefixes at checkpoints; full answers are always `scorer`'s."""
    prefix_scorer = prefix_scorer or scorer
    from training.eval import pass_labels

    cases = [(c, k) for c in chunks for k in keeps]
    passed: dict[tuple[int, float], list[bool]] = {case: [] for case in cases}
    tokens: dict[tuple[int, float], list[int]] = {case: [] for case in cases}
    finals, labels, lengths_all = [], [], []
    for row in lists:
        ids = [tokenizer(r, add_special_tokens=False)["input_ids"] for r in row.responses]
        lengths = [max(1, len(x)) for x in ids]
        memo: dict[tuple[int, int], float] = {}

        def score(asks: list[tuple[int, int]], row: Any = row, ids: list[list[int]] = ids,
                  memo: dict[tuple[int, int], float] = memo) -> list[float]:
            new = [a for a in dict.fromkeys(asks) if a not in memo]
            batches = [(scorer, [a for a in new if a[1] >= len(ids[a[0]])]),
                       (prefix_scorer, [a for a in new if a[1] < len(ids[a[0]])])] \
                if prefix_scorer is not scorer else [(scorer, new)]
            for model, batch in batches:
                if batch:
                    texts = [row.responses[i] if t >= len(ids[i]) else tokenizer.decode(ids[i][:t]) for i, t in batch]
                    for a, r in zip(batch, model.score([row.prompt] * len(batch), texts)):
                        memo[a] = r
            return [memo[a] for a in asks]

        full = score([(i, n) for i, n in enumerate(lengths)])
        passes = pass_labels(row)
        for case in cases:
            replay = speculative_rejection(lengths, score, *case)
            passed[case].append(passes[replay.chosen])
            tokens[case].append(replay.tokens)
        finals.append(full)
        labels.append(passes)
        lengths_all.append(lengths)
    k = min(len(x) for x in labels)
    ns = [n for n in ns if n <= k]
    bon = best_of_n(finals, labels, ns)
    mean_len = sum(sum(x) / len(x) for x in lengths_all) / len(lengths_all)
    rows = {f"best-of-{n}" if n > 1 else "n=1": {"pass": bon["rm"][n], "tokens": n * mean_len} for n in ns}
    for (c, k_), p in passed.items():
        rows[f"speculative_rejection n={k} chunk={c} keep={k_}"] = {
            "pass": sum(p) / len(p), "tokens": sum(tokens[(c, k_)]) / len(tokens[(c, k_)])}
    return {"prompts": len(lists), "k": k, "oracle": bon["oracle"], "rows": rows}


def format_table(split: str, report: dict[str, Any]) -> str:
    ref = report["rows"].get("best-of-8")
    lines = [f"\n{split}: {report['prompts']} prompts, {report['k']} draws each",
             "| case | pass | tokens / answer |", "|---|---|---|"]
    for name, row in report["rows"].items():
        ratio = f" ({row['tokens'] / ref['tokens']:.2f}x)" if ref and row is not ref else ""
        lines.append(f"| {name} | {row['pass']:.3f} | {row['tokens']:.1f}{ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="aligned-train eval-search", description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", required=True, help="reward model checkpoint dir (or a scorer spec of eval-rm)")
    ap.add_argument("--split", action="append", choices=bd.SPLITS, default=None,
                    help="task-v2 split (repeatable; default: validation)")
    ap.add_argument("--bundle", default=str(bd.BUNDLE_V2))
    ap.add_argument("--chunk", default="8,16", help="comma-separated chunk_tokens values")
    ap.add_argument("--keep", default="0.25,0.5", help="comma-separated keep fractions")
    ap.add_argument("--limit", type=int, default=None, help="only the first n prompts of each split")
    ap.add_argument("--generator", default=None, help="tokenizer dir (default: the embedded generator)")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--prefix-dtype", default=None,
                    help="score the prefixes at checkpoints with the checkpoint loaded in this dtype (int8, as the "
                         "server's --reward-partial-dtype); full answers keep the default")
    ap.add_argument("--verifier", default=None,
                    help="a rule added to the model's score, as the server's --reward-verifier (rule:instructions); "
                         "prefixes get its partial twin, as search does")
    ap.add_argument("--verifier-weight", type=float, default=50.0, help="as the server's --reward-verifier-weight")
    ap.add_argument("--out", default=None, help="write the reports as JSON here")
    args = ap.parse_args(argv)
    try:
        chunks = [int(x) for x in args.chunk.split(",")]
        keeps = [float(x) for x in args.keep.split(",")]
    except ValueError:
        ap.error("--chunk takes integers and --keep fractions, comma-separated")
    if any(c < 1 for c in chunks) or any(not 0 < k < 1 for k in keeps):
        ap.error("--chunk values must be >= 1 and --keep values in (0, 1)")

    from transformers import AutoTokenizer

    from aligned_core.default_models import default_generator_dir
    from training.eval import load_scorer
    from training.recipes.common import set_torch_threads

    set_torch_threads(args.threads)
    tokenizer = AutoTokenizer.from_pretrained(args.generator or default_generator_dir(), local_files_only=True)
    scorer = load_scorer(args.model, bundle=args.bundle)
    prefix_scorer = load_scorer(args.model, bundle=args.bundle, dtype=args.prefix_dtype) if args.prefix_dtype else None
    if args.verifier:  # as the registry builds the served default, and search its partial twin
        from reward_models.ensemble import EnsembleRewardModel

        verifier = load_scorer(args.verifier)
        prefix_scorer = EnsembleRewardModel.with_verifier(
            prefix_scorer or scorer, getattr(verifier, "partial", None) or verifier, args.verifier_weight)
        scorer = EnsembleRewardModel.with_verifier(scorer, verifier, args.verifier_weight)
    reports = {}
    for split in args.split or ["validation"]:
        lists = bd.load_split(split, Path(args.bundle))[: args.limit]
        reports[split] = replay_split(lists, scorer, tokenizer, chunks, keeps, prefix_scorer=prefix_scorer)
        print(format_table(split, reports[split]), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(reports, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
