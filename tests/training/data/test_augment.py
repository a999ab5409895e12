"""augment: foreign answers are judged against the borrowing prompt's constraints."""

from training.data.augment import cross_prompt
from training.data.formats import RankedList
from training.data.ifeval_task import Constraint, judge


def lst(constraint: Constraint, responses: list[str]) -> RankedList:
    return RankedList([{"role": "user", "content": "x"}], responses, [0.0] * len(responses), None,
                      {"constraints": [constraint.to_dict()], "topic": "t"})


def test_foreign_answers_are_rejudged_for_the_borrowing_prompt() -> None:
    lower = Constraint("lowercase")
    a = lst(lower, ["SHOUTING", "MORE SHOUTING"])
    b = RankedList("plain", ["quiet words", "still quiet"], [1.0, 0.0])  # no constraints: copied unchanged
    out = cross_prompt([a, b], foreign=2, seed=0)
    assert out[1] is b
    got = out[0]
    assert got.responses[:2] == a.responses and sorted(got.responses[2:]) == ["quiet words", "still quiet"]
    assert got.scores == [judge(r, [lower]) for r in got.responses] == [0.0, 0.0, 1.0, 1.0]
    assert got.meta["foreign"] == [False, False, True, True] and got.meta["passes"] == [False, False, True, True]
    assert cross_prompt([a, b], foreign=2, seed=0)[0].responses == got.responses  # seeded


def test_zero_foreign_is_the_identity() -> None:
    a = lst(Constraint("no_commas"), ["a, b", "a b"])
    assert cross_prompt([a], foreign=0, seed=1) == [a]
