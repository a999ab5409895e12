"""A validation proxy for how the learned reward model breaks the verifier's ties on instructions nobody read.

For each validation prompt, its first instruction is taken away from the verifier (the others still scored) and its
sentences are deleted from the prompt the model scores, so the model cannot read it either, as with a phrasing it
never saw. Among answer pairs the verifier then ties on and whose pass differs: how often the model, blind and seeing
(its stored scores of the full prompt, `V1/eval.json` of `aligned-train eval-rm`), ranks the passing answer first.

    PYTHONPATH=. taskset -c 1 python scripts/blind_tiebreak.py --seeing runs/exp/v1eval/eval.json
"""

import argparse
import collections
import json
import os

import torch

from reward_models.hf import HFRewardModel
from reward_models.instructions import _sentences, parse_instructions, request_text
from training.data import bundle as bd
from training.eval import pass_labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=os.path.expanduser("~/.cache/aligned-serve/reward-models/default"))
    ap.add_argument("--seeing", required=True, help="eval.json of the same model on validation (full prompts)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    model = HFRewardModel.load(args.model, name="rm", batch_size=16)
    seen = json.load(open(args.seeing))["splits"]["validation"]["samples"]
    stat: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0, 0.0])
    for row, s in zip(bd.load_split("validation", bd.BUNDLE_V2), seen):
        text = request_text(row.prompt)
        found = parse_instructions(text)
        sentences = _sentences(text)
        keep = [x for x in sentences if found and not any(f.kind == found[0].kind for f in parse_instructions(x))]
        if not found or len(keep) == len(sentences):
            continue
        blind = model.score([[{"role": "user", "content": " ".join(keep)}]] * len(row.responses), list(row.responses))
        passes = pass_labels(row)
        rest = [sum(f.check(r) for f in found[1:]) for r in row.responses]
        for a in range(len(rest)):
            for b in range(a + 1, len(rest)):
                if rest[a] == rest[b] and passes[a] != passes[b]:
                    good, bad = (a, b) if passes[a] else (b, a)
                    st = stat[found[0].kind]
                    st[0] += 1
                    for k, r in ((1, s["rewards"]), (2, blind)):
                        st[k] += (r[good] > r[bad]) + 0.5 * (r[good] == r[bad])
    pairs = sum(v[0] for v in stat.values())
    print(f"all: {pairs} pairs; seeing {sum(v[1] for v in stat.values()) / pairs:.3f}; "
          f"blind {sum(v[2] for v in stat.values()) / pairs:.3f}")
    for kind, (n, a, b) in sorted(stat.items(), key=lambda x: -x[1][0]):
        print(f"{kind:24s} {int(n):5d} seeing {a / n:.3f} blind {b / n:.3f}")


if __name__ == "__main__":
    main()
