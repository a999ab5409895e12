"""Speculative rejection with a keep that is not one constant, replayed beside constant keeps on the same prefix
scores (`prefix_scores.py`, then this; docs/experiments.md, session 28):

- by kind: one keep where the request carries an instruction only decided late, another where every instruction it
  carries is checkable early (`EARLY`);
- by margin: keep every candidate within `d` of the best, between two fractions of the pool;
- a first cut at 8 tokens with its own keep, then the chunk.

    python scripts/search_replay/policies.py --max-tokens 128
    python scripts/search_replay/policies.py --max-tokens 256

Also prints how well the served partial score, the verifier's and the learned model's rank the final pass at
t tokens (pairs of one prompt's draws whose pass differs).
"""

import argparse
import math

from replay import W, load, replay  # type: ignore[import-not-found]  # noqa: I001 (a sibling script)

from training.eval_search import KeepRule

# kinds whose partial answers can break or meet them early: pruning sees them
EARLY = frozenset({"lowercase", "uppercase", "no_commas", "start_phrase", "json_output", "quotation", "title",
                   "repeat_request", "keyword_avoid", "constrained_choice", "no_digits", "code_block"})


def schedule(ks: tuple[float, ...]) -> KeepRule:
    return lambda ranked, reward, rnd: ranked[: max(1, math.floor(ks[min(rnd, len(ks) - 1)] * len(ranked)))]


def margin(low: float, high: float, d: float) -> KeepRule:
    def keep(ranked: list[int], reward: dict[int, float], rnd: int) -> list[int]:
        near = sum(reward[i] >= reward[ranked[0]] - d for i in ranked)
        return ranked[: max(1, math.floor(low * len(ranked)), min(near, math.floor(high * len(ranked))))]
    return keep


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="validation")
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--chunk", type=int, default=16)
    args = ap.parse_args()
    recs, pres, founds = load(args.split, "current", args.max_tokens)
    mean = sum(sum(r["lens"]) / len(r["lens"]) for r in recs) / len(recs)

    def row(name: str, keeps: list[float | KeepRule], first: int | None = None) -> None:
        out = [replay(r, p, args.chunk, k, first=first) for r, p, k in zip(recs, pres, keeps)]
        pas = sum(r["passes"][i] for r, (i, _) in zip(recs, out)) / len(recs)
        print(f"| {name} | {pas:.3f} | {sum(t for _, t in out) / len(recs) / (8 * mean):.2f}x |")

    late = [any(f.kind not in EARLY for f in found) for found in founds]
    print(f"{args.split}, cut at {args.max_tokens}, chunk {args.chunk}: {len(recs)} prompts\n| case | pass | tokens |\n"
          "|---|---|---|")
    for k in (0.3, 0.4, 0.5):
        row(f"keep {k}", [k] * len(recs))
    for early, slow in ((0.3, 0.5), (0.2, 0.5), (0.3, 0.45), (0.3, 0.6)):
        row(f"by kind, early {early}, late {slow}", [slow if x else early for x in late])
    for low, high, d in ((0.3, 0.5, 1.0), (0.3, 0.5, 2.0), (0.3, 0.6, 1.0), (0.3, 0.5, 0.5)):
        row(f"by margin, {low}-{high}, d {d}", [margin(low, high, d)] * len(recs))
    for ks in ((0.6, 0.4), (0.7, 0.4), (0.5, 0.5), (0.75, 0.33)):
        row(f"first cut at 8 keeping {ks[0]}, then {ks[1]}", [schedule(ks)] * len(recs), first=8)
    print("\n| t | served | verifier | model |\n|---|---|---|---|")
    for t in (8, 16, 24, 32, 48):
        hits = {"served": 0.0, "verifier": 0.0, "model": 0.0}
        pairs = 0
        for r in recs:
            pre = {(j, tt): (a, b) for j, tt, a, b in r["pre"]}
            at = {j: pre.get((j, t), (r["full"][j], r["vfull"][j])) for j in range(len(r["lens"]))}
            score = {"served": {j: a + W * b for j, (a, b) in at.items()},
                     "verifier": {j: b for j, (_, b) in at.items()}, "model": {j: a for j, (a, _) in at.items()}}
            passed = [j for j in at if r["passes"][j]]
            failed = [j for j in at if not r["passes"][j]]
            pairs += len(passed) * len(failed)
            for name, s in score.items():
                hits[name] += sum(1.0 if s[p] > s[f] else 0.5 if s[p] == s[f] else 0.0 for p in passed for f in failed)
        print(f"| {t} | " + " | ".join(f"{hits[k] / max(1, pairs):.3f}" for k in hits) + " |")


if __name__ == "__main__":
    main()
