"""Read every probe with two checkouts of the reader and print the probes they read differently: the tool of an
adversarial review of a reader change (docs/experiments.md, session 32).

    git worktree add --detach /tmp/old <commit before>   # and the change under review in /tmp/new (or the tree)
    python scripts/compare_reads.py PROBES.txt --old /tmp/old --new .        # one probe per line, "\\n" for a newline
    python scripts/compare_reads.py PROBES.txt --old /tmp/old --new . --all  # also every new reading

Each side runs in its own interpreter with that checkout first on the path, so both readers are imported as written.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

_READ = """
import json, sys
from reward_models.instructions import parse_instructions
probes = json.load(open(sys.argv[1]))
print(json.dumps([[(f.kind, f.args) for f in parse_instructions(p)] for p in probes], default=str))
"""


def read_all(checkout: str, probes_file: str) -> list[list[object]]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(checkout)}
    done = subprocess.run([sys.executable, "-c", _READ, probes_file], cwd=checkout, env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode:
        sys.exit(done.stderr)
    reads: list[list[object]] = json.loads(done.stdout)
    return reads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probes", help="a text file, one probe per line")
    parser.add_argument("--old", required=True, help="checkout of the reader before the change")
    parser.add_argument("--new", default=".", help="checkout of the reader after it (default: this tree)")
    parser.add_argument("--all", action="store_true", help="also print every probe's new reading")
    args = parser.parse_args()
    with open(args.probes, encoding="utf-8") as f:
        lines = [line.rstrip("\n").replace("\\n", "\n") for line in f if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump(lines, tmp)
    old, new = read_all(args.old, tmp.name), read_all(args.new, tmp.name)
    os.unlink(tmp.name)
    changed = 0
    for probe, before, after in zip(lines, old, new, strict=True):
        if sorted(map(repr, before)) != sorted(map(repr, after)):
            changed += 1
            print(repr(probe), "\n  OLD", before, "\n  NEW", after)
    if args.all:
        for probe, after in zip(lines, new, strict=True):
            print("NEW-ALL", repr(probe), after)
    print(f"{changed} of {len(lines)} probes read differently")


if __name__ == "__main__":
    main()
