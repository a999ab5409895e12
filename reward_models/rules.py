"""Programmatic rewards (no model): length, regex match, JSON validity. Cheap judges and ensemble members.

A request names one with a spec string, parsed by `build_rule`:
    "rule:length?target=50"                 -> LengthReward(target_words=50)
    "rule:length?target=50&tolerance=10"
    "rule:regex?pattern=^Hello&match=1&otherwise=-1&ignore_case=true"
    "rule:json"                             -> JsonValidReward()
    "rule:instructions"                     -> InstructionReward() (reward_models/instructions.py: the request's
                                               verifiable instructions, read from its text, checked)
    "rule:instructions?skip=hashtags,no_digits" -> the same, leaving those kinds unread
    "rule:instructions?system=true" -> the same, also reading the system message's standing rules
Arguments are `&`-separated `key=value` pairs, percent-decoded (`+` stays a literal plus, which regexes need;
write `&` inside a value as `%26`). Values are converted to the factory's annotated types.

Specs come from untrusted requests, so every rule runs in time linear in its input: regexes (the request's and
our own) are compiled by RE2 (`google-re2`), which has no backtracking, hence no backreferences or lookaround
(https://github.com/google/re2/wiki/Syntax); patterns and responses are bounded in length
(`MAX_PATTERN_CHARS`, `MAX_RULE_TEXT_CHARS`). The server scores rules outside the reward-model batcher
(`reward_models.batching`), so a rule never waits behind, or holds up, a neural model.

Usage:
    build_rule("rule:json").score(["give json"], ['{"a": 1}'])   # -> [1.0]
"""

import inspect
import json
import typing
from collections.abc import Callable
from urllib.parse import unquote

import re2

from reward_models.base import Prompt, RewardModel, RewardModelError

RULE_PREFIX = "rule:"
RULE_VERSION = "1"  # bump when a rule's scoring changes, so logged rewards stay attributable
MAX_PATTERN_CHARS = 1000  # a regex arrives in a request; RE2's compiled program grows with it
MAX_RULE_TEXT_CHARS = 100_000  # per response (~25k tokens, beyond any generated answer): bounds a call's work
_RE2_MAX_MEM = 8 << 20  # bytes RE2 may spend on one compiled program (its default); larger patterns are refused


def compile_linear(pattern: str, *, ignore_case: bool = False, dot_all: bool = False) -> "re2._Regexp":
    """Compile with RE2 (linear-time matching). RewardModelError(400) naming the problem when RE2 refuses it."""
    if len(pattern) > MAX_PATTERN_CHARS:
        msg = f"regex pattern is {len(pattern)} characters long; rule rewards accept at most {MAX_PATTERN_CHARS}"
        raise RewardModelError(msg, 400)
    options = re2.Options()
    options.log_errors = False  # a bad request pattern is the client's error, not a server log line
    options.max_mem = _RE2_MAX_MEM
    options.case_sensitive = not ignore_case
    options.dot_nl = dot_all
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        msg = (
            f"invalid regex {pattern!r} for the linear-time engine (RE2): {reason}. RE2 has no backreferences "
            "or lookaround (syntax: https://github.com/google/re2/wiki/Syntax)"
        )
        raise RewardModelError(msg, 400) from exc


_FENCE = compile_linear(r"^\s*```[\w-]*\s*\n(.*?)\n?\s*```\s*$", dot_all=True)  # quadratic under Python's re


class RuleReward:
    """Base of the programmatic rewards: per-pair `reward`, protocol attributes, a bound on response length.
    `reward_models.batching.ScoringQueue` recognises rules by this class and keeps them off the model thread."""

    kind = "rule"
    path = None
    version = RULE_VERSION
    name: str

    def reward(self, prompt: Prompt, response: str) -> float:
        raise NotImplementedError

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        for i, response in enumerate(responses):
            if len(response) > MAX_RULE_TEXT_CHARS:
                msg = (
                    f"candidate {i} is {len(response)} characters long; rule rewards score at most "
                    f"{MAX_RULE_TEXT_CHARS} per candidate"
                )
                raise RewardModelError(msg, 400)
        return [float(self.reward(p, r)) for p, r in zip(prompts, responses)]


class LengthReward(RuleReward):
    """r = -max(0, |words - target| - tolerance) / target: 0 within tolerance, -1 per `target` words off."""

    def __init__(self, target_words: int, tolerance: int = 0, name: str | None = None) -> None:
        if target_words <= 0 or tolerance < 0:
            raise RewardModelError("length rule needs target > 0 and tolerance >= 0", 400)
        self.target_words, self.tolerance = target_words, tolerance
        self.name = name or f"rule:length?target={target_words}&tolerance={tolerance}"

    def reward(self, prompt: Prompt, response: str) -> float:
        off = abs(len(response.split()) - self.target_words)
        return -max(0, off - self.tolerance) / self.target_words


