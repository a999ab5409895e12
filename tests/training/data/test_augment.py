"""augment: foreign answers are judged against the borrowing prompt's constraints."""

from training.data.augment import augment, cross_prompt
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


def test_edits_add_rejudged_minimal_edits_of_own_answers() -> None:
    end = Constraint("end_with", {"phrase": "That is all."})
    a = lst(end, ["Tea is old. That is all.", "Tea comes from China."])
    out = augment([a], foreign=0, edits=4, seed=0)[0]
    assert out.responses[:2] == a.responses
    added = out.responses[2:]
    # the passing answer loses its end phrase; the failing one gains it; nothing else changes
    assert sorted(added) == ["Tea comes from China. That is all.", "Tea is old."]
    assert out.meta["edited"] == [False, False, True, True]
    assert out.scores == [judge(r, [end]) for r in out.responses]
    assert out.meta["passes"] == [bool(s) for s in out.scores]


def test_edits_put_passing_edits_first_and_respect_the_budget() -> None:
    lower = Constraint("lowercase")
    a = lst(lower, ["Alpha Beta.", "Gamma Delta.", "epsilon zeta."])
    out = augment([a], foreign=0, edits=2, seed=3)[0]
    assert len(out.responses) == 5
    assert sorted(out.responses[3:]) == ["alpha beta.", "gamma delta."]  # the two satisfy-edits beat the violate one
    assert augment([a], foreign=0, edits=2, seed=3)[0].responses == out.responses
