"""The exact best-of-N estimator against brute-force enumeration of subsets, and the other eval numbers by hand."""

import itertools
import math
import random

import pytest

from training import eval_math as em


def brute_force_best(keys: list[float], values: list[float], n: int) -> float:
    """Mean over every n-subset of the value of its top-key member, a tie at the top picked uniformly."""
    total = 0.0
    subsets = list(itertools.combinations(range(len(keys)), n))
    for subset in subsets:
        top = max(keys[i] for i in subset)
        tied = [values[i] for i in subset if keys[i] == top]
        total += sum(tied) / len(tied)
    return total / len(subsets)


def test_rank_weights_for_four_samples() -> None:
    # P(rank r is the top of a 2-subset of 4) = C(3 - r, 1) / C(4, 2) = 3/6, 2/6, 1/6, 0
    assert em.rank_weights(4, 2) == pytest.approx([1 / 2, 1 / 3, 1 / 6, 0.0])
    assert em.rank_weights(4, 1) == pytest.approx([1 / 4] * 4)
    assert em.rank_weights(4, 4) == pytest.approx([1.0, 0.0, 0.0, 0.0])
    assert sum(em.rank_weights(16, 8)) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="N <= K"):
        em.rank_weights(4, 5)


def test_four_sample_example_by_hand_and_by_enumeration() -> None:
    keys, values = [0.9, 0.5, 0.5, 0.1], [0.0, 1.0, 0.0, 1.0]
    # The six 2-subsets: {0,1} {0,2} {0,3} pick sample 0 (fails); {1,2} is a tie: (1 + 0) / 2; {1,3} picks 1
    # (passes); {2,3} picks 2 (fails). Mean: (0 + 0 + 0 + 0.5 + 1 + 0) / 6 = 0.25.
    assert brute_force_best(keys, values, 2) == pytest.approx(0.25)
    # By the weights: rank 0 gets 1/2 (fails); the tie at ranks 1-2 gets 1/3 + 1/6 = 1/2, half of which passes.
    assert em.expected_best(keys, values, 2) == pytest.approx(0.25)
    for n in (1, 3, 4):
        assert em.expected_best(keys, values, n) == pytest.approx(brute_force_best(keys, values, n))
    assert em.expected_best(keys, values, 1) == pytest.approx(0.5)  # N = 1: the mean of the values


def test_expected_best_matches_enumeration_on_random_lists_with_ties() -> None:
    rng = random.Random(0)
    for _ in range(200):
        k = rng.randint(2, 7)
        keys = [float(rng.randint(0, 3)) for _ in range(k)]  # few distinct keys: many ties
        values = [float(rng.random() < 0.4) for _ in range(k)]
        for n in range(1, k + 1):
            assert em.expected_best(keys, values, n) == pytest.approx(brute_force_best(keys, values, n))


# Three prompts, K = 4 samples each.
PASSES = [[0, 1, 0, 1], [1, 0, 0, 0], [0, 0, 1, 1]]
REWARDS = [[0.2, 0.9, 0.5, 0.1], [0.1, 0.3, 0.3, 0.0], [0.5, 0.5, 1.0, 0.0]]


def test_best_of_n_by_hand() -> None:
    got = em.best_of_n(REWARDS, [[bool(p) for p in ps] for ps in PASSES], ns=(1, 2, 4))
    assert got["n1"] == pytest.approx((2 / 4 + 1 / 4 + 2 / 4) / 3)  # 5/12
    # N=2, weights 1/2, 1/3, 1/6, 0 by rank. Prompt 0: ranks are samples 1 (pass), 2, 0, 3 -> 1/2.
    # Prompt 1: the tie {1, 2} holds ranks 0-1 (mass 5/6, both fail), then 0 (pass, 1/6), 3 -> 1/6.
    # Prompt 2: sample 2 (pass, 1/2), the tie {0, 1} (both fail), 3 -> 1/2.
    assert got["rm"][2] == pytest.approx((1 / 2 + 1 / 6 + 1 / 2) / 3)
    # N=4: the top sample always: 1 (pass), the tie {1, 2} (fail), 2 (pass) -> 2/3
    assert got["rm"][4] == pytest.approx(2 / 3)
    assert got["rm"][1] == pytest.approx(got["n1"]) and got["oracle"][1] == pytest.approx(got["n1"])
    # oracle@2 = 1 - C(K - P, 2) / C(4, 2) with P = 2, 1, 2 passes: 1 - 1/6, 1 - 3/6, 1 - 1/6
    assert got["oracle"][2] == pytest.approx((5 / 6 + 1 / 2 + 5 / 6) / 3)
    assert got["oracle"][4] == pytest.approx(1.0)
    assert got["gap_closed"][1] is None
    assert got["gap_closed"][2] == pytest.approx((7 / 18 - 5 / 12) / (13 / 18 - 5 / 12))
    assert got["gap_closed"][4] == pytest.approx((2 / 3 - 5 / 12) / (1 - 5 / 12))


