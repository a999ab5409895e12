"""Policy-side helpers shared by the DPO, KTO, PPO and SFT/RFT recipes (training/loop.py holds the run plumbing).

- Token layout, the same one `reward_models.implicit` scores with: x = the chat template applied to the
  prompt with `add_generation_prompt=True` (prompt text + "\\n\\n" without a template), y = the response
  tokens + EOS. Too-long sequences lose the start of x first. Labels are -100 on x and on padding.
- Forward passes take position ids from the attention mask, so a left-padded prompt sees the same positions
  as in `generate` and a row's log-probs do not depend on the padding around it.
- `load_reward_model(spec)`: "rule:..." | "ifeval-judge" | a reward-model checkpoint directory.
- `load_prompts(path)` / `task_prompts(split, n, seed)`: prompt sources for PPO and RFT.

    from training.recipes.policy_common import load_causal_lm, encode_pair, pad_right
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from reward_models.base import Prompt, RewardModel
from reward_models.hf import chat_messages, ensure_pad_token, has_chat_template
from training.data.formats import read_jsonl
from training.data.ifeval_task import Constraint, TaskPrompt, make_prompts
from training.sampling import SamplingSettings, prompt_ids  # noqa: F401 - SamplingSettings: for eval_policy.py

IGNORE_INDEX = -100
BUNDLED_DIR = Path(__file__).resolve().parents[1] / "data" / "bundled"


# ---------------------------------------------------------------------------------------------------- models


def resolve_model_dir(path: str | Path | None) -> Path:
    """`path`, or the embedded default generator when None/empty (see aligned_core.default_models)."""
    if path:
        return Path(path)
    from aligned_core.default_models import default_generator_dir

    return default_generator_dir()


def load_tokenizer(path: str | Path) -> Any:
    """The tokenizer of a checkpoint directory, with a pad token (EOS when it has none)."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    ensure_pad_token(tokenizer)
    return tokenizer


def load_causal_lm(path: str | Path, dtype: torch.dtype = torch.float32) -> tuple[Any, Any]:
    """(model, tokenizer) from a Hugging Face causal-LM directory; the tokenizer always has a pad token."""
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(path, dtype=dtype), load_tokenizer(path)


def freeze(model: torch.nn.Module) -> torch.nn.Module:
    """Eval mode, no gradients: a reference model."""
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return model


# ---------------------------------------------------------------------------------------------------- tokens


def response_ids(tokenizer: Any, response: str, append_eos: bool = True) -> list[int]:
    """y: the response tokens, then EOS (so the model learns, and is scored on, where to stop)."""
    ids = list(tokenizer(response, add_special_tokens=False)["input_ids"])
    if append_eos and tokenizer.eos_token_id is not None:
        ids.append(tokenizer.eos_token_id)
    return ids


def join_truncated(x: list[int], y: list[int], max_length: int) -> tuple[list[int], int]:
    """x + y cut to max_length: y keeps at most max_length - 1 tokens, x loses its start.
    Returns (ids, len(x))."""
    if max_length < 2:
        raise ValueError(f"max_length must be >= 2, got {max_length}")
    y = y[: max_length - 1]
    x = x[-(max_length - len(y)) :]
    return x + y, len(x)


def encode_pair(tokenizer: Any, prompt: Prompt, response: str, max_length: int) -> tuple[list[int], int]:
    """(ids, n_prompt) of one (prompt, response) in the layout above."""
    return join_truncated(prompt_ids(tokenizer, prompt), response_ids(tokenizer, response), max_length)


def encode_conversation(
    tokenizer: Any, messages: Sequence[dict], max_length: int
) -> tuple[list[int], list[int]]:
    """(ids, labels) of a chat for SFT: labels = the token ids of every assistant turn (its text, then EOS),
    IGNORE_INDEX elsewhere. Each assistant turn is encoded as in `encode_pair`, the conversation before it
    (chat template + generation prompt) being its context. An assistant turn with nothing before it is context
    only. Without a chat template only the last assistant turn is learned (the `encode_pair` layout). Too
    long: the start is cut. Raises ValueError when no turn is learnable or the template is not prefix-consistent."""
    messages = chat_messages(list(messages))
    turns = [i for i, m in enumerate(messages) if m["role"] == "assistant" and i > 0]
    if not turns:
        raise ValueError("conversation has no assistant turn after a prompt")
    if not has_chat_template(tokenizer):
        ids, n = encode_pair(tokenizer, messages[: turns[-1]], messages[turns[-1]]["content"], max_length)
        return ids, [IGNORE_INDEX] * n + ids[n:]
    ids: list[int] = []
    labels: list[int] = []
    covered = ""  # the template text that `ids` stands for
    for i in turns:
        context = tokenizer.apply_chat_template(messages[:i], add_generation_prompt=True, tokenize=False)
        if not context.startswith(covered):
            raise ValueError("the chat template does not render this conversation prefix-consistently")
        new = tokenizer(context[len(covered) :], add_special_tokens=False)["input_ids"]
        y = response_ids(tokenizer, messages[i]["content"])
        ids += list(new) + y
        labels += [IGNORE_INDEX] * len(new) + y
        covered = context + messages[i]["content"] + (tokenizer.eos_token or "")
    if len(ids) > max_length:
        ids, labels = ids[-max_length:], labels[-max_length:]
    return ids, labels


