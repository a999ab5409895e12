"""Evaluate a reward model on held-out data: pairwise accuracy, and what best-of-N with it buys in judged pass rate.

For held-out prompts with K judged samples each (ranked JSONL whose rows carry `meta.passes`, or `meta.constraints`
to judge them again), and for N in 1, 2, 4, 8:

    n=1        mean over prompts of the fraction of samples that pass  (the expected pass of one random sample)
    rm@N       pass of the sample the reward model scores highest among the first N (ties: mean over the tied)
    oracle@N   1 if any of the first N samples passes                  (a perfect reward model)
    gap@N      (rm@N - n=1) / (oracle@N - n=1)                          (share of the possible gain realised)

plus pairwise accuracy (chosen scored above rejected) on a held-out pairs file, and, at the largest N, for each
instruction kind (`meta.constraints`): how many prompts with it the oracle solves and how many of those the reward
model's pick solves (where a reward model loses its wins). Prints the tables and writes `eval.json` (with every
sample's reward, to compare or ensemble models afterwards) and `pass_rate.png` (pass rate vs N: n=1, reward
model, oracle).

    aligned-train eval-rm --model runs/rm       # every bundled held-out file (HELDOUT_RANKED)
    aligned-train eval-rm --model runs/rm --data training/data/bundled/heldout.ranked.jsonl
    aligned-train eval-rm --model ifeval-judge          # the oracle judge itself (gap 1.0 by construction)
    aligned-train eval-rm --model "rule:length?target=50"
"""

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reward_models.base import RewardModel, RewardModelError
from training.data.formats import DataFormatError, PreferencePair, RankedList, load_pairs, load_ranked

BUNDLED = Path(__file__).resolve().parent / "data" / "bundled"
DEFAULT_NS: tuple[int, ...] = (1, 2, 4, 8)
# The bundled held-out split: the first synth run's 80 prompts and 169 more from a second run (seed 2), all on
# topics that no train prompt uses (training/data/bundled/manifest.json records both commands).
HELDOUT_RANKED: tuple[Path, ...] = (BUNDLED / "heldout.ranked.jsonl", BUNDLED / "heldout.seed2.ranked.jsonl")


# ---------------------------------------------------------------------------------------------------- scorers


def _load_rule(spec: str, **_: Any) -> RewardModel:
    from reward_models.rules import build_rule

    return build_rule(spec)


def _load_judge(spec: str, **_: Any) -> RewardModel:
    from training.data.ifeval_task import ConstraintJudgeReward

    return ConstraintJudgeReward()


def _load_checkpoint(spec: str, batch_size: int = 32, **_: Any) -> RewardModel:
    from reward_models.hf import HFRewardModel

    return HFRewardModel.load(spec, name=Path(spec).name or "rm", batch_size=batch_size)


# Spec prefix -> loader. Anything that matches no prefix is a checkpoint directory.
SCORERS: dict[str, Callable[..., RewardModel]] = {"rule:": _load_rule, "ifeval-judge": _load_judge}


def load_scorer(spec: str, batch_size: int = 32) -> RewardModel:
    for prefix, loader in SCORERS.items():
        if spec.startswith(prefix):
            return loader(spec, batch_size=batch_size)
    return _load_checkpoint(spec, batch_size=batch_size)


# ---------------------------------------------------------------------------------------------------- the math


def pass_labels(ranked: RankedList) -> list[bool]:
    """Per-sample pass/fail: `meta.passes` when present, else judged again from `meta.constraints`."""
    if "passes" in ranked.meta:
        labels = [bool(p) for p in ranked.meta["passes"]]
    elif "constraints" in ranked.meta:
        from training.data.ifeval_task import Constraint, passes

        constraints = [Constraint.from_dict(c) for c in ranked.meta["constraints"]]
        labels = [passes(r, constraints) for r in ranked.responses]
    else:
        raise ValueError("a ranked row needs meta.passes or meta.constraints to be evaluated")
    if len(labels) != len(ranked.responses):
        raise ValueError(f"meta.passes has {len(labels)} entries for {len(ranked.responses)} responses")
    return labels


