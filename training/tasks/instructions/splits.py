"""The fixed splits of task v2, deterministic from a seed, written once with their manifest.

    train           train families, train phrasings, train request templates
    validation      the same distribution as train, other prompts: every recipe choice is made here
    test_topics     request templates of held-out categories (topics) never used by train or validation
    test_phrasings  every constraint in one of its family's last 2 phrasings, never used by train or validation
    test_families   every prompt carries one of 4 held-out families, never used by train or validation

The held-out families are fixed by name (`HELDOUT_FAMILIES`); the held-out categories are drawn from the seed. No
prompt text occurs in two splits. Write the prompt files and manifest (refuses to change existing ones):

    python -m training.tasks.instructions.splits --out training/data/bundled/v2 --seed 0
"""

import argparse
import random
import shlex
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from training.data import bundle as bd
from training.data.formats import write_jsonl
from training.tasks.instructions import phrasings as ph
from training.tasks.instructions.compose import ComposeError, InstructionPrompt, PromptPool, compose
from training.tasks.instructions.families import FAMILIES
from training.tasks.instructions.requests import CATEGORIES, REQUESTS

TASK = "instructions-v2"
# Four families whose skills have relatives in train (bullet lists, quotation wrapping, placeholders and keywords,
# avoiding commas) but whose own instruction never appears there. None of them is a task-v1 kind or an IFEval kind,
# so holding them out costs nothing on prompts phrased after those.
HELDOUT_FAMILIES: tuple[str, ...] = ("numbered_list", "code_block", "hashtags", "no_digits")
DEFAULT_COUNTS: dict[str, int] = {
    "test_topics": 200, "test_phrasings": 200, "test_families": 600, "validation": 300, "train": 6000,
}


@dataclass
class SplitSpec:
    """Everything that determines the splits."""

    seed: int = 0
    heldout_families: tuple[str, ...] = HELDOUT_FAMILIES
    heldout_categories: int = 4
    counts: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_COUNTS))

    def __post_init__(self) -> None:
        unknown = set(self.heldout_families) - set(FAMILIES)
        if unknown:
            raise ValueError(f"unknown held-out families: {sorted(unknown)}")
        if set(self.counts) != set(bd.SPLITS) or min(self.counts.values()) < 1:
            raise ValueError(f"counts must give a positive size for each of {bd.SPLITS}")


def heldout_categories(spec: SplitSpec) -> tuple[str, ...]:
    """Categories drawn from the seed, redrawn until train keeps at least 3 yes/no templates (for constrained
    choice) and a passage template."""
    rng = random.Random(f"{TASK}/{spec.seed}/categories")
    for _ in range(1000):
        held = tuple(sorted(rng.sample(CATEGORIES, spec.heldout_categories)))
        kept = [r for r in REQUESTS.values() if r.category not in held]
        if sum(r.kind == "yes_no" for r in kept) >= 3 and any(r.kind == "passage" for r in kept):
            return held
    raise ValueError("could not draw held-out categories that leave train its yes/no and passage requests")


def pools(spec: SplitSpec) -> dict[str, PromptPool]:
    held = heldout_categories(spec)
    train_templates = tuple(t for t, r in REQUESTS.items() if r.category not in held)
    test_templates = tuple(t for t, r in REQUESTS.items() if r.category in held)
    train_families = tuple(f for f in FAMILIES if f not in spec.heldout_families)
    heldout = set(spec.heldout_families)

    def family_test_phrasings(family: str) -> range:
        return range(len(ph.PHRASINGS[family])) if family in heldout else ph.train_phrasings(family)

    in_distribution = PromptPool(train_templates, train_families, ph.train_phrasings)
    return {
        "test_topics": PromptPool(test_templates, train_families, ph.train_phrasings),
        "test_phrasings": PromptPool(train_templates, train_families, ph.heldout_phrasings),
        "test_families": PromptPool(train_templates, train_families, family_test_phrasings, spec.heldout_families),
        "validation": in_distribution,
        "train": in_distribution,
    }


