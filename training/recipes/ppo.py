"""PPO recipe: RLHF with PPO-clip (Schulman et al. 2017) in the form of Ziegler et al. 2019 / Ouyang et al. 2022.

Each step (iteration) of `training.loop.fit`: sample one response per prompt from the policy (HF generate, pure
temperature sampling) → score it with a reward model → per-token reward r_t = -kl_coef * KL_t (against the frozen
reference) plus the score on the last token → GAE(γ, λ) advantages, whitened → `ppo_epochs` passes over minibatches
of `ppo_policy_loss + vf_coef * ppo_value_loss`, each an optimizer step of the shared loop (clipping, schedule) → the
KL coefficient is updated (fixed or adaptive, `KL_CONTROLLERS`; its value is resumable train state).

Critic: a value head, `nn.Linear(hidden, 1)` on the policy's last hidden state (a shared trunk, as in Ziegler et al.
2019 and TRL's `AutoModelForCausalLMWithValueHead`), rather than a separate critic model (InstructGPT initialised one
from the reward model): one forward pass gives log-probs and values and only one network is trained, which is what
fits a CPU. The head starts at zero, so the first values are 0 and the first advantages are reward-driven; the
value loss also shapes the trunk, which `vf_coef` keeps in check. The reference is a frozen copy of the initial
policy. Only the policy is saved (HF dir + aligned_meta.json); the value head lives in the checkpoints.

Reward models: `--reward-model rule:...` (reward_models.rules), `ifeval-judge` (the bundled task's oracle, the default
with the bundled prompts), or a reward-model checkpoint directory.

    aligned-train ppo --output-dir runs/ppo --reward-model ifeval-judge --iterations 20 --lora --lr 1e-4
"""

import math
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import torch
from torch import Tensor, nn

from reward_models.base import Prompt, RewardModel, RewardModelError
from training import config, loop
from training.checkpointing import TrainState
from training.config import TrainConfig, check_bounds, default_of
from training.losses import ppo_policy_loss, ppo_value_loss
from training.recipes import common
from training.recipes.policy_common import (
    forward,
    freeze,
    load_causal_lm,
    load_prompts,
    load_reward_model,
    resolve_model_dir,
    task_prompts,
)
from training.rl_math import (
    KL_CONTROLLERS,
    KL_ESTIMATORS,
    AdaptiveKLController,
    FixedKLController,
    estimate_gae,
    gather_logprobs,
    kl_penalized_rewards,
    masked_mean,
    whiten,
)
from training.sampling import Rollout, SamplingSettings, sample_responses
from training.tracking import Metrics

RECIPE = "ppo"


