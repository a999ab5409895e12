"""More judged train lists from the same samples: the same request under other instructions, re-judged.

An answer the generator wrote for "Write a toast for Maya's wedding. Use at most 3 sentences." is also an answer to
"Write a toast for Maya's wedding. Mention the word "river" at least twice." — on topic, and judgeable by the new
instruction's checker. `reprompt` puts fresh constraint sets (train families, train phrasings; the split's pool) on
each sampled list's own filled request and keeps a new list only where the checker's scores differ between its
answers, so every kept list holds pairs that differ in what the new instruction checks. A small reward model then
sees each instruction with many satisfied and violated on-topic answers, without sampling again.

The filled request of a bundled prompt is not in the prompt files; it is recomputed by rebuilding the splits from
the manifest's seed (deterministic; every rebuilt prompt is checked against the bundled text first). New prompt
texts that occur in any split are dropped, so nothing leaks into validation or the test splits.

    python -m training.data.reprompt --per-list 3 --out runs/reprompt.train.jsonl.gz
"""

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from training.data import bundle as bd
from training.data.formats import RankedList, write_jsonl
from training.tasks.instructions.compose import ComposeError, InstructionPrompt, PromptPool, constrain
from training.tasks.instructions.families import FAMILIES, judge, passes
from training.tasks.instructions.requests import REQUESTS
from training.tasks.instructions.splits import SplitSpec, build_splits, pools


class RepromptError(ValueError):
    """The bundle and the split code disagree (the splits were made by other code or another seed)."""


def bundled_prompts(bundle: Path = bd.BUNDLE_V2) -> dict[str, list[InstructionPrompt]]:
    """Every split's prompts rebuilt with their filled requests, checked against the bundled prompt files."""
    manifest = bd.read_manifest(bundle)
    counts = {split: entry["prompts"] for split, entry in manifest["splits"].items()}
    splits = build_splits(SplitSpec(seed=manifest["seed"], counts=counts))
    for split, prompts in splits.items():
        stored = [row["messages"] for row in bd.load_prompt_dicts(bundle, split)]
        if stored != [p.messages for p in prompts]:
            raise RepromptError(f"rebuilding split {split!r} from seed {manifest['seed']} does not give the "
                                f"bundled prompts; was it written by other code?")
    return splits


def reprompt(lists: Sequence[RankedList], originals: dict[str, InstructionPrompt], pool: PromptPool,
             per_list: int, seed: int, forbidden: set[str], tries: int = 12) -> list[RankedList]:
    """Up to `per_list` new lists per sampled list: its answers under new constraints whose checker scores differ."""
    rng = random.Random(seed)
    out: list[RankedList] = []
    for lst in lists:
        original = originals.get(lst.meta.get("id", ""))
        if original is None:
            continue
        template, request = REQUESTS[original.request], original.meta["request_text"]
        firsts = [f for f in pool.families if template.kind in FAMILIES[f].request_kinds]
        kept = 0
        for j in range(tries):
            if kept == per_list:
                break
            try:
                new = constrain(pool, rng, template, request, FAMILIES[rng.choice(firsts)],
                                f"{original.id}-r{j}", original.split)
            except ComposeError:
                continue
            if new.text in forbidden or new.text == original.text:
                continue
            scores = [judge(r, new.constraints) for r in lst.responses]
            if len(set(scores)) < 2:
                continue
            passed = [passes(r, new.constraints) for r in lst.responses]
            meta = {"id": new.id, "split": original.split, "task": "instructions-v2", "reprompt_of": original.id,
                    "request": original.request, "category": original.category,
                    "constraints": [c.to_dict() for c in new.constraints], "passes": passed}
            out.append(RankedList(new.messages, list(lst.responses), scores, None, meta))
            kept += 1
    return out


def reprompted_split(split: str = "train", per_list: int = 3, seed: int = 0, bundle: Path = bd.BUNDLE_V2,
                     lists: Sequence[RankedList] | None = None) -> list[RankedList]:
    """`reprompt` over the sampled lists of `split` (default: all of them) with that split's own pool."""
    splits = bundled_prompts(bundle)
    manifest = bd.read_manifest(bundle)
    spec = SplitSpec(seed=manifest["seed"], heldout_families=tuple(manifest["heldout"]["families"]))
    forbidden = {p.text for prompts in splits.values() for p in prompts}
    originals = {p.id: p for p in splits[split]}
    lists = bd.load_split(split, bundle) if lists is None else lists
    return reprompt(lists, originals, pools(spec)[split], per_list, seed, forbidden)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.data.reprompt", description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", default=str(bd.BUNDLE_V2))
    parser.add_argument("--split", default="train", choices=["train", "validation"])
    parser.add_argument("--per-list", type=int, default=3, help="new lists per sampled list (at most; 0: none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="only the first n sampled lists (by prompt id)")
    parser.add_argument("--with-originals", action="store_true",
                        help="write the split's own sampled lists first (one training file for the RM recipe)")
    parser.add_argument("--out", required=True, help="ranked JSONL (.gz for gzip) to write")
    parser.add_argument("--drop-families", default="",
                        help="comma-separated constraint kinds: leave out every list that carries one (a "
                             "leave-families-out proxy of test_families inside train; see eval-rm --families)")
    args = parser.parse_args(argv)
    drop = [k for k in args.drop_families.split(",") if k]
    write_training_file(Path(args.out), args.split, args.per_list, args.seed, args.with_originals,
                        Path(args.bundle), args.limit, drop)
    return 0


def write_training_file(out: Path, split: str = "train", per_list: int = 3, seed: int = 0,
                        with_originals: bool = True, bundle: Path = bd.BUNDLE_V2, limit: int | None = None,
                        drop_families: Sequence[str] = ()) -> int:
    """Write the split's first `limit` sampled lists (all by default; prompt-id order, so a bundle that grows
    later gives the same file) if `with_originals`, then their re-prompted lists, leaving out every list that
    carries one of `drop_families`; returns the row count."""
    unknown = sorted(set(drop_families) - set(FAMILIES))
    if unknown:
        raise RepromptError(f"unknown constraint families {unknown}; known: {sorted(FAMILIES)}")
    sampled = sorted(bd.load_split(split, bundle), key=lambda r: r.meta["id"])[:limit]
    if limit is not None and len(sampled) < limit:
        raise RepromptError(f"split {split!r} has {len(sampled)} sampled lists, fewer than {limit}: run synth")
    rows = reprompted_split(split, per_list, seed, bundle, sampled) if per_list > 0 else []
    originals = sampled if with_originals else []
    kept = [r for r in [*originals, *rows] if not bd.carries(r, drop_families)]
    write_jsonl(out, [r.to_dict() for r in kept])
    dropped = len(originals) + len(rows) - len(kept)
    print(f"{len(originals)} sampled + {len(rows)} re-prompted lists, {dropped} dropped -> {out}")
    return len(kept)


if __name__ == "__main__":
    sys.exit(main())
