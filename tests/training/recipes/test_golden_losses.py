"""Every recipe's first 20 steps give the losses recorded before the shared training loop replaced the four copies
(golden_losses.json, written by golden_losses.py from the code of that day; see its docstring).

Each logged value of the fixture (losses, metrics, learning rates, eval rows) must come out again. The rows may gain
keys (the loop logs "lr" for PPO too), never lose or change one. On the machine that wrote the fixture the values
are identical; the tolerance only absorbs float differences between CPUs of that kind (one thread, no GPU). It was
written on a CPU without native bf16 (AVX2): on one with AVX512-BF16 other kernels round differently, the runs drift
apart step by step (a PPO sample can flip), and bf16 autocast is native instead of emulated; there only the first
two steps of each float32 case are compared, more loosely, which still catches any change to a loss or the loop.
"""

import json
from pathlib import Path

import pytest
import torch

from aligned_core.platform import cpu_has_native_bf16
from tests.training.recipes import golden_losses

GOLDEN = json.loads(golden_losses.FIXTURE.read_text())


def test_the_fixture_covers_every_recipe_for_20_steps() -> None:
    assert set(GOLDEN) == set(golden_losses.CASES)
    for name, rows in GOLDEN.items():
        steps = [r["step"] for r in rows if "loss" in r or "policy_loss" in r]
        assert steps == list(range(1, golden_losses.STEPS + 1)), name


@pytest.mark.parametrize("case", sorted(golden_losses.CASES))
def test_losses_match_the_recording(case: str, tiny_lm_dir: Path, tmp_path: Path) -> None:
    other_cpu = cpu_has_native_bf16()  # the fixture's CPU had none
    if other_cpu and "bf16" in case:
        pytest.skip("recorded with emulated bf16; this CPU computes bf16 natively and rounds otherwise")
    rows = golden_losses.run_case(case, tiny_lm_dir, tmp_path)
    expected = GOLDEN[case]
    assert len(rows) == len(expected)
    rtol, atol = (1e-3, 1e-4) if other_cpu else (1e-5, 1e-7)
    for got, want in zip(rows, expected):
        if other_cpu and want["step"] > 2:
            continue
        assert set(want) <= set(got), (want["step"], set(want) - set(got))
        numbers = sorted(k for k, v in want.items() if isinstance(v, (int, float)))
        torch.testing.assert_close(torch.tensor([float(got[k]) for k in numbers], dtype=torch.float64),
                                   torch.tensor([float(want[k]) for k in numbers], dtype=torch.float64),
                                   rtol=rtol, atol=atol, msg=lambda m, step=want["step"]: f"{case} step {step}: {m}")