def pad_right(seqs: Sequence[Sequence[int]], n_prompt: Sequence[int], pad_id: int) -> dict[str, Tensor]:
    """Right-padded batch: input_ids, attention_mask (B, T) and labels (B, T) = ids on response tokens,
    IGNORE_INDEX on the first n_prompt[i] tokens of row i and on padding."""
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    labels = torch.full((len(seqs), width), IGNORE_INDEX, dtype=torch.long)
    for row, (seq, n) in enumerate(zip(seqs, n_prompt)):
        ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
        mask[row, : len(seq)] = 1
        labels[row, n : len(seq)] = ids[row, n : len(seq)]
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def pad_labels_right(rows: Sequence[tuple[Sequence[int], Sequence[int]]], pad_id: int) -> dict[str, Tensor]:
    """Right-padded batch from (ids, labels) rows (SFT): input_ids, attention_mask, labels (B, T)."""
    width = max(len(ids) for ids, _ in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
    for row, (seq, lab) in enumerate(rows):
        ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
        mask[row, : len(seq)] = 1
        labels[row, : len(lab)] = torch.tensor(lab, dtype=torch.long)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def position_ids(attention_mask: Tensor) -> Tensor:
    """Positions counted over real tokens only (0 at each row's first real token), as `generate` does."""
    return (attention_mask.long().cumsum(-1) - 1).clamp(min=0)


def forward(model: Any, input_ids: Tensor, attention_mask: Tensor, **kwargs: Any) -> Any:
    """model(...) with mask-derived position ids (padding-independent outputs)."""
    return model(
        input_ids=input_ids,
        attention_mask=attention_mask,
        position_ids=position_ids(attention_mask),
        **kwargs,
    )


# ---------------------------------------------------------------------------------------------- reward models


def _judge(spec: str) -> RewardModel:
    from training.data.ifeval_task import ConstraintJudgeReward

    return ConstraintJudgeReward()


def _rule(spec: str) -> RewardModel:
    from reward_models.rules import build_rule

    return build_rule(spec)


def _checkpoint(spec: str) -> RewardModel:
    from reward_models.hf import HFRewardModel

    return HFRewardModel.load(spec, name=Path(spec).name)


# Spec prefix -> loader; anything else is a reward-model checkpoint directory.
REWARD_MODEL_LOADERS: dict[str, Callable[[str], RewardModel]] = {"rule:": _rule, "ifeval-judge": _judge}


def load_reward_model(spec: str) -> RewardModel:
    """"rule:<name>?k=v" (reward_models.rules), "ifeval-judge" (the bundled task's oracle), or a directory
    holding a one-label sequence-classification checkpoint."""
    for prefix, loader in REWARD_MODEL_LOADERS.items():
        if spec.startswith(prefix):
            return loader(spec)
    return _checkpoint(spec)


# ---------------------------------------------------------------------------------------------------- prompts


def load_prompts(path: str | Path) -> list[Prompt]:
    """Prompts from any of our JSONL formats: rows with "prompt" (pairs, ranked, plain), or SFT rows with
    "messages" (everything before the last assistant turn)."""
    prompts: list[Prompt] = []
    for line, row in read_jsonl(path):
        if "prompt" in row:
            prompts.append(row["prompt"])
        elif "messages" in row:
            msgs = list(row["messages"])
            while msgs and msgs[-1].get("role") == "assistant":
                msgs.pop()
            if msgs:
                prompts.append(msgs)
        else:
            raise ValueError(f"{path}:{line}: a prompt row needs 'prompt' or 'messages'")
    if not prompts:
        raise ValueError(f"{path}: no prompts")
    return prompts


def task_prompts(
    split: str, n: int | None = None, seed: int = 0, bundled_dir: Path = BUNDLED_DIR
) -> list[TaskPrompt]:
    """Prompts of the bundled instruction-following task with their constraints: the bundled
    `{split}.ranked.jsonl` (first n rows) when present, else `ifeval_task.make_prompts(split, n, seed)`."""
    ranked = bundled_dir / f"{split}.ranked.jsonl"
    if ranked.is_file():
        out = []
        for _, row in read_jsonl(ranked):
            meta = row.get("meta", {})
            constraints = [Constraint.from_dict(c) for c in meta.get("constraints", [])]
            out.append(TaskPrompt(list(row["prompt"]), constraints, str(meta.get("topic", ""))))
            if n is not None and len(out) == n:
                break
        return out
    return make_prompts(split, n if n is not None else 150, seed)  # type: ignore[arg-type]
