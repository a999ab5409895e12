"""Rule rewards and the "rule:..." spec parser."""

import time

import pytest

from reward_models.base import RewardModel, RewardModelError
from reward_models.rules import (
    MAX_PATTERN_CHARS,
    MAX_RULE_TEXT_CHARS,
    RULES,
    JsonValidReward,
    LengthReward,
    RegexReward,
    build_rule,
)


def test_length_reward_by_hand() -> None:
    rule = LengthReward(target_words=4)
    assert rule.score(["p"] * 4, ["a b c d", "a b", "a b c d e f g h", ""]) == [0.0, -0.5, -1.0, -1.0]
    tolerant = LengthReward(target_words=4, tolerance=1)
    assert tolerant.score(["p"] * 3, ["a b c", "a b", "a b c d e f"]) == [0.0, -0.25, -0.25]
    assert isinstance(rule, RewardModel)


def test_regex_reward() -> None:
    rule = RegexReward(r"^Hello\b", reward_if_match=2.0, reward_else=-1.0)
    assert rule.score(["p", "p", "p"], ["Hello there", "hello there", "Oh, Hello"]) == [2.0, -1.0, -1.0]
    assert RegexReward("^hello", ignore_case=True).score(["p"], ["HELLO"]) == [1.0]
    with pytest.raises(RewardModelError, match="invalid regex"):
        RegexReward("(unclosed")


def test_json_reward() -> None:
    rule = JsonValidReward()
    responses = ['{"a": [1, 2]}', "not json", '```json\n{"a": 1}\n```', "[1, 2", "  42  "]
    assert rule.score(["p"] * 5, responses) == [1.0, 0.0, 1.0, 0.0, 1.0]
    assert JsonValidReward(strip_fences=False).score(["p"], ['```json\n{"a": 1}\n```']) == [0.0]


def test_build_rule_specs() -> None:
    length = build_rule("rule:length?target=50")
    assert isinstance(length, LengthReward) and length.target_words == 50 and length.tolerance == 0
    assert (length.name, length.version) == ("rule:length?target=50", "1")
    regex = build_rule("rule:regex?pattern=^a+b%26c$&match=3&otherwise=-1")  # '+' kept, %26 -> '&'
    assert regex.score(["p", "p"], ["aab&c", "ab c"]) == [3.0, -1.0]
    assert build_rule("rule:regex?pattern=^x&ignore_case=true").score(["p"], ["X"]) == [1.0]
    assert build_rule("rule:json").score(["p"], ["{}"]) == [1.0]
    assert set(RULES) == {"length", "regex", "json", "instructions"}


@pytest.mark.parametrize(
    ("spec", "status", "fragment"),
    [
        ("rule:nope", 404, "unknown rule 'nope'; available: instructions, json, length, regex"),
        ("rule:length", 400, "needs argument(s): target"),
        ("rule:length?target=abc", 400, "bad value for length target"),
        ("rule:length?target=5&colour=red", 400, "bad argument 'colour=red'"),
        ("rule:length?target", 400, "bad argument 'target'"),
        ("rule:length?target=0", 400, "target > 0"),
        ("rule:regex?pattern=(", 400, "invalid regex '(' for the linear-time engine (RE2): missing ): ("),
        ("rule:regex?pattern=(a)%5C1", 400, "(RE2): invalid escape sequence: \\1. RE2 has no backreferences"),
        ("rule:regex?pattern=(?%3Dx)y", 400, "(RE2): invalid perl operator: (?="),
        ("rule:regex?pattern=a{1001}", 400, "(RE2): invalid repetition size: {1001}"),
        ("rule:json?strip_fences=maybe", 400, "not a boolean"),
        ("length?target=5", 400, "must start with 'rule:'"),
    ],
)
def test_build_rule_errors(spec: str, status: int, fragment: str) -> None:
    with pytest.raises(RewardModelError) as err:
        build_rule(spec)
    assert err.value.status_code == status
    assert fragment in err.value.message


def test_catastrophic_backtracking_patterns_run_in_linear_time() -> None:
    # (a+)+$ on 'a' * n + '!' takes ~2^n steps in a backtracking engine (29 chars took 17 s with Python's re).
    rule = build_rule("rule:regex?pattern=(a+)+$&match=1&otherwise=-1")
    start = time.perf_counter()
    scores = rule.score(["p"] * 3, ["a" * 40 + "!", "a" * 90_000 + "!", "a" * 40])
    assert time.perf_counter() - start < 0.5
    assert scores == [-1.0, -1.0, 1.0]


def test_json_fence_is_linear_and_big_integers_are_valid_json() -> None:
    # Python's re took 1.2 s on 20k spaces for this fence pattern (quadratic); RE2 is linear.
    rule = JsonValidReward()
    start = time.perf_counter()
    assert rule.score(["p"], ["```\n" + " " * 90_000 + "x"]) == [0.0]
    assert time.perf_counter() - start < 0.5
    assert rule.score(["p", "p"], ["1" * 5000, "[" * 50_000]) == [1.0, 0.0]  # json.loads' int limit; deep nesting


def test_pattern_and_candidate_lengths_are_bounded() -> None:
    assert build_rule("rule:regex?pattern=" + "a" * MAX_PATTERN_CHARS).score(["p"], ["a" * 1000]) == [1.0]
    with pytest.raises(RewardModelError) as err:
        build_rule("rule:regex?pattern=" + "a" * (MAX_PATTERN_CHARS + 1))
    assert err.value.status_code == 400
    assert err.value.message == f"regex pattern is {MAX_PATTERN_CHARS + 1} characters long; rule rewards accept " \
        f"at most {MAX_PATTERN_CHARS}"
    rule = LengthReward(target_words=2)
    assert rule.score(["p"], ["x" * MAX_RULE_TEXT_CHARS]) == [-0.5]  # one word, target two
    with pytest.raises(RewardModelError) as err:
        rule.score(["p", "p"], ["ok", "x" * (MAX_RULE_TEXT_CHARS + 1)])
    assert err.value.status_code == 400 and err.value.message.startswith(
        f"candidate 1 is {MAX_RULE_TEXT_CHARS + 1} characters long; rule rewards score at most"
    )
