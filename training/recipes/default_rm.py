"""Retrain the default reward model with its recipe and repack the committed artifact (`make rm`).

The server never trains: it materialises the default reward model from `aligned_core/artifacts/default-rm`
(`aligned_core.default_models`). This module is how that artifact is made:

1. train `DEFAULT_RM_PRESET` (training/recipes/rm.py) into `--output-dir` (resumable; default runs/default-rm);
2. score a fixed set of bundled held-out pairs with the trained model through the serving runtime
   (`reward_models.hf.HFRewardModel`), after the float16 round trip the artifact imposes;
3. pack the tensors that training changed, the scores above (the test suite checks a fresh materialisation
   against them) and the training metadata into the artifact directory.

    python -m training.recipes.default_rm                      # train (or resume), then pack
    python -m training.recipes.default_rm --from-dir runs/rm    # pack an already trained model
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from aligned_core import rm_artifact
from aligned_core.default_models import DEFAULT_RM_ARTIFACT, default_generator_dir
from training.recipes.rm import BUNDLED, ensure_default_reward_model

REFERENCE_FILE = BUNDLED / "heldout.pairs.jsonl"
REFERENCE_PAIRS = 8


def reference_rows(path: Path = REFERENCE_FILE, count: int = REFERENCE_PAIRS) -> list[dict[str, Any]]:
    """The first `count` (prompt, chosen, rejected) rows of the bundled held-out pairs."""
    rows = []
    with open(path) as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
            if len(rows) == count:
                break
    return rows


def score_rows(model_dir: Path, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row's chosen and rejected answer scored by the serving runtime, as the server would score them."""
    from reward_models.hf import HFRewardModel

    model = HFRewardModel.load(model_dir, name="default", max_length=256)
    prompts = [r["prompt"] for r in rows for _ in (0, 1)]
    answers = [a for r in rows for a in (r["chosen"], r["rejected"])]
    scores = model.score(prompts, answers)
    return [{"prompt": p, "response": a, "score": s} for p, a, s in zip(prompts, answers, scores, strict=True)]


def pack_default(trained: Path, artifact: Path = DEFAULT_RM_ARTIFACT) -> dict[str, Any]:
    """Pack `trained` as the default artifact, with reference scores of its float16-rounded materialisation."""
    base = default_generator_dir()
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "artifact"
        rm_artifact.pack(trained, base, draft)
        rounded = rm_artifact.materialise(draft, base, Path(tmp) / "model")
        reference = score_rows(rounded, reference_rows())
    return rm_artifact.pack(trained, base, artifact, reference=reference)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.recipes.default_rm", description=__doc__.split("\n")[0])
    parser.add_argument("--output-dir", default="runs/default-rm", help="where the recipe trains (resumable)")
    parser.add_argument("--from-dir", default=None, help="pack this trained model instead of training")
    parser.add_argument("--artifact", default=str(DEFAULT_RM_ARTIFACT), help="artifact directory to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    trained = Path(args.from_dir) if args.from_dir else ensure_default_reward_model(Path(args.output_dir))
    info = pack_default(trained, Path(args.artifact))
    print(json.dumps({k: info[k] for k in ("delta_tensors", "delta_parameters", "max_abs_rounding_error")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
