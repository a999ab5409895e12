"""The `RewardModel` protocol: score (prompt, response) pairs.

A prompt is either plain text or a list of OpenAI chat messages; implementations format it the way their
model was trained (for HF models, the checkpoint tokenizer's chat template). `score` is synchronous and may
be slow: the server calls it off the event loop through `reward_models.batching.ScoringQueue`.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from aligned_core.errors import ServingError

Message = dict[str, Any]
Prompt = str | list[Message]


class RewardModelError(ServingError):
    """Raised when a reward model cannot be loaded, validated or found. `status_code` maps it to HTTP; the
    request parameter it concerns is `reward_model`."""

    default_param = "reward_model"


@runtime_checkable
class RewardModel(Protocol):
    name: str
    version: str

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        """One finite float per (prompt, response) pair; higher is better. len(prompts) == len(responses)."""
        ...


@runtime_checkable
class AsyncRewardModel(RewardModel, Protocol):
    """A reward model whose work is I/O (a remote server, an LLM judge): `ascore` awaits it on the event loop,
    so the server never parks it on the local model's scoring thread (see `reward_models.batching`)."""

    async def ascore(self, prompts: list[Prompt], responses: list[str]) -> list[float]: ...


def prompt_to_messages(prompt: Prompt) -> list[Message]:
    """Normalise a prompt to chat messages (a plain string becomes one user turn)."""
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return [dict(m) for m in prompt]


def prompt_to_text(prompt: Prompt) -> str:
    """Flatten a prompt to text for models and rules without a chat template: the last user turn."""
    if isinstance(prompt, str):
        return prompt
    users = [m for m in prompt if m.get("role") == "user"]
    last = users[-1] if users else (prompt[-1] if prompt else {"content": ""})
    content = last.get("content", "")
    if isinstance(content, list):  # OpenAI content parts
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content)


def full_name(model: RewardModel) -> str:
    return f"{model.name}@{model.version}"
