"""Test doubles for the two protocols the strategies depend on."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from aligned_serve.engines.base import Candidate, EngineError, Generation, Prompt, SamplingConfig, StreamDelta


class FakeGenerator:
    """Candidate k of the i-th generate call is 'x' * (length of a fixed cycle): rewards are predictable.

    `lengths` cycles across every candidate ever drawn, so rejection rounds see new values.
    """

    def __init__(self, lengths: list[int] | None = None, model_name: str = "fake-model", delay: float = 0.0,
                 max_model_len: int = 512) -> None:
        self.lengths = lengths or [3, 9, 1, 7, 5, 2, 8, 4]
        self.model_name = model_name
        self.max_model_len = max_model_len
        self.delay = delay
        self.calls: list[SamplingConfig] = []
        self.cancelled = 0
        self.drawn = 0
        self.reloaded: list[str] = []

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def reload(self, model_path: str) -> None:
        self.reloaded.append(model_path)
        self.model_name = model_path

    def _prompt_tokens(self, prompt: Prompt) -> int:
        text = prompt if isinstance(prompt, str) else " ".join(m["content"] for m in prompt)
        return len(text.split())

    async def generate(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> Generation:
        self.calls.append(params)
        prompt_tokens = self._prompt_tokens(prompt)
        if prompt_tokens + params.max_tokens > self.max_model_len:
            raise EngineError("This model's maximum context length is exceeded", 400, "messages")
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        cands = []
        for _ in range(params.n):
            length = self.lengths[self.drawn % len(self.lengths)]
            self.drawn += 1
            n_tok = min(length, params.max_tokens)
            cands.append(Candidate(text="x" * n_tok, finish_reason="stop" if n_tok == length else "length",
                                   num_tokens=n_tok))
        return Generation(candidates=cands, prompt_tokens=prompt_tokens)

    async def stream(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> AsyncIterator[StreamDelta]:
        gen = await self.generate(prompt, params, request_id)
        for i, c in enumerate(gen.candidates):
            for ch in c.text:
                yield StreamDelta(index=i, text=ch, num_tokens=1)
            yield StreamDelta(index=i, text="", finish_reason=c.finish_reason)


class LengthRM:
    """reward = number of characters (so the longest candidate wins)."""

    def __init__(self, name: str = "length", version: str = "1", scale: float = 1.0) -> None:
        self.name, self.version, self.scale = name, version, scale
        self.calls = 0

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        self.calls += 1
        return [self.scale * len(r) for r in responses]


class FakeStreamingGenerator(FakeGenerator):
    """Also implements `iter_candidates`: candidates finish shortest first, out of index order."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.finish_order: list[int] = []

    async def iter_candidates(self, prompt, params, request_id):
        from aligned_serve.engines.base import FinishedCandidate

        gen = await self.generate(prompt, params, request_id)
        for i in sorted(range(len(gen.candidates)), key=lambda i: gen.candidates[i].num_tokens):
            await asyncio.sleep(0.01)
            self.finish_order.append(i)
            yield FinishedCandidate(index=i, candidate=gen.candidates[i], prompt_tokens=gen.prompt_tokens)
