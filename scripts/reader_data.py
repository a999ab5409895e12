"""Data for a learned reader (an experiment, docs/experiments.md session 35): every labelled request we hold (the
review and development files of tests/reward_models, `aligned-train eval-instructions --cases` reads them the same
way) as an SFT conversation, request -> the instructions it states as JSON, held out by file.

    python scripts/reader_data.py --out runs/reader       # train.jsonl, validation.jsonl, test.jsonl, files.json

Held out by file, the newest blind reviews last: test = the 58th-60th reviews, validation = the 55th-57th; train =
every other file, plus task v2's train prompts (`--split-prompts N` of them; never validation or test prompts).
"""

import argparse
import json
import random
from pathlib import Path
from typing import Any

TEST_FILES = ("review_fiftyeight", "review_fiftynine", "review_sixty")
VALIDATION_FILES = ("review_fiftyfive", "review_fiftysix", "review_fiftyseven")
ASK = "List the verifiable instructions this request gives its answer, as JSON.\n\nRequest:\n"


def target(constraints: list[dict[str, Any]]) -> str:
    return json.dumps([[c["kind"], c.get("args", {})] for c in constraints], ensure_ascii=False)


def conversation(text: str, constraints: list[dict[str, Any]]) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": ASK + text},
                         {"role": "assistant", "content": target(constraints)}]}


def file_rows(path: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    import runpy

    from training.eval_instructions import case_prompts

    module = runpy.run_path(str(path))
    if "PARAPHRASES" in module:  # the first development set
        cases = module["PARAPHRASES"] + module.get("PARAPHRASES_BOUNDS", [])
        return [(t, [{"kind": k, "args": a} for k, a in labels]) for t, labels in cases] + [
            (t, []) for t in module.get("NO_INSTRUCTIONS", [])]
    prompts, free = case_prompts(path)
    return [(p["messages"][-1]["content"], p["constraints"]) for p in prompts] + [(t, []) for t in free]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="runs/reader")
    p.add_argument("--split-prompts", type=int, default=2000, help="task v2 train prompts added to train")
    p.add_argument("--max-chars", type=int, default=1500, help="longer requests are left out of train")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sets: dict[str, list[tuple[str, list[dict[str, Any]], str]]] = {"train": [], "validation": [], "test": []}
    seen: set[str] = set()
    files = sorted(Path("tests/reward_models").glob("review_*.py")) + sorted(
        Path("tests/reward_models").glob("instruction_p*.py"))
    # held-out files first, so a request they share with a training file is held out
    order = [f for f in files if f.stem in TEST_FILES] + [f for f in files if f.stem in VALIDATION_FILES] + [
        f for f in files if f.stem not in TEST_FILES + VALIDATION_FILES]
    for path in order:
        split = "test" if path.stem in TEST_FILES else "validation" if path.stem in VALIDATION_FILES else "train"
        for text, constraints in file_rows(path):
            if text in seen or (split == "train" and len(text) > args.max_chars):
                continue
            seen.add(text)
            sets[split].append((text, constraints, path.stem))
    from reward_models.instructions import request_text
    from training.data import bundle as bd

    rows = [(request_text(r["messages"]), r["constraints"]) for r in bd.load_prompt_dicts(bd.BUNDLE_V2, "train")]
    random.Random(args.seed).shuffle(rows)
    for text, constraints in rows[: args.split_prompts]:
        if text not in seen:
            seen.add(text)
            sets["train"].append((text, [{"kind": c["kind"], "args": c["args"]} for c in constraints],
                                  "task_v2_train"))
    random.Random(args.seed).shuffle(sets["train"])
    for split, items in sets.items():
        with open(out / f"{split}.jsonl", "w") as f:
            for text, constraints, source in items:
                f.write(json.dumps({**conversation(text, constraints), "source": source}, ensure_ascii=False) + "\n")
        print(f"{split}: {len(items)} requests, {sum(1 for _, c, _ in items if c)} with instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
