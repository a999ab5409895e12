"""The request templates of task v2 (`requests_writing.py`, `requests_practical.py`) and how one is filled in.

A `RequestTemplate` is a writing task with slots ("Write an email to {recipient} asking to move our meeting to
{day}."); `fill` draws one filler per slot. `insert_inside` puts instruction fragments in parentheses at the end of
the request's first sentence, the "inside" position of a phrasing.
"""

import random
import re
from dataclasses import dataclass

from training.tasks.instructions.requests_practical import PRACTICAL
from training.tasks.instructions.requests_writing import WRITING

KINDS = ("open", "yes_no", "passage")
_FIRST_STOP = re.compile(r"[.?!:](?=\s|$)")


@dataclass(frozen=True)
class RequestTemplate:
    """One request template: `id`, `category` (the topic family held out as a whole), `kind` and slots."""

    id: str
    category: str
    kind: str
    text: str
    slots: dict[str, tuple[str, ...]]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.id}: kind must be one of {KINDS}, got {self.kind!r}")
        names = set(re.findall(r"{(\w+)}", self.text))
        if names != set(self.slots) or not all(self.slots.values()):
            raise ValueError(f"{self.id}: slots {sorted(self.slots)} do not match the text's {sorted(names)}")

    def fill(self, rng: random.Random) -> str:
        """The request with one filler drawn per slot (slots drawn in sorted order, for determinism)."""
        return self.text.format(**{name: rng.choice(self.slots[name]) for name in sorted(self.slots)})


REQUESTS: dict[str, RequestTemplate] = {
    entry[0]: RequestTemplate(*entry) for entry in [*WRITING, *PRACTICAL]
}
CATEGORIES: tuple[str, ...] = tuple(sorted({r.category for r in REQUESTS.values()}))

if len(REQUESTS) != len(WRITING) + len(PRACTICAL):
    raise ValueError("request template ids must be unique")


def insert_inside(request: str, fragments: list[str]) -> str:
    """Put "(a, b)" just before the end of the request's first sentence (its first . ? ! or : before a space)."""
    if not fragments:
        return request
    stop = _FIRST_STOP.search(request)
    cut = stop.start() if stop else len(request.rstrip())
    return f"{request[:cut]} ({', '.join(fragments)}){request[cut:]}"
