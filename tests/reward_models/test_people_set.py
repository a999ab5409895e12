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


def test_the_report_sums_the_model_and_the_verifier_as_served(tmp_path: Path, capsys) -> None:
    import json

    from training.data.formats import write_jsonl

    rows = [people_set.judge_row("review_x", "no caps", [("lowercase", {})], ["a.", "B.", "c.", "D."], ["stop"] * 4),
            people_set.judge_row("review_x", "no caps", [("lowercase", {})], ["E.", "f.", "G.", "H."], ["stop"] * 4)]
    write_jsonl(tmp_path / "rows.jsonl.gz", rows)

    def eval_json(name: str, rewards: list[list[float]]) -> str:
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps({"splits": {"data": {"samples": [{"rewards": r} for r in rewards]}}}))
        return str(path)

    model = eval_json("model", [[0, 1, 0, 1], [1, 0, 1, 1]])  # prefers the capitalised answers
    rule = eval_json("rule", [[1, 0, 1, 0], [0, 1, 0, 0]])  # the verifier: lowercase passes
    assert people_set.main(["report", "--rows", str(tmp_path / "rows.jsonl.gz"), "--model-eval", model,
                            "--rule-eval", rule, "--n", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    model_line = next(x for x in out if x.startswith("the model alone"))
    summed = next(x for x in out if x.startswith("model + 50 x verifier"))
    assert "gap closed 100.0%" in summed and "gap closed 100.0%" not in model_line
    assert "n=1 0.375" in model_line  # 3 of 8 answers are lowercase
