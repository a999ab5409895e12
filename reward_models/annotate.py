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

from aligned_core import text as tx

CONFIG_KEY = "aligned_serve_annotate"

_LIST_MARK = r"^[ \t]*(?:[*•-]|\d{1,3}[.)])[ \t]+"
_LIST_ITEM = re.compile(_LIST_MARK + r"\S", re.MULTILINE)
_LIST_MARKS = re.compile(_LIST_MARK, re.MULTILINE)


class AnnotateError(ValueError):
    """An unknown annotation scheme."""


def text_stats_v1(response: str) -> str:
    """The counts panel (see the module docstring), measured as the instruction checkers measure
    (`aligned_core.text`); list items are "* ", "- ", "• " or "1. " / "1) " lines."""
    unmarked = _LIST_MARKS.sub("", response.strip())  # "3. third item" is one sentence, not "3." and "third item"
    if tx.is_all_case(response, upper=False):
        case = "all lowercase"
    elif tx.is_all_case(response, upper=True):
        case = "all uppercase"
    else:
        case = "mixed case"
    return (f"\n\n(words: {tx.count_words(response)}; sentences: {tx.count_sentences(unmarked)}; "
            f"paragraphs: {len(tx.paragraphs(response))}; list items: {len(_LIST_ITEM.findall(response))}; "
            f"commas: {response.count(',')}; all-caps words: {tx.count_capital_words(response)}; letters: {case})")


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
