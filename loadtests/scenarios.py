"""Load scenarios: what one request of each kind sends to an aligned-serve server.

A scenario is a request shape (endpoint, `alignment` block, streaming or not), picked by name from
`SCENARIOS`; a mix (`mix`, `aligned`) draws one of them per request, by weight. Used by
`loadtests/load.py` and `loadtests/kill9_feedback.py`:

    SCENARIOS["best_of_8"].body("Say hi.", max_tokens=32)
    # {"messages": [...], "max_tokens": 32, "alignment": {"strategy": "best_of_n", "n": 8}}
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CHAT_PATH = "/v1/chat/completions"

# Short instruction-following prompts (the kind the bundled preference data covers); cycled by request index.
PROMPTS: tuple[str, ...] = (
    "Write a short paragraph about the ocean. Do not use any commas.",
    "Explain how vaccines work to a child in fewer than 60 words.",
    "Give three tips for a day at a bakery, as bullet points.",
    "Describe autumn in all lowercase letters.",
    "Answer in JSON with keys 'city' and 'country': where is the Eiffel Tower?",
    "Start your answer with Hello and end it with Goodbye: what is photosynthesis?",
)


@dataclass(frozen=True)
class Scenario:
    """One request shape. `alignment=None` sends no `alignment` block: a plain OpenAI client's request."""

    name: str
    description: str
    alignment: dict[str, Any] | None = None
    stream: bool = False
    path: str = CHAT_PATH

    def body(
        self, prompt: str, max_tokens: int, *, log: bool = True, model: str | None = None
    ) -> dict[str, Any]:
        """The JSON body for one request. `log=False` asks the server not to write it to the feedback log."""
        body: dict[str, Any] = {"messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens}
        if model is not None:
            body["model"] = model
        alignment = dict(self.alignment) if self.alignment is not None else None
        if not log:
            alignment = {**(alignment or {}), "log": False}
        if alignment is not None:
            body["alignment"] = alignment
        if self.stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}  # the last chunk then carries usage (tok/s)
        return body


ScenarioPicker = Callable[[], Scenario]  # returns the scenario of the next request


@dataclass(frozen=True)
class Mix:
    """Draws one scenario per request from `weights` (name -> weight) with a seeded RNG: reproducible."""

    name: str
    description: str
    weights: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(SCENARIOS)
        if unknown or not self.weights or min(self.weights.values()) <= 0:
            raise ValueError(f"mix {self.name!r}: weights must be positive and known ({unknown} unknown)")

    def picker(self, seed: int) -> ScenarioPicker:
        rng = random.Random(seed)
        names, weights = list(self.weights), list(self.weights.values())
        return lambda: SCENARIOS[rng.choices(names, weights)[0]]


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("plain", "plain OpenAI request: no alignment block, the server's default alignment"),
        Scenario("best_of_8", "best-of-8 with the default reward model", {"strategy": "best_of_n", "n": 8}),
        Scenario("rejection", "rejection sampling, server threshold, 4 per round, budget 16",
                 {"strategy": "rejection", "batch_size": 4, "max_samples": 16,
                  "on_budget_exhausted": "best"}),
        Scenario("rerank", "4 candidates, all returned ranked with rewards", {"strategy": "rerank", "n": 4}),
        Scenario("stream", "plain request, streamed (SSE) with usage in the last chunk", stream=True),
    )
}

MIXES: dict[str, Mix] = {
    "mix": Mix("mix", "40% plain, 20% best_of_8, 15% rejection, 10% rerank, 15% stream",
               {"plain": 0.40, "best_of_8": 0.20, "rejection": 0.15, "rerank": 0.10, "stream": 0.15}),
    # Non-streaming only: each response's `id` names its feedback row (kill9_feedback.py matches them up).
    "aligned": Mix("aligned", "plain, best_of_8, rejection, rerank in equal parts, no streaming",
                   {"plain": 1.0, "best_of_8": 1.0, "rejection": 1.0, "rerank": 1.0}),
}

NAMES: tuple[str, ...] = (*SCENARIOS, *MIXES)


def picker(name: str, seed: int = 0) -> ScenarioPicker:
    """A zero-argument callable returning the scenario of the next request (fixed, or drawn for a mix)."""
    if name in SCENARIOS:
        scenario = SCENARIOS[name]
        return lambda: scenario
    if name in MIXES:
        return MIXES[name].picker(seed)
    raise ValueError(f"unknown scenario {name!r}; choose from {', '.join(NAMES)}")
