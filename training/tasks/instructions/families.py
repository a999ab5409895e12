"""The instruction families of task v2: what each one asks, how its parameters are drawn, what it conflicts with.

A `Family` couples a checker (`checkers.py`), a parameter sampler and the phrasing fields its templates use
(`{n}`, `{n_word}`, `{s}`, `{words_and}`, `{phrase}`, ...; `phrasings.py` holds the templates). Two families never
share a prompt when they share a tag (both fix the answer's start, say, or its overall layout), or when one of them
is `alone_with` a set of families that does not include the other (a constrained choice leaves room for nothing but
its case and punctuation). `request_kinds` limits a family to suitable requests: a constrained choice needs a yes/no
question, repeating the request needs a short one.

A `Constraint` is one family with concrete arguments and the phrasing that rendered it; `judge` scores a response by
the fraction of its constraints satisfied and `passes` asks for all of them.
"""

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reward_models import checkers as ck
from training.tasks.instructions import vocab as vb

Args = dict[str, Any]
REQUEST_KINDS = frozenset({"open", "yes_no", "passage"})


@dataclass(frozen=True)
class Family:
    """One verifiable instruction family (see the module docstring)."""

    name: str
    group: str
    check: Callable[..., bool]
    sample: Callable[[random.Random], Args]
    fields: Callable[[Args], dict[str, str]]
    tags: frozenset[str] = frozenset()
    alone_with: frozenset[str] | None = None
    request_kinds: frozenset[str] = REQUEST_KINDS
    weight: float = 1.0  # relative frequency; < 1 for what SmolLM2-135M almost never satisfies (v1 manifest)

    def compatible(self, other: "Family") -> bool:
        """Whether the two families may share a prompt (symmetric)."""
        if self.name == other.name or self.tags & other.tags:
            return False
        return all(f.alone_with is None or g.name in f.alone_with for f, g in ((self, other), (other, self)))


# ------------------------------------------------------------------------------------------------ samplers and fields


def _none(_: Any) -> Args:
    return {}


def _no_fields(_: Args) -> dict[str, str]:
    return {}


def _count(choices: Sequence[int], **fixed: Any) -> Callable[[random.Random], Args]:
    return lambda rng: {"n": rng.choice(list(choices)), **fixed}


def _n_fields(a: Args) -> dict[str, str]:
    n = a["n"]
    return {"n": str(n), "n_word": vb.NUMBER_WORDS.get(n, str(n)), "s": "" if n == 1 else "s"}


