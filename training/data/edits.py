"""Minimal edits that make an answer satisfy or violate one instruction of the bundled task.

A sampled answer that fails "End your answer with the exact phrase "That is all."" becomes, with one edit, the same
answer that passes; a passing one becomes a failing one. Ranked together, the original and its edit differ only in
what the instruction asks for, so a reward model trained on them must learn the instruction -> format mapping and
cannot lean on length, topic or style (counterfactual augmentation; cf. Kaushik et al. 2020, arXiv:1909.12434).

Edits are plain text functions, one `(satisfy, violate)` pair per constraint kind, each returning `None` where no
sensible edit exists. They need not be perfect: callers re-judge every edited answer with the real checker, so a
label is never wrong, and an edit that does not change the verdict is dropped.
"""

import json
import re
from collections.abc import Callable

from training.data.ifeval_task import (
    _BOLD,
    _PLACEHOLDER,
    _POSTSCRIPT,
    _TITLE,
    _WORD,
    Args,
    Constraint,
)

Edit = Callable[[str, Args], str | None]

_SENT = re.compile(r"[^.!?\n]+[.!?]*")
_BULLET_MARK = re.compile(r"^\s*[*-] +", re.MULTILINE)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if re.search(r"\w", s)]


def _first_words(text: str, n: int) -> str:
    """The text cut after its first `n` words, with a final full stop."""
    ends = [m.end() for m in _WORD.finditer(text)]
    if len(ends) <= n:
        return text
    return text[: ends[n - 1]].rstrip(" ,;:") + "."


