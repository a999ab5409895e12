"""Measurements of a response appended to it before a reward model reads it (tool-augmented reward modelling).

A small transformer reads local patterns well (a title in << >>, a "P.S.", a JSON brace) but counts badly: whether
an answer has at most 120 words, exactly 4 sentences or no comma at all is a global count it must otherwise learn
to estimate. Following tool-augmented reward models (Li et al., 2024, "Tool-Augmented Reward Modeling",
arXiv:2310.01045), a scheme appends exact counts computed by code, so the model only has to compare the
instruction with them:

    "... the end of the answer.\\n\\n(words: 143; sentences: 9; paragraphs: 3; list items: 0; commas: 5;
    all-caps words: 4; letters: mixed case)"

The panel holds only generic counts of the text (nothing about any one instruction). A checkpoint trained with a
scheme names it in its config.json (`aligned_serve_annotate`); `HFRewardModel` and the training encoder both apply
it, so training and serving see the same text. Runtimes that do not know the scheme (vLLM's pooling runner) must
append `annotate(scheme, response)` themselves, or they score a text the model never saw.
"""

import re
from collections.abc import Callable

CONFIG_KEY = "aligned_serve_annotate"

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_PARAGRAPH_SPLIT = re.compile(r"\n[ \t]*\n")
_LIST_MARK = r"^[ \t]*(?:[*•-]|\d{1,3}[.)])[ \t]+"
_LIST_ITEM = re.compile(_LIST_MARK + r"\S", re.MULTILINE)
_LIST_MARKS = re.compile(_LIST_MARK, re.MULTILINE)


class AnnotateError(ValueError):
    """An unknown annotation scheme."""


def text_stats_v1(response: str) -> str:
    """The counts panel (see the module docstring); every count is defined here, not by any checker."""
    words = _WORD.findall(response)
    text = response.strip()
    unmarked = _LIST_MARKS.sub("", text)  # "3. third item" is one sentence, not "3." and "third item"
    sentences = sum(1 for part in _SENTENCE_SPLIT.split(unmarked) if re.search(r"\w", part))
    paragraphs = sum(1 for p in _PARAGRAPH_SPLIT.split(text) if p.strip())
    caps = sum(1 for w in words if sum(c.isalpha() for c in w) >= 2 and w.upper() == w and w.lower() != w)
    letters = [c for c in response if c.isalpha()]
    if letters and all(c.islower() for c in letters):
        case = "all lowercase"
    elif letters and all(c.isupper() for c in letters):
        case = "all uppercase"
    else:
        case = "mixed case"
    return (f"\n\n(words: {len(words)}; sentences: {sentences}; paragraphs: {paragraphs}; "
            f"list items: {len(_LIST_ITEM.findall(response))}; commas: {response.count(',')}; "
            f"all-caps words: {caps}; letters: {case})")


SCHEMES: dict[str, Callable[[str], str]] = {"text-stats-v1": text_stats_v1}


def check_scheme(scheme: str | None) -> None:
    if scheme is not None and scheme not in SCHEMES:
        raise AnnotateError(f"unknown annotation scheme {scheme!r}; known: {', '.join(sorted(SCHEMES))}")


def annotate(scheme: str | None, response: str) -> str:
    """`response` with the scheme's panel appended (unchanged when `scheme` is None)."""
    if scheme is None:
        return response
    check_scheme(scheme)
    return response + SCHEMES[scheme](response)