def _quoted(words: Sequence[str], last: str) -> str:
    quoted = [f'"{w}"' for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


def _words_sampler(pool: Sequence[str]) -> Callable[[random.Random], Args]:
    return lambda rng: {"words": rng.sample(list(pool), rng.choice([1, 2]))}


def _words_fields(a: Args) -> dict[str, str]:
    return {"words_and": _quoted(a["words"], "and"), "words_or": _quoted(a["words"], "or"),
            "words_plain": ", ".join(a["words"])}


def _keyword_frequency(rng: random.Random) -> Args:
    return {"word": rng.choice(vb.FREQUENCY_WORDS), "n": rng.choice([2, 3, 4])}


def _letter_frequency(rng: random.Random) -> Args:
    return {"letter": rng.choice(vb.LETTERS), "n": rng.choice([4, 6, 8, 10, 12])}


def _choice(rng: random.Random) -> Args:
    return {"options": list(rng.choice(vb.OPTION_SETS))}


def _choice_fields(a: Args) -> dict[str, str]:
    options = a["options"]
    return {"options_or": _quoted(options, "or"), "options_slash": " / ".join(options),
            "options_lines": "\n".join(f"- {o}" for o in options)}


def _phrase_sampler(pool: Sequence[str]) -> Callable[[random.Random], Args]:
    return lambda rng: {"phrase": rng.choice(list(pool))}


def _phrase_fields(a: Args) -> dict[str, str]:
    return {"phrase": a["phrase"]}


def _sections(rng: random.Random) -> Args:
    return {"n": rng.choice([2, 3, 4]), "marker": rng.choice(vb.SECTION_MARKERS)}


def _sections_fields(a: Args) -> dict[str, str]:
    return {**_n_fields(a), "marker": a["marker"], "marker_lower": a["marker"].lower()}


def _marker_fields(a: Args) -> dict[str, str]:
    return {"marker": a["marker"]}


def _letter_fields(a: Args) -> dict[str, str]:
    return {**_n_fields(a), "letter": a["letter"], "letter_upper": a["letter"].upper()}


def _frequency_fields(a: Args) -> dict[str, str]:
    return {**_n_fields(a), "word": a["word"]}


# ------------------------------------------------------------------------------------------------ the registry

_FORM = frozenset({"start", "end", "wrap", "layout"})  # tags of answers whose whole form is fixed
_QUESTION_ONLY = frozenset({"yes_no"})
_SHORT_REQUESTS = frozenset({"open", "yes_no"})

_FAMILIES: list[Family] = [
    # length
    Family("words_max", "length", ck.words_max, _count([15, 20, 25, 30, 40, 50, 60, 80]), _n_fields, frozenset({"length"})),
    Family("words_min", "length", ck.words_min, _count([20, 30, 40, 50, 60, 80]), _n_fields, frozenset({"length"})),
    Family("sentences_max", "length", ck.sentences_max, _count([1, 2, 3, 4]), _n_fields,
           frozenset({"length", "layout"})),
    Family("sentences_exact", "length", ck.sentences_exact, _count([1, 2, 3, 4, 5]), _n_fields,
           frozenset({"length", "layout"})),
    Family("paragraphs_exact", "length", ck.paragraphs_exact, _count([2, 3, 4]), _n_fields, frozenset({"layout"})),
    # structure
    Family("bullet_list", "structure", ck.bullet_list, _count([2, 3, 4, 5]), _n_fields, frozenset({"layout"})),
    Family("numbered_list", "structure", ck.numbered_list, _count([2, 3, 4, 5]), _n_fields,
           frozenset({"layout", "digits"})),
    Family("sections", "structure", ck.sections, _sections, _sections_fields, frozenset({"layout", "digits"})),
    Family("two_responses", "structure", ck.two_responses, lambda rng: {"separator": vb.SEPARATOR},
           lambda a: {"separator": a["separator"]}, frozenset({"layout", "wrap"}), weight=0.5),
    # markup
    Family("highlight", "markup", ck.highlight, _count([1, 2, 3]), _n_fields),
    Family("title", "markup", ck.title, _none, _no_fields),
    Family("placeholders", "markup", ck.placeholders, _count([1, 2, 3]), _n_fields),
    Family("postscript", "markup", ck.postscript, lambda rng: {"marker": rng.choice(vb.POSTSCRIPT_MARKERS)},
           _marker_fields, frozenset({"end"})),
    Family("hashtags", "markup", ck.hashtags, _count([1, 2, 3]), _n_fields),
    # the whole answer's form
    Family("json_output", "form", ck.json_output, _none, _no_fields, _FORM | {"commas"},
           alone_with=frozenset({"words_max", "words_min", "keyword_include", "keyword_avoid", "keyword_frequency",
                                 "letter_frequency", "lowercase", "uppercase"}), weight=0.3),
    Family("quotation", "form", ck.quotation, _none, _no_fields, frozenset({"start", "end", "wrap"}), weight=0.3),
    Family("code_block", "form", ck.code_block, _none, _no_fields, frozenset({"start", "end", "wrap"})),
    Family("repeat_request", "form", ck.repeat_request, _none, _no_fields, frozenset({"start", "case", "commas"}),
           request_kinds=_SHORT_REQUESTS, weight=0.5),
    Family("constrained_choice", "form", ck.constrained_choice, _choice, _choice_fields, _FORM | {"length"},
           alone_with=frozenset({"lowercase", "uppercase", "no_commas"}), request_kinds=_QUESTION_ONLY),
    # case
    Family("lowercase", "case", ck.lowercase, _none, _no_fields, frozenset({"case"})),
    Family("uppercase", "case", ck.uppercase, _none, _no_fields, frozenset({"case"}), weight=0.3),
    Family("capital_words", "case", ck.capital_words, _count([2, 3, 4, 5]), _n_fields, frozenset({"case"})),
    # words and letters
    Family("keyword_include", "words", ck.keyword_include, _words_sampler(vb.INCLUDE_WORDS), _words_fields),
    Family("keyword_avoid", "words", ck.keyword_avoid, _words_sampler(vb.AVOID_WORDS), _words_fields),
    Family("keyword_frequency", "words", ck.keyword_frequency, _keyword_frequency, _frequency_fields),
    Family("letter_frequency", "words", ck.letter_frequency, _letter_frequency, _letter_fields),
    # start, end and punctuation
    Family("start_phrase", "edges", ck.start_phrase, _phrase_sampler(vb.START_PHRASES), _phrase_fields,
           frozenset({"start"})),
    Family("end_phrase", "edges", ck.end_phrase, _phrase_sampler(vb.END_PHRASES), _phrase_fields,
           frozenset({"end"})),
    Family("end_with_question", "edges", ck.end_with_question, _none, _no_fields, frozenset({"end"})),
    Family("no_commas", "edges", ck.no_commas, _none, _no_fields, frozenset({"commas"})),
    Family("no_digits", "edges", ck.no_digits, _none, _no_fields, frozenset({"digits"})),
]

FAMILIES: dict[str, Family] = {f.name: f for f in _FAMILIES}


# ------------------------------------------------------------------------------------------------ constraints


@dataclass(frozen=True)
class Constraint:
    """A family with concrete arguments; `phrasing` is the index of the template that rendered it (-1: unknown)."""

    kind: str
    args: dict = field(default_factory=dict)
    phrasing: int = -1

    def __post_init__(self) -> None:
        if self.kind not in FAMILIES:
            raise ValueError(f"unknown instruction family {self.kind!r}; known: {sorted(FAMILIES)}")

    @property
    def family(self) -> Family:
        return FAMILIES[self.kind]

    def check(self, response: str) -> bool:
        return bool(self.family.check(response, **self.args))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "args": dict(self.args), "phrasing": self.phrasing}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Constraint":
        return cls(d["kind"], dict(d.get("args", {})), int(d.get("phrasing", -1)))


def judge(response: str, constraints: Sequence[Constraint]) -> float:
    """Fraction of constraints the response satisfies, in [0, 1]; 0.0 with no constraints."""
    if not constraints:
        return 0.0
    return sum(c.check(response) for c in constraints) / len(constraints)


def passes(response: str, constraints: Sequence[Constraint]) -> bool:
    """True when every constraint is satisfied (and there is at least one)."""
    return bool(constraints) and all(c.check(response) for c in constraints)
