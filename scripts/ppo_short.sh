#!/usr/bin/env bash
# A short PPO run on the CPU with the default models: SmolLM2-135M policy (LoRA), the default reward model,
# bundled train prompts, per-token KL penalty to the frozen initial policy. Writes runs/ppo/{metrics.jsonl,
# curves.png} and prints the first and last iterations' mean reward and KL.
#
#   bash scripts/ppo_short.sh [OUT_DIR] [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${1:-runs/ppo}
ITERS=${2:-16}
RM=${RM:-$($PY -m training.recipes.rm --default | tail -n 1)}
$PY -m training.cli ppo --output-dir "$OUT" --reward-model "$RM" --iterations "$ITERS" --rollout-batch-size 8 \
  --minibatch-size 4 --ppo-epochs 2 --max-new-tokens 40 --lora --lr 1e-4 --kl-coef 0.05 --kl-controller fixed \
  --save-every 4 --seed 0
$PY - "$OUT" <<'PYEOF'
import json, sys
from pathlib import Path
rows = [json.loads(l) for l in (Path(sys.argv[1]) / "metrics.jsonl").read_text().splitlines()]
rows = [r for r in rows if "score" in r]
keys = [k for k in ("score", "kl", "reward", "entropy", "clipfrac", "value_error") if k in rows[0]]
print("| iteration | " + " | ".join(keys) + " |")
print("|---" * (len(keys) + 1) + "|")
for r in rows:
    print(f"| {r['step']} | " + " | ".join(f"{r[k]:.4f}" for k in keys) + " |")
PYEOF
