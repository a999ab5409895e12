"""`HFRewardModel`: any Hugging Face `AutoModelForSequenceClassification` checkpoint with one label.

A (prompt, response) pair is formatted with the checkpoint tokenizer's chat template (prompt messages plus
one assistant turn holding the response), or as "prompt\\n\\nresponse" when the tokenizer has no template.
Loading is strictly local (`local_files_only=True`: nothing is fetched from a model hub), and a checkpoint that
fails a check is refused with a message naming the check, never the raw loader exception (that is logged).
Long inputs are truncated from the LEFT so the end of the response, where the classifier reads its score,
is always kept. Sequences are right-padded and `config.pad_token_id` is set, so the classifier pools the
last non-pad token of each row (RoPE positions stay the same as unpadded, so batching does not change scores).

Pairs that share a prompt (every candidate of one request, every partial answer of a search round) share their
leading tokens: those are run once, and the rest of each row continues from that KV cache (transformers'
`DynamicCache`), which gives the same scores as whole rows (to float rounding) at a fraction of the compute when
answers are short next to the prompt, as a search's partial answers are.

Usage:
    rm = HFRewardModel.load("checkpoints/rm", name="helpful")
    rm.validate(); rm.warmup()
    rm.score(["What is 2+2?"], ["4"])   # -> [1.23]
"""

import copy
import logging
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import torch

from aligned_core.checkpoint_meta import default_version
from reward_models import annotate as ann
from reward_models.base import Message, Prompt, RewardModelError, prompt_to_messages, prompt_to_text

logger = logging.getLogger(__name__)
T = TypeVar("T")

MIN_SHARED_PREFIX = 16  # tokens: a shorter shared prefix is not worth a forward pass of its own

DTYPES: dict[str, torch.dtype] = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}
# "int8": float32 weights, then the backbone's Linear layers quantised to int8 with dynamic activation scales
# (CPU only; the score head stays float32). ~3x faster per row on a CPU core; scores are close to float32's but
# not equal, and depend slightly on what else is in the batch (one activation scale per tensor), so an int8 model
# fails the shared-prefix check against its own whole rows and runs them whole. The int8 twin of a float model
# (`partial`) takes the float model's verdict instead and shares the prompt's tokens: ~3x faster again on a
# search's partial answers, which are short next to the prompt. Check a model's ranking with
# `aligned-train eval-rm --dtype int8` before serving it so (`--reward-dtype int8`).
INT8 = "int8"
# Probe pairs for validate()/warmup(): short, mixed, one chat-shaped prompt.
PROBES: list[tuple[Prompt, str]] = [
    ("What is the capital of France?", "The capital of France is Paris."),
    ("Write a haiku about the sea.", "Waves fold into foam\nsalt wind, gull cries\nthe tide keeps time"),
    (
        [{"role": "system", "content": "You are concise."}, {"role": "user", "content": "Say hi."}],
        "Hi!",
    ),
    ("Give me a JSON object with a key a.", '{"a": 1}'),
]
ROUND_TRIP_SAMPLE = "Hello world! The answer is 42."


# ----------------------------------------------------------------- shared helpers (also used by implicit.py)


def chat_messages(prompt: Prompt) -> list[Message]:
    """Prompt -> chat messages with OpenAI content parts flattened to text (most templates expect strings)."""
    out: list[Message] = []
    for m in prompt_to_messages(prompt):
        content = m.get("content")
        if isinstance(content, list):
            m["content"] = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        elif content is None:
            m["content"] = ""
        out.append(m)
    return out


def shared_prefix(rows: list[list[int]], pad_token_id: int | None) -> int:
    """How many leading tokens every row shares, less what would leave a row without its own last non-pad token
    (the one the classifier pools: it must stay in the row's own part)."""
    if not rows:
        return 0
    n = min(len(r) for r in rows)
    first = rows[0]
    for j in range(n):
        if any(r[j] != first[j] for r in rows):
            n = j
            break
    for r in rows:
        last = max((j for j, t in enumerate(r) if t != pad_token_id), default=len(r) - 1)
        n = min(n, last)
    return max(n, 0)


