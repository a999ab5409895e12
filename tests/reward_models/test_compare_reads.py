"""scripts/compare_reads.py reads each probe with two checkouts and prints only those they read differently."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_two_checkouts_are_compared_probe_by_probe(tmp_path: Path) -> None:
    # an "old" reader that reads nothing: a checkout whose parse_instructions returns ()
    old = tmp_path / "old" / "reward_models"
    old.mkdir(parents=True)
    (old / "__init__.py").write_text("")
    (old / "instructions.py").write_text("def parse_instructions(text):\n    return ()\n")
    probes = tmp_path / "probes.txt"
    probes.write_text("Keep it under 80 words.\nWhat is a haiku?\nLine one\\nLine two: in all lowercase.\n")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "compare_reads.py"), str(probes), "--old",
                           str(tmp_path / "old"), "--new", str(REPO)], capture_output=True, text=True, check=True)
    out = done.stdout
    assert "'Keep it under 80 words.'" in out and "words_max" in out and "79" in out
    assert "What is a haiku?" not in out  # read alike (nothing) by both
    assert "lowercase" in out  # the "\n" escape is a newline, and the probe still reads
    assert out.rstrip().endswith("2 of 3 probes read differently")
