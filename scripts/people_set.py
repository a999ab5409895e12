"""Best-of-N on requests written like people's, end to end: the labelled requests of review files
(tests/reward_models/review_*.py) as prompts, K answers each from the default generator, every answer judged by the
review's expected reading (its truth labels) with `reward_models.checkers`. The rows are ranked JSONL, so
`aligned-train eval-rm --data` reports n=1, best-of-N by any reward model (with the served verifier, which reads the
request itself) and the oracle, and the gap closed.

    python scripts/people_set.py sample tests/reward_models/review_sixty.py --out runs/people/sixty.ranked.jsonl.gz
    aligned-train eval-rm --data runs/people/sixty.ranked.jsonl.gz --pairs none \\
        --model ~/.cache/aligned-serve/reward-models/default --verifier rule:instructions --verifier-weight 50
    python scripts/people_set.py rejudge runs/people/sixty.ranked.jsonl.gz --out /tmp/sixty.other.jsonl.gz

The expected readings were written by the review's author for the reader's tests; they stand in for a hidden set's
checker. The rows of six reviews (the 50th, 53rd, 60th, 61st, 62nd and 63rd; 1,137 requests x 16 answers, 256
tokens, temperature 1, sampled on 2 AVX512-BF16 cores) are kept in training/data/bundled/people/
(docs/experiments.md, sessions 35 and 36).
Resumable: rows are appended batch by batch (a new file each time, renamed over the old one), and a rerun
skips every request already sampled.
"""

import argparse
import hashlib
import importlib.util
import shlex
import sys
import time
from pathlib import Path
from typing import Any

from training.data.formats import read_jsonl, write_jsonl


def labelled(review: Path) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """The review's requests that carry at least one instruction (lists A and UNREAD), in file order, once each."""
    spec = importlib.util.spec_from_file_location(review.stem, review)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    seen: set[str] = set()
    out = []
    for text, expected in [*getattr(module, "A", []), *getattr(module, "UNREAD", [])]:
        if expected and text not in seen:
            seen.add(text)
            out.append((text, [(kind, dict(args)) for kind, args in expected]))
    return out


