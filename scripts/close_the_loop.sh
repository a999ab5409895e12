#!/usr/bin/env bash
# One round of closing the loop on the bundled instruction-following task, on a CPU, with the default models:
#
#   best-of-8 samples of the default generator (training/data/bundled/train.ranked.jsonl, from `aligned-train synth`)
#   → scored by the default reward model and written to a feedback log as best_of_n rows    (aligned-train replay)
#   → exported as winners (SFT) and best-vs-worst pairs                                     (aligned-train export)
#   → SFT on the winners (one RFT round), DPO on the pairs                                  (aligned-train sft / dpo)
#   → judged pass rate of n=1 sampling on held-out prompts, before and after                (aligned-train eval-policy)
#
#   bash scripts/close_the_loop.sh [OUT_DIR]        # default runs/loop; reruns skip finished steps
#
# Prints a before/after table at the end; every number in the README's loop table comes from here.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${1:-runs/loop}
BUNDLED=training/data/bundled
RM=${RM:-$($PY -m training.recipes.rm --default | tail -n 1)}
TRAIN="$PY -m training.cli"
EVAL_FLAGS=${EVAL_FLAGS:---samples 4 --max-new-tokens 96 --temperature 0.8 --seed 0}
mkdir -p "$OUT"

if [ ! -f "$OUT/feedback.sqlite.done" ]; then
  rm -f "$OUT"/feedback.sqlite*
  $TRAIN replay --ranked "$BUNDLED/train.ranked.jsonl" --reward-model "$RM" --db "$OUT/feedback.sqlite" \
    --generator SmolLM2-135M-Instruct
  touch "$OUT/feedback.sqlite.done"
fi
$TRAIN export --db "$OUT/feedback.sqlite" --format sft --out "$OUT/winners.jsonl" ${SFT_MIN_REWARD:+--min-reward $SFT_MIN_REWARD}
$TRAIN export --db "$OUT/feedback.sqlite" --format pairs --out "$OUT/pairs.jsonl" --min-margin "${PAIR_MIN_MARGIN:-0.5}"

[ -f "$OUT/eval-base.json" ] || $TRAIN eval-policy $EVAL_FLAGS --out "$OUT/eval-base.json" >/dev/null
[ -f "$OUT/rft/aligned_meta.json" ] || $TRAIN sft --train-data "$OUT/winners.jsonl" --output-dir "$OUT/rft" \
  --lora --lr 2e-4 --epochs 1 --batch-size 8 --max-length 320
[ -f "$OUT/eval-rft.json" ] || $TRAIN eval-policy --model "$OUT/rft" $EVAL_FLAGS --out "$OUT/eval-rft.json" >/dev/null
[ -f "$OUT/dpo/aligned_meta.json" ] || $TRAIN dpo --train-data "$OUT/pairs.jsonl" --output-dir "$OUT/dpo" \
  --lora --lr 2e-4 --beta 0.1 --epochs 1 --batch-size 4 --max-length 320
[ -f "$OUT/eval-dpo.json" ] || $TRAIN eval-policy --model "$OUT/dpo" $EVAL_FLAGS --out "$OUT/eval-dpo.json" >/dev/null

$PY - "$OUT" <<'EOF'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
rows = [("default generator", "eval-base.json"), ("RFT on RM best-of-8 winners", "eval-rft.json"),
        ("DPO on RM best-vs-worst pairs", "eval-dpo.json")]
print("| policy | held-out pass rate (n=1) | judge score | any of 4 passes |")
print("|---|---|---|---|")
for name, f in rows:
    r = json.loads((out / f).read_text())
    print(f"| {name} | {r['pass_rate']:.3f} | {r['judge_score']:.3f} | {r['any_pass']:.3f} |")
r = json.loads((out / rows[0][1]).read_text())
print(f"\n{r['prompts']} held-out prompts x {r['samples_per_prompt']} samples, sampling {r['sampling']}, seed {r['seed']}")
EOF
