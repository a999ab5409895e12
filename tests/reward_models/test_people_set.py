"""scripts/people_set.py: a review file's labelled requests become ranked rows judged by their expected reading, by
our checkers or by the other common readings, which `aligned-train eval-rm --data` scores."""

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("people_set", REPO / "scripts" / "people_set.py")
assert spec and spec.loader
people_set = importlib.util.module_from_spec(spec)
sys.modules["people_set"] = people_set
spec.loader.exec_module(people_set)


def test_a_review_gives_its_labelled_requests_once(tmp_path: Path) -> None:
    review = tmp_path / "review_x.py"
    review.write_text(
        "A = [('Keep it under 80 words.', [('words_max', {'n': 79})]), ('What is a haiku?', [])]\n"
        "B = [('Is 80 words a lot?', [])]\n"
        "UNREAD = [('no caps pls', [('lowercase', {})]), ('Keep it under 80 words.', [('words_max', {'n': 79})])]\n")
    assert people_set.labelled(review) == [("Keep it under 80 words.", [("words_max", {"n": 79})]),
                                           ("no caps pls", [("lowercase", {})])]


def test_answers_are_judged_by_every_expected_instruction() -> None:
    expected = [("lowercase", {}), ("keyword_include", {"words": ["dog"]})]
    answers = ["my dog is calm.", "My dog is calm.", "my cat is calm.", "the dogs are calm."]
    row = people_set.judge_row("review_x", "write about a dog, no caps", expected, answers, ["stop"] * 4)
    assert row["meta"]["satisfied"] == [[True, True], [False, True], [True, False], [True, False]]
    assert row["meta"]["passes"] == [True, False, False, False]
    assert row["scores"] == [1.0, 0.5, 0.5, 0.5]
    assert row["prompt"] == [{"role": "user", "content": "write about a dog, no caps"}]
    # other judges find a keyword inside a longer word ("dogs" for "dog")
    other = people_set.judge_row("review_x", "write about a dog, no caps", expected, answers, ["stop"] * 4, "other")
    assert other["meta"]["passes"] == [True, False, False, True]
    assert other["meta"]["id"] == row["meta"]["id"]


def test_rows_load_as_ranked_lists_for_eval_rm(tmp_path: Path) -> None:
    from training.data.formats import load_ranked, write_jsonl
    from training.eval import pass_labels

    row = people_set.judge_row("review_x", "Answer in under 5 words.", [("words_max", {"n": 4})],
                               ["Yes.", "Yes, I think it is fine."], ["stop", "stop"])
    write_jsonl(tmp_path / "rows.jsonl.gz", [row])
    (ranked,) = load_ranked(tmp_path / "rows.jsonl.gz")
    assert pass_labels(ranked) == [True, False]
