"""One checker per instruction family: `checker(response, **args) -> bool`. Our own code (no IFEval library).

Each checker reads only the response and the family's arguments (see `families.py` for what each argument means and
how it is sampled). They are deliberately literal, so a verdict can be worked out by hand:

- counts use `text.py` (words are letter/digit runs; sentences end in . ! ? or a line break; paragraphs are separated
  by blank lines);
- word and phrase matches ignore case; phrases at the start or end must be exact apart from case and surrounding
  whitespace.
"""

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from aligned_core import text as tx

# A title or placeholder is a bracketed span holding a word character; the span is matched first and the word
# character looked for after (one pattern with \w inside backtracks quadratically over an unclosed bracket).
_TITLE = re.compile(r"<<[^<>\n]*>>")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")
_WORD_CHAR = re.compile(r"\w")
HASHTAG = re.compile(r"(?<![\w#&])#[A-Za-z][A-Za-z0-9_]*")
# a separator is a run of one symbol ("******", "***", "---", "==="), up to this long
SEPARATOR_SYMBOLS = "*-=~#_+|/%"
MAX_SEPARATOR = 12
_FIRST_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # any script's letters stay
_CHOICE_TRIM = " \t\n\"'“”‘’*_.!`"


def _counts_up(numbers: Sequence[int], n: int) -> bool:
    """`numbers` is 1, 2, ..., n (without building a list of n: n may come from a request)."""
    return len(numbers) == n and all(x == i for i, x in enumerate(numbers, start=1))


# ------------------------------------------------------------------------------------------------ length


def words_max(response: str, *, n: int) -> bool:
    return tx.count_words(response) <= n


def words_min(response: str, *, n: int) -> bool:
    return tx.count_words(response) >= n


def sentences_max(response: str, *, n: int) -> bool:
    return 1 <= tx.count_sentences(response) <= n


def sentences_exact(response: str, *, n: int) -> bool:
    return tx.count_sentences(response) == n


def paragraphs_exact(response: str, *, n: int) -> bool:
    return len(tx.paragraphs(response)) == n


# Bounds the task's families do not ask for, read by `rule:instructions` from requests ("at least 5 sentences").


def sentences_min(response: str, *, n: int) -> bool:
    return tx.count_sentences(response) >= n


def paragraphs_min(response: str, *, n: int) -> bool:
    return len(tx.paragraphs(response)) >= n


def paragraphs_max(response: str, *, n: int) -> bool:
    return 1 <= len(tx.paragraphs(response)) <= n


def bullets_min(response: str, *, n: int) -> bool:
    return tx.count_bullets(response) >= n


def bullets_max(response: str, *, n: int) -> bool:
    return 1 <= tx.count_bullets(response) <= n


# ------------------------------------------------------------------------------------------------ structure


def bullet_list(response: str, *, n: int) -> bool:
    return tx.count_bullets(response) == n


def numbered_list(response: str, *, n: int) -> bool:
    """Exactly n numbered lines, numbered 1, 2, ..., n in order."""
    return _counts_up(tx.numbered_items(response), n)


def paragraph_first_word(response: str, *, n: int, word: str) -> bool:
    """The answer has at least n paragraphs and the n-th (1-based) starts with `word` (case, markdown and quotes
    aside)."""
    parts = tx.paragraphs(response)
    if len(parts) < n:
        return False
    first = _FIRST_WORD.search(parts[n - 1])
    return first is not None and first.group(0).lower() == word.lower()


def sections(response: str, *, n: int, marker: str) -> bool:
    """Exactly n header lines "<marker> 1" ... "<marker> n" in order (a markdown "#" or bold "**" may precede)."""
    header = re.compile(rf"^[ \t]*(?:#+[ \t]*)?(?:\*\*)?{re.escape(marker)}[ \t]+(\d+)\b", re.MULTILINE | re.IGNORECASE)
    # a number too long to be a header's (int() refuses more than 4300 digits) counts as no number in order
    return _counts_up([int(m) if len(m) <= 9 else -1 for m in header.findall(response)], n)


@lru_cache(maxsize=64)
def separator_pattern(separator: str) -> "re.Pattern[str]":
    """The separator as itself: its run of one symbol, not part of a longer run ("***" is not in "******")."""
    if not (0 < len(separator) <= MAX_SEPARATOR and separator[0] in SEPARATOR_SYMBOLS
            and separator == separator[0] * len(separator)):
        raise ValueError(f"a separator is a run of one of {SEPARATOR_SYMBOLS!r}, at most {MAX_SEPARATOR} long, "
                         f"got {separator!r}")
    symbol = re.escape(separator[0])
    return re.compile(f"(?<!{symbol}){symbol}{{{len(separator)}}}(?!{symbol})")


