"""Phrasing tables: enough of them, every one renders for sampled arguments, and the held-out ones are the last 2."""

import random
import re

from training.tasks.instructions import phrasings as ph
from training.tasks.instructions.families import FAMILIES, Constraint


def test_at_least_six_phrasings_per_family_in_varied_positions() -> None:
    for family, entries in ph.PHRASINGS.items():
        assert len(entries) >= 6, family
        assert len({t for _, t in entries}) == len(entries), f"{family} repeats a phrasing"
        positions = {p for p, _ in entries}
        assert {"before", "after"} <= positions, family
    assert sum(1 for entries in ph.PHRASINGS.values() for p, _ in entries if p == "inside") >= 25


def test_every_phrasing_renders_its_arguments() -> None:
    rng = random.Random(1)
    for family in FAMILIES.values():
        for index in range(len(ph.PHRASINGS[family.name])):
            args = family.sample(rng)
            text = ph.render(Constraint(family.name, args, index))
            assert text.strip() and not re.search(r"{\w*}", text), (family.name, index, text)
            for value in args.values():  # numbers may be spelled out; words and phrases appear verbatim
                if isinstance(value, str) and family.name != "two_responses":
                    assert value.lower() in text.lower(), (family.name, index, text)


def test_heldout_phrasings_are_each_familys_last_two() -> None:
    for family, entries in ph.PHRASINGS.items():
        train, held = list(ph.train_phrasings(family)), list(ph.heldout_phrasings(family))
        assert held == [len(entries) - 2, len(entries) - 1] and train == list(range(len(entries) - 2))


def test_render_needs_a_phrasing_index() -> None:
    try:
        ph.render(Constraint("no_commas", {}))
    except ValueError as exc:
        assert "no phrasing" in str(exc)
    else:
        raise AssertionError("rendered a constraint without a phrasing")
