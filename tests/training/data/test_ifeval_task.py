"""Constraint checkers on hand-written answers, prompt parsing round trips, splits and determinism."""

import random

import pytest

from training.data.ifeval_task import (
    CONSTRAINTS,
    HELDOUT_TOPICS,
    TOPICS,
    TRAIN_TOPICS,
    Constraint,
    ConstraintJudgeReward,
    judge,
    make_prompt,
    make_prompts,
    parse_constraints,
    passes,
)

# (kind, args, a response that satisfies it, a response that does not)
CASES: list[tuple[str, dict, str, str]] = [
    ("max_words", {"n": 5}, "Bees make sweet honey.", "Bees make sweet honey every day."),
    ("min_words", {"n": 4}, "Bees make sweet honey.", "Bees make honey."),
    ("max_sentences", {"n": 2}, "Bees fly. They make honey!", "Bees fly. They make honey! Yum."),
    ("max_sentences", {"n": 1}, "One sentence only.", "A list:\n* item"),
    ("bullet_points", {"n": 2}, "Tips:\n* Drink water\n- Sleep well", "* Drink water\n* Sleep\n* Eat"),
    ("bullet_points", {"n": 1}, "* only one\n**bold** is not a bullet", "*not a bullet without space"),
    ("paragraphs", {"n": 2}, "First part.\n\nSecond part.\n", "First.\nStill first.\n\n\n"),
    ("lowercase", {}, "all lower case, 42 times.", "Not all lower case."),
    ("uppercase", {}, "ALL CAPS, 42!", "ALL CAPS except one word."),
    ("include_keyword", {"word": "because"}, "It rains Because clouds cool.", "It rains becauses of clouds."),
    ("avoid_words", {"words": ["very", "also"]}, "It is every bit as fun.", "It is also fun."),
    ("start_with", {"phrase": "In short"}, "  in short, yes.", "Well, in short, yes."),
    ("end_with", {"phrase": "That is all."}, "Tea is nice. That is all.\n", "That is all. Tea is nice."),
    ("end_question", {}, "Do you like tea?  ", "Do you like tea? I do."),
    ("json_format", {}, '```json\n{"topic": "tea"}\n```', "Here is JSON: {}"),
    ("json_format", {}, '[1, 2, 3]', '"just a string"'),
    ("no_commas", {}, "Tea is nice and warm.", "Tea is nice, warm."),
    ("quotation", {}, '"Tea is nice."', 'Tea is "nice".'),
    ("title", {}, "<<Tea Time>>\nTea is nice.", "<Tea Time>\nTea is nice."),
    ("postscript", {}, "Tea is nice.\n\nP.S. Try green tea.", "Tea is nice. PS: try green tea."),
    ("placeholders", {"n": 2}, "Dear [name], see you at [place].", "Dear [name], see you soon."),
    ("highlight", {"n": 1}, "Tea is **very** nice.", "Tea is *very* nice."),
]


@pytest.mark.parametrize(("kind", "args", "good", "bad"), CASES)
def test_checker_accepts_good_and_rejects_bad(kind: str, args: dict, good: str, bad: str) -> None:
    c = Constraint(kind, args)
    assert c.check(good) is True
    assert c.check(bad) is False


def test_every_registered_kind_has_a_hand_written_case() -> None:
    assert {case[0] for case in CASES} == set(CONSTRAINTS)


def test_unknown_kind_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown constraint kind"):
        Constraint("rhymes", {})


def test_constraint_dict_round_trip() -> None:
    c = Constraint("avoid_words", {"words": ["very"]})
    assert Constraint.from_dict(c.to_dict()) == c


def test_judge_gives_partial_credit_and_passes_needs_all() -> None:
    cs = [Constraint("no_commas", {}), Constraint("max_words", {"n": 4})]
    assert judge("Tea is nice.", cs) == 1.0
    assert judge("Tea is nice and warm.", cs) == 0.5  # 5 words, no comma
    assert judge("Tea, tea, tea, tea, tea.", cs) == 0.0
    assert passes("Tea is nice.", cs) and not passes("Tea is nice and warm.", cs)
    assert judge("anything", []) == 0.0 and not passes("anything", [])


def _sampled_constraints() -> list[Constraint]:
    rng = random.Random(0)
    return [Constraint(t.kind, t.sample(rng)) for t in CONSTRAINTS.values() for _ in range(6)]


@pytest.mark.parametrize("constraint", _sampled_constraints(), ids=lambda c: c.kind)
def test_instruction_parses_back_to_the_same_constraint(constraint: Constraint) -> None:
    prompt = make_prompt("the ocean", "Describe {topic}.", [constraint])
    assert parse_constraints(prompt.text) == [constraint]


def test_reward_parses_prompts_and_matches_judge() -> None:
    responses = ["Sure thing. Hope this helps.", "no", "Here is a list, of things.", "P.S. hi"]
    rm = ConstraintJudgeReward()
    for prompt in make_prompts("train", 40, seed=3) + make_prompts("heldout", 20, seed=3):
        assert parse_constraints(prompt.text) == prompt.constraints
        expected = [judge(r, prompt.constraints) for r in responses]
        assert rm.score([prompt.messages] * len(responses), responses) == expected
        assert rm.score([prompt.text] * len(responses), responses) == expected


def test_reward_reads_the_last_user_turn_and_scores_unknown_prompts_zero() -> None:
    rm = ConstraintJudgeReward()
    chat = [
        {"role": "user", "content": "Describe tea. Do not use any commas in your answer."},
        {"role": "assistant", "content": "Tea, hot."},
        {"role": "user", "content": "Describe tea again. Answer in fewer than 3 words."},
    ]
    assert rm.score([chat, chat], ["Hot tea.", "Tea is hot, brown."]) == [1.0, 0.0]
    assert rm.score(["Describe tea."], ["Tea."]) == [0.0]
    assert (rm.name, rm.version) == ("ifeval-judge", "1")
    with pytest.raises(ValueError):
        rm.score(["a"], [])


def test_topics_split_disjointly_and_cover_everything() -> None:
    assert len(set(TOPICS)) == len(TOPICS) >= 60
    assert not set(TRAIN_TOPICS) & set(HELDOUT_TOPICS)
    assert set(TRAIN_TOPICS) | set(HELDOUT_TOPICS) == set(TOPICS)
    train = make_prompts("train", 200, seed=0)
    heldout = make_prompts("heldout", 100, seed=0)
    assert {p.topic for p in train} <= set(TRAIN_TOPICS)
    assert {p.topic for p in heldout} <= set(HELDOUT_TOPICS)
    assert all(t not in p.text for p in heldout for t in TRAIN_TOPICS if len(t) > 6)


def test_make_prompts_is_deterministic_by_seed_and_distinct() -> None:
    a = make_prompts("train", 50, seed=7)
    assert [p.text for p in a] == [p.text for p in make_prompts("train", 50, seed=7)]
    assert [p.text for p in a] != [p.text for p in make_prompts("train", 50, seed=8)]
    assert len({p.text for p in a}) == 50


def test_prompts_never_combine_conflicting_constraints() -> None:
    for p in make_prompts("train", 300, seed=1):
        assert 1 <= len(p.constraints) <= 2
        if len(p.constraints) == 2:
            first, second = (c.type.tags for c in p.constraints)
            assert not first & second, p.text
