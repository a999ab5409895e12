"""A learned reader against the hand-written one (an experiment, docs/experiments.md session 35): a causal LM
fine-tuned on `scripts/reader_data.py`'s conversations reads the held-out files' requests (greedy, vLLM), and both
readers are scored by `aligned-train eval-instructions`' strict count. Also two combinations: the learned reading
only where the rules read nothing, and the union.

    python scripts/reader_data.py --out runs/reader
    aligned-train sft --train_data runs/reader/train.jsonl --eval_data runs/reader/validation.jsonl \\
        --output_dir runs/reader/sft --epochs 2 --lr 1e-4 --batch_size 16 --max_length 512
    python scripts/learned_reader.py runs/reader/sft/final --data runs/reader/validation.jsonl
"""

import argparse
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from reward_models.instructions import Found, parse_instructions
from training.eval_instructions import evaluate


def parse_reading(text: str) -> list[Found]:
    """The model's JSON as instructions; anything that does not parse reads as nothing."""
    try:
        items = json.loads(text)
        return [Found(str(k), dict(a)) for k, a in items if isinstance(a, dict)]
    except (ValueError, TypeError):
        return []


def generate(model_dir: str, prompts: list[str], max_tokens: int) -> list[str]:
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")
    from vllm import LLM, SamplingParams

    from aligned_core.platform import offline_llm_kwargs

    llm = LLM(model=model_dir, seed=0, max_model_len=2048, **offline_llm_kwargs())
    outs = llm.chat([[{"role": "user", "content": p}] for p in prompts],
                    SamplingParams(temperature=0.0, max_tokens=max_tokens), use_tqdm=False)
    return [o.outputs[0].text for o in outs]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("model", help="the fine-tuned reader (HF checkpoint dir)")
    p.add_argument("--data", required=True, help="reader_data.py's validation.jsonl or test.jsonl")
    p.add_argument("--max-tokens", type=int, default=200)
    p.add_argument("--out", default=None, help="write every reading here (JSONL)")
    p.add_argument("--limit", type=int, default=None, help="only the first N requests (a smoke run)")
    args = p.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line.strip()][: args.limit]
    asks = [r["messages"][0]["content"] for r in rows]
    texts = [a.split("\nRequest:\n", 1)[1] for a in asks]
    learned = dict(zip(texts, map(parse_reading, generate(args.model, asks, args.max_tokens))))
    readers = {
        "rules": parse_instructions,
        "learned": lambda t: learned[t],
        "learned where the rules read nothing": lambda t: list(parse_instructions(t)) or learned[t],
        "union (learned kinds the rules miss)": lambda t: list(parse_instructions(t)) + [
            f for f in learned[t] if f.kind not in {g.kind for g in parse_instructions(t)}],
    }
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r, text in zip(rows, texts):
        by_source[r["source"]].append({"messages": [{"role": "user", "content": text}],
                                       "constraints": [{"kind": k, "args": a} for k, a in
                                                       json.loads(r["messages"][1]["content"])]})
    print(f"{'set':22s} {'reader':40s} {'recall':>7s} {'precision':>9s} {'clean':>9s}")
    for source, prompts in sorted(by_source.items()) + [("all", [x for v in by_source.values() for x in v])]:
        labelled = [x for x in prompts if x["constraints"]]
        free = [x["messages"][0]["content"] for x in prompts if not x["constraints"]]
        for name, reader in readers.items():
            r = evaluate(labelled, strict=True, reader=reader)
            clean = sum(not reader(t) for t in free)
            print(f"{source:22s} {name:40s} {r['recall']:7.3f} {r['precision']:9.3f} {clean:4d}/{len(free):<4d}")
    if args.out:
        with open(args.out, "w") as f:
            for t in texts:
                f.write(json.dumps({"text": t, "learned": [[x.kind, x.args] for x in learned[t]]}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
