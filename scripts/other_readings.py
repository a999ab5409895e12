"""Best-of-8 of the served scoring (model + 50 x `rule:instructions`) judged two ways: by the task's checkers and by
the other common readings of the same instructions (`reward_models.checkers.OTHER_READINGS`: words as \\w+ runs,
sentences ended by punctuation only, keywords inside longer words, ...), for several weights of our reading in the
verifier's score (`checkers.OWN_READING`; 1.0 is the binary verifier of `rule:instructions@1`).

    aligned-train eval-rm --model ~/.cache/aligned-serve/reward-models/default --split validation --output-dir V1
    python scripts/other_readings.py --model-eval V1/eval.json --split validation --own 1.0,0.97,0.9,0.85,0.75

The model's scores come from its eval.json (so the 30-minute model pass is not repeated); the verifier is rescored
here from the prompts as read today.
"""

import argparse
import json
from collections.abc import Sequence

from reward_models import checkers as ck
from reward_models.instructions import read_prompt
from training.data.bundle import load_split
from training.eval_math import best_of_n


def graded(both: Sequence[tuple[bool, bool]], own: float) -> float:
    """`checkers.graded` averaged over a request's instructions, for a given weight of our reading."""
    return sum(ck.blend(o, a, own) for o, a in both) / len(both) if both else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-eval", required=True, help="the model's eval.json from aligned-train eval-rm")
    ap.add_argument("--split", action="append", required=True)
    ap.add_argument("--own", default="1.0,0.97,0.9,0.85,0.75", help="weights of our reading to compare")
    ap.add_argument("--verifier-weight", type=float, default=50.0)
    ap.add_argument("--n", type=int, default=8)
    args = ap.parse_args()
    model = json.load(open(args.model_eval))
    weights = [float(w) for w in args.own.split(",")]
    print(f"best-of-{args.n}: judged by our checkers / by the other readings")
    for split in args.split:
        rows, samples = load_split(split), model["splits"][split]["samples"]
        ours = [s["passes"] for s in samples]
        theirs = [[all(ck.other_reading(c["kind"])(t, **c["args"]) for c in r.meta["constraints"]) for t in r.responses]
                  for r in rows]
        both = []
        for r in rows:
            found = read_prompt(r.prompt)
            both.append([[(bool(getattr(ck, f.kind)(t, **f.args)), bool(ck.other_reading(f.kind)(t, **f.args)))
                          for f in found] for t in r.responses])
        cells = []
        for own in weights:
            rewards = [[args.verifier_weight * graded(b, own) + m for b, m in zip(cands, s["rewards"])]
                       for cands, s in zip(both, samples)]
            a, b = best_of_n(rewards, ours, [args.n]), best_of_n(rewards, theirs, [args.n])
            cells.append(f"{own:g}: {a['rm'][args.n]:.3f} / {b['rm'][args.n]:.3f}")
        oracle = best_of_n(ours, theirs, [args.n])["oracle"][args.n]
        print(f"{split} ({len(rows)} prompts; oracle under the other readings {oracle:.3f}) | " + " | ".join(cells))


if __name__ == "__main__":
    main()
