"""The committed task data. v1: every file loads, the manifest's counts match, no prompt is repeated across files, and
held-out topics never appear in train (the held-out split measures generalisation to new topics). v2: the prompt
files are what the manifest's seed makes, the sample shards are the ones it lists, and the bundle stays small."""

import json
from pathlib import Path

from training.data.formats import load_pairs, load_ranked
from training.data.ifeval_task import HELDOUT_TOPICS, TRAIN_TOPICS

BUNDLED = Path(__file__).resolve().parents[3] / "training" / "data" / "bundled"
MANIFEST = json.loads((BUNDLED / "manifest.json").read_text())
TRAIN_FILES = ["train.ranked.jsonl", *(m["file"] for m in MANIFEST.get("more_train", []))]
HELDOUT_FILES = ["heldout.ranked.jsonl", *(m["file"] for m in MANIFEST.get("more_heldout", []))]


def _key(prompt) -> str:
    return json.dumps(prompt, sort_keys=True)


def test_manifest_counts_match_the_files():
    k = MANIFEST["config"]["k"]
    for split in ("train", "heldout"):
        lists = load_ranked(BUNDLED / f"{split}.ranked.jsonl")
        assert len(lists) == MANIFEST["splits"][split]["prompts"]
        assert all(len(r.responses) == k for r in lists)
        assert len(load_pairs(BUNDLED / f"{split}.pairs.jsonl")) == MANIFEST["splits"][split]["pairs"]
    for more in MANIFEST.get("more_train", []) + MANIFEST.get("more_heldout", []):
        lists = load_ranked(BUNDLED / more["file"])
        assert len(lists) == more["prompts"] and sum(len(r.responses) for r in lists) == more["samples"]
        if "pairs_file" in more:
            assert len(load_pairs(BUNDLED / more["pairs_file"])) == more["pairs"]


def test_files_share_no_prompt_and_train_has_no_held_out_topic():
    heldout_prompts: set[str] = set()
    for name in HELDOUT_FILES:
        heldout = load_ranked(BUNDLED / name)
        assert {r.meta["topic"] for r in heldout} <= set(HELDOUT_TOPICS), name
        keys = [_key(r.prompt) for r in heldout]
        assert len(set(keys)) == len(keys) and not heldout_prompts & set(keys), name
        heldout_prompts |= set(keys)
    seen: set[str] = set()
    for name in TRAIN_FILES:
        lists = load_ranked(BUNDLED / name)
        assert {r.meta["topic"] for r in lists} <= set(TRAIN_TOPICS), name
        keys = [_key(r.prompt) for r in lists]
        assert len(set(keys)) == len(keys) and not seen & set(keys) and not heldout_prompts & set(keys), name
        seen |= set(keys)
    assert not set(TRAIN_TOPICS) & set(HELDOUT_TOPICS)


def test_eval_rm_default_is_the_whole_heldout_split():
    from training.eval import HELDOUT_RANKED

    assert [p.name for p in HELDOUT_RANKED] == HELDOUT_FILES


# ---------------------------------------------------------------------------------------------------- task v2

V2 = BUNDLED / "v2"
V2_MANIFEST = json.loads((V2 / "manifest.json").read_text())


def test_v2_prompt_files_match_the_manifest_and_regenerate_from_its_seed():
    from training.data import bundle as bd
    from training.tasks.instructions.splits import SplitSpec, build_splits

    spec = SplitSpec(seed=V2_MANIFEST["seed"], heldout_families=tuple(V2_MANIFEST["heldout"]["families"]),
                     counts={s: e["prompts"] for s, e in V2_MANIFEST["splits"].items()})
    rebuilt = build_splits(spec)
    for split, entry in V2_MANIFEST["splits"].items():
        path = V2 / entry["file"]
        assert bd.file_sha256(path) == entry["sha256"] and bd.content_sha256(path) == entry["content_sha256"]
        assert bd.load_prompt_dicts(V2, split) == [p.to_dict() for p in rebuilt[split]], split


def test_v2_sample_shards_match_the_manifest():
    from training.data import bundle as bd

    samples = V2_MANIFEST.get("samples", {})
    for split in bd.SPLITS:
        paths = bd.shard_paths(V2, split)
        entry = samples.get(split, {"shards": {}})
        assert {str(p.relative_to(V2)): bd.file_sha256(p) for p in paths} == entry["shards"], split
        if not paths:
            continue
        rows = bd.load_split(split, V2)
        known = {p["id"] for p in bd.load_prompt_dicts(V2, split)}
        ids = [r.meta["id"] for r in rows]
        assert len(set(ids)) == len(ids) == entry["prompts"] and set(ids) <= known, split
        assert all(len(r.responses) == entry["k"] for r in rows), split


def test_the_whole_bundle_stays_under_40_mb():
    total = sum(p.stat().st_size for p in BUNDLED.rglob("*") if p.is_file())
    assert total < 40 * 2**20
