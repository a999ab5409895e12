"""Per-step losses of every recipe's first 20 steps for a fixed seed on the tiny test models: the safety net of the
training-loop refactor (issue 17). `test_golden_losses.py` reruns these configs and compares with the fixture.

    python -m tests.training.recipes.golden_losses --write     # rewrite golden_losses.json (only on purpose)

The cases cover gradient accumulation across epoch boundaries, warm-up and cosine/linear schedules, eval and a
mid-run checkpoint (neither may change a loss), LoRA, bf16 autocast, the shared-prefix reward forward and PPO's
rollouts with an adaptive KL coefficient. Every run uses one thread, so the floats are reproducible on one machine.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

FIXTURE = Path(__file__).with_name("golden_losses.json")
STEPS = 20
WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "hello", "world", "answer", "tiny"]
DROPPED = {"time"}  # wall clock: the only field of a row that may differ between two runs


def _jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def _pairs(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        stem = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
        rows.append({"prompt": f"Write about the {rng.choice(WORDS)}.", "chosen": f"{stem} ocean",
                     "rejected": f"{stem} json", "margin": rng.choice([0.5, 1.0])})
    return rows


def _ranked(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [{"prompt": f"Describe item {i} {rng.choice(WORDS)}.",
             "responses": [f"item {i} ocean", f"item {i} json", f"{rng.choice(WORDS)} item {i}"],
             "scores": [1.0, 0.0, 0.5]} for i in range(n)]


def _sft(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [{"messages": [{"role": "user", "content": f"Say {rng.choice(WORDS)}."},
                          {"role": "assistant", "content": " ".join(rng.choice(WORDS) for _ in range(4))}]}
            for _ in range(n)]


class LowIdFraction:
    """Dense PPO reward: the fraction of a response's tokens whose id is in the lower half of the vocabulary."""

    name, version = "low-id-fraction", "1"

    def __init__(self, tokenizer_dir: Path) -> None:
        from transformers import AutoTokenizer

        self.tok = AutoTokenizer.from_pretrained(tokenizer_dir)
        self.half = len(self.tok) // 2

    def score(self, prompts: list, responses: list[str]) -> list[float]:
        ids = [self.tok(r, add_special_tokens=False)["input_ids"] for r in responses]
        return [sum(i < self.half for i in row) / max(1, len(row)) for row in ids]


def _rows(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in DROPPED} for row in history]


def case_rm(lm: Path, tmp: Path) -> list[dict[str, Any]]:
    from training.recipes import rm

    train, held = _jsonl(tmp / "rm.train.jsonl", _pairs(32, 0)), _jsonl(tmp / "rm.eval.jsonl", _pairs(12, 1))
    cfg = rm.RMConfig(train_data=train, eval_data=held, output_dir=str(tmp / "rm"), base_model=str(lm), lr=3e-3,
                      batch_size=4, grad_accum=2, max_steps=STEPS, log_every=1, eval_every=10, save_every=10,
                      warmup_ratio=0.1, margin_coef=0.5, threads=1, seed=0)
    return _rows(rm.train(cfg).history)


def case_rm_ranked_lora_bf16(lm: Path, tmp: Path) -> list[dict[str, Any]]:
    from training.recipes import rm

    data = _jsonl(tmp / "rm.ranked.jsonl", _ranked(10, 2))
    cfg = rm.RMConfig(train_data=data, output_dir=str(tmp / "rm-pl"), base_model=str(lm), loss="plackett_luce",
                      lora=True, lora_rank=4, lora_alpha=8, mixed_precision="bf16", lr=5e-3, batch_size=3,
                      max_steps=STEPS, log_every=1, save_every=50, threads=1, seed=1)
    return _rows(rm.train(cfg).history)


def case_dpo(lm: Path, tmp: Path) -> list[dict[str, Any]]:
    from training.recipes import dpo

    train, held = _jsonl(tmp / "dpo.train.jsonl", _pairs(10, 3)), _jsonl(tmp / "dpo.eval.jsonl", _pairs(4, 4))
    cfg = dpo.DPOConfig(train_data=train, eval_data=held, output_dir=str(tmp / "dpo"), model=str(lm), batch_size=2,
                        grad_accum=2, lr=2e-3, warmup_ratio=0.1, max_length=64, max_steps=STEPS, eval_every=10,
                        save_every=10, threads=1, seed=0)
    return _rows(dpo.train(cfg).history)


def case_dpo_lora_ipo(lm: Path, tmp: Path) -> list[dict[str, Any]]:
    from training.recipes import dpo

    train = _jsonl(tmp / "dpo2.train.jsonl", _pairs(8, 5))
    cfg = dpo.DPOConfig(train_data=train, output_dir=str(tmp / "dpo2"), model=str(lm), loss="ipo", beta=0.5,
                        lora=True, lora_rank=4, lora_alpha=8, batch_size=3, lr=1e-2, max_length=64, max_steps=STEPS,
                        save_every=50, threads=1, seed=2)
    return _rows(dpo.train(cfg).history)


def case_rft(lm: Path, tmp: Path) -> list[dict[str, Any]]:
    from training.recipes import sft

    train, held = _jsonl(tmp / "sft.train.jsonl", _sft(9, 6)), _jsonl(tmp / "sft.eval.jsonl", _sft(3, 7))
    cfg = sft.SFTConfig(train_data=train, eval_data=held, output_dir=str(tmp / "rft"), model=str(lm), batch_size=2,
                        grad_accum=2, lr=3e-3, max_length=64, max_steps=STEPS, eval_every=10, save_every=10,
                        threads=1, seed=0)
    return _rows(sft.train(cfg).history)


def case_ppo(lm: Path, tmp: Path) -> list[dict[str, Any]]:
    from training.recipes import ppo

    prompts = _jsonl(tmp / "prompts.jsonl", [{"prompt": p} for p in ["hello", "Write a poem.", "json", "fox", "Hi."]])
    cfg = ppo.PPOConfig(output_dir=str(tmp / "ppo"), prompts=prompts, model=str(lm), iterations=STEPS,
                        rollout_batch_size=4, minibatch_size=2, ppo_epochs=2, max_new_tokens=8, lr=1e-2,
                        kl_controller="adaptive", kl_coef=0.2, kl_target=0.01, kl_horizon=8, save_every=10,
                        threads=1, seed=0)
    return _rows(ppo.train(cfg, reward_model=LowIdFraction(lm)).history)


CASES: dict[str, Callable[[Path, Path], list[dict[str, Any]]]] = {
    "rm": case_rm,
    "rm_ranked_lora_bf16": case_rm_ranked_lora_bf16,
    "dpo": case_dpo,
    "dpo_lora_ipo": case_dpo_lora_ipo,
    "rft": case_rft,
    "ppo": case_ppo,
}


def run_case(name: str, lm: Path, tmp: Path) -> list[dict[str, Any]]:
    threads = torch.get_num_threads()
    try:
        return CASES[name](lm, tmp)
    finally:
        torch.set_num_threads(threads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {FIXTURE.name} (otherwise print)")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="only these cases")
    args = parser.parse_args()
    from tests import tiny_models

    with tempfile.TemporaryDirectory(prefix="golden-") as tmp_name:
        tmp = Path(tmp_name)
        lm = tiny_models.build_tiny_lm(tmp / "lm", tiny_models.build_tiny_tokenizer(tmp / "tok"))
        golden = {name: run_case(name, lm, tmp) for name in (args.case or CASES)}
    text = json.dumps(golden, indent=1) + "\n"
    if args.write:
        FIXTURE.write_text(text)
    print(text if not args.write else f"wrote {FIXTURE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
