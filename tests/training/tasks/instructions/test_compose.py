"""Composing prompts: placement of instructions, the request kinds families need, and rejected draws."""

import random

import pytest

from training.tasks.instructions import phrasings as ph
from training.tasks.instructions.compose import (
    ComposeError,
    InstructionPrompt,
    PromptPool,
    _draw_args,
    _place,
    compose,
)
from training.tasks.instructions.families import FAMILIES, Constraint
from training.tasks.instructions.requests import REQUESTS, insert_inside


def _index(family: str, position: str) -> int:
    return next(i for i, (p, _) in enumerate(ph.PHRASINGS[family]) if p == position)


def test_insert_inside_goes_to_the_end_of_the_first_sentence() -> None:
    assert insert_inside("Describe a lighthouse.", ["max 5 words"]) == "Describe a lighthouse (max 5 words)."
    assert insert_inside("Summarize this: A. B.", ["a", "b"]) == "Summarize this (a, b): A. B."
    assert insert_inside("Why is ice cold?", []) == "Why is ice cold?"
    assert insert_inside("No stop at all", ["x"]) == "No stop at all (x)"


def test_place_puts_each_phrasing_where_it_belongs() -> None:
    before = Constraint("no_commas", {}, _index("no_commas", "before"))
    inside = Constraint("words_max", {"n": 9}, _index("words_max", "inside"))
    after = Constraint("title", {}, _index("title", "after"))
    text = _place("Describe a lighthouse.", [after, inside, before], random.Random(0))
    head, _, tail = text.partition("Describe a lighthouse (9 words or fewer).")
    assert head.strip() == ph.render(before) and tail.strip() == ph.render(after)


def test_a_multi_line_phrasing_ends_its_line() -> None:
    options = Constraint("constrained_choice", {"options": ["yes", "no"]}, 3)  # lists the options on lines
    lower = Constraint("lowercase", {}, _index("lowercase", "after"))
    text = _place("Is tea hot?", [options, lower], random.Random(0))
    assert "- no\n" + ph.render(lower) in text


def test_composed_prompts_respect_kinds_pools_and_conflicts() -> None:
    pool = PromptPool(tuple(REQUESTS), tuple(FAMILIES), ph.train_phrasings)
    rng, made = random.Random(3), 0
    for i in range(300):
        try:
            p = compose(pool, rng, i, "x")
        except ComposeError:
            continue
        made += 1
        assert 1 <= len(p.constraints) <= 3 and p.id == f"x-{i:05d}"
        kinds = [c.family for c in p.constraints]
        assert all(a.compatible(b) for j, a in enumerate(kinds) for b in kinds[j + 1 :])
        assert all(REQUESTS[p.request].kind in f.request_kinds for f in kinds)
        assert all(c.phrasing in ph.train_phrasings(c.kind) for c in p.constraints)
        if any(c.kind == "repeat_request" for c in p.constraints):
            request = next(c.args["request"] for c in p.constraints if c.kind == "repeat_request")
            assert request in p.text and all(ph.position(c.kind, c.phrasing) != "inside" for c in p.constraints)
        assert InstructionPrompt.from_dict(p.to_dict()).to_dict() == p.to_dict()
    assert made > 250


def test_focus_families_come_first_in_turn() -> None:
    pool = PromptPool(tuple(REQUESTS), ("no_commas",), ph.train_phrasings, focus=("title", "hashtags"))
    firsts = [compose(pool, random.Random(i), i, "f").constraints[0].kind for i in range(4)]
    assert firsts == ["title", "hashtags", "title", "hashtags"]


def test_an_avoided_word_in_the_request_is_rejected() -> None:
    family, request, rejected = FAMILIES["keyword_avoid"], "Is it good to rest?", 0
    for seed in range(100):
        words = family.sample(random.Random(seed))["words"]
        if "good" in words:
            rejected += 1
            with pytest.raises(ComposeError, match="avoided word"):
                _draw_args(family, request, random.Random(seed))
        else:
            assert _draw_args(family, request, random.Random(seed))["words"] == words
    assert rejected > 0


def test_a_family_without_a_suitable_request_is_rejected() -> None:
    with pytest.raises(ComposeError, match="no request template"):
        compose(PromptPool(("explain-why",), ("constrained_choice",), ph.train_phrasings), random.Random(0), 0, "x")
