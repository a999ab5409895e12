"""`aligned-train eval-rm`: how well a reward model picks answers, reported separately for every test split.

For each split (ranked rows with K judged draws per prompt; rows carry `meta.passes`, or v1 `meta.constraints` to
judge them again) it reports, with the exact estimators of `training/eval_math.py`:

    pair accuracy   over every within-prompt pair of draws whose judged scores differ (and over a pairs file, v1)
    n=1             the mean pass over the drawn samples
    rm@N, oracle@N  exact expectations over all N-subsets of the K draws, N = 1, 2, 4, 8, 16 (N <= K)
    gap closed      (rm@N - n=1) / (oracle@N - n=1)
    length bias     within-list Spearman correlation of reward and of judge score with the word count
    by instruction  n=1, rm and oracle at the largest N over the prompts carrying each instruction kind

By default it evaluates the task-v2 test splits (test_topics, test_phrasings, test_families) of the bundle; with no
v2 samples yet, the v1 held-out files. It prints one table per split and writes `eval.json` (with every sample's
reward, to compare or ensemble models afterwards) and `pass_rate.png` (pass rate vs N per split).

    aligned-train eval-rm --model runs/rm                       # every v2 test split
    aligned-train eval-rm --model runs/rm --split validation    # the split recipe choices are made on
    aligned-train eval-rm --model runs/rm --data training/data/bundled/heldout.ranked.jsonl   # any ranked JSONL
    aligned-train eval-rm --model instructions-judge            # the v2 oracle itself (gap 1.0 by construction)
    aligned-train eval-rm --model "rule:length?target=50"
"""

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reward_models.base import RewardModel, RewardModelError
from training.data import bundle as bd
from training.data.formats import DataFormatError, PreferencePair, RankedList, load_pairs, load_ranked
from training.eval_math import best_of_n, by_constraint, length_bias, list_pair_accuracy

BUNDLED = Path(__file__).resolve().parent / "data" / "bundled"
DEFAULT_NS: tuple[int, ...] = (1, 2, 4, 8, 16)
# The v1 held-out split: the first synth run's 80 prompts and 168 more from a second run (seed 2), all on topics
# that no v1 train prompt uses (training/data/bundled/manifest.json records both commands). K = 8.
HELDOUT_RANKED: tuple[Path, ...] = (BUNDLED / "heldout.ranked.jsonl", BUNDLED / "heldout.seed2.ranked.jsonl")


# ---------------------------------------------------------------------------------------------------- scorers


def _load_rule(spec: str, **_: Any) -> RewardModel:
    from reward_models.rules import build_rule

    return build_rule(spec)


def _load_judge(spec: str, **_: Any) -> RewardModel:
    from training.data.ifeval_task import ConstraintJudgeReward

    return ConstraintJudgeReward()


def _load_instructions_judge(spec: str, bundle: str | Path | None = None, **_: Any) -> RewardModel:
    from training.tasks.instructions.judge import InstructionJudgeReward

    return InstructionJudgeReward.from_bundle(Path(bundle) if bundle else None)


def _load_checkpoint(spec: str, batch_size: int = 32, dtype: str | None = None, device: str = "cpu",
                     **_: Any) -> RewardModel:
    from reward_models.hf import HFRewardModel

    return HFRewardModel.load(spec, name=Path(spec).name or "rm", batch_size=batch_size, dtype=dtype, device=device)


# Spec prefix -> loader. Anything that matches no prefix is a checkpoint directory.
SCORERS: dict[str, Callable[..., RewardModel]] = {
    "rule:": _load_rule, "ifeval-judge": _load_judge, "instructions-judge": _load_instructions_judge,
}


def load_scorer(spec: str, batch_size: int = 32, bundle: str | Path | None = None,
                dtype: str | None = None, device: str = "cpu") -> RewardModel:
    """A reward model from its spec; `bundle` is the task-v2 bundle the instructions judge knows the prompts of;
    `dtype` and `device` (checkpoints only) as the server's --reward-dtype and --reward-device."""
    for prefix, loader in SCORERS.items():
        if spec.startswith(prefix):
            return loader(spec, batch_size=batch_size, bundle=bundle)
    return _load_checkpoint(spec, batch_size=batch_size, dtype=dtype, device=device)


