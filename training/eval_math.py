"""The numbers behind `aligned-train eval-rm`: exact best-of-N expectations, pair accuracy and length bias.

Best-of-N from K >= N judged draws per prompt, without the noise of one random subset: sort the K candidates by a
key (the reward model's reward, or for the oracle the judged score). A random N-subset of the K has the candidate of
rank r (0 = highest key) as its top with probability

    P(r) = C(K-1-r, N-1) / C(K, N)        (the other N-1 members all come from the K-1-r candidates below it)

so E[pass of the pick] = sum_r P(r) * pass(rank r). Candidates with equal keys share their summed probability
equally: the pick among tied candidates is uniform, and the expectation stays exact and deterministic. With N = 1
every weight is 1/K, so rm@1 = oracle@1 = n=1, the mean pass over the K draws.

    n1        mean over prompts of the fraction of draws that pass
    rm@N      the expectation above with the reward as key
    oracle@N  the same with the judged score as key (a perfect reward model): 1 - C(K-P, N) / C(K, N) for P passes
    gap@N     (rm@N - n1) / (oracle@N - n1), the share of the possible gain realised (None when nothing to gain)
"""

import math
from collections.abc import Sequence
from typing import Any


def rank_weights(k: int, n: int) -> list[float]:
    """P(the candidate of rank r is the top of a uniform random n-subset of k), r = 0 (highest) .. k-1."""
    if not 1 <= n <= k:
        raise ValueError(f"need 1 <= N <= K, got N={n}, K={k}")
    total = math.comb(k, n)
    return [math.comb(k - 1 - r, n - 1) / total for r in range(k)]


def expected_best(keys: Sequence[float], values: Sequence[float], n: int) -> float:
    """E[value of the highest-key member of a uniform random n-subset], ties picked uniformly (exact)."""
    if len(keys) != len(values):
        raise ValueError(f"{len(keys)} keys for {len(values)} values")
    weights = rank_weights(len(keys), n)
    order = sorted(range(len(keys)), key=lambda i: (-keys[i], i))
    total, start = 0.0, 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and keys[order[end + 1]] == keys[order[start]]:
            end += 1
        group = order[start : end + 1]  # a tie: its probability mass, spread evenly over its members
        total += sum(weights[start : end + 1]) * sum(values[i] for i in group) / len(group)
        start = end + 1
    return total


def best_of_n(rewards: Sequence[Sequence[float]], passes: Sequence[Sequence[bool]], ns: Sequence[int],
              scores: Sequence[Sequence[float]] | None = None) -> dict[str, Any]:
    """n1, rm@N, oracle@N and gap@N over prompts (see the module docstring). `scores` (judged, partial credit)
    order the oracle; without them the pass labels do, which gives the same oracle pass rate."""
    if not passes or len(rewards) != len(passes) or (scores is not None and len(scores) != len(passes)):
        raise ValueError(f"need one reward list per prompt: {len(rewards)} rewards, {len(passes)} pass lists")
    k_min = min(len(p) for p in passes)
    if max(ns) > k_min:
        raise ValueError(f"N={max(ns)} needs at least {max(ns)} samples per prompt; the smallest list has {k_min}")
    keys = scores if scores is not None else [[float(x) for x in p] for p in passes]
    values = [[float(x) for x in p] for p in passes]
    n1 = _mean([_mean(v) for v in values])
    rm, oracle, gap = {}, {}, {}
    for n in ns:
        rm[n] = _mean([expected_best(r, v, n) for r, v in zip(rewards, values)])
        oracle[n] = _mean([expected_best(s, v, n) for s, v in zip(keys, values)])
        gap[n] = (rm[n] - n1) / (oracle[n] - n1) if n > 1 and oracle[n] - n1 > 1e-12 else None
    return {"n1": n1, "rm": rm, "oracle": oracle, "gap_closed": gap}


def by_constraint(kinds: Sequence[Sequence[str]], rewards: Sequence[Sequence[float]],
                  passes: Sequence[Sequence[bool]], n: int) -> dict[str, dict[str, float]]:
    """Per instruction kind, over the prompts that carry it (kinds[i]: the kinds of prompt i; a kind twice in one
    prompt counts once): `prompts` and the exact n1, rm@n and oracle@n of those prompts. Most prompts first."""
    groups: dict[str, list[int]] = {}
    for i, ks in enumerate(kinds):
        for kind in dict.fromkeys(ks):
            groups.setdefault(kind, []).append(i)
    out = {}
    for kind, idx in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        got = best_of_n([rewards[i] for i in idx], [passes[i] for i in idx], [n])
        out[kind] = {"prompts": len(idx), "n1": got["n1"], "rm": got["rm"][n], "oracle": got["oracle"][n]}
    return out


def list_pair_accuracy(rewards: Sequence[Sequence[float]], scores: Sequence[Sequence[float]]) -> dict[str, Any]:
    """Over every pair of draws of one prompt whose judged scores differ: the share the reward orders like the
    judge (strictly; a reward tie counts as wrong and is also counted in `reward_ties`)."""
    right = ties = pairs = 0
    for r, s in zip(rewards, scores):
        for i in range(len(s)):
            for j in range(i + 1, len(s)):
                if s[i] == s[j]:
                    continue
                pairs += 1
                hi, lo = (i, j) if s[i] > s[j] else (j, i)
                right += r[hi] > r[lo]
                ties += r[hi] == r[lo]
    return {"accuracy": right / pairs if pairs else float("nan"), "pairs": pairs, "reward_ties": ties}


def length_bias(rewards: Sequence[Sequence[float]], scores: Sequence[Sequence[float]],
                responses: Sequence[Sequence[str]]) -> dict[str, float]:
    """How much the reward model and the judge favour longer answers within a prompt's list: the mean over lists of
    Spearman's rank correlation of reward (and of judge score) with the answer's word count. Over the lists where
    the judge's scores and the lengths both differ, so the two means cover the same lists; a reward model that
    correlates more negatively than the judge prefers short answers more than the judge does."""
    rm, judge = [], []
    for r, s, texts in zip(rewards, scores, responses):
        words = [float(len(t.split())) for t in texts]
        if len(set(s)) < 2 or len(set(words)) < 2:
            continue
        judge.append(spearman(s, words))
        rm.append(spearman(r, words) if len(set(r)) > 1 else 0.0)
    return {"reward": _mean(rm), "judge": _mean(judge), "lists": len(rm)}


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Spearman's rho: Pearson correlation of the ranks, tied values sharing their mean rank. Both must vary."""
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = _mean(ra), _mean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb))


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            ranks[order[k]] = (start + end) / 2
        start = end + 1
    return ranks


def _mean(values: Any) -> float:
    vals = list(values)
    return sum(vals) / len(vals) if vals else float("nan")
