"""What `rule:instructions` reads from every text we hold: each prompt of task v2's splits and every string in the
reader's tests and review files. Save a snapshot before a change to the reader, another after, and diff them: every
text that reads differently is printed, to be checked by hand (docs/experiments.md, sessions 27-28).

    python scripts/reads_snapshot.py save /tmp/before.json
    # ... change reward_models/instructions.py ...
    python scripts/reads_snapshot.py save /tmp/after.json
    python scripts/reads_snapshot.py diff /tmp/before.json /tmp/after.json
"""

import argparse
import ast
import json
import re
from pathlib import Path

SPLITS = ("train", "validation", "test_topics", "test_phrasings", "test_families")


def held_texts() -> tuple[set[str], int]:
    """Every split prompt (as the verifier sees it) and every string literal of 13-2,999 characters in
    tests/reward_models; and how many of them are split prompts."""
    from reward_models.instructions import request_text
    from training.data import bundle as bd

    texts = {request_text(row.prompt) for split in SPLITS for row in bd.load_split(split, bd.BUNDLE_V2)}
    prompts = len(texts)
    for path in sorted(Path("tests/reward_models").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 12 < len(node.value) < 3000:
                texts.add(node.value)
    return texts, prompts


def save(out: str) -> None:
    from reward_models.instructions import parse_instructions

    texts, prompts = held_texts()
    reads = {}
    for text in sorted(texts):
        try:
            reads[text] = repr(parse_instructions(text))
        except Exception as e:  # noqa: BLE001 (a reader error is a read to report, not a crash)
            reads[text] = f"ERROR {e!r}"
    Path(out).write_text(json.dumps(reads))
    print(f"{prompts} split prompts, {len(reads)} texts, {sum(r.startswith('ERROR') for r in reads.values())} errors")


def _as_set(read: str) -> list[str]:
    """A reading's instructions in a fixed order (the order found carries no meaning: an answer is scored by the
    fraction it satisfies)."""
    return sorted(re.findall(r"Found\(kind='[^']*', args=\{[^{}]*\}\)", read)) or [read]


def diff(before: str, after: str) -> None:
    old, new = json.loads(Path(before).read_text()), json.loads(Path(after).read_text())
    reordered = [t for t in old if t in new and old[t] != new[t] and _as_set(old[t]) == _as_set(new[t])]
    changed = [t for t in old if t in new and _as_set(old[t]) != _as_set(new[t])]
    for text in changed:
        print("----", text[:300].replace("\n", " | "))
        print("  OLD", old[text])
        print("  NEW", new[text])
    print(f"{len(changed)} of {len(old)} texts read differently ({len(reordered)} more in another order only)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("save").add_argument("out")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    args = ap.parse_args()
    save(args.out) if args.command == "save" else diff(args.before, args.after)


if __name__ == "__main__":
    main()
