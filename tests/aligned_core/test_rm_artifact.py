"""The committed reward-model artifact: pack a model trained on a base's layers, materialise it, same scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from aligned_core import default_models, rm_artifact


def _scores(path: Path, ids: torch.Tensor) -> torch.Tensor:
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(path, dtype=torch.float32).eval()
    with torch.no_grad():
        return model(input_ids=ids).logits[:, 0]


@pytest.fixture(scope="module")
def trained_rm(tmp_path_factory: pytest.TempPathFactory, tiny_lm_dir: Path) -> Path:
    """A reward model on the tiny LM's layers whose embeddings and layer 0 are untouched, as the default's are."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    path = tmp_path_factory.mktemp("trained-rm")
    torch.manual_seed(1)
    model = AutoModelForSequenceClassification.from_pretrained(tiny_lm_dir, num_labels=1, dtype=torch.float32)
    with torch.no_grad():
        for p in model.model.layers[1].parameters():
            p.add_(0.01 * torch.randn_like(p))
    model.config.pad_token_id = model.config.eos_token_id
    model.save_pretrained(path, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_lm_dir).save_pretrained(path)
    (path / "aligned_meta.json").write_text(json.dumps({"version": "rm-test-1", "recipe": "rm"}))
    return path


def test_pack_keeps_only_changed_tensors_and_materialise_gives_the_same_scores(
    trained_rm: Path, tiny_lm_dir: Path, tmp_path: Path
) -> None:
    info = rm_artifact.pack(trained_rm, tiny_lm_dir, tmp_path / "artifact")
    assert "model.embed_tokens.weight" in info["from_base"]
    assert all(not n.startswith("model.layers.1.") for n in info["from_base"])  # the trained layer is in the delta
    assert any(n.startswith("model.layers.0.") for n in info["from_base"])
    assert 0 < info["max_abs_rounding_error"] < 1e-3  # float16 storage
    out = rm_artifact.materialise(tmp_path / "artifact", tiny_lm_dir, tmp_path / "rm")
    ids = torch.tensor([[5, 17, 42, 9, 3], [7, 7, 8, 100, 2]])
    torch.testing.assert_close(_scores(out, ids), _scores(trained_rm, ids), atol=2e-3, rtol=1e-3)
    meta = json.loads((out / "aligned_meta.json").read_text())
    assert meta["version"] == "rm-test-1" and meta["materialised_from"]["version"] == "rm-test-1"


def test_materialise_refuses_another_base(trained_rm: Path, tiny_lm_dir: Path, tmp_path: Path) -> None:
    from tests.tiny_models import build_tiny_lm

    rm_artifact.pack(trained_rm, tiny_lm_dir, tmp_path / "artifact")
    other = build_tiny_lm(tmp_path / "other-base", tiny_lm_dir, seed=3)
    with pytest.raises(rm_artifact.ArtifactError, match="not the checkpoint this artifact was trained on"):
        rm_artifact.materialise(tmp_path / "artifact", other, tmp_path / "rm")
    assert not (tmp_path / "rm").exists()


def test_default_reward_model_dir_names_the_command_when_there_is_no_artifact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIGNED_SERVE_CACHE", str(tmp_path / "cache"))
    with pytest.raises(default_models.DefaultModelError, match="make rm"):
        default_models.default_reward_model_dir(artifact=tmp_path / "no-artifact")


def test_default_reward_model_dir_materialises_once_per_version(
    trained_rm: Path, tiny_lm_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIGNED_SERVE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(default_models, "default_generator_dir", lambda: tiny_lm_dir)
    rm_artifact.pack(trained_rm, tiny_lm_dir, tmp_path / "artifact")
    first = default_models.default_reward_model_dir(artifact=tmp_path / "artifact")
    stamp = (first / "model.safetensors").stat().st_mtime_ns
    again = default_models.default_reward_model_dir(artifact=tmp_path / "artifact")
    assert again == first and (again / "model.safetensors").stat().st_mtime_ns == stamp


def test_a_low_rank_change_is_stored_as_two_factors_and_materialises_to_the_same_scores(
    tiny_lm_dir: Path, tmp_path: Path
) -> None:
    """A model trained with LoRA at full depth changes every layer by a rank-r matrix: `rank=r` stores each as
    two factors (far smaller than the matrices), and a change of higher rank (a fully trained head) whole."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(2)
    model = AutoModelForSequenceClassification.from_pretrained(tiny_lm_dir, num_labels=1, dtype=torch.float32)
    changed = []
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() == 2 and ".layers." in name:  # every layer's matrices, as merged LoRA adapters leave them
                p.add_(0.05 * torch.randn(p.shape[0], 2) @ torch.randn(2, p.shape[1]))
                changed.append(name)
    model.config.pad_token_id = model.config.eos_token_id
    trained = tmp_path / "lora-rm"
    model.save_pretrained(trained, safe_serialization=True)
    AutoTokenizer.from_pretrained(tiny_lm_dir).save_pretrained(trained)

    info = rm_artifact.pack(trained, tiny_lm_dir, tmp_path / "artifact", rank=2)
    full = rm_artifact.pack(trained, tiny_lm_dir, tmp_path / "artifact-whole")
    assert info["format"] == 2 and sorted(info["lowrank"]) == sorted(changed)
    assert full["lowrank"] == [] and full["format"] == 1
    assert info["delta_parameters"] < full["delta_parameters"] / 2
    assert 0 < info["max_abs_rounding_error"] < 1e-3
    out = rm_artifact.materialise(tmp_path / "artifact", tiny_lm_dir, tmp_path / "rm")
    ids = torch.tensor([[5, 17, 42, 9, 3], [7, 7, 8, 100, 2]])
    torch.testing.assert_close(_scores(out, ids), _scores(trained, ids), atol=2e-3, rtol=1e-3)

    # rank 1 cannot hold a rank-2 change: every matrix is stored whole, and still materialises exactly
    whole = rm_artifact.pack(trained, tiny_lm_dir, tmp_path / "artifact-r1", rank=1)
    assert whole["lowrank"] == []


def test_a_newer_artifact_format_is_refused(trained_rm: Path, tiny_lm_dir: Path, tmp_path: Path) -> None:
    rm_artifact.pack(trained_rm, tiny_lm_dir, tmp_path / "artifact")
    info = json.loads((tmp_path / "artifact" / "artifact.json").read_text())
    (tmp_path / "artifact" / "artifact.json").write_text(json.dumps({**info, "format": 3}))
    with pytest.raises(rm_artifact.ArtifactError, match="format 3"):
        rm_artifact.materialise(tmp_path / "artifact", tiny_lm_dir, tmp_path / "rm")
    with pytest.raises(rm_artifact.ArtifactError, match="rank"):
        rm_artifact.pack(trained_rm, tiny_lm_dir, tmp_path / "a0", rank=0)
