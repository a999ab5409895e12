"""`aligned-train soup`: one reward model from the weighted average of the weights of several.

Weight averaging ("model soups", Wortsman et al. 2022; for reward models "WARM", Ramé et al. 2024, arXiv
2401.12187) merges models fine-tuned from the same pretrained weights into one with the cost of one: no second
forward at serving time, unlike an ensemble of scores. It tends to keep what the members share and average out
what each learned only from its own data, which is what a reward model facing unseen prompts needs.

    aligned-train soup --models runs/exp/E,~/.cache/aligned-serve/reward-models/default --weights 0.75,0.25 \
        --output-dir runs/exp/W75

Every member must have the same architecture (config.json) and the same tensors with the same shapes; averaging
unrelated fine-tunes (different bases, different score-head initialisations) is refused only where the shapes
differ, so check the soup on validation (`aligned-train eval-rm`) like any candidate. The output is a plain
Hugging Face checkpoint with the first member's config and tokenizer, in float32, and an `aligned_meta.json`
naming the members, their versions and weights.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from aligned_core.checkpoint_meta import read_meta
from training.checkpointing import META_FILE, build_meta

# config.json fields that may differ between members of one architecture
_CONFIG_IGNORED = frozenset({"_name_or_path", "transformers_version", "torch_dtype", "dtype"})


class SoupError(ValueError):
    """The members cannot be averaged."""


def _read_state(model_dir: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    files = sorted(model_dir.glob("*.safetensors"))
    if not files:
        raise SoupError(f"{model_dir}: no *.safetensors weights")
    state: dict[str, torch.Tensor] = {}
    for f in files:
        state.update(load_file(str(f)))
    return state


def _config(model_dir: Path) -> dict[str, Any]:
    path = model_dir / "config.json"
    if not path.is_file():
        raise SoupError(f"{model_dir}: no config.json")
    return {k: v for k, v in json.loads(path.read_text()).items() if k not in _CONFIG_IGNORED}


def average(states: Sequence[dict[str, torch.Tensor]], weights: Sequence[float]) -> dict[str, torch.Tensor]:
    """sum_i weights[i] * states[i], tensor by tensor, in float32 (integer tensors must be equal and are kept)."""
    if len(states) != len(weights) or len(states) < 2:
        raise SoupError(f"need at least 2 members and one weight each; got {len(states)} and {len(weights)}")
    if any(w < 0 for w in weights) or abs(sum(weights) - 1.0) > 1e-6:
        raise SoupError(f"weights must be >= 0 and sum to 1; got {list(weights)}")
    keys = set(states[0])
    for i, s in enumerate(states[1:], 1):
        if set(s) != keys:
            diff = sorted(keys.symmetric_difference(s))[:5]
            raise SoupError(f"member {i} has other tensors than member 0 (e.g. {diff})")
    out = {}
    for key in sorted(keys):
        tensors = [s[key] for s in states]
        if any(t.shape != tensors[0].shape for t in tensors):
            raise SoupError(f"{key}: shapes differ: {[tuple(t.shape) for t in tensors]}")
        if not tensors[0].is_floating_point():
            if any(not torch.equal(t, tensors[0]) for t in tensors):
                raise SoupError(f"{key}: non-float tensors differ between members")
            out[key] = tensors[0].clone()
            continue
        out[key] = sum(w * t.float() for w, t in zip(weights, tensors, strict=True))
    return out


def soup(models: Sequence[Path], weights: Sequence[float], output_dir: Path) -> Path:
    """Average the members' weights and save a complete checkpoint (config, tokenizer, aligned_meta.json)."""
    from accelerate import Accelerator
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from training.checkpointing import save_final

    configs = [_config(m) for m in models]
    for m, c in zip(models[1:], configs[1:], strict=True):
        if c != configs[0]:
            diff = sorted(k for k in set(c) | set(configs[0]) if c.get(k) != configs[0].get(k))
            raise SoupError(f"{m}: config.json differs from {models[0]}'s in {diff}")
    state = average([_read_state(m) for m in models], weights)
    model = AutoModelForSequenceClassification.from_pretrained(models[0], torch_dtype=torch.float32)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise SoupError(f"the averaged tensors do not fit {models[0]}'s model: missing {missing[:5]}, "
                        f"unexpected {unexpected[:5]}")
    tokenizer = AutoTokenizer.from_pretrained(models[0])
    metas = [read_meta(m) for m in models]
    members = [{"path": str(m), "version": meta.get("version"), "weight": w, "recipe": meta.get("recipe"),
                "config": meta.get("config"), "data": meta.get("data", [])}
               for m, w, meta in zip(models, weights, metas, strict=True)]
    config = {"models": [str(m) for m in models], "weights": list(weights), "output_dir": str(output_dir)}
    meta = build_meta("soup", config, data=[d for mb in members for d in mb["data"]], loss="soup",
                      steps=0, metrics={}, members=members, num_layers=metas[0].get("num_layers"))
    return save_final(Accelerator(cpu=True), model, tokenizer, output_dir, meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="aligned-train soup", description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", required=True, help="comma-separated model directories (same architecture)")
    ap.add_argument("--weights", help="comma-separated weights summing to 1 (default: equal)")
    ap.add_argument("--output-dir", required=True)
    args = ap.parse_args(argv)
    models = [Path(m).expanduser() for m in args.models.split(",") if m]
    weights = [float(w) for w in args.weights.split(",")] if args.weights else [1 / len(models)] * len(models)
    try:
        out = soup(models, weights, Path(args.output_dir))
    except SoupError as e:
        print(f"aligned-train soup: {e}", file=sys.stderr)
        return 2
    meta = json.loads((out / META_FILE).read_text())
    print(f"wrote {out} (version {meta['version']}): " + ", ".join(f"{w:g} x {m}" for m, w in zip(models, weights)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
