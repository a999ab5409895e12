"""`aligned-train eval-policy`: the judged pass rate of n=1 sampling from a policy on held-out task prompts.

Samples `--samples` answers per held-out prompt of the bundled instruction-following task (vLLM offline in a child
process, or HF generate with `--engine transformers`) and judges each with the task's programmatic checkers. The
pass rate is the mean over prompts and samples: the expected pass of one answer, which is what a policy trained on
best-of-N winners should raise. Run it on the policy before and after training with the same flags (same prompts,
seed and sampling) to get a before/after pair.

    aligned-train eval-policy                                     # the default generator
    aligned-train eval-policy --model runs/rft/model --out runs/rft/eval_policy.json
"""

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from training.recipes.policy_common import SamplingSettings, resolve_model_dir, task_prompts


def evaluate_policy(model: str | None, split: str = "heldout", prompts: int | None = None, samples: int = 4,
                    settings: SamplingSettings | None = None, seed: int = 0, engine: str = "vllm") -> dict[str, Any]:
    from training.recipes.rft import ENGINES, SampleRequest, pass_rates

    settings = settings or SamplingSettings(max_new_tokens=96, temperature=0.8)
    tasks = task_prompts(split, prompts, seed)
    policy = resolve_model_dir(model)
    t0 = time.time()
    (texts,) = ENGINES[engine](policy, [SampleRequest([t.messages for t in tasks], samples)], settings, seed)
    return {"model": str(policy), "split": split, "prompts": len(tasks), "samples_per_prompt": samples,
            "sampling": vars(settings), "seed": seed, "seconds": round(time.time() - t0, 1),
            **pass_rates(tasks, texts)}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aligned-train eval-policy", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=None, help="policy checkpoint dir (default: the embedded generator)")
    p.add_argument("--split", default="heldout", choices=("heldout", "train"))
    p.add_argument("--prompts", type=int, default=None, help="first n prompts of the split (default: all)")
    p.add_argument("--samples", type=int, default=4, help="answers per prompt")
    p.add_argument("--max-new-tokens", type=int, default=96)
    p.add_argument("--temperature", type=float, default=0.8)
    p.add_argument("--top-p", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--engine", default="vllm", choices=("vllm", "transformers"))
    p.add_argument("--out", default=None, help="write the report as JSON here too")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.samples < 1 or (args.prompts is not None and args.prompts < 1):
        print("error: --samples and --prompts must be >= 1", file=sys.stderr)
        return 2
    try:
        settings = SamplingSettings(args.max_new_tokens, args.temperature, args.top_p)
        report = evaluate_policy(args.model, args.split, args.prompts, args.samples, settings, args.seed,
                                 args.engine)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = json.dumps(report, indent=2)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
