"""The committed default reward model: it materialises on the default generator and scores as recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligned_core import default_models, rm_artifact


def test_the_committed_artifact_materialises_and_scores_as_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reward_models.hf import HFRewardModel

    if not (default_models.DEFAULT_RM_ARTIFACT / rm_artifact.ARTIFACT_FILE).is_file():
        pytest.skip("no committed default reward-model artifact yet: `make rm` trains and packs it")
    info = rm_artifact.read_artifact(default_models.DEFAULT_RM_ARTIFACT)
    reference = info["reference_scores"]
    assert len(reference) >= 8, "the artifact must carry reference scores (python -m training.recipes.default_rm)"
    base = default_models.default_generator_dir()
    monkeypatch.setenv("ALIGNED_SERVE_CACHE", str(tmp_path))
    monkeypatch.setattr(default_models, "default_generator_dir", lambda: base)
    model_dir = default_models.default_reward_model_dir()
    assert model_dir == tmp_path / "reward-models" / "default"
    model = HFRewardModel.load(model_dir, name="default", max_length=256)
    scores = model.score([r["prompt"] for r in reference], [r["response"] for r in reference])
    for got, row in zip(scores, reference, strict=True):
        assert got == pytest.approx(row["score"], abs=1e-3)
    # The recorded scores rank each held-out pair's chosen answer; the model must at least agree with itself.
    chosen, rejected = scores[0::2], scores[1::2]
    assert sum(c > r for c, r in zip(chosen, rejected, strict=True)) == sum(
        row_c["score"] > row_r["score"] for row_c, row_r in zip(reference[0::2], reference[1::2], strict=True))
