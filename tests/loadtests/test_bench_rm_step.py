"""loadtests/bench_rm_step.py on a tiny model: every way runs the same batches and gives the same rewards, up to
float rounding (bf16 rounding for the autocast way)."""

import re

from loadtests import bench_rm_step
from tests.training.recipes.conftest import toy_pairs, write_jsonl


def test_prints_every_way_and_small_reward_differences(tiny_lm_dir, tmp_path, capsys):
    data = write_jsonl(tmp_path / "pairs.jsonl", toy_pairs(8, seed=0))
    assert bench_rm_step.main(["--data", str(data), "--base", str(tiny_lm_dir), "--steps", "2", "--batch-size", "4",
                               "--num-layers", "2", "--freeze-layers", "0", "--threads", "1"]) == 0
    out = capsys.readouterr().out
    rows = dict(re.findall(r"^(whole sequences|shared prefix|\+ packed|\+ bf16 autocast)\s+\|\s+\d+\s+\|\s+([\d.]+)",
                           out, re.M))
    assert len(rows) == 4 and all(float(s) >= 0 for s in rows.values())  # a 2-layer toy step can print 0.00 s
    diffs = {name: (float(d), float(size)) for name, d, size in
             re.findall(r"difference, (.+?) vs whole sequences: (\S+) \(mean \|reward\| (\S+)\)", out)}
    assert set(diffs) == {"shared prefix", "+ packed", "+ bf16 autocast"}
    assert diffs["shared prefix"][0] < 1e-4 and diffs["+ packed"][0] < 1e-4
    bf16, size = diffs["+ bf16 autocast"]
    assert diffs["+ packed"][0] < bf16 < 0.1 * size + 1e-2  # bf16 rounding, not another computation
