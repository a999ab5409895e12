"""Dataset formats for training: preference pairs, ranked lists and SFT rows, as JSONL.

The conventions are the ones TRL and OpenRLHF users already have (see DESIGN.md, "Data formats"):

    pairs   {"prompt": str | messages, "chosen": str, "rejected": str, "margin"?: float}
    ranked  {"prompt": str | messages, "responses": [str, ...], "scores"?: [float, ...], "ranking"?: [int, ...]}
    sft     {"messages": [{"role": ..., "content": ...}, ...]}

`ranking` lists response indices best first; a ranked row needs `scores`, `ranking` or both. Ranked rows may carry
extra keys: they are kept in `RankedList.meta` (a row's own `"meta"` object is merged in first). Every loader
validates each row and raises `DataFormatError`, whose message reads `path:line: what is wrong`. A path ending in
`.gz` is read and written gzip-compressed (written reproducibly: no timestamp or name in the gzip header).

    from training.data.formats import load_pairs, load_ranked, ranked_to_pairs
    pairs = load_pairs("training/data/bundled/train.pairs.jsonl")
"""

import gzip
import io
import json
import math
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Prompt = str | list[dict]

# Roles an OpenAI chat message may carry.
ROLES = frozenset({"system", "developer", "user", "assistant", "tool"})


