"""The task-v2 oracle as a reward model: known prompts are judged by their constraints, unknown ones score 0."""

import pytest

from training.tasks.instructions.compose import InstructionPrompt
from training.tasks.instructions.families import Constraint
from training.tasks.instructions.judge import InstructionJudgeReward
from training.tasks.instructions.splits import SplitSpec, write_splits


def test_scores_are_the_fraction_of_constraints_met() -> None:
    prompt = InstructionPrompt("p", "train", [{"role": "user", "content": "Describe tea. No commas, max 3 words."}],
                               [Constraint("no_commas", {}, 0), Constraint("words_max", {"n": 3}, 0)], "r", "c")
    judge = InstructionJudgeReward([prompt])
    got = judge.score([prompt.messages, prompt.text, "Something else."], ["Tea is hot.", "Tea, hot.", "Tea."])
    assert got == [1.0, 0.5, 0.0]  # a plain-text prompt is looked up too; an unknown one scores 0
    with pytest.raises(ValueError):
        judge.score([prompt.text], [])


def test_from_bundle_knows_every_split(tmp_path) -> None:
    counts = {"test_topics": 3, "test_phrasings": 3, "test_families": 3, "validation": 3, "train": 3}
    write_splits(SplitSpec(counts=counts), tmp_path)
    assert len(InstructionJudgeReward.from_bundle(tmp_path).constraints) == 15
