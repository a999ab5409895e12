"""`aligned-train compare-rm`: the release gate between a candidate reward model and the one served, with noise.

Both reports come from `aligned-train eval-rm` on the same judged draws (or `eval-ensemble --out`), so the two
models can be compared prompt by prompt: for each prompt, d = rm@N(candidate) - rm@N(incumbent), the difference of
the exact best-of-N pass expectations (N = 8). The mean of d over a split is the change in best-of-N pass rate;
divided by the split's oracle@N - n1 (the same for both: same draws) it is the change in gap closed. A paired
bootstrap over prompts (resampling prompts, 10,000 times, fixed seed) gives its interval.

The gate, fixed before it was applied to a new candidate (docs/experiments.md, "Session 17"):

    1. validation (where every choice is made): mean d > 0;
    2. the test splits together: the mean over splits of mean d > 0;
    3. every test split, non-inferiority: the one-sided 95% lower bound of mean d > -MARGIN (0.01 of pass rate).

The margin is what a user would not notice: 0.01 of best-of-8 pass rate is one answer in a hundred, and at 200
prompts a split's interval is about ±0.02 wide, so a tie cannot be told from a loss of half that.

    aligned-train compare-rm --candidate runs/E/eval/eval.json --incumbent runs/v1/eval/eval.json
"""

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from training.eval_math import best_of_n, expected_best

MARGIN = 0.01
RESAMPLES = 10_000
TEST_PREFIX = "test"


@dataclass(frozen=True)
class SplitDelta:
    """A split's paired change in best-of-N pass rate (candidate - incumbent), with its bootstrap bounds."""

    split: str
    prompts: int
    delta: float  # mean over prompts of d
    low: float  # one-sided 95% lower bound (the 5th percentile of the bootstrap means)
    high: float  # one-sided 95% upper bound (the 95th percentile)
    headroom: float  # oracle@N - n1: divides delta into gap-closed points

    @property
    def gap_points(self) -> float:
        return self.delta / self.headroom if self.headroom > 1e-12 else float("nan")


def per_prompt_best(report: dict[str, Any], n: int) -> np.ndarray:
    """rm@n of each prompt of one split of an eval-rm report (the exact expectation over n-subsets)."""
    return np.array([expected_best(s["rewards"], [float(p) for p in s["passes"]], n) for s in report["samples"]])


def split_delta(split: str, cand: dict[str, Any], inc: dict[str, Any], n: int = 8, seed: int = 0,
                resamples: int = RESAMPLES) -> SplitDelta:
    sc, si = cand["samples"], inc["samples"]
    if len(sc) != len(si) or any(p["passes"] != q["passes"] for p, q in zip(sc, si)):
        raise ValueError(f"{split}: the two reports do not hold the same draws (same split, same bundle?)")
    d = per_prompt_best(cand, n) - per_prompt_best(inc, n)
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, len(d), size=(resamples, len(d)))].mean(axis=1)
    stats = best_of_n([s["rewards"] for s in sc], [s["passes"] for s in sc], [n])
    return SplitDelta(split, len(d), float(d.mean()), float(np.quantile(means, 0.05)),
                      float(np.quantile(means, 0.95)), stats["oracle"][n] - stats["n1"])


def verdict(deltas: Sequence[SplitDelta], margin: float = MARGIN) -> tuple[bool, list[str]]:
    """Apply the gate (module docstring). Returns (release?, the reasons it fails, empty when it passes)."""
    by = {d.split: d for d in deltas}
    tests = [d for d in deltas if d.split.startswith(TEST_PREFIX)]
    if "validation" not in by or not tests:
        raise ValueError(f"the gate needs a validation split and at least one test split; got {sorted(by)}")
    fails = []
    if by["validation"].delta <= 0:
        fails.append(f"validation: no gain ({by['validation'].delta:+.4f})")
    mean_test = float(np.mean([d.delta for d in tests]))
    if mean_test <= 0:
        fails.append(f"test splits together: no gain ({mean_test:+.4f})")
    fails += [f"{d.split}: may lose more than {margin} (lower bound {d.low:+.4f})" for d in tests if d.low <= -margin]
    return not fails, fails


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="aligned-train compare-rm", description=__doc__.split("\n\n")[0])
    ap.add_argument("--candidate", required=True, help="eval.json of the candidate")
    ap.add_argument("--incumbent", required=True, help="eval.json of the reward model served today")
    ap.add_argument("--n", type=int, default=8, help="best-of-N at this N")
    ap.add_argument("--margin", type=float, default=MARGIN, help="non-inferiority margin, in pass rate")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    cand, inc = (json.loads(Path(p).read_text())["splits"] for p in (args.candidate, args.incumbent))
    deltas = [split_delta(s, cand[s], inc[s], args.n, args.seed) for s in cand if s in inc]
    print(f"| split | prompts | Δ best-of-{args.n} pass | 90% interval | Δ gap closed (points) |")
    print("|---|---|---|---|---|")
    for d in deltas:
        print(f"| {d.split} | {d.prompts} | {d.delta:+.4f} | [{d.low:+.4f}, {d.high:+.4f}] | {d.gap_points:+.1%} |")
    ok, fails = verdict(deltas, args.margin)
    print("verdict: RELEASE" if ok else "verdict: KEEP THE INCUMBENT — " + "; ".join(fails))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