def resolve_device(device: str) -> str:
    """'auto' -> 'cuda' when torch sees a GPU, else 'cpu'; anything else as given."""
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


# ---------------------------------------------------------------------------------------------------- one split


def pass_labels(ranked: RankedList) -> list[bool]:
    """Per-sample pass/fail: `meta.passes` when present, else judged again from v1 `meta.constraints`."""
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


def pairwise_accuracy(scorer: RewardModel, pairs: Sequence[PreferencePair]) -> dict[str, float]:
    """Share of pairs with reward(chosen) > reward(rejected), and the mean reward gap."""
    prompts = [p.prompt for p in pairs]
    chosen = scorer.score(prompts, [p.chosen for p in pairs])
    rejected = scorer.score(prompts, [p.rejected for p in pairs])
    diffs = [c - r for c, r in zip(chosen, rejected)]
    n = max(len(diffs), 1)
    return {"accuracy": sum(d > 0 for d in diffs) / n, "mean_margin": sum(diffs) / n, "pairs": len(diffs)}


def score_lists(scorer: RewardModel, lists: Sequence[RankedList]) -> list[list[float]]:
    """Rewards of every response of every list, scored in one call (the scorer batches)."""
    flat = scorer.score([r.prompt for r in lists for _ in r.responses], [x for r in lists for x in r.responses])
    out, start = [], 0
    for r in lists:
        out.append(flat[start : start + len(r.responses)])
        start += len(r.responses)
    return out


def evaluate_lists(scorer: RewardModel, lists: Sequence[RankedList], ns: Sequence[int] = DEFAULT_NS,
                   pairs: Sequence[PreferencePair] = ()) -> dict[str, Any]:
    """The full report for one split (see the module docstring)."""
    if not lists:
        raise ValueError("no ranked lists to evaluate")
    k_min = min(len(r.responses) for r in lists)
    if max(ns) > k_min:  # before scoring, which takes minutes
        raise ValueError(f"N={max(ns)} needs at least {max(ns)} samples per prompt; a list has {k_min}")
    rewards, passes = score_lists(scorer, lists), [pass_labels(r) for r in lists]
    scores = [r.scores for r in lists] if all(r.scores is not None for r in lists) else None
    report: dict[str, Any] = {
        "reward_model": f"{getattr(scorer, 'name', '?')}@{getattr(scorer, 'version', '?')}",
        "prompts": len(lists),
        "k": [k_min, max(len(r.responses) for r in lists)],
        **best_of_n(rewards, passes, ns, scores),
    }
    report["pair_accuracy"] = list_pair_accuracy(rewards, scores or [[float(p) for p in ps] for ps in passes])
    if pairs:
        report["pairwise"] = pairwise_accuracy(scorer, pairs)
    if scores is not None:
        report["length_bias"] = length_bias(rewards, scores, [r.responses for r in lists])
    kinds = [[c["kind"] for c in r.meta.get("constraints", [])] for r in lists]
    if any(kinds):
        report["by_constraint"] = {"n": max(ns), "kinds": by_constraint(kinds, rewards, passes, max(ns))}
    report["samples"] = [{"rewards": r, "passes": p} for r, p in zip(rewards, passes)]
    return report


def evaluate_rm(scorer: RewardModel, ranked_path: str | Path, pairs_path: str | Path | None,
                ns: Sequence[int] = DEFAULT_NS) -> dict[str, Any]:
    """`evaluate_lists` on ranked JSONL files (several comma-separated) and an optional pairs file."""
    lists = [r for path in str(ranked_path).split(",") for r in load_ranked(path)]
    pairs = [p for path in str(pairs_path).split(",") for p in load_pairs(path)] if pairs_path else []
    report = evaluate_lists(scorer, lists, ns, pairs)
    report["data"] = str(ranked_path)
    if pairs_path:
        report["pairs_data"] = str(pairs_path)
    return report


# ---------------------------------------------------------------------------------------------------- output