@dataclass
class PPOConfig(TrainConfig):
    """Settings of one PPO run; every field is a `--flag` of `aligned-train ppo`. Checked when built."""

    weight_decay: float = default_of(TrainConfig, "weight_decay", 0.01)  # torch's AdamW default
    warmup_ratio: float = default_of(TrainConfig, "warmup_ratio", 0.0)
    lr_schedule: str = default_of(TrainConfig, "lr_schedule", "constant")
    save_every: int = default_of(TrainConfig, "save_every", 5)
    reward_model: str = field(
        default="ifeval-judge", metadata={"help": "rule:..., ifeval-judge, or an RM dir"}
    )
    prompts: str | None = field(
        default=None, metadata={"help": "prompts JSONL; None = bundled task train prompts"}
    )
    prompt_limit: int | None = field(default=None, metadata={"help": "use only the first n prompts"})
    iterations: int = field(default=20, metadata={"help": "rollout + update iterations (the run's steps)"})
    rollout_batch_size: int = field(default=8, metadata={"help": "prompts (one response each) per iteration"})
    minibatch_size: int = field(default=4, metadata={"help": "responses per optimizer step"})
    ppo_epochs: int = field(default=2, metadata={"help": "passes over each rollout batch"})
    max_new_tokens: int = field(default=32, metadata={"help": "response length cap"})
    temperature: float = field(
        default=1.0, metadata={"help": "sampling temperature (log-probs use the same)"}
    )
    max_prompt_length: int = field(default=256, metadata={"help": "prompt tokens kept (from the end)"})
    clip_eps: float = field(default=0.2, metadata={"help": "PPO ratio clip ε"})
    clip_value: float = field(default=0.2, metadata={"help": "value clip range"})
    vf_coef: float = field(default=0.1, metadata={"help": "weight of the value loss"})
    gamma: float = field(default=1.0, metadata={"help": "GAE discount γ"})
    lam: float = field(default=0.95, metadata={"help": "GAE λ"})
    kl_controller: str = field(default="fixed", metadata={"help": "one of KL_CONTROLLERS: fixed, adaptive"})
    kl_coef: float = field(default=0.05, metadata={"help": "(initial) KL penalty coefficient β"})
    kl_target: float = field(default=6.0, metadata={"help": "adaptive: target KL per response (nats)"})
    kl_horizon: int = field(default=10000, metadata={"help": "adaptive: horizon in responses"})
    kl_estimator: str = field(default="k1", metadata={"help": "per-token KL estimator: k1, k2, k3"})
    whiten_advantages: bool = field(default=True, metadata={"help": "normalise advantages per rollout batch"})

    def problems(self) -> list[str]:
        problems = super().problems()
        if self.kl_controller not in KL_CONTROLLERS:
            problems.append(f"kl_controller must be one of {sorted(KL_CONTROLLERS)}, got {self.kl_controller!r}")
        if self.kl_estimator not in KL_ESTIMATORS:
            problems.append(f"kl_estimator must be one of {sorted(KL_ESTIMATORS)}, got {self.kl_estimator!r}")
        problems += check_bounds(self, positive=(
            "iterations", "rollout_batch_size", "minibatch_size", "ppo_epochs", "max_new_tokens", "max_prompt_length",
            "clip_eps", "clip_value", "temperature", "kl_target", "kl_horizon"),
            non_negative=("vf_coef", "kl_coef"), at_least_one=("prompt_limit",))
        if not (0 <= self.gamma <= 1 and 0 <= self.lam <= 1):
            problems.append(f"gamma and lam must be in [0, 1], got {self.gamma}, {self.lam}")
        if self.whiten_advantages and self.rollout_batch_size < 2:
            problems.append("whitening advantages needs rollout_batch_size >= 2")
        return problems

    def sampling(self) -> SamplingSettings:
        return SamplingSettings(self.max_new_tokens, self.temperature, 1.0, self.max_prompt_length)

    def kl_control(self) -> FixedKLController | AdaptiveKLController:
        kwargs: dict[str, Any] = {"value": self.kl_coef}
        if KL_CONTROLLERS[self.kl_controller] is AdaptiveKLController:
            kwargs.update(target=self.kl_target, horizon=self.kl_horizon)
        return KL_CONTROLLERS[self.kl_controller](**kwargs)

    def optimizer_steps(self) -> int:
        """Optimizer steps over the run: every iteration makes ppo_epochs passes of minibatches."""
        return self.iterations * self.ppo_epochs * math.ceil(self.rollout_batch_size / self.minibatch_size)


# ---------------------------------------------------------------------------------------------------- model


class PolicyWithValueHead(nn.Module):
    """A causal LM and a value head V(s_t) = w · h_t + b on its last hidden state (B, L, H) -> (B, L)."""

    def __init__(self, policy: nn.Module, hidden_size: int) -> None:
        super().__init__()
        self.policy = policy
        self.value_head = nn.Linear(hidden_size, 1)
        nn.init.zeros_(self.value_head.weight)
        nn.init.zeros_(self.value_head.bias)

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> tuple[Tensor, Tensor]:
        """(logits (B, L, V), values (B, L))."""
        out = forward(self.policy, input_ids, attention_mask, output_hidden_states=True)
        values = self.value_head(out.hidden_states[-1].float()).squeeze(-1)
        return out.logits, values


def response_slice(tensor: Tensor, prompt_width: int) -> Tensor:
    """Positions that predict the response tokens: P-1 .. L-2 of a (B, L, ...) tensor -> (B, T, ...)."""
    return tensor[:, prompt_width - 1 : -1]


def token_entropy(logits: Tensor, temperature: float) -> Tensor:
    """Entropy of softmax(logits / temperature) per position: (B, T, V) -> (B, T)."""
    z = logits.float() / temperature
    logp = torch.log_softmax(z, dim=-1)
    return -(logp.exp() * logp).sum(-1)


# ------------------------------------------------------------------------------------------------- experience


@dataclass
class Experience:
    """One rollout batch with everything the PPO update needs. B responses, L = P + T tokens.

    input_ids, attention_mask (B, L); response_ids, mask (B, T); old_logprobs, ref_logprobs, values, rewards, kl,
    advantages, returns (B, T); scores (B,); entropy: mean token entropy of the rollout policy (scalar).
    """

    input_ids: Tensor
    attention_mask: Tensor
    prompt_width: int
    response_ids: Tensor
    mask: Tensor
    old_logprobs: Tensor
    ref_logprobs: Tensor
    values: Tensor
    rewards: Tensor
    kl: Tensor
    advantages: Tensor
    returns: Tensor
    scores: Tensor
    entropy: Tensor
    truncated: Tensor


