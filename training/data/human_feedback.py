"""People's judgements from the feedback log (`POST /v1/feedback`) turned into labels and preferences.

A judgement targets one candidate of a logged request: `preferred_index` when given, else the answer the
server returned (the request's top choice). Its rating becomes a score in [0, 1]: thumbs down (-1) is 0,
thumbs up (+1) is 1, a score in [0, 1] stays as it is.

- **Label** of a candidate: the mean score of its judgements; > 0.5 desirable, < 0.5 undesirable, exactly 0.5
  no label (people disagree evenly).
- **Preference** of a request: its most frequent `preferred_index` (ties: the one given first) beats the
  answer served; when people preferred the served answer itself, it beats the lowest-reward other candidate.
- **Rating pair** of a prompt: across every request for the same prompt, the judged response with the highest
  mean score (> 0.5) beats the one with the lowest (< 0.5), e.g. a thumbs up on one response and a thumbs down
  on another.

    from training.data.human_feedback import by_request, labels, preference, rating_pairs
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aligned_core.feedback.schema import FeedbackRecord, HumanFeedback

Feedback = dict[str, list[HumanFeedback]]  # request id -> its judgements, oldest first


def rating_score(rating: float) -> float:
    """-1 (thumbs down) -> 0.0; +1 and scores in [0, 1] as they are."""
    return 0.0 if rating == -1 else float(rating)


def by_request(rows: Iterable[HumanFeedback]) -> Feedback:
    out: Feedback = defaultdict(list)
    for row in rows:
        out[row.request_id].append(row)
    return dict(out)


def prompt_key(prompt: Any) -> str:
    return json.dumps(prompt, sort_keys=True, ensure_ascii=False)


def _text(record: FeedbackRecord, index: int | None) -> str | None:
    """The candidate's text when `index` names one with a non-blank text, else None."""
    if index is None or not 0 <= index < len(record.candidates):
        return None
    text = record.candidates[index].get("text")
    return text if isinstance(text, str) and text.strip() else None


def _target(record: FeedbackRecord, fb: HumanFeedback) -> int | None:
    if fb.preferred_index is not None:
        return fb.preferred_index
    return record.chosen_indices[0] if record.chosen_indices else None


def mean_scores(record: FeedbackRecord, feedback: list[HumanFeedback]) -> dict[int, float]:
    """Candidate index -> mean score of the judgements that target it (candidates with a text only)."""
    scores: dict[int, list[float]] = defaultdict(list)
    for fb in feedback:
        index = _target(record, fb)
        if _text(record, index) is not None:
            assert index is not None
            scores[index].append(rating_score(fb.rating))
    return {i: sum(s) / len(s) for i, s in sorted(scores.items())}


def label(score: float) -> bool | None:
    return True if score > 0.5 else False if score < 0.5 else None


def labels(record: FeedbackRecord, feedback: list[HumanFeedback]) -> dict[int, bool]:
    """Candidate index -> desirable (True) or not, for every judged candidate without an even split."""
    return {i: lab for i, s in mean_scores(record, feedback).items() if (lab := label(s)) is not None}


def _finite_reward(candidate: dict[str, Any]) -> float | None:
    r = candidate.get("reward")
    return float(r) if isinstance(r, (int, float)) and not isinstance(r, bool) and math.isfinite(r) else None


def preference(record: FeedbackRecord, feedback: list[HumanFeedback]) -> tuple[str, str] | None:
    """(chosen, rejected) texts from the request's `preferred_index` judgements, or None."""
    picks = [fb.preferred_index for fb in feedback if fb.preferred_index is not None]
    if not picks:
        return None
    best = Counter(picks).most_common(1)[0][0]  # most_common keeps first-seen order among equal counts
    served = record.chosen_indices[0] if record.chosen_indices else None
    other = served if served is not None and served != best else None
    if other is None:  # the person confirmed the served answer: pair it with the worst-scored alternative
        scored = [(r, i) for i, c in enumerate(record.candidates)
                  if i != best and (r := _finite_reward(c)) is not None and _text(record, i) is not None]
        other = min(scored)[1] if scored else None
    chosen, rejected = _text(record, best), _text(record, other)
    if chosen is None or rejected is None or chosen == rejected:
        return None
    return chosen, rejected


@dataclass
class RatingPair:
    prompt: Any
    chosen: str
    rejected: str
    request_ids: set[str] = field(default_factory=set)  # the requests whose judgements made the pair


def rating_pairs(records: Iterable[FeedbackRecord], feedback: Feedback) -> list[RatingPair]:
    """One pair per prompt whose judged responses include a desirable and an undesirable one (in the order the
    prompts first appear). A response judged in several requests gets the mean of all its scores."""
    by_prompt: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    ids: dict[str, set[str]] = defaultdict(set)
    prompts: dict[str, Any] = {}
    for record in records:
        key = prompt_key(record.prompt)
        for index, score in mean_scores(record, feedback.get(record.id, [])).items():
            text = _text(record, index)
            assert text is not None
            by_prompt[key][text].append(score)
            ids[key].add(record.id)
            prompts.setdefault(key, record.prompt)
    pairs = []
    for key, texts in by_prompt.items():
        means = {t: sum(s) / len(s) for t, s in texts.items()}
        best = max(means, key=lambda t: means[t])  # first of equal means, in the order they were judged
        worst = min(means, key=lambda t: means[t])
        if means[best] > 0.5 > means[worst]:
            pairs.append(RatingPair(prompts[key], best, worst, ids[key]))
    return pairs
