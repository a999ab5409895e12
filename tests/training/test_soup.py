"""`aligned-train soup`: weight averaging of reward models (training/soup.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from training import soup
from training.checkpointing import META_FILE


def _weights(model_dir: Path) -> dict[str, torch.Tensor]:
    out: dict[str, torch.Tensor] = {}
    for f in sorted(model_dir.glob("*.safetensors")):
        out.update(load_file(str(f)))
    return out


def test_average_is_the_weighted_sum_of_each_tensor() -> None:
    a = {"w": torch.tensor([1.0, 2.0]), "ids": torch.tensor([1, 2])}
    b = {"w": torch.tensor([3.0, 6.0]), "ids": torch.tensor([1, 2])}
    out = soup.average([a, b], [0.25, 0.75])
    assert torch.allclose(out["w"], torch.tensor([2.5, 5.0]))
    assert torch.equal(out["ids"], a["ids"])


@pytest.mark.parametrize("weights", [[0.5, 0.6], [1.5, -0.5], [1.0]])
def test_average_refuses_weights_that_are_not_a_convex_combination(weights: list[float]) -> None:
    a = {"w": torch.zeros(2)}
    with pytest.raises(soup.SoupError):
        soup.average([a, dict(a)], weights)


def test_average_refuses_other_tensors_or_shapes() -> None:
    with pytest.raises(soup.SoupError, match="other tensors"):
        soup.average([{"w": torch.zeros(2)}, {"v": torch.zeros(2)}], [0.5, 0.5])
    with pytest.raises(soup.SoupError, match="shapes differ"):
        soup.average([{"w": torch.zeros(2)}, {"w": torch.zeros(3)}], [0.5, 0.5])
    with pytest.raises(soup.SoupError, match="non-float"):
        soup.average([{"i": torch.tensor([1])}, {"i": torch.tensor([2])}], [0.5, 0.5])


def test_soup_of_two_reward_models_loads_and_scores(tiny_rm_dir: Path, tiny_rm_dir_b: Path, tmp_path: Path) -> None:
    from reward_models.hf import HFRewardModel

    out = tmp_path / "soup"
    assert soup.main(["--models", f"{tiny_rm_dir},{tiny_rm_dir_b}", "--weights", "0.25,0.75",
                      "--output-dir", str(out)]) == 0
    a, b, s = _weights(tiny_rm_dir), _weights(tiny_rm_dir_b), _weights(out)
    assert set(s) == set(a)
    for key in a:
        assert torch.allclose(s[key], 0.25 * a[key].float() + 0.75 * b[key].float(), atol=1e-6), key
    meta = json.loads((out / META_FILE).read_text())
    assert meta["recipe"] == "soup" and [m["weight"] for m in meta["members"]] == [0.25, 0.75]
    assert meta["version"]
    prompts, answers = ["hello", "hello"], ["a short answer", "another answer here"]
    scores = HFRewardModel.load(out, name="soup").score(prompts, answers)
    assert len(scores) == 2 and all(isinstance(x, float) for x in scores)
    # weight 1 on one member reproduces it exactly
    only_a = tmp_path / "only_a"
    assert soup.main(["--models", f"{tiny_rm_dir},{tiny_rm_dir_b}", "--weights", "1,0",
                      "--output-dir", str(only_a)]) == 0
    assert HFRewardModel.load(only_a, name="a").score(prompts, answers) == pytest.approx(
        HFRewardModel.load(tiny_rm_dir, name="a").score(prompts, answers), abs=1e-5)


def test_soup_refuses_members_of_another_architecture(tiny_rm_dir: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other"
    shutil.copytree(tiny_rm_dir, other)
    config = json.loads((other / "config.json").read_text())
    config["num_hidden_layers"] = config["num_hidden_layers"] + 1
    (other / "config.json").write_text(json.dumps(config))
    assert soup.main(["--models", f"{tiny_rm_dir},{other}", "--output-dir", str(tmp_path / "out")]) == 2
    assert "num_hidden_layers" in capsys.readouterr().err
    # same config, a tensor missing
    broken = tmp_path / "broken"
    shutil.copytree(tiny_rm_dir, broken)
    weights = _weights(broken)
    weights.pop(sorted(weights)[0])
    for f in broken.glob("*.safetensors"):
        f.unlink()
    save_file(weights, str(broken / "model.safetensors"))
    assert soup.main(["--models", f"{tiny_rm_dir},{broken}", "--output-dir", str(tmp_path / "out2")]) == 2
    assert not (tmp_path / "out2" / META_FILE).exists()