def two_responses(response: str, *, separator: str = "******") -> bool:
    """Two non-empty, different answers with one separator (exactly the given run of one symbol) between them."""
    return _two_parts(separator_pattern(separator).split(response), filled=tx.count_words)


def _two_parts(parts: Sequence[str], *, filled: Callable[[str], object]) -> bool:
    """Exactly two parts, each `filled`, and different apart from case and spacing."""
    return len(parts) == 2 and all(filled(p) for p in parts) and tx.normalise(parts[0]) != tx.normalise(parts[1])


# ------------------------------------------------------------------------------------------------ markup


def highlight(response: str, *, n: int) -> bool:
    return tx.count_highlights(response) >= n


def title(response: str) -> bool:
    return any(_WORD_CHAR.search(m) for m in _TITLE.findall(response))


def placeholders(response: str, *, n: int) -> bool:
    return sum(1 for m in _PLACEHOLDER.findall(response) if _WORD_CHAR.search(m)) >= n


def postscript(response: str, *, marker: str) -> bool:
    """A line starting with the marker (e.g. "P.S."), with text after it and some answer before it. A marker typed
    without dots ("add a PS") is met by "PS" or "P.S." alike."""
    mark = r"P\.?[ \t]?S\.?" if marker.upper() == "PS" else re.escape(marker)
    found = re.search(rf"^[ \t]*{mark}[ \t]*\S", response, re.MULTILINE | re.IGNORECASE)
    return found is not None and tx.count_words(response[: found.start()]) > 0


def hashtags(response: str, *, n: int) -> bool:
    """At least n hashtags: "#" then a letter, not inside a word ("C#" and "# Heading" do not count)."""
    return len(HASHTAG.findall(response)) >= n


# ------------------------------------------------------------------------------------------------ whole-answer form


def json_output(response: str) -> bool:
    return tx.parses_as_json(response)


def quotation(response: str) -> bool:
    body = response.strip()
    return len(body) > 2 and body[0] in "\"“" and body[-1] in "\"”" and tx.count_words(body) > 0


def code_block(response: str) -> bool:
    return tx.is_fenced(response)


def repeat_request(response: str, *, request: str | Sequence[str]) -> bool:
    """The answer starts with the request, verbatim apart from case and spacing, and goes on after it. A sequence:
    any one of these readings of the request (`rule:instructions` cannot always tell where the request ends)."""
    body = tx.normalise(response)
    for req in map(tx.normalise, [request] if isinstance(request, str) else request):
        if req and body.startswith(req) and tx.count_words(body[len(req) :]) > 0:
            return True
    return False


def constrained_choice(response: str, *, options: Sequence[str]) -> bool:
    """The whole answer is one of the options (case, quotes, markdown and a final period or "!" aside)."""
    answer = tx.normalise(response.strip(_CHOICE_TRIM))
    return answer in {tx.normalise(o) for o in options}


# ------------------------------------------------------------------------------------------------ case


def lowercase(response: str) -> bool:
    return tx.is_all_case(response, upper=False)


def uppercase(response: str) -> bool:
    return tx.is_all_case(response, upper=True)


def capital_words(response: str, *, n: int) -> bool:
    return tx.count_capital_words(response) >= n


def capital_words_max(response: str, *, n: int) -> bool:
    """At most n words in capitals ("fewer than 3 words in all caps": n = 2)."""
    return tx.count_capital_words(response) <= n


# ------------------------------------------------------------------------------------------------ words and letters


def keyword_include(response: str, *, words: Sequence[str]) -> bool:
    return all(tx.has_word(response, w) for w in words)


def keyword_avoid(response: str, *, words: Sequence[str]) -> bool:
    return not any(tx.has_word(response, w) for w in words)


def keyword_frequency(response: str, *, word: str, n: int) -> bool:
    return tx.count_word(response, word) >= n


def letter_frequency(response: str, *, letter: str, n: int) -> bool:
    return response.lower().count(letter.lower()) >= n


# ---------------------------------------------------------------------------------------- start, end, punctuation


def start_phrase(response: str, *, phrase: str) -> bool:
    return response.lstrip().lower().startswith(phrase.lower())


def end_phrase(response: str, *, phrase: str) -> bool:
    return response.rstrip().lower().endswith(phrase.lower())