def request_id(text: str) -> str:
    """A labelled request's id in the rows (how a rerun knows it was sampled)."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def judge_row(review: str, text: str, expected: list[tuple[str, dict[str, Any]]], answers: list[str],
              finish_reasons: list[str | None], reading: str = "own") -> dict[str, Any]:
    """One ranked row: every answer checked against every expected instruction, by our checkers (`reading`
    "own") or as other judges read the same instruction ("other": `checkers.OTHER_READINGS`, words as \\w+ runs,
    keywords inside longer words, ...)."""
    from reward_models import checkers as ck

    check = {"own": lambda k: getattr(ck, k), "other": ck.other_reading}[reading]
    satisfied = [[bool(check(kind)(a, **args)) for kind, args in expected] for a in answers]
    return {"prompt": [{"role": "user", "content": text}], "responses": answers,
            "scores": [sum(s) / len(s) for s in satisfied],
            "meta": {"id": request_id(text), "review": review,
                     "constraints": [{"kind": k, "args": a} for k, a in expected],
                     "passes": [all(s) for s in satisfied], "satisfied": satisfied,
                     "finish_reasons": finish_reasons}}


def sample(args: argparse.Namespace) -> int:
    from aligned_core.default_models import default_generator_dir
    from training import sampling
    from training.data.synth import fill_empty

    out = Path(args.out)
    rows = [row for _, row in read_jsonl(out)] if out.exists() else []
    done = {r["meta"]["id"] for r in rows}
    todo = [(Path(f).stem, t, e) for f in args.reviews for t, e in labelled(Path(f))]
    todo = [x for x in todo if request_id(x[1]) not in done][: args.limit]
    print(f"{len(rows)} rows already in {out}; {len(todo)} requests to sample", flush=True)
    if not todo:
        return 0
    settings = sampling.SamplingSettings(max_new_tokens=args.max_tokens, temperature=args.temperature, top_p=1.0)
    sampler = sampling.VLLMSampler(args.model or default_generator_dir(), settings, args.seed + len(rows))
    per_batch = max(1, args.batch_sequences // args.k)
    for start in range(0, len(todo), per_batch):
        batch = todo[start : start + per_batch]
        conversations = [[{"role": "user", "content": text}] for _, text, _ in batch]
        began = time.perf_counter()
        filled, _ = fill_empty(sampler, conversations, sampler(conversations, args.k))
        rows += [judge_row(review, text, expected, f.texts, f.finish_reasons)
                 for (review, text, expected), f in zip(batch, filled) if len(f.texts) >= 2]
        write_jsonl(out, rows)
        tokens = sum(f.tokens for f in filled)
        print(f"{time.strftime('%H:%M:%S')} {len(rows)} rows; {tokens} tokens in {time.perf_counter() - began:.0f}s",
              flush=True)
    return 0


def rejudge(args: argparse.Namespace) -> int:
    rows = [row for _, row in read_jsonl(args.rows)]
    write_jsonl(args.out, [judge_row(r["meta"]["review"], r["prompt"][-1]["content"],
                                     [(c["kind"], c["args"]) for c in r["meta"]["constraints"]], r["responses"],
                                     r["meta"]["finish_reasons"], args.reading) for r in rows])
    print(f"{len(rows)} rows judged by the {args.reading} reading -> {args.out}")
    return 0


def report(args: argparse.Namespace) -> int:
    """Best-of-N of the model alone, each verifier alone and the model + weight x each verifier (the served sum),
    judged by our checkers and by the other readings, from `eval-rm --data` runs' eval.json (no scoring again)."""
    import json

    from training.eval_math import best_of_n

    rows = [row for path in args.rows.split(",") for _, row in read_jsonl(path)]
    texts = [r["prompt"][-1]["content"] for r in rows]
    other = [judge_row(r["meta"]["review"], t, [(c["kind"], c["args"]) for c in r["meta"]["constraints"]],
                       r["responses"], r["meta"]["finish_reasons"], "other")["meta"]["passes"]
             for r, t in zip(rows, texts)]
    judges = {"ours": [r["meta"]["passes"] for r in rows], "other readings": other}

    def rewards(path: str) -> list[list[float]]:
        samples = [s for split in json.loads(Path(path).read_text())["splits"].values() for s in split["samples"]]
        if [len(s["rewards"]) for s in samples] != [len(r["responses"]) for r in rows]:
            raise SystemExit(f"{path} was not scored on --rows")
        return [s["rewards"] for s in samples]

    model = rewards(args.model_eval)
    scorers = {"the model alone": model}
    for path in args.rule_eval:
        rule = rewards(path)
        scorers[f"verifier alone ({path})"] = rule
        scorers[f"model + {args.weight:g} x verifier ({path})"] = [
            [m + args.weight * v for m, v in zip(ms, vs)] for ms, vs in zip(model, rule)]
    n = args.n
    print(f"{len(rows)} requests; best-of-{n} (exact expectation over {n}-subsets), judged by ours | the other "
          "readings")
    for name, scores in scorers.items():
        cells = []
        for passes in judges.values():
            r = best_of_n(scores, passes, [n])
            cells.append(f"n=1 {r['n1']:.3f}, best-of-{n} {r['rm'][n]:.3f}, oracle {r['oracle'][n]:.3f}, "
                         f"gap closed {100 * r['gap_closed'][n]:.1f}%")
        print(f"{name}: " + " | ".join(cells))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="K answers per labelled request, judged by its expected reading")
    s.add_argument("reviews", nargs="+", help="review files (tests/reward_models/review_*.py)")
    s.add_argument("--out", required=True, help="ranked JSONL (.gz to compress); resumed when it exists")
    s.add_argument("--k", type=int, default=16, help="answers per request (the best-of-N estimator needs >= 16)")
    s.add_argument("--max-tokens", type=int, default=256)
    s.add_argument("--temperature", type=float, default=1.0, help="the server's default (an OpenAI client's)")
    s.add_argument("--model", default="", help="generator checkpoint dir (default: the embedded SmolLM2-135M)")
    s.add_argument("--seed", type=int, default=0, help="engine seed (plus the rows already written)")
    s.add_argument("--batch-sequences", type=int, default=256, help="sequences per engine call")
    s.add_argument("--limit", type=int, default=None, help="at most this many new requests")
    r = sub.add_parser("rejudge", help="judge sampled rows again, by our checkers or the other readings")
    r.add_argument("rows", help="people_set.py sample's output")
    r.add_argument("--out", required=True)
    r.add_argument("--reading", choices=("own", "other"), default="other")
    t = sub.add_parser("report", help="best-of-N from eval-rm runs' eval.json, judged by ours and the other readings")
    t.add_argument("--rows", required=True, help="people_set.py sample's output (several comma-separated)")
    t.add_argument("--model-eval", required=True, help="eval.json of `eval-rm --data ROWS --model MODEL`")
    t.add_argument("--rule-eval", action="append", default=[],
                   help="eval.json of `eval-rm --data ROWS --model rule:instructions` (repeatable: one per reader)")
    t.add_argument("--weight", type=float, default=50.0, help="the verifier's weight (the server's default)")
    t.add_argument("--n", type=int, default=8)
    args = p.parse_args(argv)
    print("$", shlex.join(["python", "scripts/people_set.py", *(argv if argv is not None else sys.argv[1:])]))
    return {"sample": sample, "rejudge": rejudge, "report": report}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
