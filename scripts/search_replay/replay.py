"""Replay speculative rejection over the prefix scores of `prefix_scores.py`, beside best-of-N of the same draws:
any chunk (multiple of 8), keep and survivor floor in seconds, with the verifier's partial twin as stored
(`--partial stored`) or recomputed by today's code (`--partial current`), so two versions of the partial reward
are compared on the same draws and the same model scores.

    python scripts/search_replay/replay.py --split validation --partial stored
    python scripts/search_replay/replay.py --split validation --partial current
    python scripts/search_replay/replay.py --split validation --partial current --max-tokens 128

`--max-tokens M` (a multiple of 8) replays as if the draws had been cut at M tokens: a longer answer ends there,
its whole-answer reward is the model's score of that prefix plus the verifier's of the cut text, and its pass is
judged again by the task's checkers on the cut text.

Served scoring: model + 50 x verifier (`--reward-verifier-weight`). Lockstep rounds as `aligned-train eval-search`.
"""

import argparse
import glob
import itertools
import json

from training.eval_math import best_of_n
from training.eval_search import KeepRule, speculative_rejection

W = 50.0


def replay(rec: dict, pre: dict, chunk: int, keep: float | KeepRule, floor: int = 1,
           first: int | None = None) -> tuple[int, int]:
    """`training.eval_search.speculative_rejection` over one prompt's stored scores: (the pick, tokens generated)."""
    full = [a + W * b for a, b in zip(rec["full"], rec["vfull"])]
    lens = rec["lens"]

    def score(asks: list[tuple[int, int]]) -> list[float]:
        return [full[i] if t >= lens[i] else pre[(i, t)] for i, t in asks]

    done = speculative_rejection(lens, score, chunk, keep, floor, first)
    return done.chosen, done.tokens


def load(split: str, partial: str = "stored", max_tokens: int | None = None) -> tuple[list[dict], list[dict], list]:
    """The stored prefix scores of `split` (`prefix_scores.py`): per prompt its record, the served partial score of
    every (answer, t) and the instructions read from it (empty unless `partial` is "current"); with `max_tokens`,
    the draws cut there (see the module docstring)."""
    recs = sorted((json.loads(line) for f in glob.glob(f"runs/exp/pfx/{split}.*.jsonl") for line in open(f)),
                  key=lambda r: r["i"])
    pres: list[dict] = []
    founds: list = []
    if partial == "current":
        from transformers import AutoTokenizer

        from aligned_core.default_models import default_generator_dir
        from reward_models import checkers as ck
        from reward_models.instructions import InstructionReward, parse_instructions, partial_reward, request_text
        from training.data import bundle as bd

        tok = AutoTokenizer.from_pretrained(default_generator_dir(), local_files_only=True)
        lists = bd.load_split(split, bd.BUNDLE_V2)
    for r in recs:
        if partial == "current":
            row = lists[r["i"]]
            found = parse_instructions(request_text(row.prompt))
            founds.append(found)
            ids = [tok(x, add_special_tokens=False)["input_ids"] for x in row.responses]
            pres.append({(j, t): a + W * partial_reward(found, tok.decode(ids[j][:t])) for j, t, a, _ in r["pre"]})
            if max_tokens:  # cut every longer draw at max_tokens: its end, reward and pass as if it stopped there
                m, rule = max_tokens, InstructionReward()
                for j, n in enumerate(r["lens"]):
                    if n > m:
                        cut = tok.decode(ids[j][:m])
                        r["lens"][j] = m
                        r["full"][j] = next(a for jj, t, a, _ in r["pre"] if jj == j and t == m)
                        r["vfull"][j] = rule.score([row.prompt], [cut])[0]
                        r["passes"][j] = all(getattr(ck, c["kind"])(cut, **c.get("args", {}))
                                             for c in row.meta["constraints"])
        else:
            pres.append({(j, t): a + W * b for j, t, a, b in r["pre"]})
    return recs, pres, founds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="validation")
    ap.add_argument("--partial", choices=["stored", "current"], default="stored")
    ap.add_argument("--chunk", default="8,16,32")
    ap.add_argument("--keep", default="0.5,0.75")
    ap.add_argument("--floor", default="1,2", help="prune no further than this many candidates")
    ap.add_argument("--max-tokens", type=int, default=None, help="cut the draws here (a multiple of 8)")
    args = ap.parse_args()
    if args.max_tokens and (args.partial != "current" or args.max_tokens % 8):
        ap.error("--max-tokens needs --partial current and a multiple of 8")
    recs, pres, _ = load(args.split, args.partial, args.max_tokens)
    finals = [[a + W * b for a, b in zip(r["full"], r["vfull"])] for r in recs]
    bon = best_of_n(finals, [r["passes"] for r in recs], [1, 8, 16])
    mean = sum(sum(r["lens"]) / len(r["lens"]) for r in recs) / len(recs)
    print(f"{args.split}: {len(recs)} prompts, mean length {mean:.1f}, partial {args.partial}")
    print("| case | pass | tokens / answer |\n|---|---|---|")
    for n in (1, 8, 16):
        print(f"| {'n=1' if n == 1 else f'best-of-{n}'} | {bon['rm'][n]:.3f} | {n * mean:.0f} |")
    for c, k, f in itertools.product(*(map(t, getattr(args, a).split(",")) for t, a in
                                       ((int, "chunk"), (float, "keep"), (int, "floor")))):
        out = [replay(r, p, c, k, f) for r, p in zip(recs, pres)]
        pas = sum(r["passes"][i] for r, (i, _) in zip(recs, out)) / len(recs)
        tokens = sum(t for _, t in out) / len(recs)
        print(f"| chunk {c}, keep {k}, floor {f} | {pas:.3f} | {tokens:.0f} ({tokens / (8 * mean):.2f}x) |")


if __name__ == "__main__":
    main()