def best_of_n(rewards: Sequence[Sequence[float]], passes: Sequence[Sequence[bool]], ns: Sequence[int]) -> dict[str, Any]:
    """Pass rates of n=1, reward-model best-of-N and oracle best-of-N per N, and the gap closed.

    rewards[i][k], passes[i][k]: the reward and pass label of sample k of prompt i. N larger than a prompt's sample
    count is an error. Returns {"n1": float, "rm": {N: float}, "oracle": {N: float}, "gap_closed": {N: float|None}}
    (gap_closed is None where oracle@N <= n=1, nothing to close, and at N=1, where there is no choice: rm@1 and
    oracle@1 are both the first sample's pass)."""
    if not passes or len(rewards) != len(passes):
        raise ValueError(f"need one reward list per prompt: {len(rewards)} rewards, {len(passes)} pass lists")
    k_min = min(len(p) for p in passes)
    if max(ns) > k_min:
        raise ValueError(f"N={max(ns)} needs at least {max(ns)} samples per prompt; the smallest list has {k_min}")
    n1 = _mean([_mean(map(float, p)) for p in passes])
    rm, oracle, gap = {}, {}, {}
    for n in ns:
        rm[n] = _mean([_rm_pick(r[:n], p[:n]) for r, p in zip(rewards, passes)])
        oracle[n] = _mean([float(any(p[:n])) for p in passes])
        gap[n] = (rm[n] - n1) / (oracle[n] - n1) if n > 1 and oracle[n] - n1 > 1e-12 else None
    return {"n1": n1, "rm": rm, "oracle": oracle, "gap_closed": gap}


def by_constraint(kinds: Sequence[Sequence[str]], rewards: Sequence[Sequence[float]],
                  passes: Sequence[Sequence[bool]], n: int) -> dict[str, dict[str, float]]:
    """Per instruction kind, over the prompts that carry it (kinds[i]: the kinds of prompt i): `prompts`, `solvable`
    (some of the first n samples passes) and `won` (the reward model's pick among them passes; ties count their
    expected pass, as in best_of_n). Sorted by solvable, most first."""
    out: dict[str, dict[str, float]] = {}
    for ks, r, p in zip(kinds, rewards, passes):
        for kind in dict.fromkeys(ks):
            row = out.setdefault(kind, {"prompts": 0, "solvable": 0, "won": 0.0})
            row["prompts"] += 1
            row["solvable"] += int(any(p[:n]))
            row["won"] += _rm_pick(r[:n], p[:n])
    return dict(sorted(out.items(), key=lambda kv: (-kv[1]["solvable"], kv[0])))


def length_bias(rewards: Sequence[Sequence[float]], scores: Sequence[Sequence[float]],
                responses: Sequence[Sequence[str]]) -> dict[str, float]:
    """How much the reward model and the judge favour longer answers within a prompt's list: the mean over lists of
    Spearman's rank correlation of reward (and of judge score) with the answer's word count. Over the lists where
    the judge's scores and the lengths both differ, so the two means cover the same lists; a reward model that
    correlates more negatively than the judge prefers short answers more than the judge does."""
    rm, judge = [], []
    for r, s, texts in zip(rewards, scores, responses):
        words = [float(len(t.split())) for t in texts]
        if len(set(s)) < 2 or len(set(words)) < 2:
            continue
        judge.append(_spearman(s, words))
        rm.append(_spearman(r, words) if len(set(r)) > 1 else 0.0)
    return {"reward": _mean(rm), "judge": _mean(judge), "lists": len(rm)}


def _spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Spearman's rho: Pearson correlation of the ranks, tied values sharing their mean rank. Both must vary."""
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = _mean(ra), _mean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb))


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            ranks[order[k]] = (start + end) / 2
        start = end + 1
    return ranks