class DataFormatError(ValueError):
    """A malformed dataset row; `str()` reads `path:line: message`."""

    def __init__(self, path: str | os.PathLike[str], line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


@dataclass
class PreferencePair:
    """One prompt with a preferred (`chosen`) and a dispreferred (`rejected`) response."""

    prompt: Prompt
    chosen: str
    rejected: str
    margin: float | None = None

    def to_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {"prompt": self.prompt, "chosen": self.chosen, "rejected": self.rejected}
        if self.margin is not None:
            row["margin"] = self.margin
        return row


@dataclass
class RankedList:
    """One prompt with two or more responses, ordered by `ranking` (indices best first) and/or `scores`."""

    prompt: Prompt
    responses: list[str]
    scores: list[float] | None = None
    ranking: list[int] | None = None
    meta: dict = field(default_factory=dict)

    def order(self) -> list[int]:
        """Response indices best first: `ranking` if given, else by score descending (ties keep input order)."""
        if self.ranking is not None:
            return list(self.ranking)
        if self.scores is None:
            raise ValueError("a RankedList needs scores or a ranking to be ordered")
        scores = self.scores
        return sorted(range(len(scores)), key=lambda i: -scores[i])  # sorted() is stable

    def to_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {"prompt": self.prompt, "responses": list(self.responses)}
        if self.scores is not None:
            row["scores"] = list(self.scores)
        if self.ranking is not None:
            row["ranking"] = list(self.ranking)
        if self.meta:
            row["meta"] = dict(self.meta)
        return row


@dataclass
class SFTRow:
    """A conversation to imitate: chat messages ending with at least one assistant turn."""

    messages: list[dict]

    def to_dict(self) -> dict[str, Any]:
        return {"messages": [dict(m) for m in self.messages]}


# ---------------------------------------------------------------------------------------------------- JSONL I/O


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict]]:
    """Yield `(line_number, row)` with 1-based line numbers; blank lines are skipped.

    Raises DataFormatError for a line that is not JSON or not a JSON object.
    """
    with _open_text(path) as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFormatError(path, line_no, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(row, dict):
                raise DataFormatError(path, line_no, f"expected a JSON object, got {type(row).__name__}")
            yield line_no, row


def write_jsonl(path: str | os.PathLike[str], rows: Iterable[dict]) -> None:
    """Write rows as JSONL atomically: a temporary file in the same directory, fsync, then os.replace."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes the file private; data files are meant to be shared
        with os.fdopen(fd, "wb") as raw:
            if target.name.endswith(".gz"):
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed:
                    _write_rows(packed, rows)
            else:
                _write_rows(raw, rows)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _open_text(path: str | os.PathLike[str]) -> io.TextIOBase:
    if os.fspath(path).endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return open(path, encoding="utf-8")


def _write_rows(f: Any, rows: Iterable[dict]) -> None:
    for row in rows:
        f.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------------- validation


class _RowChecker:
    """Field checks for one row; every failure names the file and line."""

    def __init__(self, path: str | os.PathLike[str], line: int, row: dict) -> None:
        self.path, self.line, self.row = path, line, row

    def fail(self, message: str) -> DataFormatError:
        return DataFormatError(self.path, self.line, message)

    def require(self, key: str) -> Any:
        if key not in self.row:
            raise self.fail(f"missing field {key!r}")
        return self.row[key]

    def text(self, key: str) -> str:
        value = self.require(key)
        if not isinstance(value, str):
            raise self.fail(f"field {key!r} must be a string, got {type(value).__name__}")
        if not value.strip():
            raise self.fail(f"field {key!r} is empty")
        return value

    def messages(self, value: Any, key: str) -> list[dict]:
        if not isinstance(value, list) or not value:
            raise self.fail(f"field {key!r} must be a non-empty list of chat messages")
        for i, m in enumerate(value):
            if not isinstance(m, dict):
                raise self.fail(f"{key}[{i}] must be an object with 'role' and 'content'")
            if m.get("role") not in ROLES:
                raise self.fail(f"{key}[{i}] has an invalid role {m.get('role')!r} (expected one of {sorted(ROLES)})")
            if not isinstance(m.get("content"), str):
                raise self.fail(f"{key}[{i}] content must be a string")
        return [dict(m) for m in value]

    def prompt(self) -> Prompt:
        value = self.require("prompt")
        if isinstance(value, str):
            if not value.strip():
                raise self.fail("field 'prompt' is empty")
            return value
        if isinstance(value, list):
            return self.messages(value, "prompt")
        raise self.fail(f"field 'prompt' must be a string or a list of chat messages, got {type(value).__name__}")

    def number(self, value: Any, what: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(f"{what} must be a finite number, got {value!r}")
        return float(value)


def _parse_pair(path: str | os.PathLike[str], line: int, row: dict) -> PreferencePair:
    c = _RowChecker(path, line, row)
    prompt, chosen, rejected = c.prompt(), c.text("chosen"), c.text("rejected")
    if chosen == rejected:
        raise c.fail("'chosen' and 'rejected' are identical")
    margin = row.get("margin")
    return PreferencePair(prompt, chosen, rejected, None if margin is None else c.number(margin, "'margin'"))


def _parse_ranked(path: str | os.PathLike[str], line: int, row: dict) -> RankedList:
    c = _RowChecker(path, line, row)
    prompt = c.prompt()
    responses = c.require("responses")
    if not isinstance(responses, list):
        raise c.fail(f"field 'responses' must be a list of strings, got {type(responses).__name__}")
    if len(responses) < 2:
        raise c.fail(f"field 'responses' needs at least 2 responses, got {len(responses)}")
    for i, r in enumerate(responses):
        if not isinstance(r, str):
            raise c.fail(f"responses[{i}] must be a string, got {type(r).__name__}")
        if not r.strip():
            raise c.fail(f"responses[{i}] is empty")
    scores, ranking = row.get("scores"), row.get("ranking")
    if scores is None and ranking is None:
        raise c.fail("a ranked row needs 'scores' or 'ranking'")
    if scores is not None:
        if not isinstance(scores, list):
            raise c.fail(f"field 'scores' must be a list of numbers, got {type(scores).__name__}")
        if len(scores) != len(responses):
            raise c.fail(f"'scores' has {len(scores)} entries for {len(responses)} responses")
        scores = [c.number(s, f"scores[{i}]") for i, s in enumerate(scores)]
    if ranking is not None:
        valid = isinstance(ranking, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in ranking)
        if not valid or sorted(ranking) != list(range(len(responses))):
            raise c.fail(f"'ranking' must be a permutation of 0..{len(responses) - 1}, got {ranking!r}")
    meta = row.get("meta", {})
    if not isinstance(meta, dict):
        raise c.fail(f"field 'meta' must be an object, got {type(meta).__name__}")
    meta = dict(meta)
    meta.update({k: v for k, v in row.items() if k not in {"prompt", "responses", "scores", "ranking", "meta"}})
    return RankedList(prompt, list(responses), scores, None if ranking is None else list(ranking), meta)


def _parse_sft(path: str | os.PathLike[str], line: int, row: dict) -> SFTRow:
    c = _RowChecker(path, line, row)
    messages = c.messages(c.require("messages"), "messages")
    if not any(m["role"] == "assistant" for m in messages):
        raise c.fail("'messages' has no assistant turn to learn from")
    return SFTRow(messages)


def load_pairs(path: str | os.PathLike[str]) -> list[PreferencePair]:
    """Load and validate preference pairs from JSONL."""
    return [_parse_pair(path, line, row) for line, row in read_jsonl(path)]


def load_ranked(path: str | os.PathLike[str]) -> list[RankedList]:
    """Load and validate ranked lists from JSONL; unknown keys go to `meta`."""
    return [_parse_ranked(path, line, row) for line, row in read_jsonl(path)]


def load_sft(path: str | os.PathLike[str]) -> list[SFTRow]:
    """Load and validate SFT conversations from JSONL."""
    return [_parse_sft(path, line, row) for line, row in read_jsonl(path)]


# ---------------------------------------------------------------------------------------------------- conversions


def ranked_to_pairs(lists: list[RankedList], min_margin: float = 0.0) -> list[PreferencePair]:
    """One pair per prompt: best vs worst response by score, kept when the scores differ by >= min_margin.

    Ties never make a pair (the scores must differ: best > worst), nor do identical texts. The margin is
    `score(best) - score(worst)`. A list with a ranking but no scores gives first vs last with `margin=None`.
    """
    pairs: list[PreferencePair] = []
    for ranked in lists:
        order = ranked.order()
        best, worst = order[0], order[-1]
        chosen, rejected = ranked.responses[best], ranked.responses[worst]
        if chosen == rejected:
            continue
        if ranked.scores is None:
            pairs.append(PreferencePair(ranked.prompt, chosen, rejected, None))
            continue
        margin = ranked.scores[best] - ranked.scores[worst]
        if margin > 0 and margin >= min_margin:
            pairs.append(PreferencePair(ranked.prompt, chosen, rejected, margin))
    return pairs


def to_messages(prompt: Prompt) -> list[dict]:
    """Normalise a prompt to chat messages: a string becomes one user turn; message lists are copied."""
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return [dict(m) for m in prompt]
