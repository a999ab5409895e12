#!/usr/bin/env bash
# A short PPO run on the CPU with the default models: SmolLM2-135M policy (LoRA), the default reward model,
# bundled train prompts, per-token KL penalty to the frozen initial policy. Writes runs/ppo/{metrics.jsonl,
# curves.png} and prints every iteration's metrics, then the first and last quarters' mean score and KL.
#
#   bash scripts/ppo_short.sh [OUT_DIR] [ITERATIONS]
#   KL_FLAGS="--kl-controller adaptive --kl-coef 0.1 --kl-target 1 --kl-horizon 128" bash scripts/ppo_short.sh runs/ppo-adaptive
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${1:-runs/ppo}
ITERS=${2:-16}
RM=${RM:-$($PY -m training.recipes.rm --default | tail -n 1)}
$PY -m training.cli ppo --output-dir "$OUT" --reward-model "$RM" --iterations "$ITERS" --rollout-batch-size 8 \
  --minibatch-size 4 --ppo-epochs 2 --max-new-tokens 40 --lora --lr 1e-4 ${KL_FLAGS:---kl-coef 0.05 --kl-controller fixed} \
  --save-every 4 --seed 0
$PY - "$OUT" <<'PYEOF'
import json, sys
from pathlib import Path
rows = [json.loads(l) for l in (Path(sys.argv[1]) / "metrics.jsonl").read_text().splitlines()]
rows = [r for r in rows if "score" in r]
keys = [k for k in ("score", "kl", "kl_coef", "reward", "entropy", "clipfrac", "value_error") if k in rows[0]]
print("| iteration | " + " | ".join(keys) + " |")
print("|---" * (len(keys) + 1) + "|")
for r in rows:
    print(f"| {r['step']} | " + " | ".join(f"{r[k]:.4f}" for k in keys) + " |")
q = max(1, len(rows) // 4)
mean = lambda rs, k: sum(r[k] for r in rs) / len(rs)
print(f"\nfirst {q} iterations: score {mean(rows[:q], 'score'):.4f}, kl {mean(rows[:q], 'kl'):.4f}; "
      f"last {q}: score {mean(rows[-q:], 'score'):.4f}, kl {mean(rows[-q:], 'kl'):.4f}; "
      f"max kl {max(r['kl'] for r in rows):.4f}")
PYEOF
