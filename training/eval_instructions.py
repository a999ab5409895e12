"""`aligned-train eval-instructions`: how well `rule:instructions` reads the instructions of task-v2 prompts.

For every prompt of a split, the instructions `reward_models.instructions.parse_instructions` reads are matched
against the constraints the prompt was built with (by kind; one read instruction per constraint). It prints, per
split and per kind: recall (constraints read), precision (read instructions that the prompt has) and how many of
the read ones carry exactly the constraint's arguments (for `repeat_request`, whose reader returns several readings
of the request, one of them is the request). The held-out families of test_families have readers written later,
from general English; `aligned-train eval-rm --model "rule:instructions?skip=numbered_list,code_block,hashtags,
no_digits"` leaves them unread, to measure what stays for a learned model.

    aligned-train eval-instructions --split validation --split test_phrasings

The reader was written from the first five phrasings of each training family: validation and test_topics share
those phrasings, so test_phrasings (each family's last two, never seen) is the split that measures how it reads
instructions phrased by someone else. `--cases FILE` reads a development set instead (a Python file with `CASES`,
`(request, [(kind, args), ...])` pairs, and `NO_INSTRUCTIONS`, requests that state none, as in
`tests/reward_models/instruction_paraphrases_r.py`), where a read counts only with its arguments, and also counts the
instruction-free requests read clean:

    aligned-train eval-instructions --cases tests/reward_models/instruction_paraphrases_r.py
"""

import argparse
import json
import runpy
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reward_models.instructions import Found, parse_instructions
from training.data import bundle as bd

# Task v1's constraint kinds (training/data/ifeval_task.py) as the task-v2 kinds the reader returns. v1 renders each
# kind with one canonical sentence the reader was not written from: a phrasing test of its own (kinds only; v1's
# arguments have other shapes).
V1_KINDS = {
    "highlight": "highlight", "include_keyword": "keyword_include", "placeholders": "placeholders",
    "end_question": "end_with_question", "lowercase": "lowercase", "avoid_words": "keyword_avoid",
    "max_words": "words_max", "min_words": "words_min", "max_sentences": "sentences_max", "postscript": "postscript",
    "start_with": "start_phrase", "uppercase": "uppercase", "paragraphs": "paragraphs_exact",
    "no_commas": "no_commas", "json_format": "json_output", "title": "title", "end_with": "end_phrase",
    "bullet_points": "bullet_list", "quotation": "quotation",
}


def _expected(constraint: dict[str, Any]) -> Found:
    args = dict(constraint.get("args", {}))
    if constraint["kind"] == "keyword_frequency":
        args["word"] = args["word"].lower()
    return Found(constraint["kind"], args)


def _same_args(read: Found, want: Found) -> bool:
    if read.kind == "repeat_request":  # readings of the request: one of them must be it
        return " ".join(want.args["request"].lower().split()) in {" ".join(r.lower().split())
                                                                    for r in read.args["request"]}
    if "words" in read.args and "words" in want.args:  # the reader lowercases keywords (the checkers ignore case)
        return [w.lower() for w in read.args["words"]] == [w.lower() for w in want.args["words"]]
    if read.kind in _CASELESS and want.kind == read.kind:  # so do these checkers with this argument
        field = _CASELESS[read.kind]
        return ({k: v for k, v in read.args.items() if k != field} == {k: v for k, v in want.args.items() if k != field}
                and read.args[field].lower() == want.args[field].lower())
    return read.args == want.args


# kinds whose checker compares this string argument ignoring case (reward_models/checkers.py)
_CASELESS = {"keyword_frequency": "word", "paragraph_first_word": "word", "sections": "marker"}


def v1_prompts(paths: list[Path]) -> list[dict[str, Any]]:
    """Task v1's held-out lists as prompts with v2 kinds and no arguments (`evaluate(..., kinds_only=True)`)."""
    out = []
    for path in paths:
        for line in path.read_text().splitlines():
            row = json.loads(line)
            prompt = row["prompt"] if isinstance(row["prompt"], str) else row["prompt"][-1]["content"]
            out.append({"messages": [{"role": "user", "content": prompt}],
                        "constraints": [{"kind": V1_KINDS[c["kind"]]} for c in row["meta"]["constraints"]]})
    return out