@torch.no_grad()
def make_experience(
    model: PolicyWithValueHead, reference: Any, rollout: Rollout, scores: Tensor, cfg: PPOConfig, kl_coef: float
) -> Experience:
    """Log-probs, values and reference log-probs of the sampled responses; KL-penalised rewards; GAE."""
    input_ids, attention_mask = rollout.sequences()
    device = next(model.parameters()).device
    input_ids, attention_mask = input_ids.to(device), attention_mask.to(device)
    response, mask = rollout.response_ids.to(device), rollout.response_mask.to(device)
    width = rollout.prompt_ids.shape[1]
    was_training = model.training
    model.eval()
    logits, values = model(input_ids, attention_mask)
    model.train(was_training)
    logits = response_slice(logits, width)  # (B, T, V)
    old_logprobs = gather_logprobs(logits, response, cfg.temperature)  # (B, T)
    entropy = masked_mean(token_entropy(logits, cfg.temperature), mask)
    values = response_slice(values, width) * mask  # (B, T)
    ref_logits = response_slice(forward(reference, input_ids, attention_mask).logits, width)
    ref_logprobs = gather_logprobs(ref_logits, response, cfg.temperature)
    scores = scores.to(device).float()
    rewards, kl = kl_penalized_rewards(scores, old_logprobs, ref_logprobs, mask, kl_coef, cfg.kl_estimator)
    advantages, returns = estimate_gae(rewards, values, mask, cfg.gamma, cfg.lam)
    if cfg.whiten_advantages:
        advantages = whiten(advantages, mask)
    return Experience(input_ids, attention_mask, width, response, mask, old_logprobs, ref_logprobs, values, rewards,
                      kl, advantages, returns, scores, entropy, rollout.truncated)


def ppo_update(trainer: loop.Trainer, exp: Experience, cfg: PPOConfig, generator: torch.Generator) -> Metrics:
    """`ppo_epochs` passes of shuffled minibatches, each an optimizer step; the mean of each loss metric over all
    minibatches."""
    sums: dict[str, float] = {}
    n = 0
    batch = exp.input_ids.shape[0]
    for _ in range(cfg.ppo_epochs):
        order = torch.randperm(batch, generator=generator).tolist()
        for chunk in common.chunked(order, cfg.minibatch_size):
            idx = torch.tensor(list(chunk), device=exp.input_ids.device)
            with trainer.run.autocast():
                logits, values = trainer.model(exp.input_ids[idx], exp.attention_mask[idx])
            logprobs = gather_logprobs(response_slice(logits, exp.prompt_width), exp.response_ids[idx], cfg.temperature)
            values = response_slice(values, exp.prompt_width)
            mask = exp.mask[idx]
            pg_loss, clipfrac, approx_kl = ppo_policy_loss(
                logprobs, exp.old_logprobs[idx], exp.advantages[idx], mask, cfg.clip_eps
            )
            vf_loss, vf_clipfrac = ppo_value_loss(values.float(), exp.values[idx], exp.returns[idx], mask,
                                                  cfg.clip_value)
            trainer.optimizer_step(pg_loss + cfg.vf_coef * vf_loss)
            for key, value in (("policy_loss", pg_loss), ("value_loss", vf_loss), ("clipfrac", clipfrac),
                               ("approx_kl", approx_kl), ("value_clipfrac", vf_clipfrac)):
                sums[key] = sums.get(key, 0.0) + float(value.detach())
            n += 1
    return {k: v / n for k, v in sums.items()}


def rollout_metrics(exp: Experience, kl_coef: float) -> dict[str, float]:
    """Per-iteration statistics of the rollout: score = the reward model's mean, kl = mean KL per response."""
    per_response_kl = (exp.kl * exp.mask).sum(-1)  # (B,)
    return {
        "score": float(exp.scores.mean()),
        "score_std": float(exp.scores.std()) if exp.scores.numel() > 1 else 0.0,
        "kl": float(per_response_kl.mean()),
        "kl_coef": kl_coef,
        "reward": float((exp.rewards * exp.mask).sum(-1).mean()),  # score - kl_coef * KL, per response
        "entropy": float(exp.entropy),
        "value_error": float(masked_mean((exp.values - exp.returns) ** 2, exp.mask)),
        "response_length": float(exp.mask.sum(-1).float().mean()),
        "truncated": float(exp.truncated.float().mean()),
    }


