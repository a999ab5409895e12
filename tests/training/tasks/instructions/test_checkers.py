"""Every family's checker on hand-made answers: at least one that passes and one that fails, worked out by hand."""

import pytest

from reward_models import checkers as ck
from training.tasks.instructions.families import FAMILIES, Constraint, judge, passes

# (family, args, an answer that satisfies it, an answer that does not)
CASES: list[tuple[str, dict, str, str]] = [
    ("words_max", {"n": 5}, "Bees make sweet honey daily.", "Bees make sweet honey every day."),
    ("words_max", {"n": 3}, "Don't well-known cats", "Do not stop now"),  # "don't" and "well-known" are one word each
    ("words_min", {"n": 4}, "Bees make sweet honey.", "Bees make honey."),
    ("sentences_max", {"n": 2}, "Bees fly. They make honey!", "Bees fly. They make honey! Yum."),
    ("sentences_max", {"n": 1}, "One sentence only.", "   "),  # an empty answer has no sentence at all
    ("sentences_exact", {"n": 2}, "It rains. We stay in?", "It rains."),
    ("sentences_exact", {"n": 3}, "Intro:\n- one\n- two", "Intro: one and two."),  # a line break ends a sentence
    ("paragraphs_exact", {"n": 2}, "First part.\n\nSecond part.\n", "First.\nStill first.\n\n\n"),
    ("paragraphs_exact", {"n": 3}, "A\n\nB\n \nC", "A\n\nB"),
    ("bullet_list", {"n": 2}, "Tips:\n* Drink water\n- Sleep well", "* Drink water\n* Sleep\n* Eat"),
    ("bullet_list", {"n": 1}, "• only one\n**bold** is no bullet", "*not a bullet without a space"),
    ("numbered_list", {"n": 3}, "Steps:\n1. Mix\n2) Bake\n3. Eat", "1. Mix\n2. Bake"),
    ("numbered_list", {"n": 2}, "1. Mix\n2. Bake", "1. Mix\n3. Bake"),  # out of order
    ("sections", {"n": 2, "marker": "Part"}, "Part 1\nIntro.\n## Part 2: End\nBye.", "Part 1\nIntro.\nPart 3\nBye."),
    ("sections", {"n": 2, "marker": "Step"}, "**Step 1** go\nstep 2 stop", "Step 1 go\nStep 2 stop\nStep 3 rest"),
    ("two_responses", {"separator": "******"}, "Tea is nice.\n******\nCoffee is nice.", "Tea.\n*******\nCoffee."),
    ("two_responses", {"separator": "******"}, "Yes.******No.", "Same.\n******\nsame."),  # identical halves fail
    ("highlight", {"n": 2}, "It is *hot* and **dry**.", "It is *hot* and * dry*."),
    ("highlight", {"n": 1}, "* item with *one* span", "* item\n* another item"),
    ("title", {}, "<<Bees at Work>>\nThey buzz.", "<< >> is empty, <no> title"),
    ("placeholders", {"n": 2}, "Dear [name], see you at [place].", "Dear [name], see you [ ]."),
    ("postscript", {"marker": "P.S."}, "Thanks!\n\np.s. bring snacks", "P.S. this comes first"),
    ("postscript", {"marker": "P.P.S."}, "Hi.\nP.P.S. one more", "Hi.\nP.S. not the same marker"),
    ("postscript", {"marker": "PS"}, "Hi.\nP.S. dotted is fine", "Hi.\nPost scriptum, no marker"),  # "add a PS"
    ("postscript", {"marker": "PS"}, "Hi.\nPS: plain", "PS first, nothing before"),
    ("hashtags", {"n": 2}, "Sunny day #beach #summer", "Code in C# and\n# Heading"),
    ("json_output", {}, '```json\n{"topic": "tea"}\n```', "Here is JSON: {}"),
    ("json_output", {}, "[1, 2, 3]", '"just a string"'),
    ("quotation", {}, '"Tea is nice."', 'Tea is "nice".'),
    ("quotation", {}, "  “Curly quotes count.”  ", '""'),
    ("code_block", {}, "```\nprint('hi')\n```", "Intro\n```\ncode\n```"),
    ("code_block", {}, "```text\nplain words\n```", "```\n```"),
    ("repeat_request", {"request": "Describe a lighthouse."},
     "describe a  lighthouse.\nIt is a tall tower.", "A lighthouse is a tall tower."),
    ("repeat_request", {"request": "Describe a lighthouse."}, "Describe a lighthouse. Tall.", "Describe a lighthouse."),
    ("constrained_choice", {"options": ["yes", "no", "it depends"]}, '"It depends."', "Yes, because it is sunny."),
    ("constrained_choice", {"options": ["agree", "disagree"]}, "**Disagree**", "I agree"),
    ("lowercase", {}, "all lower case, 42 times.", "Not all lower case."),
    ("uppercase", {}, "ALL CAPS, 42!", "ALL CAPS except one Word."),
    ("capital_words", {"n": 2}, "This is VERY, VERY hot.", "I am A fan of NASA."),  # "I" and "A" are too short
    ("keyword_include", {"words": ["journey", "quiet"]}, "A Quiet journey.", "A quiet trip, journeys ahead."),
    ("keyword_avoid", {"words": ["very", "also"]}, "It is every bit as fun.", "It is also fun."),
    ("keyword_frequency", {"word": "day", "n": 2}, "Day by day.", "Days go by, one day at a time."),
    ("letter_frequency", {"letter": "k", "n": 3}, "Kick the kite.", "Kick the ball."),
    ("start_phrase", {"phrase": "In a nutshell"}, "  in a nutshell, yes.", "Well, in a nutshell, yes."),
    ("end_phrase", {"phrase": "Over to you."}, "Tea is nice. Over to you.\n", "Over to you. Tea is nice."),
    ("end_with_question", {}, "Do you like tea?  ", "Do you like tea? I do."),
    ("no_commas", {}, "Tea is nice and warm.", "Tea is nice, warm."),
    ("no_digits", {}, "Twenty-one bees.", "Only 1 bee."),
]


