"""`aligned-train eval-ensemble`: a weighted ensemble of two reward models, evaluated from their eval-rm runs.

`aligned-train eval-rm` writes every sample's reward to `eval.json`, so an ensemble needs no scoring: per list,
each model's rewards are z-scored (as the server's ensemble with `normalize` does over a request's candidates) and
combined as w * A + (1 - w) * B. For each split both runs share, and each weight, it prints pair accuracy and
gap closed at N = 8 (exact estimators of `training/eval_math.py`); choose w on validation.

    aligned-train eval-ensemble --a runs/exp/D/eval/eval.json --b runs/v1/eval/eval.json --weights 0,0.25,0.5,0.75,1

`--standardise-on validation` combines as a server would (constants fixed in advance, one candidate at a time):
each model's rewards are standardised by the mean and standard deviation of all its rewards on that split, not
per list.

`--sum` combines raw rewards as A + w * B, as the server scores its default reward model plus its weighted
verifier (`--reward-verifier rule:instructions --reward-verifier-weight 50`): exactly what it would serve, from the
two eval-rm runs (`aligned-train eval-rm --model rule:instructions` takes seconds):

    aligned-train eval-ensemble --a runs/v1/eval/eval.json --b runs/rule/eval.json --sum --weights 50

With one weight and `--out`, it also writes the ensemble's rewards as an eval.json of their own, which
`aligned-train compare-rm` takes like any eval-rm report.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from reward_models.ensemble import zscore_rows
from training.data import bundle as bd
from training.eval_math import best_of_n, list_pair_accuracy

Stats = tuple[tuple[float, float], tuple[float, float]]  # ((mean, std) of A, (mean, std) of B)


def split_stats(a: dict[str, Any], b: dict[str, Any]) -> Stats:
    """Mean and population std of every reward of each model over one split (fixed standardisation constants)."""
    out = []
    for report in (a, b):
        r = torch.tensor([x for s in report["samples"] for x in s["rewards"]], dtype=torch.float64)
        std = float(r.std(correction=0))
        if not std > 0:
            raise ValueError("a model gives one reward to every sample of the split: nothing to standardise by")
        out.append((float(r.mean()), std))
    return out[0], out[1]


def combine(a: Sequence[Sequence[float]], b: Sequence[Sequence[float]], w: float,
            stats: Stats | None = None, raw_sum: bool = False) -> list[list[float]]:
    """Per list: w * zscore(a) + (1 - w) * zscore(b); with `stats`, standardised by those fixed constants instead;
    with `raw_sum`, a + w * b on the raw rewards."""
    if raw_sum:
        return [[x + w * y for x, y in zip(xs, ys, strict=True)] for xs, ys in zip(a, b, strict=True)]
    out = []
    for x, y in zip(a, b, strict=True):
        s = torch.tensor([list(x), list(y)], dtype=torch.float64)
        if stats is None:
            z = zscore_rows(s)
        else:
            (ma, sa), (mb, sb) = stats
            z = (s - torch.tensor([[ma], [mb]], dtype=torch.float64)) / torch.tensor([[sa], [sb]], dtype=torch.float64)
        out.append((w * z[0] + (1 - w) * z[1]).tolist())
    return out


def ensemble_split(a: dict[str, Any], b: dict[str, Any], scores: Sequence[Sequence[float]] | None,
                   weights: Sequence[float], n: int = 8, stats: Stats | None = None,
                   raw_sum: bool = False) -> dict[float, dict[str, float]]:
    """Weight -> pair accuracy and gap closed at `n` (at most the draws per list), for one split of two reports."""
    sa, sb = a["samples"], b["samples"]
    if len(sa) != len(sb) or any(p["passes"] != q["passes"] for p, q in zip(sa, sb)):
        raise ValueError("the two reports do not hold the same samples (same split, same bundle?)")
    passes = [p["passes"] for p in sa]
    n = min(n, min(len(p) for p in passes))  # N = 8, or all draws of the shortest list
    keys = scores if scores is not None else [[float(x) for x in p] for p in passes]
    out = {}
    for w in weights:
        rewards = combine([p["rewards"] for p in sa], [q["rewards"] for q in sb], w, stats, raw_sum)
        bon = best_of_n(rewards, passes, [n], scores)
        out[w] = {"accuracy": list_pair_accuracy(rewards, keys)["accuracy"], "gap": bon["gap_closed"][n], "n": n}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="aligned-train eval-ensemble", description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", required=True, help="eval.json of model A (weight w)")
    ap.add_argument("--b", required=True, help="eval.json of model B (weight 1 - w)")
    ap.add_argument("--weights", default="0,0.25,0.5,0.75,1", help="comma-separated weights of A")
    ap.add_argument("--out", help="write the ensemble's rewards (one weight only) as an eval.json here")
    ap.add_argument("--bundle", default=str(bd.BUNDLE_V2),
                    help="task-v2 bundle (judged scores for pair accuracy); '' = order pairs by pass labels")
    ap.add_argument("--standardise-on", metavar="SPLIT",
                    help="standardise each model by its reward mean and std over this split (as served), "
                         "not per list")
    ap.add_argument("--sum", action="store_true",
                    help="combine raw rewards as A + w * B (--weights are B's): a reward model plus a weighted "
                         "verifier, as the server's default scores")
    args = ap.parse_args(argv)
    if args.sum and args.standardise_on:
        ap.error("--sum combines raw rewards: it takes no --standardise-on")
    weights = [float(x) for x in args.weights.split(",")]
    if args.out and len(weights) != 1:
        ap.error("--out writes one ensemble: give one weight")
    a, b = (json.loads(Path(p).read_text())["splits"] for p in (args.a, args.b))
    stats = None
    if args.standardise_on:
        if args.standardise_on not in a or args.standardise_on not in b:
            ap.error(f"--standardise-on {args.standardise_on}: not a split of both reports")
        stats = split_stats(a[args.standardise_on], b[args.standardise_on])
        print(f"standardised on {args.standardise_on}: A mean {stats[0][0]:.4f} std {stats[0][1]:.4f}, "
              f"B mean {stats[1][0]:.4f} std {stats[1][1]:.4f}")
    for split in [s for s in a if s in b]:
        judged = args.bundle and split in bd.SPLITS
        scores = [r.scores for r in bd.load_split(split, Path(args.bundle))] if judged else None
        if scores is not None and any(s is None for s in scores):
            scores = None
        report = ensemble_split(a[split], b[split], scores, weights, stats=stats, raw_sum=args.sum)
        cells = " | ".join(f"w={w}: acc {r['accuracy']:.3f}, gap@{r['n']} "
                           + ("-" if r["gap"] is None else f"{r['gap']:.1%}") for w, r in report.items())
        print(f"{split}: {cells}")
    if args.out:
        w = weights[0]
        splits = {split: {"samples": [{"rewards": r, "passes": p["passes"]} for r, p in zip(
            combine([p["rewards"] for p in a[split]["samples"]], [q["rewards"] for q in b[split]["samples"]], w,
                    stats, args.sum),
            a[split]["samples"])]} for split in a if split in b}
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        name = f"{args.a} + {w} * {args.b}" if args.sum else f"{w} * {args.a} + {1 - w} * {args.b}"
        Path(args.out).write_text(json.dumps({"reward_model": name,
                                              "standardisation": stats, "splits": splits}))
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
