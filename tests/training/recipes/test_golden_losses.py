"""Every recipe's first 20 steps give the losses recorded before the shared training loop replaced the four copies
(golden_losses.json, written by golden_losses.py from the code of that day; see its docstring).

Each logged value of the fixture (losses, metrics, learning rates, eval rows) must come out again. The rows may gain
keys (the loop logs "lr" for PPO too), never lose or change one. On the machine that wrote the fixture the values
are identical; the tolerance only absorbs float differences between CPUs (one thread, no GPU).
"""

import json
from pathlib import Path

import pytest
import torch

from tests.training.recipes import golden_losses

GOLDEN = json.loads(golden_losses.FIXTURE.read_text())


def test_the_fixture_covers_every_recipe_for_20_steps() -> None:
    assert set(GOLDEN) == set(golden_losses.CASES)
    for name, rows in GOLDEN.items():
        steps = [r["step"] for r in rows if "loss" in r or "policy_loss" in r]
        assert steps == list(range(1, golden_losses.STEPS + 1)), name


@pytest.mark.parametrize("case", sorted(golden_losses.CASES))
def test_losses_match_the_recording(case: str, tiny_lm_dir: Path, tmp_path: Path) -> None:
    rows = golden_losses.run_case(case, tiny_lm_dir, tmp_path)
    expected = GOLDEN[case]
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected):
        assert set(want) <= set(got), (want["step"], set(want) - set(got))
        numbers = sorted(k for k, v in want.items() if isinstance(v, (int, float)))
        torch.testing.assert_close(torch.tensor([float(got[k]) for k in numbers], dtype=torch.float64),
                                   torch.tensor([float(want[k]) for k in numbers], dtype=torch.float64),
                                   rtol=1e-5, atol=1e-7, msg=lambda m, step=want["step"]: f"{case} step {step}: {m}")