def end_with_question(response: str) -> bool:
    return response.rstrip().endswith("?")


def language(response: str, *, code: str) -> bool:
    """The answer is in the language of ISO 639-1 `code`, as py3langid identifies it (its words only: markdown
    and digits aside)."""
    import py3langid  # loads its model (~1 s) the first time a request asks for a language

    words = _NOT_LETTERS.sub(" ", response).strip()
    return bool(words) and py3langid.classify(words)[0] == code


def no_commas(response: str) -> bool:
    return "," not in response and "，" not in response


def no_digits(response: str) -> bool:
    return not any(c.isdigit() for c in response)


# ------------------------------------------------------------------------------------------------ other readings
# Other judges count some instructions their own way: words as \w+ runs ("don't" and "well-known" are two),
# sentences ended by punctuation only (a line break is no end), a keyword found inside a longer word ("dogs" has
# "dog"), the separator of two answers found inside a longer run, one-letter words in capitals ("I"), straight
# quotes only around a quoted answer, a choice found inside a longer answer ("My answer is yes.").
# `graded` breaks ties with these: an answer that passes under both readings ranks above one that passes under
# ours only, and one that passes under the other only ranks above one that passes under neither. Our reading
# decides first: with OWN_READING above m / (m + 1) for m instructions (0.9: up to 8), no answer that passes every
# instruction our way is ranked below one that does not. On validation (the served scoring, 50 x this + the model;
# docs/experiments.md session 27) best-of-8 under our checkers is 0.332 for any weight from 1.0 to 0.75, and under
# the other readings 0.351 at 1.0 (binary), 0.361 at 0.97, 0.375 at 0.9, 0.378 at 0.85 (oracle 0.383).

_ANY_WORD = re.compile(r"\w+")
_PUNCT_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
OWN_READING = 0.9  # our reading's weight in `graded` (the other gets the rest): chosen on validation, see below


def _count_any_words(text: str) -> int:
    return len(_ANY_WORD.findall(text))


def _count_punct_sentences(text: str) -> int:
    return sum(1 for part in _PUNCT_SENTENCE_SPLIT.split(text.strip()) if _WORD_CHAR.search(part))


def _substring_count(text: str, word: str) -> int:
    return text.lower().count(word.lower())


def _count_capital_runs(text: str) -> int:
    return sum(1 for w in _ANY_WORD.findall(text) if w.isupper())


OTHER_READINGS: dict[str, Callable[..., bool]] = {
    "words_max": lambda r, *, n: _count_any_words(r) <= n,
    "words_min": lambda r, *, n: _count_any_words(r) >= n,
    "sentences_max": lambda r, *, n: 1 <= _count_punct_sentences(r) <= n,
    "sentences_min": lambda r, *, n: _count_punct_sentences(r) >= n,
    "sentences_exact": lambda r, *, n: _count_punct_sentences(r) == n,
    "keyword_include": lambda r, *, words: all(_substring_count(r, w) for w in words),
    "keyword_avoid": lambda r, *, words: not any(_substring_count(r, w) for w in words),
    "keyword_frequency": lambda r, *, word, n: _substring_count(r, word) >= n,
    "two_responses": lambda r, *, separator="******": _two_parts(r.split(separator), filled=str.strip),
    "capital_words": lambda r, *, n: _count_capital_runs(r) >= n,
    "capital_words_max": lambda r, *, n: _count_capital_runs(r) <= n,
    "quotation": lambda r: len(body := r.strip()) > 2 and body[0] == body[-1] == '"',
    "constrained_choice": lambda r, *, options: any(tx.has_word(r, o.strip(_CHOICE_TRIM)) for o in options),
}


def other_reading(kind: str) -> Callable[..., bool]:
    """The checker of `kind` as other judges read it (our own where there is no other reading)."""
    return OTHER_READINGS.get(kind) or globals()[kind]


def blend(own: bool, other: bool, weight: float = OWN_READING) -> float:
    """1.0 when both readings pass, `weight` when ours only, 1 - `weight` when the other only, 0.0 when neither."""
    return 1.0 if own and other else weight if own else 1.0 - weight if other else 0.0


def graded(kind: str, response: str, **args: Any) -> float:
    """The checker `kind` as a score over our reading and the other common one (`blend`). A kind with one reading
    scores 1.0 or 0.0."""
    own = bool(globals()[kind](response, **args))
    return blend(own, bool(OTHER_READINGS[kind](response, **args))) if kind in OTHER_READINGS else float(own)