def format_table(name: str, report: dict[str, Any]) -> str:
    lines = [f"== {name}: {report['reward_model']} on {report['prompts']} prompts, K = {report['k'][0]}"
             + (f"..{report['k'][1]}" if report["k"][1] != report["k"][0] else "")]
    pa = report["pair_accuracy"]
    lines.append(f"pair accuracy {pa['accuracy']:.3f} ({pa['pairs']} within-prompt pairs, {pa['reward_ties']} tied)")
    if "pairwise" in report:
        pw = report["pairwise"]
        lines.append(f"pairs-file accuracy {pw['accuracy']:.3f} (mean margin {pw['mean_margin']:+.3f}, "
                     f"{pw['pairs']} pairs)")
    lines.append(f"{'N':>3} | {'n=1':>6} | {'rm@N':>6} | {'oracle@N':>8} | {'gap closed':>10}")
    for n in report["rm"]:
        gap = report["gap_closed"][n]
        gap_s = "-" if gap is None else f"{gap:.1%}"
        rm, oracle = report["rm"][n], report["oracle"][n]
        lines.append(f"{n:>3} | {report['n1']:6.3f} | {rm:6.3f} | {oracle:8.3f} | {gap_s:>10}")
    if "length_bias" in report:
        lb = report["length_bias"]
        lines.append(f"length bias (within-list Spearman with word count, {lb['lists']} lists): reward "
                     f"{lb['reward']:+.3f}, judge {lb['judge']:+.3f}")
    if "by_constraint" in report:
        n = report["by_constraint"]["n"]
        lines.append(f"by instruction at N={n}: {'kind':<19} prompts |   n=1 |    rm | oracle")
        for kind, row in report["by_constraint"]["kinds"].items():
            lines.append(f"{'':<23}{kind:<19} {row['prompts']:7d} | {row['n1']:.3f} | {row['rm']:.3f} | "
                         f"{row['oracle']:.3f}")
    return "\n".join(lines)


