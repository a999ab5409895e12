"""The family registry: sizes, samplers, conflicts, and the word pools that keep sampled constraints consistent."""

import random

from aligned_core.text import has_word
from training.tasks.instructions import vocab as vb
from training.tasks.instructions.families import FAMILIES, Constraint


def test_at_least_25_families_each_with_its_own_checker() -> None:
    assert len(FAMILIES) >= 25
    checkers = [f.check for f in FAMILIES.values()]
    assert len(set(checkers)) == len(checkers)


def test_samplers_draw_arguments_the_checkers_accept() -> None:
    rng = random.Random(0)
    for family in FAMILIES.values():
        for _ in range(20):
            args = family.sample(rng)
            if family.name == "repeat_request":
                args["request"] = "Describe a lighthouse."
            c = Constraint(family.name, args)
            assert c.check("Some answer.") in (True, False)  # the args fit the checker's signature
            assert Constraint.from_dict(c.to_dict()) == c


def test_compatibility_is_symmetric_and_declares_the_obvious_conflicts() -> None:
    for a in FAMILIES.values():
        for b in FAMILIES.values():
            assert a.compatible(b) == b.compatible(a)
    f = FAMILIES
    for x, y in [("lowercase", "uppercase"), ("json_output", "bullet_list"), ("json_output", "no_commas"),
                 ("quotation", "code_block"), ("start_phrase", "repeat_request"), ("end_phrase", "postscript"),
                 ("constrained_choice", "words_min"), ("constrained_choice", "highlight"), ("words_max", "words_min"),
                 ("sentences_exact", "bullet_list"), ("lowercase", "lowercase")]:
        assert not f[x].compatible(f[y]), (x, y)
    for x, y in [("lowercase", "no_commas"), ("constrained_choice", "uppercase"), ("json_output", "keyword_include"),
                 ("title", "postscript"), ("words_max", "bullet_list")]:
        assert f[x].compatible(f[y]), (x, y)


def test_word_pools_cannot_contradict_each_other() -> None:
    assert not set(vb.AVOID_WORDS) & (set(vb.INCLUDE_WORDS) | set(vb.FREQUENCY_WORDS))
    texts = [*vb.START_PHRASES, *vb.END_PHRASES, *(o for opts in vb.OPTION_SETS for o in opts)]
    for word in vb.AVOID_WORDS:
        assert not any(has_word(t, word) for t in texts), word
    assert not any("," in t for t in texts)
