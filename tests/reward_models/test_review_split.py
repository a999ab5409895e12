"""scripts/review_split.py keeps a review file's probes where they belong without losing any."""

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("review_split", REPO / "scripts" / "review_split.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["review_split"] = module
    spec.loader.exec_module(module)
    return module


REVIEW = '''from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Write a poem about cats.", [("words_max", {"n": 5})]),
    ("Keep it under 80 words.", [("words_max", {"n": 79})])  # the last entry, no comma
]
B: list = []
PROBES = A + B
UNREAD: list[Any] = [
    ("Keep it under 60 words.", [("words_max", {"n": 59})]),
    ("What is a haiku?", []),
]
'''


def test_misread_probes_move_to_unread_and_read_ones_back(tmp_path: Path) -> None:
    path = tmp_path / "review.py"
    path.write_text(REVIEW)
    moves = _tool().split(path)
    assert sorted(moves) == ["A -> UNREAD: 'Write a poem about cats.'", "UNREAD -> A: 'Keep it under 60 words.'",
                             "UNREAD -> B: 'What is a haiku?'"]
    namespace: dict = {}
    exec(path.read_text(), namespace)  # noqa: S102
    assert [t for t, _ in namespace["A"]] == ["Keep it under 80 words.", "Keep it under 60 words."]
    assert [t for t, _ in namespace["B"]] == ["What is a haiku?"]
    assert [t for t, _ in namespace["UNREAD"]] == ["Write a poem about cats."]
    assert _tool().split(path) == []  # settled


def test_a_list_on_one_line_is_refused_and_the_file_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "review.py"
    text = 'A = [("Write a poem about cats.", [("words_max", {"n": 5})])]\nB = []\nUNREAD = []\n'
    path.write_text(text)
    with pytest.raises(SystemExit, match="shares a line"):
        _tool().split(path)
    assert path.read_text() == text


def test_a_last_entry_with_non_ascii_text_gets_its_comma_where_it_ends(tmp_path: Path) -> None:
    """ast counts a line's columns in UTF-8 bytes: "£" and "“" must not shift where the comma goes."""
    path = tmp_path / "review.py"
    path.write_text(REVIEW.replace('("Keep it under 80 words.", [("words_max", {"n": 79})])',
                                   '("Keep it under 80 words, “please” (£5).", [("words_max", {"n": 79})])'))
    moves = _tool().split(path)
    assert "UNREAD -> A: 'Keep it under 60 words.'" in moves
    namespace: dict = {}
    exec(path.read_text(), namespace)  # noqa: S102
    assert [t for t, _ in namespace["A"]] == ["Keep it under 80 words, “please” (£5).", "Keep it under 60 words."]