def save_pass_rate_png(reports: dict[str, dict[str, Any]], path: str | Path) -> Path:
    """One panel per split: n=1, reward-model best-of-N and oracle best-of-N against N."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(reports), figsize=(4.5 * len(reports), 3.5), squeeze=False)
    for ax, (name, report) in zip(axes[0], reports.items()):
        ns = list(report["rm"])
        ax.plot(ns, [report["n1"]] * len(ns), "--", label="n=1 (random sample)")
        ax.plot(ns, [report["rm"][n] for n in ns], "o-", label=f"best-of-N, {report['reward_model']}")
        ax.plot(ns, [report["oracle"][n] for n in ns], "s-", label="oracle best-of-N")
        ax.set_xscale("log", base=2)
        ax.set_xticks(ns, [str(n) for n in ns])
        ax.set(title=name, xlabel="N (samples per prompt)", ylabel="judged pass rate")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
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
    parser.add_argument("--model", required=True,
                        help="reward model: checkpoint dir, 'rule:...', 'instructions-judge' or 'ifeval-judge'")
    parser.add_argument("--split", action="append", choices=bd.SPLITS, default=None,
                        help="a task-v2 split of --bundle (repeatable; default: every test split with samples)")
    parser.add_argument("--bundle", default=str(bd.BUNDLE_V2), help="task-v2 bundle directory")
    parser.add_argument("--data", default=None,
                        help="instead of v2 splits: ranked JSONL as one split, several files comma-separated")
    parser.add_argument("--pairs", default=None,
                        help="with --data: pairs JSONL for pairs-file accuracy (default: the sibling X.pairs.jsonl "
                             "of each X.ranked.jsonl, when every one exists; 'none' to skip)")
    parser.add_argument("--families", default=None,
                        help="comma-separated constraint kinds: only the split's prompts that carry one (with "
                             "reprompt --drop-families, a held-out-family proxy chosen inside train)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N prompts of each split (a quick look)")
    parser.add_argument("--ns", default=None, help="comma-separated N values (default: 1,2,4,8,16 up to K)")
    parser.add_argument("--output-dir", default=None, help="where eval.json and pass_rate.png go "
                                                          "(default: MODEL/eval for a checkpoint, else ./eval-out)")
    parser.add_argument("--batch-size", type=int, default=32, help="sequences per forward pass")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: available cores)")
    parser.add_argument("--verifier", default=None,
                        help="a rule added to the model's score, as the server's --reward-verifier (e.g. "
                             "rule:instructions); default none")
    parser.add_argument("--verifier-weight", type=float, default=50.0,
                        help="reward units the verifier adds per unit of its score (the server's "
                             "--reward-verifier-weight)")
    parser.add_argument("--dtype", default=None, help="a checkpoint's scoring dtype as served (float32, bfloat16, "
                        "int8: dynamic int8 quantisation on CPU); default float32 on CPU")
    parser.add_argument("--device", default="auto",
                        help="where a checkpoint scores: 'auto' (a GPU when torch sees one, else the CPU), 'cpu', "
                             "'cuda', 'cuda:1', ...")
    return parser


def _default_pairs(data: str) -> str | None:
    siblings = [path.removesuffix(".ranked.jsonl") + ".pairs.jsonl" for path in data.split(",")]
    if all(path.endswith(".ranked.jsonl") for path in data.split(",")) and all(map(os.path.isfile, siblings)):
        return ",".join(siblings)
    return None


def resolve_data(args: argparse.Namespace) -> dict[str, tuple[list[RankedList], list[PreferencePair]]]:
    """Split name -> (ranked lists, pairs): --data as one split; else the chosen (or every sampled) v2 test
    split; else, with no v2 samples yet, the v1 held-out files."""
    bundle = Path(args.bundle)
    splits = args.split or [s for s in bd.TEST_SPLITS if bd.shard_paths(bundle, s)]
    if args.data is None and splits:
        kinds = [k for k in (args.families or "").split(",") if k]
        return {s: ([r for r in bd.load_split(s, bundle) if not kinds or bd.carries(r, kinds)][: args.limit], [])
                for s in splits}
    data = args.data or ",".join(map(str, HELDOUT_RANKED))
    pairs = None if (args.pairs or "").lower() == "none" else (args.pairs or _default_pairs(data))
    lists = [r for path in data.split(",") for r in load_ranked(path)]
    name = "data" if args.data else "heldout-v1"
    return {name: (lists, [p for path in pairs.split(",") for p in load_pairs(path)] if pairs else [])}


def _parse_ns(parser: argparse.ArgumentParser, text: str) -> tuple[int, ...]:
    try:
        ns = tuple(sorted({int(x) for x in text.split(",") if x.strip()}))
    except ValueError:
        parser.error(f"--ns must be comma-separated integers, got {text!r}")
    if not ns or ns[0] < 1:
        parser.error("--ns needs positive integers")
    return ns


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data and args.split:
        parser.error("--data and --split exclude each other")
    explicit_ns = _parse_ns(parser, args.ns) if args.ns else None
    is_path = not any(args.model.startswith(p) for p in SCORERS)
    out = Path(args.output_dir or (Path(args.model) / "eval" if is_path else "eval-out"))

    from training.recipes.common import set_torch_threads

    set_torch_threads(args.threads)
    reports: dict[str, dict[str, Any]] = {}
    try:
        data = resolve_data(args)
        scorer = load_scorer(args.model, batch_size=args.batch_size, bundle=args.bundle, dtype=args.dtype,
                             device="cpu" if args.dtype == "int8" else resolve_device(args.device))
        if args.verifier:
            from reward_models.ensemble import EnsembleRewardModel

            scorer = EnsembleRewardModel.with_verifier(scorer, _load_rule(args.verifier), args.verifier_weight)
        for name, (lists, pairs) in data.items():
            k_min = min((len(r.responses) for r in lists), default=0)
            ns = explicit_ns or tuple(n for n in DEFAULT_NS if n <= k_min)
            reports[name] = evaluate_lists(scorer, lists, ns, pairs)
            print(format_table(name, reports[name]), flush=True)
    except (DataFormatError, FileNotFoundError, ValueError, RewardModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    summary = {"reward_model": next(iter(reports.values()))["reward_model"],
               "splits": {name: _json_ready(r) for name, r in reports.items()}}
    (out / "eval.json").write_text(json.dumps(summary, indent=2))
    save_pass_rate_png(reports, out / "pass_rate.png")
    print(f"wrote {out / 'eval.json'} and {out / 'pass_rate.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
