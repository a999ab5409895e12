"""`ImplicitDPOReward`: the reward a DPO policy implies, read off the policy and its reference model.

    r(x, y) = β · ( Σ_t log π(y_t | x, y_<t) − Σ_t log π_ref(y_t | x, y_<t) )

summed over the response tokens only (Rafailov et al. 2023, "Direct Preference Optimization: Your Language
Model is Secretly a Reward Model", eq. 5; the partition term β·log Z(x) is dropped: it depends on x only,
so it cancels when ranking responses to one prompt — use these rewards to rank, not as absolute scores).

Tokens: x = the chat template applied to the prompt with `add_generation_prompt=True` (plain text when the
tokenizer has no template), y = the response tokens followed by EOS (`append_eos`), the same layout the
DPO recipe trains on. When x + y exceeds `max_length`, x is cut from the left (y is kept whole if it fits).
β comes from the policy dir's `aligned_meta.json` ("beta") unless given. Loading is strictly local
(`local_files_only=True`); a failed check is reported by name, the loader's own exception is only chained.

Usage:
    rm = ImplicitDPOReward.load("ckpt/dpo", "ckpt/sft", name="dpo-implicit")
    rm.score(["What is 2+2?"], ["4"])
"""

import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from aligned_core.checkpoint_meta import default_version, read_meta
from reward_models.base import Prompt, RewardModelError, prompt_to_text
from reward_models.hf import (
    PROBES,
    chat_messages,
    effective_max_length,
    ensure_pad_token,
    has_chat_template,
    load_checked,
    require_config,
    resolve_dtype,
)