def has_chat_template(tokenizer: Any) -> bool:
    return bool(getattr(tokenizer, "chat_template", None))


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """The backbone's Linear layers as dynamically quantised int8 ones (torch's eager-mode dynamic quantisation;
    the score head, embeddings and norms stay float32), in place. Marks the model so `info()` reports "int8"."""
    import warnings

    from torch.ao.quantization import quantize_dynamic

    backbone_name = getattr(model, "base_model_prefix", "model")
    backbone = getattr(model, backbone_name, None)
    if backbone is None:
        raise RewardModelError(f"dtype {INT8!r}: the model has no backbone {backbone_name!r} to quantise", 422)
    with warnings.catch_warnings():  # torch marks eager quantisation deprecated in favour of torchao
        warnings.simplefilter("ignore")
        setattr(model, backbone_name, quantize_dynamic(backbone, {torch.nn.Linear}, dtype=torch.qint8,
                                                         inplace=True))
    model.aligned_dtype = INT8
    return model


def resolve_dtype(dtype: str | torch.dtype | None, device: str) -> torch.dtype | str:
    """None -> float32 on CPU (bf16 matmuls on CPU are slow and imprecise), "auto" elsewhere."""
    if dtype is None:
        return torch.float32 if str(device).startswith("cpu") else "auto"
    if isinstance(dtype, torch.dtype) or dtype == "auto":
        return dtype
    if dtype == INT8:
        if not str(device).startswith("cpu"):
            msg = f"dtype {INT8!r} (dynamic int8 quantisation) runs on the CPU only, not {device!r}"
            raise RewardModelError(msg, 400)
        return torch.float32  # loaded in float32, quantised after loading (quantize_int8)
    if dtype not in DTYPES:
        raise RewardModelError(f"unknown dtype {dtype!r}; choose one of {sorted([*DTYPES, INT8])} or 'auto'", 400)
    return DTYPES[dtype]


def effective_max_length(max_length: int, config: Any, tokenizer: Any) -> int:
    """Cap max_length by the model's position limit and the tokenizer's (when it states a real one)."""
    limit = max_length
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        limit = min(limit, positions)
    tok_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_max, int) and 0 < tok_max < 1_000_000:  # HF uses ~1e30 for "unknown"
        limit = min(limit, tok_max)
    return limit


def ensure_pad_token(tokenizer: Any) -> None:
    """Fall back to EOS as the pad token. The classifier then pools the last non-EOS token when a response
    ends with EOS — the same convention TRL's reward trainer uses, so training and serving agree."""
    if tokenizer.pad_token_id is None:
        if tokenizer.eos_token is None:
            raise RewardModelError("tokenizer has neither a pad token nor an eos token to pad with", 422)
        tokenizer.pad_token = tokenizer.eos_token