def _rm_pick(rewards: Sequence[float], passes: Sequence[bool]) -> float:
    """Pass of the top-scored sample; with ties, the expected pass of a uniformly random pick among them."""
    top = max(rewards)
    tied = [float(p) for r, p in zip(rewards, passes) if r == top]
    return _mean(tied)


def _mean(values: Any) -> float:
    vals = list(values)
    return sum(vals) / len(vals) if vals else float("nan")


def pairwise_accuracy(scorer: RewardModel, pairs: Sequence[PreferencePair]) -> dict[str, float]:
    """Share of pairs with reward(chosen) > reward(rejected), and the mean reward gap."""
    prompts = [p.prompt for p in pairs]
    chosen = scorer.score(prompts, [p.chosen for p in pairs])
    rejected = scorer.score(prompts, [p.rejected for p in pairs])
    diffs = [c - r for c, r in zip(chosen, rejected)]
    return {"accuracy": _mean(float(d > 0) for d in diffs), "mean_margin": _mean(diffs), "pairs": len(diffs)}


def score_lists(scorer: RewardModel, lists: Sequence[RankedList]) -> list[list[float]]:
    """Rewards of every response of every list, scored in one call (the scorer batches)."""
    flat = scorer.score([r.prompt for r in lists for _ in r.responses], [x for r in lists for x in r.responses])
    out, start = [], 0
    for r in lists:
        out.append(flat[start : start + len(r.responses)])
        start += len(r.responses)
    return out


def evaluate_rm(
    scorer: RewardModel, ranked_path: str | Path, pairs_path: str | Path | None, ns: Sequence[int] = DEFAULT_NS
) -> dict[str, Any]:
    """The full report for one reward model (see the module docstring). Paths may list several files,
    comma-separated."""
    lists = [r for path in str(ranked_path).split(",") for r in load_ranked(path)]
    short = min(lists, key=lambda r: len(r.responses), default=None)
    if short is not None and len(short.responses) < max(ns):  # before scoring, which takes minutes
        raise ValueError(f"N={max(ns)} needs at least {max(ns)} samples per prompt; a list in {ranked_path} has "
                         f"{len(short.responses)}")
    rewards, passes = score_lists(scorer, lists), [pass_labels(r) for r in lists]
    report: dict[str, Any] = {
        "reward_model": f"{getattr(scorer, 'name', '?')}@{getattr(scorer, 'version', '?')}",
        "data": str(ranked_path),
        "prompts": len(lists),
        **best_of_n(rewards, passes, ns),
    }
    kinds = [[c["kind"] for c in r.meta.get("constraints", [])] for r in lists]
    if any(kinds):
        report["by_constraint"] = {"n": max(ns), "kinds": by_constraint(kinds, rewards, passes, max(ns))}
    if all(r.scores is not None for r in lists):
        report["length_bias"] = length_bias(rewards, [r.scores for r in lists], [r.responses for r in lists])
    report["samples"] = [{"rewards": r, "passes": p} for r, p in zip(rewards, passes)]
    if pairs_path:
        report["pairs_data"] = str(pairs_path)
        report["pairwise"] = pairwise_accuracy(scorer, [p for path in str(pairs_path).split(",")
                                                         for p in load_pairs(path)])
    return report


# ---------------------------------------------------------------------------------------------------- output


def format_table(report: dict[str, Any]) -> str:
    lines = [f"reward model {report['reward_model']} on {report['prompts']} prompts ({report['data']})"]
    if "pairwise" in report:
        pw = report["pairwise"]
        lines.append(f"pairwise accuracy {pw['accuracy']:.3f} (mean margin {pw['mean_margin']:+.3f}, {pw['pairs']} pairs)")
    lines.append(f"{'N':>3} | {'n=1':>6} | {'rm@N':>6} | {'oracle@N':>8} | {'gap closed':>10}")
    for n in report["rm"]:
        gap = report["gap_closed"][n]
        gap_s = "-" if gap is None else f"{gap:.1%}"
        lines.append(f"{n:>3} | {report['n1']:6.3f} | {report['rm'][n]:6.3f} | {report['oracle'][n]:8.3f} | {gap_s:>10}")
    if "length_bias" in report:
        lb = report["length_bias"]
        lines.append(f"length bias (within-list Spearman with word count, {lb['lists']} lists): reward "
                     f"{lb['reward']:+.3f}, judge {lb['judge']:+.3f}")
    if "by_constraint" in report:
        n = report["by_constraint"]["n"]
        lines.append(f"by instruction, best-of-{n}: {'kind':<16} | prompts | solvable | won by rm")
        for kind, row in report["by_constraint"]["kinds"].items():
            lines.append(f"{'':<25}{kind:<16} | {row['prompts']:7d} | {row['solvable']:8d} | {row['won']:9.1f}")
    return "\n".join(lines)


