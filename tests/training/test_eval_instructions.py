"""aligned-train eval-instructions: recall, precision and exact arguments of rule:instructions on a bundle."""

import gzip
import json
from pathlib import Path

from training import eval_instructions as ei
from training.data import bundle as bd


def _write_prompts(bundle: Path, split: str, rows: list[dict]) -> None:
    path = bd.prompts_path(bundle, split)
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)


def test_counts_read_missed_extra_and_wrong_arguments(tmp_path: Path, capsys) -> None:
    rows = [
        {"messages": [{"role": "user", "content": "Describe a cat in lowercase. Use no more than 20 words."}],
         "constraints": [{"kind": "lowercase", "args": {}}, {"kind": "words_max", "args": {"n": 30}}]},
        {"messages": [{"role": "user", "content": "Explain rain. Echo my request back verbatim first. Use hashtags."}],
         "constraints": [{"kind": "repeat_request", "args": {"request": "Explain rain."}},
                         {"kind": "hashtags", "args": {"n": 2}}]},
        {"messages": [{"role": "user", "content": "Answer in all caps."}], "constraints": []},
    ]
    _write_prompts(tmp_path, "validation", rows)
    out = tmp_path / "report.json"
    assert ei.main(["--bundle", str(tmp_path), "--split", "validation", "--out", str(out)]) == 0
    report = json.loads(out.read_text())["validation"]
    # read: lowercase, words_max (n 20, not 30: wrong arguments), repeat_request (one of its readings is the
    # request), hashtags (n 1, not 2: wrong arguments); extra: uppercase on the third prompt
    assert (report["read"], report["missed"], report["extra"]) == (4, 0, 1)
    assert report["by_kind"]["words_max"]["wrong_args"] == 1 and report["exact_args"] == 2 / 4
    assert report["recall"] == 1 and report["precision"] == 4 / 5
    assert "== validation: 3 prompts" in capsys.readouterr().out
    assert ei.main(["--bundle", str(tmp_path), "--split", "test_topics"]) == 2


def test_v1_heldout_prompts_are_read_by_kind(tmp_path: Path, capsys) -> None:
    path = tmp_path / "v1.ranked.jsonl"
    rows = [{"prompt": "Tell me about owls. Write your entire answer in lowercase letters.", "responses": ["a", "b"],
             "meta": {"constraints": [{"kind": "lowercase", "args": {}}, {"kind": "max_words", "args": {"n": 9}}]}}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    prompts = ei.v1_prompts([path])
    assert prompts[0]["constraints"] == [{"kind": "lowercase"}, {"kind": "words_max"}]
    report = ei.evaluate(prompts, kinds_only=True)
    assert (report["read"], report["missed"], report["extra"]) == (1, 1, 0) and report["exact_args"] is None
    assert "exact arguments n/a" in ei.format_report("v1", report)


def test_a_development_set_counts_a_read_only_with_its_arguments(tmp_path: Path, capsys) -> None:
    cases = tmp_path / "dev.py"
    cases.write_text(
        'CASES = [\n'
        '    ("Describe a cat in lowercase. Use no more than 20 words.",\n'
        '     [("lowercase", {}), ("words_max", {"n": 30})]),\n'
        '    ("Explain rain in exactly 3 sentences.", [("sentences_exact", {"n": 3})]),\n'
        ']\n'
        'NO_INSTRUCTIONS = ["What is rain?", "Answer in all caps."]\n')
    out = tmp_path / "report.json"
    assert ei.main(["--cases", str(cases), "--out", str(out)]) == 0
    report = json.loads(out.read_text())["dev"]
    # words_max is read with n 20, not 30: a miss and an extra, not a read with wrong arguments
    assert (report["read"], report["missed"], report["extra"]) == (2, 1, 1)
    assert (report["clean"], report["free"]) == (1, 2)  # "Answer in all caps." states one
    assert "instruction-free read clean 1 of 2" in capsys.readouterr().out
    assert ei.main(["--cases", str(tmp_path / "missing.py")]) == 2


def test_a_review_file_reads_its_probes_and_unread(tmp_path: Path) -> None:
    """A review file (PROBES and UNREAD): probes expecting nothing are the instruction-free ones, and a repeat's one
    expected reading is that text."""
    review = tmp_path / "review.py"
    review.write_text(
        'PROBES = [\n'
        '    ("Explain rain in exactly 3 sentences.", [("sentences_exact", {"n": 3})]),\n'
        '    ("What is rain?", []),\n'
        ']\n'
        'UNREAD = [\n'
        '    ("First repeat my question word for word, then answer it: Why is the sky blue?",\n'
        '     [("repeat_request", {"request": ["Why is the sky blue?"]})]),\n'
        ']\n')
    prompts, free = ei.case_prompts(review)
    assert free == ["What is rain?"]
    assert [p["constraints"] for p in prompts] == [
        [{"kind": "sentences_exact", "args": {"n": 3}}],
        [{"kind": "repeat_request", "args": {"request": "Why is the sky blue?"}}]]