def load_checked(failure: str, load: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`load(*args, **kwargs)`, turning any exception into RewardModelError(422, failure) chained to it, so the
    client reads which check failed and the server log keeps the loader's own error."""
    try:
        return load(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 — corrupt files, unknown architectures, missing pieces …
        raise RewardModelError(failure, 422) from exc


def require_config(path: Path) -> None:
    """A Hugging Face checkpoint dir has a config.json (checked first: the clearest message for a wrong path)."""
    if not (path / "config.json").is_file():
        raise RewardModelError(f"{path}: not a Hugging Face checkpoint dir (no config.json)", 422)


def _normalise_text(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


# --------------------------------------------------------------------------- the model


@dataclass(eq=False)  # identity semantics: models are hashable and compared by object
class HFRewardModel:
    """A loaded sequence-classification reward model. Immutable after load: the registry hot-swaps whole
    objects and in-flight requests keep scoring on the object they resolved."""

    name: str
    version: str
    path: str
    model: Any = field(repr=False)  # transformers.PreTrainedModel
    tokenizer: Any = field(repr=False)  # transformers.PreTrainedTokenizerBase
    device: str = "cpu"
    max_length: int = 1024
    batch_size: int = 16
    kind: str = "hf"
    annotate: str | None = None  # a reward_models.annotate scheme the checkpoint was trained with
    # A cheaper twin of this model (same weights, int8) for partial answers, which reward-guided search scores at
    # every checkpoint; None: partial answers are scored by this model (aligned_serve.serving passes it to the
    # strategies as `AlignContext.partial_score_fn`).
    partial: "HFRewardModel | None" = field(default=None, repr=False)
    # The float model this one is the int8 twin of: whether the shared-prefix cache applies is its verdict.
    twin_of: "HFRewardModel | None" = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.batch_size < 1 or self.max_length < 2:
            raise RewardModelError("batch_size must be >= 1 and max_length >= 2", 400)
        try:
            ann.check_scheme(self.annotate)
        except ann.AnnotateError as exc:
            raise RewardModelError(f"{self.path or self.name}: {exc}", 422) from exc
        # Fast tokenizers are not safe to call from two threads at once ("Already borrowed").
        self._tok_lock = threading.Lock()
        # Shared-prefix scoring is checked against whole rows the first time it applies (a bidirectional or
        # cache-less architecture disagrees or raises, and then always scores whole rows): None = not checked.
        self._prefix_ok: bool | None = None

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls,
        path: str | Path,
        name: str,
        version: str | None = None,
        device: str = "cpu",
        dtype: str | torch.dtype | None = None,
        max_length: int = 1024,
        batch_size: int = 16,
        partial_dtype: str | None = None,
    ) -> "HFRewardModel":
        """Load a local checkpoint dir. RewardModelError(422) naming the failed check for anything that is not a
        usable one-label RM (the loader's own exception is chained, for the server log). `partial_dtype` "int8"
        (CPU only) also builds the int8 twin that scores partial answers (`partial`)."""
        from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

        path = Path(path)
        require_config(path)
        if partial_dtype not in (None, INT8):
            raise RewardModelError(f"partial-answer dtype {partial_dtype!r}: only {INT8!r} is supported", 400)
        if partial_dtype == INT8:
            resolve_dtype(INT8, device)  # CPU only
        torch_dtype = resolve_dtype(dtype, device)
        config = load_checked(f"{path}: config.json is not a readable Hugging Face config",
                              AutoConfig.from_pretrained, path, local_files_only=True)
        _check_num_labels(config.num_labels)
        tokenizer = load_checked(f"{path}: the tokenizer cannot be loaded (tokenizer files missing or broken)",
                                 AutoTokenizer.from_pretrained, path, local_files_only=True)
        model, info = load_checked(
            f"{path}: the weights cannot be loaded (missing or corrupt weight files, or an unsupported architecture)",
            AutoModelForSequenceClassification.from_pretrained,
            path, config=config, dtype=torch_dtype, output_loading_info=True, local_files_only=True,
        )
        missing = sorted(info.get("missing_keys") or [])
        if missing:
            # e.g. a causal-LM checkpoint: the score head would be random, so every reward is noise.
            msg = f"{path}: checkpoint lacks weights {missing[:5]} (is it a reward model?)"
            raise RewardModelError(msg, 422)

        ensure_pad_token(tokenizer)
        tokenizer.padding_side = "right"  # positions match the unpadded sequence; pooling = last non-pad
        tokenizer.truncation_side = "left"  # keep the response end
        model.config.pad_token_id = tokenizer.pad_token_id
        model.to(device)
        model.eval()
        twin = None
        if partial_dtype == INT8 and dtype != INT8:
            emb = model.get_input_embeddings()  # not quantised: the twin shares it rather than copies it
            if torch_dtype in (None, torch.float32):
                twin = quantize_int8(copy.deepcopy(model, memo={id(emb): emb} if emb is not None else None))
            else:  # int8 is quantised from float32: a bf16/fp16 model's twin is a float32 copy, embeddings included
                twin = quantize_int8(copy.deepcopy(model).float())
        if dtype == INT8:
            model = quantize_int8(model)
        common = dict(name=name, version=version or default_version(path), path=str(path), tokenizer=tokenizer,
                      device=device, max_length=effective_max_length(max_length, model.config, tokenizer),
                      batch_size=batch_size, annotate=getattr(config, ann.CONFIG_KEY, None))
        # The twin's own version (suffixed) keeps its batches apart from the model's in the scoring metrics.
        partial = None if twin is None else cls(model=twin, **{**common, "version": f"{common['version']}-{INT8}"})
        out = cls(model=model, partial=partial, **common)
        if partial is not None:
            partial._tok_lock = out._tok_lock  # one tokenizer, one lock (fast tokenizers are not thread-safe)
            partial.twin_of = out
        return out

    # ------------------------------------------------------------------ scoring

    def format(self, prompt: Prompt, response: str) -> str:
        """The exact text the classifier sees for one pair (the response with its annotation panel, if any)."""
        response = ann.annotate(self.annotate, response)
        if has_chat_template(self.tokenizer):
            messages = chat_messages(prompt) + [{"role": "assistant", "content": response}]
            try:
                return self.tokenizer.apply_chat_template(messages, tokenize=False)
            except Exception as exc:  # noqa: BLE001 — jinja errors (e.g. roles the template forbids)
                msg = f"chat template of {self.name} rejected the prompt: {exc}"
                raise RewardModelError(msg, 400) from exc
        return f"{prompt_to_text(prompt)}\n\n{response}"

    def encode(self, prompts: list[Prompt], responses: list[str]) -> list[list[int]]:
        """Token ids per pair, left-truncated to max_length (no padding)."""
        texts = [self.format(p, r) for p, r in zip(prompts, responses, strict=True)]
        # A chat template already writes BOS and friends; a plain concatenation needs the special tokens.
        special = not has_chat_template(self.tokenizer)
        with self._tok_lock:
            enc = self.tokenizer(
                texts, add_special_tokens=special, truncation=True, max_length=self.max_length
            )
        return [list(ids) for ids in enc["input_ids"]]

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise RewardModelError(f"{len(prompts)} prompts but {len(responses)} responses", 400)
        if not prompts:
            return []
        ids = self.encode(prompts, responses)
        scores: list[float] = [0.0] * len(ids)
        groups: dict[str, list[int]] = {}
        for i, prompt in enumerate(prompts):
            groups.setdefault(repr(prompt), []).append(i)
        with torch.inference_mode():
            for group in groups.values():
                self._score_rows(ids, group, scores)
        bad = [i for i, s in enumerate(scores) if not math.isfinite(s)]
        if bad:
            raise RewardModelError(f"{self.name}@{self.version} produced non-finite scores at {bad[:5]}", 500)
        return scores

    def _score_rows(self, ids: list[list[int]], rows: list[int], scores: list[float]) -> None:
        """Score `ids[i]` for i in `rows` (pairs of one prompt) into `scores[i]`: their shared leading tokens run
        once, then each batch of rows continues from that prefix's KV cache."""
        skip = shared_prefix([ids[i] for i in rows], self.tokenizer.pad_token_id) if len(rows) > 1 else 0
        self._forward_rows(ids, rows, scores, skip if skip >= MIN_SHARED_PREFIX and self._prefix_usable(ids, rows, skip)
                           else 0)

    def _prefix_usable(self, ids: list[list[int]], rows: list[int], skip: int) -> bool:
        """Whether scoring from the shared prefix's KV cache gives this model's whole-row scores: checked once,
        on the first rows it applies to (a bidirectional or cache-less architecture disagrees or raises, and then
        always scores whole rows). An int8 twin asks the float model it was quantised from: in arithmetic the
        two paths are the same; in int8 any batch moves the scores slightly, prefix or not."""
        if self.twin_of is not None:
            return self.twin_of._prefix_usable(ids, rows, skip)
        if self._prefix_ok is None:
            whole, cached = [0.0] * len(ids), [0.0] * len(ids)
            self._forward_rows(ids, rows, whole, 0)
            try:
                self._forward_rows(ids, rows, cached, skip)
                ok = all(math.isclose(whole[i], cached[i], rel_tol=1e-3, abs_tol=1e-3) for i in rows)
            except Exception:  # noqa: BLE001 - an architecture without a usable KV cache: score whole rows
                logger.warning("%s: shared-prefix scoring failed; scoring whole rows", self.name, exc_info=True)
                ok = False
            if not ok:
                logger.warning("%s: shared-prefix scores differ from whole rows (a bidirectional model?); "
                               "scoring whole rows", self.name)
            self._prefix_ok = ok
        return self._prefix_ok

    def _forward_rows(self, ids: list[list[int]], rows: list[int], scores: list[float], skip: int) -> None:
        """One forward per batch of `rows`; `skip` > 0: their first `skip` tokens (shared) run once first."""
        from transformers import DynamicCache

        prefix: list[tuple[torch.Tensor, torch.Tensor]] = []
        if skip:
            out = self.model(input_ids=torch.tensor([ids[rows[0]][:skip]], device=self.device), use_cache=True)
            prefix = [(layer.keys, layer.values) for layer in out.past_key_values.layers]
        order = sorted(rows, key=lambda i: len(ids[i]), reverse=True)  # similar lengths together
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            with self._tok_lock:
                batch = self.tokenizer.pad({"input_ids": [ids[i][skip:] for i in chunk]}, return_tensors="pt")
            mask = batch["attention_mask"]
            cache = None
            if prefix:
                mask = torch.cat([torch.ones(len(chunk), skip, dtype=mask.dtype), mask], dim=1)
                cache = DynamicCache([(k.expand(len(chunk), -1, -1, -1).contiguous(),
                                       v.expand(len(chunk), -1, -1, -1).contiguous()) for k, v in prefix],
                                     config=self.model.config)
            logits = self.model(
                input_ids=batch["input_ids"].to(self.device), attention_mask=mask.to(self.device),
                past_key_values=cache, use_cache=cache is not None,
            ).logits  # (B, 1), pooled at each row's last non-pad token of the part it was given
            for i, value in zip(chunk, logits[:, 0].float().cpu().tolist(), strict=True):
                scores[i] = value

    # ------------------------------------------------------------------ checks

    def validate(self) -> None:
        """Refuse a model that would serve garbage: wrong head, broken tokenizer, NaNs or non-determinism."""
        _check_num_labels(self.model.config.num_labels)
        with self._tok_lock:
            ids = self.tokenizer(ROUND_TRIP_SAMPLE, add_special_tokens=False)["input_ids"]
            decoded = self.tokenizer.decode(ids, skip_special_tokens=True)
        if _normalise_text(decoded) != _normalise_text(ROUND_TRIP_SAMPLE):
            raise RewardModelError(
                f"{self.path}: tokenizer does not round-trip {ROUND_TRIP_SAMPLE!r} (got {decoded!r})", 422
            )
        prompts, responses = [p for p, _ in PROBES], [r for _, r in PROBES]
        try:
            first = self.score(prompts, responses)
        except RewardModelError as exc:
            raise RewardModelError(f"{self.path}: probe scoring failed: {exc.message}", 422) from exc
        second = self.score(prompts, responses)
        if not all(math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-5) for a, b in zip(first, second)):
            raise RewardModelError(f"{self.path}: scores are not deterministic ({first} vs {second})", 422)
        if self.partial is not None:
            self.partial.validate()

    def warmup(self) -> None:
        """One pass over the probes so the first real request does not pay for lazy init."""
        self.score([p for p, _ in PROBES], [r for _, r in PROBES])
        if self.partial is not None:
            self.partial.warmup()

    def info(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "path": self.path,
            "params": sum(p.numel() for p in self.model.parameters()),
            "dtype": getattr(self.model, "aligned_dtype", None)
            or str(next(self.model.parameters()).dtype).removeprefix("torch."),
            "device": self.device,
            "max_length": self.max_length,
            "batch_size": self.batch_size,
            **({"partial_dtype": self.partial.info()["dtype"]} if self.partial is not None else {}),
        }


def _check_num_labels(num_labels: int) -> None:
    if num_labels != 1:
        raise RewardModelError(
            f"expected a single-label sequence-classification model, got num_labels={num_labels}", 422
        )
