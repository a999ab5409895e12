"""Programmatic rewards (no model): length, regex match, JSON validity. Cheap judges and ensemble members.

A request names one with a spec string, parsed by `build_rule`:
    "rule:length?target=50"                 -> LengthReward(target_words=50)
    "rule:length?target=50&tolerance=10"
    "rule:regex?pattern=^Hello&match=1&otherwise=-1&ignore_case=true"
    "rule:json"                             -> JsonValidReward()
Arguments are `&`-separated `key=value` pairs, percent-decoded (`+` stays a literal plus, which regexes need;
write `&` inside a value as `%26`). Values are converted to the factory's annotated types.

Usage:
    build_rule("rule:json").score(["give json"], ['{"a": 1}'])   # -> [1.0]
"""

import inspect
import json
import re
import typing
from collections.abc import Callable
from urllib.parse import unquote

from reward_models.base import Prompt, RewardModel, RewardModelError

RULE_PREFIX = "rule:"
RULE_VERSION = "1"  # bump when a rule's scoring changes, so logged rewards stay attributable
_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n?\s*```\s*$", re.DOTALL)


class _Rule:
    """Shared plumbing: per-pair `reward`, protocol attributes."""

    kind = "rule"
    path = None
    version = RULE_VERSION
    name: str

    def reward(self, prompt: Prompt, response: str) -> float:
        raise NotImplementedError

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        return [float(self.reward(p, r)) for p, r in zip(prompts, responses)]


class LengthReward(_Rule):
    """r = -max(0, |words - target| - tolerance) / target: 0 within tolerance, -1 per `target` words off."""

    def __init__(self, target_words: int, tolerance: int = 0, name: str | None = None) -> None:
        if target_words <= 0 or tolerance < 0:
            raise RewardModelError("length rule needs target > 0 and tolerance >= 0", 400)
        self.target_words, self.tolerance = target_words, tolerance
        self.name = name or f"rule:length?target={target_words}&tolerance={tolerance}"

    def reward(self, prompt: Prompt, response: str) -> float:
        off = abs(len(response.split()) - self.target_words)
        return -max(0, off - self.tolerance) / self.target_words


class RegexReward(_Rule):
    """`reward_if_match` when `re.search(pattern, response)` finds a match, else `reward_else`."""

    def __init__(
        self,
        pattern: str,
        reward_if_match: float = 1.0,
        reward_else: float = 0.0,
        ignore_case: bool = False,
        name: str | None = None,
    ) -> None:
        try:
            self.regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
        except re.error as exc:
            raise RewardModelError(f"invalid regex {pattern!r}: {exc}", 400) from exc
        self.reward_if_match, self.reward_else = reward_if_match, reward_else
        self.name = name or f"rule:regex?pattern={pattern}"

    def reward(self, prompt: Prompt, response: str) -> float:
        return self.reward_if_match if self.regex.search(response) else self.reward_else


class JsonValidReward(_Rule):
    """1.0 when the response parses as JSON (optionally inside one ```json fence), else 0.0."""

    def __init__(self, strip_fences: bool = True, name: str | None = None) -> None:
        self.strip_fences = strip_fences
        self.name = name or "rule:json"

    def reward(self, prompt: Prompt, response: str) -> float:
        text = response
        if self.strip_fences and (m := _FENCE.match(text)):
            text = m.group(1)
        try:
            json.loads(text)
        except (json.JSONDecodeError, RecursionError):
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


# Factories take spec-friendly argument names (annotated, used for conversion) and a keyword-only `name`.
RULES: dict[str, Callable[..., RewardModel]] = {"length": _length, "regex": _regex, "json": _json}


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
