"""The offline replay of speculative rejection (`training/eval_search.py`)."""

import pytest

from training.data.formats import RankedList
from training.eval_search import format_table, replay_split, speculative_rejection


def table_scorer(rewards: dict[int, list[float]], log: list[list[tuple[int, int]]]):
    """Reward of answer i after t tokens: rewards[i][ceil(t / 4) - 1] (a value per 4-token checkpoint)."""

    def score(asks: list[tuple[int, int]]) -> list[float]:
        log.append(list(asks))
        return [rewards[i][min(len(rewards[i]), -(-t // 4)) - 1] for i, t in asks]

    return score


def test_halving_keeps_the_best_prefixes_and_counts_every_generated_token() -> None:
    log: list[list[tuple[int, int]]] = []
    # four answers of 20 tokens; checkpoints every 4 tokens
    rewards = {0: [0.0, 0.0, 0.0, 0.0, 0.0], 1: [3.0, 0.0, 0.0, 0.0, 0.0], 2: [2.0, 2.0, 0.0, 0.0, 0.0],
               3: [1.0, 1.0, 1.0, 1.0, 1.0]}
    replay = speculative_rejection([20, 20, 20, 20], table_scorer(rewards, log), chunk=4, keep=0.5)
    # round 1 at 4 tokens: 1 (3.0) and 2 (2.0) kept; round 2 at 8 tokens: 2 (2.0) beats 1 (0.0); 2 runs to its end
    assert replay.chosen == 2
    assert replay.tokens == 4 + 8 + 20 + 4  # 0 and 3 pruned at 4 tokens, 1 at 8; 2 goes on to its end
    assert replay.rounds == 2
    assert log == [[(0, 4), (1, 4), (2, 4), (3, 4)], [(1, 8), (2, 8)]]


def test_answers_that_end_stay_in_the_pool_with_their_full_reward() -> None:
    log: list[list[tuple[int, int]]] = []
    rewards = {0: [5.0], 1: [1.0, 1.0, 9.0], 2: [0.0, 0.0, 0.0]}  # 0 ends after 3 tokens, best at first
    replay = speculative_rejection([3, 12, 12], table_scorer(rewards, log), chunk=4, keep=0.7)
    # round 1: 0 ended (5.0), 1 (1.0) kept, 2 pruned; round 2: 1 at 8 tokens (1.0) < 5.0, so 1 is pruned
    assert replay.chosen == 0
    assert replay.tokens == 3 + 8 + 4


def test_a_keep_rule_and_a_first_checkpoint() -> None:
    """A keep rule sees the pool ranked best first, the rewards and the round; `first` moves the first checkpoint."""
    log: list[list[tuple[int, int]]] = []
    rewards = {0: [0.0, 0.0, 0.0, 0.0, 0.0], 1: [3.0, 0.0, 0.0, 0.0, 0.0], 2: [2.0, 2.0, 0.0, 0.0, 0.0],
               3: [1.0, 1.0, 1.0, 1.0, 1.0]}
    seen: list[tuple[list[int], int]] = []

    def keep_three_then_one(ranked: list[int], reward: dict[int, float], rnd: int) -> list[int]:
        seen.append((list(ranked), rnd))
        return ranked[: 3 if rnd == 0 else 1]

    replay = speculative_rejection([20, 20, 20, 20], table_scorer(rewards, log), chunk=4, keep=keep_three_then_one)
    assert seen == [([1, 2, 3, 0], 0), ([2, 3, 1], 1)]  # 8 tokens: 2 (2.0), 3 (1.0), 1 (0.0)
    assert (replay.chosen, replay.tokens) == (2, 4 + 8 + 8 + 20)
    # the same halving as above with its first checkpoint at 8 tokens: 1 has fallen to 0.0 by then, 3 is kept
    log.clear()
    late = speculative_rejection([20, 20, 20, 20], table_scorer(rewards, log), chunk=4, keep=0.5, first=8)
    assert log[0] == [(0, 8), (1, 8), (2, 8), (3, 8)] and log[1] == [(2, 12), (3, 12)]
    assert late.chosen == 3 and late.tokens == 8 + 8 + 12 + 20


def test_the_survivor_is_the_best_prefix_and_ended_answers_compare_in_full() -> None:
    rewards = {0: [9.0, 9.0, 0.0], 1: [0.0, 0.0, 1.0]}
    # floor(0.99 * 2) = 1 kept after 4 tokens: answer 0 by its prefix, though 1 is the better full answer
    assert speculative_rejection([12, 12], table_scorer(rewards, []), chunk=4, keep=0.99).chosen == 0
    # a chunk as long as the answers: both end in round 1 and their full rewards decide
    assert speculative_rejection([12, 12], table_scorer(rewards, []), chunk=12, keep=0.5).chosen == 1
    # floor 2: both run to their ends and the full rewards decide
    kept = speculative_rejection([12, 12], table_scorer(rewards, []), chunk=4, keep=0.5, floor=2)
    assert (kept.chosen, kept.tokens) == (1, 24)


class WordTokenizer:
    """One token per word (enough for the replay: token counts and prefix texts)."""

    def __call__(self, text: str, add_special_tokens: bool = False) -> dict[str, list[str]]:
        return {"input_ids": text.split()}

    def decode(self, ids: list[str]) -> str:
        return " ".join(ids)


class CountScorer:
    """Reward = the number of words "good" in the text (a prefix scores by what it holds so far)."""

    def __init__(self) -> None:
        self.calls = 0

    def score(self, prompts: list[str], responses: list[str]) -> list[float]:
        self.calls += 1
        return [float(r.split().count("good")) for r in responses]


def test_replay_split_reports_pass_rates_and_tokens_beside_best_of_n() -> None:
    answers = ["good good x x x x x x", "x x x x x x x x", "x x x x x x x good", "good x x x"]
    lists = [RankedList(prompt=f"p{i}", responses=answers, meta={"passes": [True, False, False, True]})
             for i in range(3)]
    report = replay_split(lists, CountScorer(), WordTokenizer(), chunks=[2], keeps=[0.5], ns=(1, 2, 4))
    rows = report["rows"]
    assert report["prompts"] == 3 and report["k"] == 4
    assert rows["n=1"]["pass"] == pytest.approx(0.5)
    assert rows["best-of-2"]["tokens"] == pytest.approx(2 * 7)  # mean length (8 + 8 + 8 + 4) / 4 = 7
    spec = rows["speculative_rejection n=4 chunk=2 keep=0.5"]
    # round 1 at 2 tokens: answers 0 (2 goods) and 3 (1 good) kept; round 2 at 4: 0 (2) beats 3 (1, ended)
    assert spec["pass"] == 1.0
    assert spec["tokens"] == pytest.approx(8 + 2 + 2 + 4)
    assert "| speculative_rejection n=4 chunk=2 keep=0.5 | 1.000 | 16.0 |" in format_table("validation", report)


class Recording(CountScorer):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def score(self, prompts: list[str], responses: list[str]) -> list[float]:
        self.seen += responses
        return super().score(prompts, responses)


def test_a_prefix_scorer_scores_only_prefixes_and_full_answers_keep_the_main_one() -> None:
    answers = ["good good x x x x x x", "x x x x x x x x", "x x x x x x x good", "good x x x"]
    lists = [RankedList(prompt="p", responses=answers, meta={"passes": [True, False, False, True]})]
    main, prefix = Recording(), Recording()
    report = replay_split(lists, main, WordTokenizer(), chunks=[2], keeps=[0.5], ns=(1, 2, 4), prefix_scorer=prefix)
    assert set(main.seen) == set(answers)  # whole answers only
    assert prefix.seen and all(p not in answers and len(p.split()) < 8 for p in prefix.seen)
    same = replay_split(lists, CountScorer(), WordTokenizer(), chunks=[2], keeps=[0.5], ns=(1, 2, 4))
    assert report["rows"] == same["rows"]  # same scores from both: the same replay


def test_cli_verifier_scores_prefixes_with_its_partial_twin(monkeypatch) -> None:
    """--verifier: full answers by model + w x rule, prefixes by model + w x the rule's partial twin."""
    from reward_models.ensemble import EnsembleRewardModel
    from training import eval_search as es

    built = {}

    def fake_replay(lists, scorer, tokenizer, chunks, keeps, prefix_scorer=None):
        built["scorer"], built["prefix"] = scorer, prefix_scorer
        return {"prompts": 0, "k": 16, "oracle": {}, "rows": {}}

    monkeypatch.setattr(es, "replay_split", fake_replay)
    monkeypatch.setattr("training.eval.load_scorer", lambda spec, **kw: __import__(
        "reward_models.rules", fromlist=["build_rule"]).build_rule(spec if spec.startswith("rule:") else "rule:json"))
    assert es.main(["--model", "m", "--verifier", "rule:instructions", "--verifier-weight", "7", "--split",
                    "validation", "--limit", "1"]) == 0
    full, prefix = built["scorer"], built["prefix"]
    assert isinstance(full, EnsembleRewardModel) and full.weights == (1.0, 7.0) and full.mode == "sum"
    assert full.members[1].name == "rule:instructions" and not full.members[1].prefix
    assert prefix.members[1].prefix and prefix.members[0] is full.members[0]
