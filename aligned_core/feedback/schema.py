"""The feedback log's schema: two tables, their rows as dataclasses, and the DDL for SQLite and PostgreSQL.

Schema only: no connections, no server code. `requests` holds one row per logged aligned request (its
candidates with their rewards); `human_feedback` holds a person's judgements of it, any number per request.

    requests        id (req-<hex>), created, endpoint, generator_model, reward_model[_version], strategy,
                    prompt, sampling, alignment, candidates, chosen_index, chosen_indices, accepted, token counts
    human_feedback  id (fb-<hex>), request_id -> requests.id, created, rating, preferred_index, comment

JSON columns are TEXT in both databases, so every row reads back the same way from either.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Literal

Dialect = Literal["sqlite", "postgresql"]

SCHEMA_VERSION = 2  # 1: requests only; 2: + human_feedback

# (column, type) in table order. FLOAT is REAL in SQLite (8 bytes) but must be DOUBLE PRECISION in
# PostgreSQL, whose REAL has 4 bytes: not enough for a unix time in seconds.
REQUEST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "TEXT PRIMARY KEY"),
    ("created", "FLOAT NOT NULL"),
    ("endpoint", "TEXT NOT NULL"),  # 'chat' or 'completions'
    ("generator_model", "TEXT NOT NULL"),
    ("reward_model", "TEXT"),  # registry name (or ensemble name)
    ("reward_model_version", "TEXT"),
    ("strategy", "TEXT NOT NULL"),
    ("prompt", "TEXT NOT NULL"),  # JSON: chat messages, or a string for completions
    ("sampling", "TEXT NOT NULL"),  # JSON: temperature, top_p, max_tokens, stop, seed
    ("alignment", "TEXT NOT NULL"),  # JSON: the resolved alignment plan
    ("candidates", "TEXT NOT NULL"),  # JSON: [{index, text, reward, finish_reason, num_tokens}]
    ("chosen_index", "INTEGER"),  # index (into candidates) of the top returned choice
    ("chosen_indices", "TEXT NOT NULL"),  # JSON: every returned choice, best first
    ("accepted", "INTEGER NOT NULL"),
    ("prompt_tokens", "INTEGER NOT NULL"),
    ("completion_tokens", "INTEGER NOT NULL"),
)
HUMAN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "TEXT PRIMARY KEY"),
    ("request_id", "TEXT NOT NULL REFERENCES requests(id)"),
    ("created", "FLOAT NOT NULL"),
    ("rating", "FLOAT NOT NULL"),  # +1 / -1 (thumbs) or a score in [0, 1]
    ("preferred_index", "INTEGER"),  # the candidate the person preferred; NULL: they rated the served answer
    ("comment", "TEXT"),
)
INDEXES = (
    "CREATE INDEX IF NOT EXISTS requests_created ON requests(created)",
    "CREATE INDEX IF NOT EXISTS human_feedback_request ON human_feedback(request_id)",
)
_JSON_FIELDS = ("prompt", "sampling", "alignment", "candidates", "chosen_indices")
_FLOAT = {"sqlite": "REAL", "postgresql": "DOUBLE PRECISION"}


def ddl(dialect: Dialect) -> list[str]:
    """CREATE statements for both tables and their indexes; every one is idempotent (IF NOT EXISTS)."""

    def table(name: str, columns: tuple[tuple[str, str], ...]) -> str:
        cols = ",\n    ".join(f"{c} {t.replace('FLOAT', _FLOAT[dialect])}" for c, t in columns)
        return f"CREATE TABLE IF NOT EXISTS {name} (\n    {cols}\n)"

    return [table("requests", REQUEST_COLUMNS), table("human_feedback", HUMAN_COLUMNS), *INDEXES]


@dataclass
class FeedbackRecord:
    """One logged aligned request: what was asked, every candidate with its reward, and what was returned."""

    id: str
    endpoint: str
    generator_model: str
    reward_model: str | None
    reward_model_version: str | None
    strategy: str
    prompt: Any
    sampling: dict[str, Any]
    alignment: dict[str, Any]
    candidates: list[dict[str, Any]]
    chosen_indices: list[int]
    accepted: bool
    prompt_tokens: int
    completion_tokens: int
    created: float = field(default_factory=time.time)

    def row(self) -> tuple[Any, ...]:
        """The values of REQUEST_COLUMNS, in order."""
        return (
            self.id,
            self.created,
            self.endpoint,
            self.generator_model,
            self.reward_model,
            self.reward_model_version,
            self.strategy,
            json.dumps(self.prompt),
            json.dumps(self.sampling),
            json.dumps(self.alignment),
            json.dumps(self.candidates),
            self.chosen_indices[0] if self.chosen_indices else None,
            json.dumps(self.chosen_indices),
            int(self.accepted),
            self.prompt_tokens,
            self.completion_tokens,
        )

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> FeedbackRecord:
        d = dict(zip((c for c, _ in REQUEST_COLUMNS), row))
        d.pop("chosen_index")  # derived from chosen_indices
        for key in _JSON_FIELDS:
            d[key] = json.loads(d[key])
        d["accepted"] = bool(d["accepted"])
        return cls(**d)


@dataclass
class HumanFeedback:
    """A person's judgement of a logged request (`POST /v1/feedback`).

    `rating` is +1 / -1 (thumbs up / down) or a score in [0, 1]. It judges candidate `preferred_index` when
    given, else the answer the server returned (the request's top choice). `preferred_index` also says the
    person preferred that candidate to the one served.
    """

    id: str
    request_id: str
    rating: float
    preferred_index: int | None = None
    comment: str | None = None
    created: float = field(default_factory=time.time)

    def row(self) -> tuple[Any, ...]:
        """The values of HUMAN_COLUMNS, in order."""
        return (self.id, self.request_id, self.created, self.rating, self.preferred_index, self.comment)

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> HumanFeedback:
        return cls(**dict(zip((c for c, _ in HUMAN_COLUMNS), row)))
