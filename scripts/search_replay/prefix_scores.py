"""Score every 8-token prefix of a split's judged draws once, for `replay.py`: the default reward model (int8 for
prefixes, as `--reward-partial-dtype int8`; float32 for whole answers) and `rule:instructions` (whole answers, and
its partial twin at the time of the run). Resumable; shard it over cores:

    for s in 0 1; do taskset -c $s python scripts/search_replay/prefix_scores.py validation $s 2 300 &; done

Writes runs/exp/pfx/<split>.<shard>.jsonl (one line per prompt).
"""
import json
import sys
from pathlib import Path

from transformers import AutoTokenizer

from aligned_core.default_models import default_generator_dir
from training.data import bundle as bd
from training.eval import load_scorer, pass_labels
from training.recipes.common import set_torch_threads

split, shard, nshard, limit = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
set_torch_threads(1)
tok = AutoTokenizer.from_pretrained(default_generator_dir(), local_files_only=True)
V1 = str(Path("~/.cache/aligned-serve/reward-models/default").expanduser())
full = load_scorer(V1)
pre = load_scorer(V1, dtype="int8")
ver = load_scorer("rule:instructions")
verp = ver.partial
out = Path(f"runs/exp/pfx/{split}.{shard}.jsonl")
done = set()
if out.exists():
    done = {json.loads(line)["i"] for line in out.read_text().splitlines() if line.strip()}
lists = bd.load_split(split, bd.BUNDLE_V2)[:limit]
with out.open("a") as f:
    for i, row in enumerate(lists):
        if i % nshard != shard or i in done:
            continue
        ids = [tok(r, add_special_tokens=False)["input_ids"] for r in row.responses]
        lens = [max(1, len(x)) for x in ids]
        rec = {"i": i, "lens": lens, "passes": pass_labels(row),
               "full": full.score([row.prompt] * len(lens), list(row.responses)),
               "vfull": ver.score([row.prompt] * len(lens), list(row.responses))}
        asks = [(j, t) for j, n in enumerate(lens) for t in range(8, n, 8)]
        texts = [tok.decode(ids[j][:t]) for j, t in asks]
        rp = pre.score([row.prompt] * len(texts), texts) if texts else []
        rv = verp.score([row.prompt] * len(texts), texts) if texts else []
        rec["pre"] = [[j, t, a, b] for (j, t), a, b in zip(asks, rp, rv)]
        f.write(json.dumps(rec) + "\n")
        f.flush()
        print(i, len(asks), flush=True)
