"""The task-v2 oracle as a reward model: look the prompt up among the known prompts, run its checkers.

Task-v2 instructions come in many phrasings, so unlike task v1 they are not parsed back out of the text: the judge
knows the prompts of the bundle (or any given list) and scores a response by the fraction of that prompt's
constraints it satisfies. An unknown prompt scores 0.0 for every response. `aligned-train eval-rm --model
instructions-judge` uses it as the perfect reward model (gap closed 1.0 by construction).
"""

from collections.abc import Iterable
from pathlib import Path

from reward_models.base import Prompt, prompt_to_text
from training.tasks.instructions.compose import InstructionPrompt
from training.tasks.instructions.families import Constraint, judge


class InstructionJudgeReward:
    """Rule reward model over known task-v2 prompts (name "instructions-judge")."""

    name = "instructions-judge"
    version = "2"

    def __init__(self, prompts: Iterable[InstructionPrompt]) -> None:
        self.constraints: dict[str, list[Constraint]] = {p.text: p.constraints for p in prompts}

    @classmethod
    def from_bundle(cls, bundle: Path | None = None) -> "InstructionJudgeReward":
        from training.data import bundle as bd

        folder = Path(bundle) if bundle is not None else bd.BUNDLE_V2
        return cls(InstructionPrompt.from_dict(d) for s in bd.SPLITS if bd.prompts_path(folder, s).exists()
                   for d in bd.load_prompt_dicts(folder, s))

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise ValueError(f"{len(prompts)} prompts for {len(responses)} responses")
        return [judge(r, self.constraints.get(prompt_to_text(p), [])) for p, r in zip(prompts, responses)]