class RegexReward(RuleReward):
    """`reward_if_match` when the RE2 `pattern` matches anywhere in the response (a search), else `reward_else`."""

    def __init__(
        self,
        pattern: str,
        reward_if_match: float = 1.0,
        reward_else: float = 0.0,
        ignore_case: bool = False,
        name: str | None = None,
    ) -> None:
        self.regex = compile_linear(pattern, ignore_case=ignore_case)
        self.reward_if_match, self.reward_else = reward_if_match, reward_else
        self.name = name or f"rule:regex?pattern={pattern}"

    def reward(self, prompt: Prompt, response: str) -> float:
        return self.reward_if_match if self.regex.search(response) else self.reward_else


class JsonValidReward(RuleReward):
    """1.0 when the response parses as JSON (optionally inside one ```json fence), else 0.0."""

    def __init__(self, strip_fences: bool = True, name: str | None = None) -> None:
        self.strip_fences = strip_fences
        self.name = name or "rule:json"

    def reward(self, prompt: Prompt, response: str) -> float:
        text = response
        if self.strip_fences and (m := _FENCE.match(text)):
            text = m.group(1)
        try:
            json.loads(text, parse_int=str)  # str: a 5000-digit integer is valid JSON (int() would refuse it)
        except (ValueError, RecursionError):  # JSONDecodeError, deep nesting
            return 0.0
        return 1.0


# --------------------------------------------------------------------------- spec -> rule


def _length(target: int, tolerance: int = 0, *, name: str) -> RewardModel:
    return LengthReward(target_words=target, tolerance=tolerance, name=name)


def _regex(
    pattern: str, match: float = 1.0, otherwise: float = 0.0, ignore_case: bool = False, *, name: str
) -> RewardModel:
    return RegexReward(
        pattern, reward_if_match=match, reward_else=otherwise, ignore_case=ignore_case, name=name
    )


def _json(strip_fences: bool = True, *, name: str) -> RewardModel:
    return JsonValidReward(strip_fences=strip_fences, name=name)


def _instructions(skip: str = "", system: bool = False, *, name: str) -> RewardModel:
    """`skip`: comma-separated kinds to leave unread (e.g. the task's held-out families, to measure a model alone).
    `system`: also read the system message's standing rules (`reward_models.instructions.read_prompt`)."""
    from reward_models.instructions import InstructionReward  # imports this module (RuleReward, compile_linear)

    return InstructionReward(name=name, skip=frozenset(k.strip() for k in skip.split(",") if k.strip()),
                             system=system)


# Factories take spec-friendly argument names (annotated, used for conversion) and a keyword-only `name`.
RULES: dict[str, Callable[..., RewardModel]] = {
    "length": _length, "regex": _regex, "json": _json, "instructions": _instructions,
}


def _convert(raw: str, annotation: type, key: str) -> object:
    if annotation is bool:
        low = raw.strip().lower()
        if low in {"1", "true", "yes", "on"}:
            return True
        if low in {"0", "false", "no", "off"}:
            return False
        raise ValueError(f"{key}={raw!r} is not a boolean")
    return annotation(raw)


def build_rule(spec: str) -> RewardModel:
    """Parse "rule:<name>[?k=v&k=v]" into a rule reward. RewardModelError 404 unknown rule, 400 bad args."""
    if not spec.startswith(RULE_PREFIX):
        raise RewardModelError(f"rule spec must start with {RULE_PREFIX!r}: {spec!r}", 400)
    rule_name, _, query = spec[len(RULE_PREFIX) :].partition("?")
    factory = RULES.get(rule_name)
    if factory is None:
        raise RewardModelError(f"unknown rule {rule_name!r}; available: {', '.join(sorted(RULES))}", 404)
    params = {k: p for k, p in inspect.signature(factory).parameters.items() if k != "name"}
    hints = typing.get_type_hints(factory)
    kwargs: dict[str, object] = {}
    for part in filter(None, query.split("&")):
        key, eq, raw = part.partition("=")
        key = unquote(key)
        if not eq or key not in params:
            raise RewardModelError(
                f"bad argument {part!r} for rule {rule_name!r}; accepted: {', '.join(params) or 'none'}", 400
            )
        try:
            kwargs[key] = _convert(unquote(raw), hints[key], key)
        except ValueError as exc:
            raise RewardModelError(f"bad value for {rule_name} {key}: {exc}", 400) from exc
    missing = [k for k, p in params.items() if p.default is inspect.Parameter.empty and k not in kwargs]
    if missing:
        raise RewardModelError(f"rule {rule_name!r} needs argument(s): {', '.join(missing)}", 400)
    return factory(**kwargs, name=spec)
