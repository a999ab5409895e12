"""`GeneratorChat`: the server's own generator as the chat model of an LLM judge (`reward_models.judge`).

`reward_models` does not import the server, so the app wraps its `Generator` in this adapter and passes it to
the judge loader (`registry.load(name, "generator", kind="judge", chat=GeneratorChat(generator))`). The judge
asks greedily (temperature 0) for a few tokens, with the first token's top logprobs when its mode needs them.
"""

from __future__ import annotations

import asyncio
import uuid

from aligned_serve.engines.base import EngineError, Generator, SamplingConfig
from reward_models.base import Message, RewardModelError
from reward_models.judge import ChatReply, add_logprob


class GeneratorChat:
    def __init__(self, generator: Generator, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.generator = generator
        self.loop = loop or asyncio.get_running_loop()  # blocking callers in other threads submit work here

    @property
    def label(self) -> str:
        return f"generator:{self.generator.model_name}"

    async def chat(self, messages: list[Message], *, max_tokens: int, top_logprobs: int | None) -> ChatReply:
        params = SamplingConfig(n=1, max_tokens=max_tokens, temperature=0.0, logprobs=top_logprobs)
        try:
            generation = await self.generator.generate(messages, params, f"judge-{uuid.uuid4().hex}")
        except EngineError as exc:  # e.g. the judge prompt overflows the generator's context
            raise RewardModelError(f"the judge's generator refused the rubric prompt: {exc.message}",
                                   exc.status_code) from exc
        candidate = generation.candidates[0]
        table: dict[str, float] = {}
        if candidate.logprobs:
            first = candidate.logprobs[0]
            add_logprob(table, first.token, first.logprob)
            for token, logprob in first.top_logprobs:
                add_logprob(table, token, logprob)
        return ChatReply(candidate.text, table)