@dataclass(eq=False)  # identity semantics, like HFRewardModel
class ImplicitDPOReward:
    """A DPO policy + its reference, scoring pairs by the implicit reward. Immutable after load."""

    name: str
    version: str
    path: str  # the policy dir
    ref_path: str
    policy: Any = field(repr=False)  # transformers causal LM
    reference: Any = field(repr=False)
    tokenizer: Any = field(repr=False)
    beta: float
    device: str = "cpu"
    max_length: int = 1024
    batch_size: int = 8
    append_eos: bool = True
    kind: str = "implicit"

    def __post_init__(self) -> None:
        if not (self.beta > 0 and math.isfinite(self.beta)):
            raise RewardModelError(f"beta must be a positive finite number, got {self.beta}", 422)
        if self.batch_size < 1 or self.max_length < 2:
            raise RewardModelError("batch_size must be >= 1 and max_length >= 2", 400)
        self._tok_lock = threading.Lock()

    @classmethod
    def load(
        cls,
        policy_path: str | Path,
        ref_path: str | Path,
        name: str,
        beta: float | None = None,
        version: str | None = None,
        device: str = "cpu",
        dtype: str | torch.dtype | None = None,
        max_length: int = 1024,
        batch_size: int = 8,
        append_eos: bool = True,
    ) -> "ImplicitDPOReward":
        """Load both causal LMs (tokenizer from the policy dir). RewardModelError(422) naming the failed check."""
        from transformers import AutoModelForCausalLM, AutoTokenizer

        policy_path, ref_path = Path(policy_path), Path(ref_path)
        require_config(policy_path)
        require_config(ref_path)
        if beta is None:
            beta = read_meta(policy_path).get("beta")
            if beta is None:
                raise RewardModelError(f"{policy_path}: no 'beta' in aligned_meta.json and none given", 422)
        torch_dtype = resolve_dtype(dtype, device)  # "int8" quantises classifier RMs only: here it is float32
        tokenizer = load_checked(f"{policy_path}: the tokenizer cannot be loaded (tokenizer files missing or broken)",
                                 AutoTokenizer.from_pretrained, policy_path, local_files_only=True)
        policy, reference = (
            load_checked(
                f"{p}: the {role} weights cannot be loaded (missing or corrupt weight files, or not a causal LM)",
                AutoModelForCausalLM.from_pretrained, p, dtype=torch_dtype, local_files_only=True,
            )
            for role, p in (("policy", policy_path), ("reference", ref_path))
        )
        if policy.config.vocab_size != reference.config.vocab_size:
            raise RewardModelError(
                f"policy and reference vocabularies differ ({policy.config.vocab_size} vs "
                f"{reference.config.vocab_size}): they must share a tokenizer",
                422,
            )
        ensure_pad_token(tokenizer)
        for model in (policy, reference):
            model.to(device)
            model.eval()
        return cls(
            name=name,
            version=version or default_version(policy_path, ref_path),
            path=str(policy_path),
            ref_path=str(ref_path),
            policy=policy,
            reference=reference,
            tokenizer=tokenizer,
            beta=float(beta),
            device=device,
            max_length=effective_max_length(max_length, policy.config, tokenizer),
            batch_size=batch_size,
            append_eos=append_eos,
        )

    # ------------------------------------------------------------------ tokens

    def encode(self, prompt: Prompt, response: str) -> tuple[list[int], int]:
        """(input ids, number of prompt tokens): ids = x + y, y's log-probs are the ones summed."""
        with self._tok_lock:
            if has_chat_template(self.tokenizer):
                text = self.tokenizer.apply_chat_template(
                    chat_messages(prompt), add_generation_prompt=True, tokenize=False
                )
                x = self.tokenizer(text, add_special_tokens=False)["input_ids"]
            else:
                x = self.tokenizer(prompt_to_text(prompt) + "\n\n")["input_ids"]
            y = self.tokenizer(response, add_special_tokens=False)["input_ids"]
        if self.append_eos and self.tokenizer.eos_token_id is not None:
            y = y + [self.tokenizer.eos_token_id]
        y = y[: self.max_length - 1]  # at least one context token predicts y_0
        if not x:  # y_0 needs a context token
            tok = self.tokenizer
            x = [next(t for t in (tok.bos_token_id, tok.eos_token_id, 0) if t is not None)]
        x = x[-(self.max_length - len(y)) :]  # left-truncate x
        return list(x) + list(y), len(x)

    @staticmethod
    def sequence_logps(
        model: Any, input_ids: torch.Tensor, attention_mask: torch.Tensor, n_prompt: torch.Tensor
    ) -> torch.Tensor:
        """Σ log p(token) over tokens at positions >= n_prompt inside attention_mask. (B, T), (B,) -> (B,)."""
        logits = model(input_ids=input_ids, attention_mask=attention_mask).logits  # (B, T, V)
        logits = logits[:, :-1].float()  # (B, T-1, V): position t predicts token t+1
        labels = input_ids[:, 1:]  # (B, T-1)
        # log_softmax gathered at the label = logit[label] - logsumexp(logits): no second (B, T, V) tensor.
        token_logps = logits.gather(-1, labels.unsqueeze(-1)).squeeze(-1) - logits.logsumexp(-1)  # (B, T-1)
        pos = torch.arange(labels.shape[1], device=labels.device).unsqueeze(0)  # (1, T-1)
        mask = (pos + 1 >= n_prompt.unsqueeze(1)) & attention_mask[:, 1:].bool()  # label is a response token
        return (token_logps * mask).sum(-1)

    # ------------------------------------------------------------------ scoring

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        encoded = [self.encode(p, r) for p, r in zip(prompts, responses)]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]), reverse=True)
        scores = [0.0] * len(encoded)
        pad = self.tokenizer.pad_token_id
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                width = max(len(encoded[i][0]) for i in chunk)
                ids = torch.full((len(chunk), width), pad, dtype=torch.long)  # right padding
                mask = torch.zeros((len(chunk), width), dtype=torch.long)
                for row, i in enumerate(chunk):
                    seq = encoded[i][0]
                    ids[row, : len(seq)] = torch.tensor(seq)
                    mask[row, : len(seq)] = 1
                n_prompt = torch.tensor([encoded[i][1] for i in chunk])
                ids, mask, n_prompt = ids.to(self.device), mask.to(self.device), n_prompt.to(self.device)
                diff = self.sequence_logps(self.policy, ids, mask, n_prompt) - self.sequence_logps(
                    self.reference, ids, mask, n_prompt
                )
                for i, value in zip(chunk, (self.beta * diff).cpu().tolist()):
                    scores[i] = value
        bad = [i for i, s in enumerate(scores) if not math.isfinite(s)]
        if bad:
            msg = f"{self.name}@{self.version} produced non-finite rewards at {bad[:5]}"
            raise RewardModelError(msg, 500)
        return scores

    def validate(self) -> None:
        """Probe scores must be finite and deterministic."""
        prompts, responses = [p for p, _ in PROBES], [r for _, r in PROBES]
        first, second = self.score(prompts, responses), self.score(prompts, responses)
        if not all(math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-5) for a, b in zip(first, second)):
            raise RewardModelError(f"{self.path}: implicit rewards are not deterministic", 422)

    def warmup(self) -> None:
        self.score([p for p, _ in PROBES], [r for _, r in PROBES])

    def info(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "path": self.path,
            "ref_path": self.ref_path,
            "beta": self.beta,
            "params": sum(p.numel() for p in self.policy.parameters()),
            "dtype": str(next(self.policy.parameters()).dtype).removeprefix("torch."),
            "device": self.device,
            "max_length": self.max_length,
            "batch_size": self.batch_size,
        }
