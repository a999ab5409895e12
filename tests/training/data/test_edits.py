"""Minimal edits: each kind's satisfy edit makes its checker pass, its violate edit makes it fail."""

import pytest

from training.data.edits import EDITS, edit
from training.data.ifeval_task import CONSTRAINTS, Constraint

ANSWER = (
    "Owls are quiet hunters, and they fly at night. Their feathers are soft. They can turn their heads far. "
    "Many people find them wonderful."
)

# kind -> (args, an answer that fails the constraint, an answer that passes it)
CASES: dict[str, tuple[dict, str, str]] = {
    "max_words": ({"n": 15}, ANSWER, "Owls hunt at night."),
    "min_words": ({"n": 40}, "Owls hunt.", " ".join(["Owls hunt at night in the quiet woods."] * 6)),
    "max_sentences": ({"n": 2}, ANSWER, "Owls hunt. They fly."),
    "bullet_points": ({"n": 3}, ANSWER, "* Owls hunt.\n* They fly.\n* They see."),
    "paragraphs": ({"n": 2}, ANSWER, "Owls hunt at night.\n\nThey are quiet."),
    "lowercase": ({}, ANSWER, "owls hunt at night."),
    "uppercase": ({}, ANSWER, "OWLS HUNT AT NIGHT."),
    "include_keyword": ({"word": "because"}, ANSWER, "Owls hunt at night because they see well."),
    "avoid_words": ({"words": ["very", "many"]}, ANSWER, "Owls hunt at night."),
    "start_with": ({"phrase": "Here is"}, ANSWER, "Here is a fact: owls hunt at night."),
    "end_with": ({"phrase": "Hope this helps."}, ANSWER, "Owls hunt at night. Hope this helps."),
    "end_question": ({}, ANSWER, "Did you know owls hunt at night?"),
    "json_format": ({}, ANSWER, '{"fact": "Owls hunt at night."}'),
    "no_commas": ({}, ANSWER, "Owls hunt at night and they are quiet."),
    "quotation": ({}, ANSWER, '"Owls hunt at night."'),
    "title": ({}, ANSWER, "<<Night Owls>>\n\nOwls hunt at night."),
    "postscript": ({}, ANSWER, "Owls hunt at night.\n\nP.S. They are quiet."),
    "placeholders": ({"n": 2}, ANSWER, "Dear [name], owls live in [place]."),
    "highlight": ({"n": 2}, ANSWER, "Owls are **quiet** and **clever** hunters."),
}


def test_every_kind_has_edits_and_a_case() -> None:
    assert set(EDITS) == set(CONSTRAINTS) == set(CASES)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_edits_flip_the_verdict(kind: str) -> None:
    args, failing, passing = CASES[kind]
    c = Constraint(kind, args)
    assert not c.check(failing) and c.check(passing)  # the cases themselves are right
    broken = edit(passing, c, satisfy=False)
    assert broken is not None and not c.check(broken)
    if kind == "min_words":  # padding an answer to a length is not a minimal edit: no satisfy edit
        assert edit(failing, c, satisfy=True) is None
        return
    fixed = edit(failing, c, satisfy=True)
    assert fixed is not None and c.check(fixed)


def test_edit_returns_none_when_the_verdict_would_not_change() -> None:
    c = Constraint("lowercase")
    assert edit("already lowercase.", c, satisfy=True) is None  # nothing to change
    assert edit("", Constraint("title"), satisfy=False) is None  # empty result
    assert edit("Owls.", Constraint("bullet_points", {"n": 3}), satisfy=True) is None  # too few sentences