def load_prompt_pool(cfg: PPOConfig) -> list[Prompt]:
    if cfg.prompts:
        return load_prompts(cfg.prompts)[: cfg.prompt_limit]
    return [p.messages for p in task_prompts("train", cfg.prompt_limit, cfg.seed)]


def iteration_prompts(pool: Sequence[Prompt], batch_size: int, seed: int, iteration: int) -> list[Prompt]:
    """The prompts of one iteration: a fixed function of (seed, iteration), so a resumed run sees the same ones.
    Walks through shuffled passes over the pool (each pass a new permutation)."""
    out: list[Prompt] = []
    start = iteration * batch_size
    for position in range(start, start + batch_size):
        epoch, offset = divmod(position, len(pool))
        order = torch.randperm(len(pool), generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch))
        out.append(pool[int(order[offset])])
    return out


# ---------------------------------------------------------------------------------------------------- recipe


def rollouts(cfg: PPOConfig, pool: Sequence[Prompt], tokenizer: Any, reference: Any,
             rm: RewardModel) -> loop.Steps:
    """PPO's step for the shared loop: one iteration (sample, score, experience, update) per step, yielding its
    metrics. The KL coefficient is kept in `state.extra`, so a resumed run continues with the coefficient the
    crashed run had reached."""

    def steps(trainer: loop.Trainer, state: TrainState) -> Iterator[list[Metrics]]:
        kl_ctl = cfg.kl_control()
        kl_ctl.value = state.extra.get("kl_coef", kl_ctl.value)
        while True:
            prompts = iteration_prompts(pool, cfg.rollout_batch_size, cfg.seed, state.step)
            unwrapped = trainer.run.accelerator.unwrap_model(trainer.model)
            rollout = sample_responses(unwrapped.policy, tokenizer, prompts, cfg.sampling())
            scores = torch.tensor(rm.score(list(prompts), rollout.texts), dtype=torch.float32)
            if not bool(torch.isfinite(scores).all()):
                raise ValueError(f"reward model {rm.name} returned non-finite scores: {scores.tolist()}")
            with trainer.run.autocast():
                exp = make_experience(unwrapped, reference, rollout, scores, cfg, kl_ctl.value)
            metrics = rollout_metrics(exp, kl_ctl.value)
            generator = torch.Generator().manual_seed(cfg.seed * 7919 + state.step)
            metrics.update(ppo_update(trainer, exp, cfg, generator))
            kl_ctl.update(metrics["kl"], cfg.rollout_batch_size)
            state.extra["kl_coef"] = kl_ctl.value
            yield [metrics]

    return steps


def train(
    cfg: PPOConfig,
    reward_model: RewardModel | None = None,
    on_step_end: Callable[[TrainState], None] | None = None,
) -> loop.TrainResult:
    """Run the recipe. `reward_model` overrides `cfg.reward_model` (tests pass custom rewards); `on_step_end(state)`
    runs after each iteration (and its checkpoint)."""
    pool = load_prompt_pool(cfg)
    rm = reward_model or load_reward_model(cfg.reward_model)
    run = loop.start(cfg)
    model_dir = resolve_model_dir(cfg.model)
    policy, tokenizer = load_causal_lm(model_dir)
    reference = freeze(load_causal_lm(model_dir)[0]).to(run.device)
    policy = common.maybe_lora(policy, cfg.lora, "CAUSAL_LM", cfg.lora_rank, cfg.lora_alpha)
    model = PolicyWithValueHead(policy, policy.config.hidden_size)
    task = loop.Task(
        recipe=RECIPE, loss="ppo_clip", model=model, tokenizer=tokenizer,
        steps=rollouts(cfg, pool, tokenizer, reference, rm), total_steps=cfg.iterations,
        optimizer_steps=cfg.optimizer_steps(), summary={k: k for k in ("score", "kl", "entropy", "value_error")},
        saved=lambda m: run.accelerator.unwrap_model(m).policy, data_files=[cfg.prompts],
        config=replace(cfg, model=str(model_dir)),
        meta={"reference": str(model_dir), "base_model": str(model_dir), "reward_model": f"{rm.name}@{rm.version}",
              "value_head": "linear on the policy's last hidden state (not saved)"},
        about=f"{len(pool)} prompts, reward {rm.name}@{rm.version}",
    )
    return loop.fit(run, task, on_step_end)


def main(argv: list[str] | None = None) -> int:
    cfg = config.parse_config(PPOConfig, argv, "aligned-train ppo", __doc__.split("\n\n")[0])
    return loop.main_for(train, cfg, (ValueError, FileNotFoundError, RewardModelError))


if __name__ == "__main__":
    sys.exit(main())