def build_splits(spec: SplitSpec) -> dict[str, list[InstructionPrompt]]:
    """All splits, in `bundle.SPLITS` order; a prompt text already used by an earlier split is drawn again."""
    seen: set[str] = set()
    out: dict[str, list[InstructionPrompt]] = {}
    for split, pool in pools(spec).items():
        rng = random.Random(f"{TASK}/{spec.seed}/{split}")
        prompts: list[InstructionPrompt] = []
        for _ in range(50 * spec.counts[split] + 100):
            if len(prompts) == spec.counts[split]:
                break
            try:
                prompt = compose(pool, rng, len(prompts), split)
            except ComposeError:
                continue
            if prompt.text not in seen:
                seen.add(prompt.text)
                prompts.append(prompt)
        if len(prompts) < spec.counts[split]:
            raise ValueError(f"could only make {len(prompts)} distinct {split} prompts")
        out[split] = prompts
    return out


def write_splits(spec: SplitSpec, out: Path, command: str = "", force: bool = False) -> dict[str, Any]:
    """Write the prompt files and the manifest's split section. Refuses to change existing splits unless forced."""
    splits = build_splits(spec)
    manifest = bd.read_manifest(out)
    entries = {}
    for split, prompts in splits.items():
        path = bd.prompts_path(out, split)
        rows = [p.to_dict() for p in prompts]
        old = bd.content_sha256(path) if path.exists() else None
        tmp = path.with_name(f".new.{path.name}")
        write_jsonl(tmp, rows)
        new = bd.content_sha256(tmp)
        if old is not None and old != new and not force:
            tmp.unlink()
            raise ValueError(f"{path} exists with other prompts; the splits are fixed (use --force to replace)")
        tmp.replace(path)
        entries[split] = _split_entry(out, path, prompts)
    manifest.update({
        "task": TASK,
        "splits_command": command,
        "seed": spec.seed,
        "heldout": {
            "families": list(spec.heldout_families),
            "categories": list(heldout_categories(spec)),
            "templates": sorted(t for t, r in REQUESTS.items() if r.category in heldout_categories(spec)),
            "phrasings_per_family": ph.HELDOUT_PER_FAMILY,
        },
        "families": {f: {"group": FAMILIES[f].group, "phrasings": len(ph.PHRASINGS[f])} for f in FAMILIES},
        "request_templates": len(REQUESTS),
        "splits": entries,
    })
    manifest.setdefault("samples", {})
    bd.write_manifest(out, manifest)
    return manifest


def _split_entry(out: Path, path: Path, prompts: list[InstructionPrompt]) -> dict[str, Any]:
    families = Counter(c.kind for p in prompts for c in p.constraints)
    return {
        "prompts": len(prompts),
        "file": str(path.relative_to(out)),
        "sha256": bd.file_sha256(path),
        "content_sha256": bd.content_sha256(path),
        "constraints_per_prompt": dict(sorted(Counter(len(p.constraints) for p in prompts).items())),
        "families": dict(sorted(families.items())),
        "categories": dict(sorted(Counter(p.category for p in prompts).items())),
    }


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m training.tasks.instructions.splits",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(bd.BUNDLE_V2), help="bundle directory")
    parser.add_argument("--seed", type=int, default=0)
    for split, n in DEFAULT_COUNTS.items():
        parser.add_argument(f"--{split.replace('_', '-')}", type=int, default=n, help=f"prompts in {split}")
    parser.add_argument("--force", action="store_true", help="replace existing prompt files")
    args = parser.parse_args(argv)
    spec = SplitSpec(seed=args.seed, counts={s: getattr(args, s) for s in DEFAULT_COUNTS})
    command = shlex.join(["python", "-m", "training.tasks.instructions.splits", *argv])
    manifest = write_splits(spec, Path(args.out), command, force=args.force)
    for split, entry in manifest["splits"].items():
        print(f"{split:>15}: {entry['prompts']} prompts  {entry['file']}  sha256 {entry['sha256'][:12]}")
    print(f"held out: {manifest['heldout']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
