"""The splits keep their promises: held-out families, phrasings and topics never reach train or validation, no prompt
text is shared, and the same seed gives the same files."""

from pathlib import Path

import pytest

from training.data import bundle as bd
from training.tasks.instructions import phrasings as ph
from training.tasks.instructions.requests import REQUESTS
from training.tasks.instructions.splits import SplitSpec, build_splits, heldout_categories, write_splits

COUNTS = {"test_topics": 60, "test_phrasings": 60, "test_families": 60, "validation": 60, "train": 300}


@pytest.fixture(scope="module")
def splits():
    return build_splits(SplitSpec(seed=0, counts=COUNTS))


def test_sizes_ids_and_no_shared_prompt_text(splits) -> None:
    assert {s: len(p) for s, p in splits.items()} == COUNTS and list(splits) == list(bd.SPLITS)
    texts = [p.text for prompts in splits.values() for p in prompts]
    assert len(set(texts)) == len(texts)
    assert all(p.id == f"{s}-{i:05d}" and p.split == s for s, prompts in splits.items() for i, p in enumerate(prompts))


def test_train_and_validation_never_see_anything_held_out(splits) -> None:
    spec = SplitSpec(seed=0, counts=COUNTS)
    held_cats = set(heldout_categories(spec))
    for split in ("train", "validation"):
        for p in splits[split]:
            assert p.category not in held_cats
            for c in p.constraints:
                assert c.kind not in spec.heldout_families and c.phrasing in ph.train_phrasings(c.kind)


def test_each_test_split_holds_out_one_thing(splits) -> None:
    spec = SplitSpec(seed=0, counts=COUNTS)
    held_cats = set(heldout_categories(spec))
    assert all(p.category in held_cats for p in splits["test_topics"])
    assert all(c.phrasing in ph.train_phrasings(c.kind) for p in splits["test_topics"] for c in p.constraints)
    for p in splits["test_phrasings"]:
        assert p.category not in held_cats
        assert all(c.phrasing in ph.heldout_phrasings(c.kind) and c.kind not in spec.heldout_families
                   for c in p.constraints)
    for i, p in enumerate(splits["test_families"]):
        assert p.category not in held_cats
        assert p.constraints[0].kind == spec.heldout_families[i % 4]
        assert all(c.kind not in spec.heldout_families for c in p.constraints[1:])
        assert all(c.phrasing in ph.train_phrasings(c.kind) for c in p.constraints[1:])


def test_heldout_categories_leave_train_its_special_requests() -> None:
    for seed in range(10):
        held = heldout_categories(SplitSpec(seed=seed, counts=COUNTS))
        kept = [r for r in REQUESTS.values() if r.category not in held]
        assert len(held) == 4 and sum(r.kind == "yes_no" for r in kept) >= 3
    assert heldout_categories(SplitSpec(seed=1, counts=COUNTS)) != heldout_categories(SplitSpec(seed=0, counts=COUNTS))


def test_files_are_reproducible_and_fixed(tmp_path: Path) -> None:
    spec = SplitSpec(seed=0, counts=COUNTS)
    first = write_splits(spec, tmp_path / "a")
    second = write_splits(spec, tmp_path / "b")
    for split in bd.SPLITS:
        assert first["splits"][split]["sha256"] == second["splits"][split]["sha256"]
        assert first["splits"][split]["sha256"] == bd.file_sha256(bd.prompts_path(tmp_path / "a", split))
    assert first["heldout"]["families"] == list(spec.heldout_families) and first["seed"] == 0
    assert len(first["heldout"]["templates"]) >= 8
    write_splits(spec, tmp_path / "a")  # the same splits again: fine
    with pytest.raises(ValueError, match="splits are fixed"):
        write_splits(SplitSpec(seed=1, counts=COUNTS), tmp_path / "a")
    assert write_splits(SplitSpec(seed=1, counts=COUNTS), tmp_path / "a", force=True)["seed"] == 1


def test_spec_validation() -> None:
    with pytest.raises(ValueError, match="unknown held-out families"):
        SplitSpec(heldout_families=("nope",))
    with pytest.raises(ValueError, match="positive size"):
        SplitSpec(counts={"train": 5})
