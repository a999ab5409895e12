"""Compose one prompt of task v2: a filled request plus 1-3 compatible constraints, each in its own phrasing.

`PromptPool` says what a split may draw from (request templates, families, phrasing indices, and an optional
"focus" family every prompt must carry). `compose` draws the first family (by weight), then a request template that suits it,
then further compatible families; it samples arguments, rejects contradictions with the request (an avoided word
the request itself uses), picks a phrasing per constraint and places the words before, after or inside the request.
"""

import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aligned_core.text import has_word
from training.tasks.instructions import phrasings as ph
from training.tasks.instructions.families import FAMILIES, Constraint, Family
from training.tasks.instructions.requests import REQUESTS, RequestTemplate, insert_inside

# How many constraints a prompt carries. SmolLM2-135M passes 4% of its samples with {1: .3, 2: .45, 3: .25} (a
# 16-prompt pilot); three constraints almost never pass, so they stay a minority that keeps combinations in view.
N_CONSTRAINTS_WEIGHTS: dict[int, float] = {1: 0.5, 2: 0.35, 3: 0.15}
_JOINERS_AFTER = (" ", " ", "\n", "\n\n")
_JOINERS_BEFORE = (" ", " ", "\n")


class ComposeError(ValueError):
    """A draw that cannot make a valid prompt (the caller draws again)."""


@dataclass(frozen=True)
class PromptPool:
    """What one split draws from. `phrasings(family)` gives the phrasing indices allowed for that family."""

    templates: tuple[str, ...]
    families: tuple[str, ...]
    phrasings: Callable[[str], Sequence[int]]
    focus: tuple[str, ...] = ()  # when set, the first constraint of prompt i is focus[i % len(focus)]


@dataclass
class InstructionPrompt:
    """One prompt: its id, split, chat messages, constraints and the request template it came from."""

    id: str
    split: str
    messages: list[dict]
    constraints: list[Constraint]
    request: str  # template id
    category: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.messages[-1]["content"]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "split": self.split, "messages": [dict(m) for m in self.messages],
                "constraints": [c.to_dict() for c in self.constraints], "request": self.request,
                "category": self.category}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "InstructionPrompt":
        return cls(d["id"], d["split"], [dict(m) for m in d["messages"]],
                   [Constraint.from_dict(c) for c in d["constraints"]], d["request"], d["category"])


def compose(pool: PromptPool, rng: random.Random, index: int, split: str) -> InstructionPrompt:
    """Draw one prompt; raises ComposeError when the draw is unusable (deterministic for a given rng state)."""
    if pool.focus:
        first = FAMILIES[pool.focus[index % len(pool.focus)]]
    else:
        families = [FAMILIES[f] for f in pool.families]
        first = rng.choices(families, weights=[f.weight for f in families])[0]
    options = [REQUESTS[t] for t in pool.templates if REQUESTS[t].kind in first.request_kinds]
    if not options:
        raise ComposeError(f"no request template suits {first.name}")
    template = rng.choice(options)
    request = template.fill(rng)
    return constrain(pool, rng, template, request, first, f"{split}-{index:05d}", split)


def constrain(pool: PromptPool, rng: random.Random, template: RequestTemplate, request: str, first: Family,
              prompt_id: str, split: str) -> InstructionPrompt:
    """The prompt of one filled request: `first` plus further compatible families of the pool, their arguments and
    phrasings, placed around the request. `meta["request_text"]` keeps the filled request (not written to the
    prompt files: `to_dict` leaves meta out), so `training.data.reprompt` can put other constraints on it."""
    k = rng.choices(list(N_CONSTRAINTS_WEIGHTS), weights=list(N_CONSTRAINTS_WEIGHTS.values()))[0]
    families = _draw_families(first, pool.families, template, k, rng)
    constraints = [Constraint(f.name, _draw_args(f, request, rng)) for f in families]
    no_inside = any(f.name == "repeat_request" for f in families)
    constraints = [_with_phrasing(c, pool.phrasings(c.kind), no_inside, rng) for c in constraints]
    content = _place(request, constraints, rng)
    return InstructionPrompt(prompt_id, split, [{"role": "user", "content": content}], constraints,
                             template.id, template.category, {"request_text": request})


def _draw_families(first: Family, allowed: Sequence[str], template: RequestTemplate, k: int,
                   rng: random.Random) -> list[Family]:
    chosen = [first]
    while len(chosen) < k:
        options = [FAMILIES[n] for n in allowed
                   if template.kind in FAMILIES[n].request_kinds and all(FAMILIES[n].compatible(c) for c in chosen)]
        if not options:
            break
        chosen.append(rng.choices(options, weights=[f.weight for f in options])[0])
    return chosen


def _draw_args(family: Family, request: str, rng: random.Random) -> dict[str, Any]:
    args = family.sample(rng)
    if family.name == "repeat_request":
        args["request"] = request
    if family.name == "keyword_avoid" and any(has_word(request, w) for w in args["words"]):
        raise ComposeError(f"the request itself uses an avoided word: {args['words']}")
    return args


def _with_phrasing(c: Constraint, allowed: Sequence[int], no_inside: bool, rng: random.Random) -> Constraint:
    options = [i for i in allowed if not (no_inside and ph.position(c.kind, i) == "inside")]
    if not options:
        raise ComposeError(f"no usable phrasing for {c.kind}")
    return Constraint(c.kind, c.args, rng.choice(options))


def _place(request: str, constraints: Sequence[Constraint], rng: random.Random) -> str:
    """Before-sentences, then the request with inside fragments, then after-sentences; joiners vary."""
    parts: dict[str, list[str]] = {"before": [], "inside": [], "after": []}
    for c in constraints:
        parts[ph.position(c.kind, c.phrasing)].append(ph.render(c))
    body = insert_inside(request, parts["inside"])
    if parts["before"]:
        joiner = "\n" if "\n" in parts["before"][-1] else rng.choice(_JOINERS_BEFORE)
        body = _join(parts["before"]) + joiner + body
    if parts["after"]:
        body = body + rng.choice(_JOINERS_AFTER) + _join(parts["after"])
    return body


def _join(sentences: list[str]) -> str:
    """Sentences joined by spaces, except after one that spans lines (a list of options), which ends its line."""
    out = sentences[0]
    for prev, sentence in itertools.pairwise(sentences):
        out += ("\n" if "\n" in prev else " ") + sentence
    return out