def test_oracle_by_judged_score_equals_the_closed_form() -> None:
    scores = [[0.5, 1.0, 0.0, 1.0], [1.0, 0.5, 0.5, 0.0], [0.0, 0.5, 1.0, 1.0]]
    passes = [[s == 1.0 for s in row] for row in scores]
    got = em.best_of_n(REWARDS, passes, ns=(2, 3), scores=scores)
    for n in (2, 3):
        closed = [1 - math.comb(4 - sum(p), n) / math.comb(4, n) for p in passes]
        assert got["oracle"][n] == pytest.approx(sum(closed) / 3)


def test_a_constant_reward_model_is_a_random_pick() -> None:
    got = em.best_of_n([[0.0] * 4], [[True, False, False, False]], ns=(1, 2, 4))
    assert got["rm"] == pytest.approx({1: 0.25, 2: 0.25, 4: 0.25})
    assert got["gap_closed"][2] == pytest.approx(0.0)


def test_n_larger_than_the_lists_is_refused() -> None:
    with pytest.raises(ValueError, match="N=8 needs at least 8 samples"):
        em.best_of_n(REWARDS, PASSES, ns=(1, 8))


def test_by_constraint_by_hand() -> None:
    kinds = [["lowercase", "no_commas"], ["lowercase"], ["no_commas", "no_commas"]]
    passes = [[bool(p) for p in ps] for ps in PASSES]
    got = em.by_constraint(kinds, REWARDS, passes, n=4)
    # at N=4 the picks pass, fail (tie of two failures), pass; n=1 per prompt 1/2, 1/4, 1/2
    assert got["lowercase"] == pytest.approx({"prompts": 2, "n1": 3 / 8, "rm": 1 / 2, "oracle": 1.0})
    assert got["no_commas"] == pytest.approx({"prompts": 2, "n1": 1 / 2, "rm": 1.0, "oracle": 1.0})


def test_list_pair_accuracy_by_hand() -> None:
    rewards = [[3.0, 2.0, 2.0], [0.0, 1.0]]
    scores = [[1.0, 0.5, 0.0], [1.0, 1.0]]  # the second list is a judge tie: no pairs
    got = em.list_pair_accuracy(rewards, scores)
    # pairs (0,1) right, (0,2) right, (1,2): judge prefers 1, rewards tie -> wrong and tied
    assert got == {"accuracy": pytest.approx(2 / 3), "pairs": 3, "reward_ties": 1}


def test_spearman_by_hand() -> None:
    assert em.spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert em.spearman([3, 2, 1], [10, 20, 30]) == pytest.approx(-1.0)
    # ties share their mean rank: ranks (0.5, 0.5, 2) vs (0, 1, 2) -> cov 1.5, var 1.5 and 2 -> sqrt(3) / 2
    assert em.spearman([0, 0, 1], [1, 2, 3]) == pytest.approx(3 ** 0.5 / 2)


def test_length_bias_by_hand() -> None:
    responses = [["one", "one two", "one two three"], ["a b", "a", "a b c"], ["x", "x y", "x y z"]]
    rewards = [[3.0, 2.0, 1.0], [1.0, 1.0, 1.0], [0.0, 1.0, 2.0]]
    scores = [[0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]  # the third list is a tie: left out
    bias = em.length_bias(rewards, scores, responses)
    assert bias["lists"] == 2
    # list 0: reward -1, judge sqrt(3)/2; list 1: a constant reward counts as 0, and the judge's ranks
    # (0.5, 2, 0.5) vs the words' (1, 0, 2): cov -1.5, var 1.5 and 2 -> -sqrt(3)/2
    assert bias["reward"] == pytest.approx((-1.0 + 0.0) / 2)
    assert bias["judge"] == pytest.approx(0.0, abs=1e-12)