def _repeat_past(text: str, n: int) -> str | None:
    """The text repeated (a rambling answer) until it has at least `n` words."""
    words = len(_WORD.findall(text))
    return " ".join([text.strip()] * (-(-n // words))) if words else None


def _lower_first(text: str) -> str:
    s = text.lstrip()
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def _cap_sentences(text: str) -> str:
    return re.sub(r"(^|[.!?]\s+|\n\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _remove_word(text: str, word: str) -> str:
    out = re.sub(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])[ \t]?", "", text, flags=re.IGNORECASE)
    return re.sub(r"[ \t]{2,}", " ", out)


def _remove_word_all(text: str, words: list[str]) -> str:
    for w in words:
        text = _remove_word(text, w)
    return text


def _insert_word(text: str, word: str) -> str:
    """Put `word` into the first sentence, after its first verb-like "is/are/was", else before the last word."""
    m = re.search(r"\b(is|are|was|were|can|will)\b", text)
    if m:
        return text[: m.end()] + f" {word}" + text[m.end() :]
    words = list(_WORD.finditer(text))
    if not words:
        return f"{word.capitalize()}. {text}"
    last = words[min(len(words) - 1, 4)]
    return text[: last.start()] + f"{word} " + text[last.start() :]


def _strip_start(text: str, phrase: str) -> str | None:
    s = text.lstrip()
    if not s.lower().startswith(phrase.lower()):
        return None
    rest = s[len(phrase) :].lstrip(" ,:;!-—")
    return rest[:1].upper() + rest[1:]


def _strip_end(text: str, phrase: str) -> str | None:
    s = text.rstrip()
    if not s.lower().endswith(phrase.lower()):
        return None
    return s[: -len(phrase)].rstrip()


def _bullets(text: str, n: int) -> str | None:
    items = [_BULLET_MARK.sub("", s) for s in _sentences(text)]
    return "\n".join(f"* {s}" for s in items[:n]) if len(items) >= n else None


def _paragraphs(text: str, n: int) -> str | None:
    sents = _sentences(text)
    if len(sents) < n:
        return None
    size = -(-len(sents) // n)
    groups = [" ".join(sents[i : i + size]) for i in range(0, len(sents), size)]
    return "\n\n".join(groups) if len(groups) == n else None


def _unjson(text: str) -> str | None:
    try:
        value = json.loads(re.sub(r"^```(?:json)?|```$", "", text.strip()).strip())
    except ValueError:
        return None
    strings: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            strings.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(value)
    return " ".join(strings) or None


def _highlight(text: str, n: int) -> str | None:
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 6]
    if len(words) < n:
        return None
    out, last = [], 0
    for m in words[:n]:
        out += [text[last : m.start()], f"**{m.group()}**"]
        last = m.end()
    return "".join(out) + text[last:]


def _title_from(text: str) -> str:
    words = _WORD.findall(text)[:3]
    return " ".join(w.capitalize() for w in words) or "My Answer"


# kind -> (satisfy, violate)
EDITS: dict[str, tuple[Edit, Edit]] = {
    "max_words": (lambda r, a: _first_words(r, a["n"] - 1), lambda r, a: _repeat_past(r, a["n"])),
    "min_words": (lambda r, a: None, lambda r, a: _first_words(r, max(3, a["n"] // 3))),
    "max_sentences": (
        lambda r, a: " ".join(_sentences(r)[: a["n"]]) or None,
        lambda r, a: f"{r.rstrip()} {' '.join(_sentences(r))}",
    ),
    "bullet_points": (lambda r, a: _bullets(r, a["n"]), lambda r, a: " ".join(_sentences(r)) or None),
    "paragraphs": (lambda r, a: _paragraphs(r, a["n"]), lambda r, a: re.sub(r"\s*\n\s*", " ", r.strip())),
    "lowercase": (lambda r, a: r.lower(), lambda r, a: _cap_sentences(r)),
    "uppercase": (lambda r, a: r.upper(), lambda r, a: _cap_sentences(r.lower())),
    "include_keyword": (lambda r, a: _insert_word(r, a["word"]), lambda r, a: _remove_word(r, a["word"])),
    "avoid_words": (
        lambda r, a: _remove_word_all(r, a["words"]),
        lambda r, a: _insert_word(r, a["words"][0]),
    ),
    "start_with": (lambda r, a: f"{a['phrase']}, {_lower_first(r)}", lambda r, a: _strip_start(r, a["phrase"])),
    "end_with": (lambda r, a: f"{r.rstrip()} {a['phrase']}", lambda r, a: _strip_end(r, a["phrase"])),
    "end_question": (
        lambda r, a: f"{r.rstrip()} What do you think?",
        lambda r, a: re.sub(r"\?\s*$", ".", r.rstrip()),
    ),
    "json_format": (lambda r, a: json.dumps({"answer": r.strip()}), lambda r, a: _unjson(r)),
    "no_commas": (lambda r, a: r.replace(",", ""), lambda r, a: re.sub(r"\s(and|but|so)\s", r", \1 ", r, count=1)),
    "quotation": (lambda r, a: f'"{r.strip()}"', lambda r, a: r.strip().strip("\"“”")),
    "title": (lambda r, a: f"<<{_title_from(r)}>>\n\n{r.lstrip()}", lambda r, a: _TITLE.sub("", r).lstrip()),
    "postscript": (
        lambda r, a: f"{r.rstrip()}\n\nP.S. {(_sentences(r) or ['Thanks for reading.'])[0]}",
        lambda r, a: _POSTSCRIPT.split(r)[0].rstrip() or None,
    ),
    "placeholders": (
        lambda r, a: f"{r.rstrip()}\n\n" + " ".join(["[name]", "[place]", "[date]"][: a["n"]]),
        lambda r, a: _PLACEHOLDER.sub(lambda m: m.group()[1:-1], r),
    ),
    "highlight": (lambda r, a: _highlight(r, a["n"]), lambda r, a: _BOLD.sub(lambda m: m.group()[2:-2], r)),
}


def edit(response: str, constraint: Constraint, satisfy: bool) -> str | None:
    """`response` edited so that `constraint` is satisfied (or violated); None if that edit does not work."""
    fn = EDITS[constraint.kind][0 if satisfy else 1]
    out = fn(response, constraint.args)
    if out is None or not out.strip() or out == response or constraint.check(out) != satisfy:
        return None
    return out
