"""training.data.reprompt: the same request under new train instructions, re-judged, never an eval prompt."""

import random

from training.data import bundle as bd
from training.data.formats import RankedList
from training.data.reprompt import bundled_prompts, reprompt
from training.tasks.instructions.families import Constraint, judge
from training.tasks.instructions.splits import HELDOUT_FAMILIES, SplitSpec, pools


def test_rebuilt_prompts_carry_their_filled_request() -> None:
    splits = bundled_prompts()
    for split, prompts in splits.items():
        assert [p.messages for p in prompts] == [r["messages"] for r in bd.load_prompt_dicts(bd.BUNDLE_V2, split)]
        for p in prompts[:50]:
            request = p.meta["request_text"]
            # the request is in the prompt, maybe with "(...)" fragments inserted at its first stop
            assert request.split(".")[0].split("?")[0][:20] in p.text


def test_new_lists_keep_request_and_answers_and_are_judged_by_new_constraints() -> None:
    splits = bundled_prompts()
    pool = pools(SplitSpec())["train"]
    originals = {p.id: p for p in splits["train"][:40]}
    rng = random.Random(0)
    answers = ["a short answer.", "word " * 200, "Two sentences here. And here, with a comma!", "ALL CAPS NOW",
               "* one\n* two\n* three", "no punctuation at all"]
    lists = [RankedList(p.messages, rng.sample(answers, 4), [0.0] * 4, None, {"id": p.id})
             for p in originals.values()]
    forbidden = {p.text for ps in splits.values() for p in ps}
    out = reprompt(lists, originals, pool, per_list=2, seed=0, forbidden=forbidden)
    assert out, "some new lists must have differing scores"
    by_id = {lst.meta["id"]: lst for lst in lists}
    per_original: dict[str, int] = {}
    for new in out:
        source = by_id[new.meta["reprompt_of"]]
        original = originals[new.meta["reprompt_of"]]
        per_original[original.id] = per_original.get(original.id, 0) + 1
        assert new.responses == source.responses
        assert new.prompt[0]["content"] not in forbidden
        kinds = [c["kind"] for c in new.meta["constraints"]]
        assert not set(kinds) & set(HELDOUT_FAMILIES)  # the train pool only
        constraints = [Constraint.from_dict(c) for c in new.meta["constraints"]]
        assert new.scores == [judge(r, constraints) for r in new.responses]
        assert len(set(new.scores)) > 1
    assert max(per_original.values()) <= 2


def test_a_training_file_can_leave_whole_families_out(tmp_path) -> None:
    import pytest

    from training.data.bundle import carries
    from training.data.formats import load_ranked
    from training.data.reprompt import RepromptError, write_training_file

    out = tmp_path / "train.jsonl.gz"
    full = write_training_file(out, per_list=1, limit=40)
    kept = write_training_file(out, per_list=1, limit=40, drop_families=["no_commas", "title"])
    rows = load_ranked(out)
    assert len(rows) == kept < full
    assert not any(carries(r, ["no_commas", "title"]) for r in rows)
    assert all(r.meta.get("constraints") for r in rows)  # every row says what it carries, so the filter can work
    with pytest.raises(RepromptError, match="unknown constraint families"):
        write_training_file(out, per_list=1, limit=4, drop_families=["not_a_family"])