def evaluate(prompts: list[dict[str, Any]], kinds_only: bool = False, strict: bool = False,
             reader: Callable[[str], Sequence[Found]] = parse_instructions) -> dict[str, Any]:
    """Counts per kind (read, missed, extra, wrong arguments) and the split's totals; `strict`: a read counts only
    with the constraint's arguments (else it is an extra and the constraint is missed), as the development sets
    are counted. `reader`: the request's text -> what it reads (default: `rule:instructions`' reader)."""
    hit, missed, extra, wrong = Counter(), Counter(), Counter(), Counter()
    for row in prompts:
        read = list(reader(row["messages"][-1]["content"]))
        for constraint in row["constraints"]:
            want = _expected(constraint)
            match = next((f for f in read if f.kind == want.kind and (not strict or _same_args(f, want))), None)
            if match is None:
                missed[want.kind] += 1
                continue
            hit[want.kind] += 1
            wrong[want.kind] += not kinds_only and not _same_args(match, want)
            read.remove(match)
        for f in read:
            extra[f.kind] += 1
    tp, fn, fp, bad = (sum(c.values()) for c in (hit, missed, extra, wrong))
    kinds = sorted(set(hit) | set(missed) | set(extra))
    return {
        "prompts": len(prompts), "recall": tp / max(tp + fn, 1), "precision": tp / max(tp + fp, 1),
        "exact_args": None if kinds_only else (tp - bad) / max(tp, 1), "read": tp, "missed": fn, "extra": fp,
        "by_kind": {k: {"read": hit[k], "missed": missed[k], "extra": extra[k], "wrong_args": wrong[k]}
                    for k in kinds},
    }


def case_prompts(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """A development set's labelled requests as prompts, and its instruction-free requests. A review file
    (`PROBES` and `UNREAD`, tests/reward_models/review_*.py) reads the same way: its probes expecting nothing are
    the instruction-free ones, and a repeat's one expected reading (a list of one) is that text."""
    module = runpy.run_path(str(path))
    if "CASES" in module:
        cases, free = module["CASES"], list(module.get("NO_INSTRUCTIONS", []))
    else:
        probes = list(module["PROBES"]) + list(module.get("UNREAD", []))
        cases = [(text, [(kind, {**args, "request": args["request"][0]} if kind == "repeat_request" else args)
                         for kind, args in labels]) for text, labels in probes if labels]
        free = [text for text, labels in probes if not labels]
    prompts = [{"messages": [{"role": "user", "content": text}],
                "constraints": [{"kind": kind, "args": args} for kind, args in labels]}
               for text, labels in cases]
    return prompts, free


def format_report(split: str, r: dict[str, Any]) -> str:
    exact = "n/a" if r["exact_args"] is None else f"{r['exact_args']:.3f}"
    clean = f", instruction-free read clean {r['clean']} of {r['free']}" if "clean" in r else ""
    lines = [f"== {split}: {r['prompts']} prompts: recall {r['recall']:.3f}, precision {r['precision']:.3f}, "
             f"exact arguments {exact} (read {r['read']}, missed {r['missed']}, extra {r['extra']}){clean}",
             f"  {'kind':20s} {'read':>5s} {'missed':>6s} {'extra':>5s} {'wrong args':>10s}"]
    lines += [f"  {k:20s} {c['read']:5d} {c['missed']:6d} {c['extra']:5d} {c['wrong_args']:10d}"
              for k, c in r["by_kind"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aligned-train eval-instructions", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", choices=bd.SPLITS, default=None,
                        help="a task-v2 split (repeatable; default: validation and every test split)")
    parser.add_argument("--bundle", default=str(bd.BUNDLE_V2), help="task-v2 bundle directory")
    parser.add_argument("--out", default=None, help="also write the report as JSON here")
    parser.add_argument("--v1-heldout", action="store_true",
                        help="also task v1's held-out prompts (its canonical phrasings; kinds only)")
    parser.add_argument("--cases", action="append", default=[],
                        help="a development set file with CASES and NO_INSTRUCTIONS (repeatable; then no split is "
                             "read unless --split names one)")
    args = parser.parse_args(argv)
    splits = args.split or ([] if args.cases else ["validation", *bd.TEST_SPLITS])
    reports: dict[str, Any] = {}
    for path in map(Path, args.cases):
        if not path.is_file():
            print(f"error: no development set at {path}", file=sys.stderr)
            return 2
        prompts, free = case_prompts(path)
        report = evaluate(prompts, strict=True)
        report.update(free=len(free), clean=sum(not parse_instructions(t) for t in free))
        reports[path.stem] = report
        print(format_report(path.stem, report), flush=True)
    if args.v1_heldout:
        from training.eval import HELDOUT_RANKED

        reports["v1-heldout"] = evaluate(v1_prompts(list(HELDOUT_RANKED[:1])), kinds_only=True)
        print(format_report("v1-heldout (kinds only)", reports["v1-heldout"]), flush=True)
    for split in splits:
        path = bd.prompts_path(Path(args.bundle), split)
        if not path.is_file():
            print(f"error: no prompts for split {split!r} at {path}", file=sys.stderr)
            return 2
        reports[split] = evaluate(bd.load_prompt_dicts(Path(args.bundle), split))
        print(format_report(split, reports[split]), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(reports, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
