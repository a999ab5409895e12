"""Text measurements shared by the instruction checkers (training) and the reward-model annotation panel
(reward_models): words, sentences, paragraphs, list items, spans and case.

Every function is pure and documents what it counts, so a checker's verdict can be worked out by hand.
"""

import json
import re

WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_DIVIDER_LINE = r"[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})"  # "***", "* * *", "---", "___"
_DIVIDER = re.compile(_DIVIDER_LINE)
# a blank line, or a markdown divider line with or without blank lines around it
_PARAGRAPH_SPLIT = re.compile(r"\n[ \t]*\n|^" + _DIVIDER_LINE + "$", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[*•-][ \t]+\S", re.MULTILINE)
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+\S", re.MULTILINE)
_FENCE = re.compile(r"^```[A-Za-z]*[ \t]*\n(.*?)\n?```$", re.DOTALL)
# *span* (emphasis) or **span** (bold): no space just inside the asterisks, so a "* item" bullet is not a span.
_EMPHASIS = re.compile(r"(?<!\*)\*(?![\s*])[^*\n]+?(?<![\s*])\*(?!\*)")
_BOLD = re.compile(r"\*\*(?!\s)[^*\n]+?(?<!\s)\*\*")


def words(text: str) -> list[str]:
    """Runs of letters and digits, with inner apostrophes or hyphens ("don't", "well-known" are one word)."""
    return WORD.findall(text)


def count_words(text: str) -> int:
    return len(words(text))


def count_sentences(text: str) -> int:
    """Pieces ending in . ! or ? (before whitespace) or at a line break, that hold at least one word character."""
    return sum(1 for part in _SENTENCE_SPLIT.split(text.strip()) if re.search(r"\w", part))


def paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines or divider lines ("***"), stripped, empty ones dropped."""
    return [p.strip() for p in _PARAGRAPH_SPLIT.split(text.strip()) if p.strip()]


def count_bullets(text: str) -> int:
    """Lines starting with "* ", "- " or "• " (after optional indentation), divider lines ("* * *") aside."""
    count = 0
    for m in _BULLET.finditer(text):
        end = text.find("\n", m.start())
        count += _DIVIDER.fullmatch(text, m.start(), end if end >= 0 else len(text)) is None
    return count


def numbered_items(text: str) -> list[int]:
    """The numbers of lines starting with "1. " or "1) " style markers, in order."""
    return [int(n) for n in _NUMBERED.findall(text)]


def count_highlights(text: str) -> int:
    """Markdown emphasis spans: *like this* or **like this**."""
    return len(_EMPHASIS.findall(text)) + len(_BOLD.findall(text))


def has_word(text: str, word: str) -> bool:
    """`word` (or phrase) occurs as a whole word, ignoring case."""
    return count_word(text, word) > 0


def count_word(text: str, word: str) -> int:
    """Whole-word occurrences of `word`, ignoring case ("cat" is not counted in "category")."""
    return len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE))


def letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def is_all_case(text: str, upper: bool) -> bool:
    """Every letter is upper (or lower) case, and there is at least one letter."""
    found = letters(text)
    return bool(found) and all(c.isupper() if upper else c.islower() for c in found)


def count_capital_words(text: str) -> int:
    """Words of two or more letters written entirely in capitals ("NASA", "VERY"; not "I" or "A")."""
    return sum(1 for w in words(text) if sum(c.isalpha() for c in w) >= 2 and w.upper() == w and w.lower() != w)


def normalise(text: str) -> str:
    """Lowercase with runs of whitespace collapsed to one space, for lenient verbatim comparisons."""
    return " ".join(text.lower().split())


def unfence(text: str) -> str:
    """The body of a response that is one ``` fenced block (any language tag), else the stripped response."""
    body = text.strip()
    fenced = _FENCE.match(body)
    return fenced.group(1).strip() if fenced else body


def is_fenced(text: str) -> bool:
    """The whole response is one ``` fenced block with something inside."""
    body = text.strip()
    fenced = _FENCE.match(body)
    return fenced is not None and bool(fenced.group(1).strip()) and body.count("```") == 2


def parses_as_json(text: str) -> bool:
    """The whole response is a JSON object or array, optionally inside one ``` fence."""
    try:
        value = json.loads(unfence(text))
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than Python's stack allows
        return False
    return isinstance(value, (dict, list))
