"""Test doubles for the two protocols the strategies depend on."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from aligned_serve.engines.base import Candidate, EngineError, Generation, Prompt, SamplingConfig, StreamDelta
from aligned_serve.engines.partials import ContinuationDelta, Partial, step_config


class FakeGenerator:
    """Candidate k of the i-th generate call is 'x' * (length of a fixed cycle): rewards are predictable.

    `lengths` cycles across every candidate ever drawn, so rejection rounds see new values.
    """

    concurrent_calls = True  # its continue_partials calls advance side by side

    def __init__(self, lengths: list[int] | None = None, model_name: str = "fake-model", delay: float = 0.0,
                 max_model_len: int = 512, eos_at: dict[int, int] | None = None, eos_apart: bool = False) -> None:
        self.lengths = lengths or [3, 9, 1, 7, 5, 2, 8, 4]
        self.eos_at = eos_at or {}  # continue_partials: an answer of digit d ends once it holds eos_at[d] tokens
        # eos_apart: the end arrives one step after the last digit, as a delta of its own with no text (as vLLM
        # sends the end-of-sequence token)
        self.eos_apart = eos_apart
        self.continued: list[list[tuple[int, int]]] = []  # per continue_partials call: (partial tokens, n) each
        self.generated = 0  # tokens produced by continue_partials
        self.aborted = 0  # continuation samples still running when their stream was closed
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


    async def continue_partials(self, prompt: Prompt, partials: list[Partial], params: SamplingConfig,
                                request_id: str, chunk_tokens: int | None = None) -> AsyncIterator[ContinuationDelta]:
        """One token = one digit character. A sample started from the empty answer takes the next value of
        `lengths` (cycling, shared with `generate`) as its digit; sample 0 of a continued partial keeps the
        partial's last digit, every other sample (a fork) takes the next value. An answer of digit d ends
        ("stop") once it holds `eos_at[d]` tokens. All samples advance one token per step, interleaved, with
        `delay` seconds before each step; closing the stream early counts the samples still running in
        `aborted`."""
        self.continued.append([(p.num_tokens, p.n) for p in partials])
        prompt_tokens = self._prompt_tokens(prompt)
        if prompt_tokens + params.max_tokens > self.max_model_len:
            raise EngineError("This model's maximum context length is exceeded", 400, "messages")
        running: list[list] = []  # [partial, sample, digit, tokens before, step limit, produced]
        for i, p in enumerate(partials):
            limit = step_config(params, p, chunk_tokens).max_tokens
            for s in range(p.n):
                if p.text and s == 0:
                    digit = p.text[-1]
                else:
                    digit = str(self.lengths[self.drawn % len(self.lengths)])
                    self.drawn += 1
                running.append([i, s, digit, p.num_tokens, limit, 0])
        try:
            while running:
                await asyncio.sleep(self.delay)
                for run in list(running):
                    i, s, digit, before, limit, produced = run
                    eos = self.eos_at.get(int(digit))
                    if self.eos_apart and eos is not None and before + produced >= eos:
                        running.remove(run)  # the digits ended last step: only the end comes now
                        yield ContinuationDelta(i, s, "", 0, (), "stop", prompt_tokens)
                        continue
                    run[5] = produced = produced + 1
                    self.generated += 1
                    reason = "stop" if eos is not None and before + produced >= eos else \
                        "length" if produced >= limit else None
                    if reason == "stop" and self.eos_apart:
                        reason = None
                    if reason:
                        running.remove(run)
                    yield ContinuationDelta(i, s, digit, 1, (int(digit),), reason, prompt_tokens)
        finally:
            self.aborted += len(running)


class DigitRM:
    """reward = mean of the digits in the text (0.0 without any): with `FakeGenerator.continue_partials` a
    partial answer scores its digit, so every search decision is known in advance."""

    def __init__(self, name: str = "digits", version: str = "1") -> None:
        self.name, self.version = name, version
        self.calls: list[list[str]] = []

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        self.calls.append(list(responses))
        digits = [[int(ch) for ch in r if ch.isdigit()] for r in responses]
        return [sum(d) / len(d) if d else 0.0 for d in digits]


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