def save_pass_rate_png(report: dict[str, Any], path: str | Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ns = list(report["rm"])
    fig, ax = plt.subplots(figsize=(5, 3.5))
    ax.plot(ns, [report["n1"]] * len(ns), "--", label="n=1 (random sample)")
    ax.plot(ns, [report["rm"][n] for n in ns], "o-", label=f"best-of-N, {report['reward_model']}")
    ax.plot(ns, [report["oracle"][n] for n in ns], "s-", label="oracle best-of-N")
    ax.set_xscale("log", base=2)
    ax.set_xticks(ns, [str(n) for n in ns])
    ax.set_xlabel("N (samples per prompt)")
    ax.set_ylabel("judged pass rate")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def _json_ready(report: dict[str, Any]) -> dict[str, Any]:
    out = dict(report)
    for key in ("rm", "oracle", "gap_closed"):
        out[key] = {str(n): v for n, v in report[key].items()}
    return out


# ---------------------------------------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligned-train eval-rm", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="reward model: checkpoint dir, 'rule:...' or 'ifeval-judge'")
    parser.add_argument("--data", default=",".join(map(str, HELDOUT_RANKED)),
                        help="held-out ranked JSONL; several files comma-separated (default: the bundled held-out "
                             "split, all its files)")
    parser.add_argument("--pairs", default=None,
                        help="held-out pairs JSONL for pairwise accuracy (default: the sibling X.pairs.jsonl of "
                             "each X.ranked.jsonl, when every one exists; 'none' to skip)")
    parser.add_argument("--ns", default="1,2,4,8", help="comma-separated N values")
    parser.add_argument("--output-dir", default=None, help="where eval.json and pass_rate.png go "
                                                          "(default: MODEL/eval for a checkpoint, else ./eval-out)")
    parser.add_argument("--batch-size", type=int, default=32, help="sequences per forward pass")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: available cores)")
    return parser


def _default_pairs(data: str) -> str | None:
    siblings = [path.removesuffix(".ranked.jsonl") + ".pairs.jsonl" for path in data.split(",")]
    if all(path.endswith(".ranked.jsonl") for path in data.split(",")) and all(map(os.path.isfile, siblings)):
        return ",".join(siblings)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        ns = tuple(sorted({int(x) for x in args.ns.split(",") if x.strip()}))
    except ValueError:
        parser.error(f"--ns must be comma-separated integers, got {args.ns!r}")
    if not ns or ns[0] < 1:
        parser.error("--ns needs positive integers")
    pairs = None if (args.pairs or "").lower() == "none" else (args.pairs or _default_pairs(args.data))
    is_path = not any(args.model.startswith(p) for p in SCORERS)
    out = Path(args.output_dir or (Path(args.model) / "eval" if is_path else "eval-out"))

    from training.recipes.common import set_torch_threads

    set_torch_threads(args.threads)
    try:
        scorer = load_scorer(args.model, batch_size=args.batch_size)
        report = evaluate_rm(scorer, args.data, pairs, ns)
    except (DataFormatError, FileNotFoundError, ValueError, RewardModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    (out / "eval.json").write_text(json.dumps(_json_ready(report), indent=2))
    save_pass_rate_png(report, out / "pass_rate.png")
    print(format_table(report))
    print(f"wrote {out / 'eval.json'} and {out / 'pass_rate.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