@pytest.mark.parametrize(("kind", "args", "good", "bad"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_checker_on_hand_made_answers(kind: str, args: dict, good: str, bad: str) -> None:
    constraint = Constraint(kind, args)
    assert constraint.check(good), f"{kind} should accept {good!r}"
    assert not constraint.check(bad), f"{kind} should reject {bad!r}"


def test_every_family_has_a_case() -> None:
    assert {c[0] for c in CASES} == set(FAMILIES)


def test_judge_gives_partial_credit_and_passes_needs_all() -> None:
    short, no_commas = Constraint("words_max", {"n": 3}), Constraint("no_commas", {})
    assert judge("Tea, hot.", [short, no_commas]) == 0.5
    assert judge("Tea is hot.", [short, no_commas]) == 1.0 and passes("Tea is hot.", [short, no_commas])
    assert not passes("Tea, hot.", [short, no_commas])
    assert judge("anything", []) == 0.0 and not passes("anything", [])


def test_two_responses_takes_the_separator_the_request_names() -> None:
    assert ck.two_responses("Tea is nice.\n---\nCoffee is nice.", separator="---")
    assert ck.two_responses("Tea is nice. *** Coffee is nice.", separator="***")
    assert not ck.two_responses("Tea is nice.\n******\nCoffee is nice.", separator="***")  # a longer run is not it
    assert not ck.two_responses("Tea is nice.\n----\nCoffee is nice.", separator="---")
    assert not ck.two_responses("Tea is nice.\n***\nCoffee.\n***\nJuice.", separator="***")  # three answers
    for bad in ("", "ab", "*-*", "-" * 13, "\\"):
        with pytest.raises(ValueError, match="run of one"):
            ck.two_responses("a --- b", separator=bad)


def test_unknown_family_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown instruction family"):
        Constraint("sing_a_song", {})


# (kind, args, answer, graded score): our reading and the other common one (`checkers.OTHER_READINGS`), worked out
# by hand
GRADED: list[tuple[str, dict, str, float]] = [
    ("keyword_include", {"words": ["dog"]}, "A dog barks.", 1.0),  # a whole word: both readings
    ("keyword_include", {"words": ["dog"]}, "Two dogs bark.", 1 - ck.OWN_READING),  # only inside a longer word
    ("keyword_include", {"words": ["dog"]}, "A cat.", 0.0),
    ("keyword_avoid", {"words": ["cat"]}, "Two cats.", ck.OWN_READING),  # avoided as a word, not as letters
    ("keyword_avoid", {"words": ["cat"]}, "A dog.", 1.0),
    ("keyword_frequency", {"word": "day", "n": 2}, "Day after days.", 1 - ck.OWN_READING),
    ("words_max", {"n": 2}, "Don't stop", ck.OWN_READING),  # two words ours, three \w+ runs
    ("words_min", {"n": 3}, "Don't stop", 1 - ck.OWN_READING),
    ("words_max", {"n": 2}, "Stop now", 1.0),
    ("sentences_max", {"n": 1}, "- tea\n- coffee", 1 - ck.OWN_READING),  # line breaks end no sentence there
    ("sentences_exact", {"n": 2}, "Tips:\n- tea", ck.OWN_READING),
    ("sentences_exact", {"n": 2}, "Tea. Coffee.", 1.0),
    ("two_responses", {"separator": "******"}, "Tea.\n*******\nCoffee.", 1 - ck.OWN_READING),  # inside 7
    ("capital_words", {"n": 2}, "I love NASA.", 1 - ck.OWN_READING),  # "I" counts only the other way
    ("capital_words_max", {"n": 1}, "I love NASA.", ck.OWN_READING),
    ("quotation", {}, "“Curly.”", ck.OWN_READING),  # straight quotes only, the other way
    ("constrained_choice", {"options": ["yes", "no"]}, "My answer is yes.", 1 - ck.OWN_READING),
    ("constrained_choice", {"options": ["yes", "no"]}, "Yes.", 1.0),
    ("no_commas", {}, "Tea, please.", 0.0),  # one reading only
    ("no_commas", {}, "Tea please.", 1.0),
]


@pytest.mark.parametrize(("kind", "args", "answer", "score"), GRADED, ids=[f"{g[0]}-{i}" for i, g in enumerate(GRADED)])
def test_graded_weighs_the_other_reading(kind: str, args: dict, answer: str, score: float) -> None:
    assert ck.graded(kind, answer, **args) == pytest.approx(score)


def test_our_reading_decides_first() -> None:
    """Passing all of m instructions our way outranks any answer that fails one, for up to 8 instructions (a request
    with more is rare; there the model's score and the other reading can reorder near-ties)."""
    m = 8
    all_ours_only = ck.OWN_READING  # every instruction passed our way only
    one_failed = (m - 1 + (1 - ck.OWN_READING)) / m  # the rest passed both ways, the failed one the other way
    assert all_ours_only > one_failed
    assert set(ck.OTHER_READINGS) <= set(dir(ck))  # each reading has its own checker
