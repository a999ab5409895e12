"""`aligned-train augment`: more judged comparisons from the same samples, by re-judging answers across prompts.

The oracle judge checks constraints, not topics, so an answer written for one prompt is a valid, judgeable answer
to another prompt's constraints ("all lowercase", "end with a question", ...). For each ranked list this adds
`--foreign` answers drawn from other lists of the file, judged against this list's constraints; own and foreign
answers are ranked together by judge score. Each constraint kind then comes with many more satisfied and violated
examples under the same instruction, which is what a small reward model needs to learn the instruction →
format mapping; no new sampling is needed. Rows without `meta.constraints` are copied unchanged.

`--edits` adds minimal edits of the list's own answers (`training.data.edits`): a failing answer edited to satisfy
one instruction, a passing one edited to break one. Each edit differs from its original only in what the
instruction checks, the sharpest signal a reward model can get; every edit is re-judged by the real checker.

    python -m training.data.augment --ranked training/data/bundled/train.ranked.jsonl --foreign 4 --edits 8 \
        --seed 0 --out training/data/bundled/train.augmented.ranked.jsonl
"""

import argparse
import random
import sys
from collections.abc import Sequence

from training.data.edits import edit
from training.data.formats import DataFormatError, RankedList, load_ranked, write_jsonl
from training.data.ifeval_task import Constraint, judge, passes


def _rejudged(lst: RankedList, added: dict[str, list[str]]) -> RankedList:
    """`lst` plus the `added` answers (grouped by flag name), all judged by the list's constraints, with one
    boolean list per flag in meta saying which answers it marks."""
    constraints = [Constraint.from_dict(c) for c in lst.meta["constraints"]]
    responses = list(lst.responses) + [r for group in added.values() for r in group]
    meta = {k: v for k, v in lst.meta.items() if k != "finish_reasons"}
    meta["passes"] = [passes(r, constraints) for r in responses]
    before = len(lst.responses)
    for flag, group in added.items():
        meta[flag] = [before <= i < before + len(group) for i in range(len(responses))]
        before += len(group)
    return RankedList(lst.prompt, responses, [judge(r, constraints) for r in responses], None, meta)


def _foreign_answers(lists: Sequence[RankedList], foreign: int, seed: int) -> list[list[str]]:
    """For each list with constraints, `foreign` distinct answers drawn from the other lists."""
    rng = random.Random(seed)
    pool = [(i, r) for i, lst in enumerate(lists) for r in lst.responses]
    out: list[list[str]] = []
    for i, lst in enumerate(lists):
        picked: list[str] = []
        while "constraints" in lst.meta and len(picked) < foreign and len(pool) > len(lst.responses):
            j, text = pool[rng.randrange(len(pool))]
            if j != i and text not in picked:
                picked.append(text)
        out.append(picked)
    return out


def edited_answers(lst: RankedList, k: int, rng: random.Random) -> list[str]:
    """Up to `k` distinct single-instruction edits of the list's own answers, new to the list.

    Each answer is edited toward the verdict it lacks for one of its instructions (fail -> satisfy, pass ->
    violate). Edits that make an answer pass every instruction come first, since passing answers are the rare ones.
    """
    constraints = [Constraint.from_dict(c) for c in lst.meta["constraints"]]
    seen = set(lst.responses)
    passing: list[str] = []
    other: list[str] = []
    for response in lst.responses:
        for c in constraints:
            out = edit(response, c, satisfy=not c.check(response))
            if out is not None and out not in seen:
                seen.add(out)
                (passing if passes(out, constraints) else other).append(out)
    rng.shuffle(passing)
    rng.shuffle(other)
    return (passing + other)[:k]


def augment(lists: Sequence[RankedList], foreign: int, edits: int, seed: int) -> list[RankedList]:
    """Every list plus `foreign` answers of other lists and up to `edits` edits of its own answers, all judged by
    this list's constraints (meta flags "foreign" and "edited" mark them). Lists without constraints, or with
    nothing to add, are returned as they are."""
    rng = random.Random(f"edits-{seed}")
    out = []
    for lst, borrowed in zip(lists, _foreign_answers(lists, foreign, seed)):
        if "constraints" not in lst.meta or foreign == edits == 0:
            out.append(lst)
            continue
        added = {"foreign": borrowed}
        if edits:
            added["edited"] = edited_answers(lst, edits, rng)
        out.append(_rejudged(lst, added))
    return out


def cross_prompt(lists: Sequence[RankedList], foreign: int, seed: int) -> list[RankedList]:
    """Every list plus `foreign` answers of other lists, all judged by this list's constraints."""
    return augment(lists, foreign, 0, seed)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aligned-train augment", description=__doc__.split("\n\n")[0])
    p.add_argument("--ranked", required=True, help="ranked JSONL with meta.constraints (from aligned-train synth)")
    p.add_argument("--foreign", type=int, default=8, help="answers borrowed from other prompts per list")
    p.add_argument("--edits", type=int, default=0, help="minimal single-instruction edits of own answers per list")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", required=True, help="output ranked JSONL")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.foreign < 0 or args.edits < 0:
        print("error: --foreign and --edits must be >= 0", file=sys.stderr)
        return 2
    try:
        lists = load_ranked(args.ranked)
    except (DataFormatError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = augment(lists, args.foreign, args.edits, args.seed)
    write_jsonl(args.out, [r.to_dict() for r in out])
    print(f"wrote {len(out)} lists, {sum(len(r.responses) for r in out)} judged answers to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
