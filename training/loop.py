"""The one training loop of every recipe (rm, dpo, kto, sft, ppo): `fit(run, task)` on accelerate.

A recipe reads top to bottom and supplies only its data, model, loss step and metrics:

    rows = load_rows(cfg)                           # bad data fails here, before any model load or file write
    run = start(cfg)                                # threads, seed, accelerator, mixed precision
    model, tokenizer = build_model(cfg)
    return fit(run, Task(recipe="rm", loss="bradley_terry", model=model, tokenizer=tokenizer,
                         steps=Batches(dataset, collate, loss_step), total_steps=count_steps(run, len(dataset)),
                         evaluate=..., summary={"train_loss": "loss"}, data_files=[...], meta={...}))

`fit` owns the rest: AdamW over the trainable parameters with a warm-up schedule, `accelerator.prepare`, gradient
accumulation and clipping, bf16 autocast of the step where `mixed_precision` asks for it, metrics.jsonl and the
progress bar, eval every `eval_every` steps and at the end, crash-safe checkpoints every `save_every` steps, resume
(and `resume=False`, which discards an earlier run's checkpoints first), the final save with `aligned_meta.json`
and curves.png, and cleanup. A step is an optimizer step for the supervised recipes (`Batches`: `grad_accum`
micro-batches) and a rollout-and-update iteration for PPO, whose `steps` generator calls `Trainer.optimizer_step`.

Why our own loop on accelerate, not transformers' `Trainer` or TRL's trainers:
- The losses had to stay exactly what they were (tests/training/recipes/test_golden_losses.py replays 20 steps of
  each recipe). `Trainer` brings its own sampler and seeding, its own loss scaling under gradient accumulation
  (`num_items_in_batch`) and its own scheduler and logging cadence: every number would move.
- The steps do not fit `compute_loss(model, inputs)` without fighting the trainer: the reward model encodes each
  prompt once and packs its responses on the prompt's KV cache (two forwards per step), DPO and KTO read reference
  log-probs computed once and cached on disk, PPO's step is a rollout (generate, score, GAE) followed by several
  minibatch updates, and RFT alternates vLLM sampling rounds with SFT. TRL's PPO/KTO trainers own their data flow.
- Crash safety: checkpoints are renamed into place atomically and a resumed run continues at the exact micro-batch
  (a kill -9 test checks it); `Trainer` writes `checkpoint-N` in place and resumes by replaying its sampler.
accelerate already provides the hard parts (DDP/FSDP/DeepSpeed, `accumulate`, `clip_grad_norm_`, `save_state`), so
the loop itself stays small.
"""

import logging
import math
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from torch.utils.data import DataLoader, Dataset, Subset

from training.checkpointing import Checkpointer, TrainState, build_meta, checkpoint_dir, data_record, save_final
from training.config import SupervisedConfig, TrainConfig
from training.data.formats import DataFormatError
from training.tracking import (
    CURVES_FILE,
    METRICS_FILE,
    Metrics,
    MetricsLog,
    Reduce,
    mean_metrics,
    prefixed,
    progress_bar,
    save_curves_png,
)

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------------- setup


def set_torch_threads(threads: int | None = None) -> int:
    """Use `threads` intra-op threads, default: the CPU cores this process may run on. Returns the count."""
    if threads is None:
        try:
            threads = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - macOS
            threads = os.cpu_count() or 1
    threads = max(1, int(threads))
    torch.set_num_threads(threads)
    return threads


def seed_everything(seed: int) -> None:
    """Seed python, numpy (when installed) and torch (all devices)."""
    from accelerate.utils import set_seed

    random.seed(seed)
    set_seed(seed)


def make_accelerator(grad_accum: int = 1) -> Any:
    """An `accelerate.Accelerator` for one run. Recipes apply bf16 autocast themselves (`Run.autocast`), because
    accelerate fixes its precision once per process (AcceleratorState) while runs in one process may differ; so
    without CUDA accelerate's own precision is "no". Under `accelerate launch --config_file training/configs/*.yaml`
    the launcher's settings (DeepSpeed, FSDP, processes, their mixed precision) apply."""
    from accelerate import Accelerator

    return Accelerator(gradient_accumulation_steps=grad_accum,
                       mixed_precision=None if torch.cuda.is_available() else "no")


def resolve_mixed_precision(requested: str) -> str:
    """"no" or "bf16" for a requested "no", "bf16" or "auto". "auto" is "bf16" where the hardware computes bf16
    natively (a bf16 GPU; a CPU with AVX512-BF16 or AMX, where autocast makes a reward-model step 1.6x faster:
    loadtests/bench_rm_step.py), else "no" (emulated bf16 on an AVX2 CPU is slower than float32)."""
    if requested != "auto":
        return requested
    if torch.cuda.is_available():
        return "bf16" if torch.cuda.is_bf16_supported() else "no"
    from aligned_core.platform import cpu_has_native_bf16

    return "bf16" if cpu_has_native_bf16() else "no"


def autocast(device: Any, precision: str) -> Any:
    """The forward's autocast context for a resolved precision ("bf16" or "no"); weights, gradients and the
    optimizer stay float32."""
    return torch.autocast(torch.device(device).type, dtype=torch.bfloat16, enabled=precision == "bf16")


@dataclass
class Run:
    """One process's training session: its config, accelerator, resolved precision, threads and start time."""

    cfg: TrainConfig
    accelerator: Any
    precision: str
    threads: int
    started: float = field(default_factory=time.time)

    @property
    def device(self) -> torch.device:
        return self.accelerator.device

    def autocast(self) -> Any:
        return autocast(self.device, self.precision)


def start(cfg: TrainConfig) -> Run:
    """Threads, seeds (before any model is built: heads and LoRA draw from the RNG), accelerator and precision."""
    threads = set_torch_threads(cfg.threads)
    seed_everything(cfg.seed)
    accelerator = make_accelerator(cfg.grad_accum if isinstance(cfg, SupervisedConfig) else 1)
    return Run(cfg, accelerator, resolve_mixed_precision(cfg.mixed_precision), threads)


# ---------------------------------------------------------------------------------------------------- data order


def epoch_loader(
    accelerator: Any,
    dataset: Dataset,
    batch_size: int,
    collate_fn: Callable[[list[Any]], Any],
    seed: int,
    epoch: int,
    skip_micro_batches: int = 0,
) -> DataLoader:
    """The micro-batches of one epoch for this process, in a fixed order, optionally skipping some (resume).

    The order is a permutation drawn from a generator seeded with (seed, epoch), so a resumed run sees exactly
    the batches the crashed run would have seen. With P processes, every global micro-batch holds
    batch_size * P items and process r takes its r-th slice; the tail that cannot fill a global batch is dropped
    when P > 1 so all processes run the same number of steps.
    """
    n_proc, rank = accelerator.num_processes, accelerator.process_index
    generator = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    order = torch.randperm(len(dataset), generator=generator).tolist()  # type: ignore[arg-type]
    global_bs = batch_size * n_proc
    order = order[skip_micro_batches * global_bs :]
    if n_proc > 1:
        order = order[: len(order) // global_bs * global_bs]
        order = [i for start in range(0, len(order), global_bs) for i in order[start : start + global_bs][rank::n_proc]]
    return DataLoader(Subset(dataset, order), batch_size=batch_size, shuffle=False, collate_fn=collate_fn)


def micro_batches_per_epoch(n_items: int, batch_size: int, num_processes: int = 1) -> int:
    global_bs = batch_size * num_processes
    return n_items // global_bs if num_processes > 1 else math.ceil(n_items / batch_size)


def count_steps(run: Run, n_items: int) -> int:
    """Optimizer steps of a supervised run: `max_steps`, else `epochs` passes over `n_items` rows."""
    cfg = run.cfg
    assert isinstance(cfg, SupervisedConfig)
    per_epoch = micro_batches_per_epoch(n_items, cfg.batch_size, run.accelerator.num_processes)
    return cfg.max_steps or max(1, math.ceil(cfg.epochs * per_epoch / cfg.grad_accum))


def to_device(batch: Any, device: Any) -> Any:
    """A dict of tensors, or an object with `.to(device)` (like `RMBatch`), on `device`."""
    if isinstance(batch, dict):
        return {k: v.to(device) for k, v in batch.items()}
    return batch.to(device)


# ---------------------------------------------------------------------------------------------------- the loop


@dataclass
class Trainer:
    """The prepared model, optimizer and schedule of one run: what a step works with."""

    run: Run
    model: Any
    optimizer: Any
    scheduler: Any

    def optimizer_step(self, loss: Tensor) -> None:
        """backward, then (on an accumulation boundary) clip, step the optimizer and the schedule, zero grads."""
        accelerator, max_norm = self.run.accelerator, self.run.cfg.max_grad_norm
        accelerator.backward(loss)
        if accelerator.sync_gradients and max_norm > 0:
            accelerator.clip_grad_norm_(self.model.parameters(), max_norm)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad()


# (model, batch on the device) -> (loss, metrics of the micro-batch)
LossStep = Callable[[Any, Any], tuple[Tensor, dict[str, Any]]]
# (trainer, state) -> one list of micro-batch metrics per finished step; runs until the loop stops asking
Steps = Callable[[Trainer, TrainState], Iterator[list[Metrics]]]


@dataclass
class Batches:
    """The supervised step: seeded, resumable micro-batches of `data` (`cfg.batch_size` rows each), `loss_step` on
    each under the run's autocast, `cfg.grad_accum` of them per optimizer step. The window of micro-batches that
    makes a step may cross an epoch boundary."""

    data: Dataset
    collate: Callable[[list[Any]], Any]
    loss_step: LossStep

    def __call__(self, trainer: Trainer, state: TrainState) -> Iterator[list[Metrics]]:
        run, cfg = trainer.run, trainer.run.cfg
        assert isinstance(cfg, SupervisedConfig)
        done: list[Metrics] = []
        while True:
            loader = epoch_loader(run.accelerator, self.data, cfg.batch_size, self.collate, cfg.seed, state.epoch,
                                  state.micro_in_epoch)
            for batch in loader:
                with run.accelerator.accumulate(trainer.model):
                    with run.autocast():
                        loss, metrics = self.loss_step(trainer.model, to_device(batch, run.device))
                    trainer.optimizer_step(loss)
                state.micro_in_epoch += 1
                done.append({k: float(v) for k, v in metrics.items()})
                if run.accelerator.sync_gradients:
                    yield done
                    done = []
            state.epoch += 1
            state.micro_in_epoch = 0


@dataclass
class Task:
    """What a recipe hands to `fit`.

    steps / total_steps: the step generator (`Batches`, or PPO's rollouts) and how many steps to run;
    optimizer_steps: optimizer steps over the run, for the schedule's length (default total_steps).
    reduce: a logged row's values from the micro-batch metrics since the last row. evaluate(model): held-out
    metrics, logged with an "eval_" prefix every eval_every steps and at the end. summary: aligned_meta.json metric
    name -> key of the last train row. saved(model): the module to save (default: the trained one).
    config: the config to record (default: the run's); meta: more aligned_meta.json fields.
    """

    recipe: str
    loss: str
    model: torch.nn.Module
    tokenizer: Any
    steps: Steps
    total_steps: int
    optimizer_steps: int | None = None
    reduce: Reduce = mean_metrics
    evaluate: Callable[[Any], Metrics] | None = None
    eval_every: int = 0
    summary: dict[str, str] = field(default_factory=lambda: {"loss": "loss"})
    saved: Callable[[Any], torch.nn.Module] | None = None
    data_files: Sequence[str | None] = ()
    config: Any = None
    meta: dict[str, Any] = field(default_factory=dict)
    about: str = ""  # one line for the start-up log, e.g. "32 train / 16 eval pairs"


@dataclass
class TrainResult:
    output_dir: Path
    steps: int
    resumed_from: int | None
    metrics: dict[str, float]
    elapsed_s: float
    history: list[dict[str, Any]]

    def __str__(self) -> str:
        return f"saved {self.output_dir} after {self.steps} steps in {self.elapsed_s:.0f}s; metrics {self.metrics}"


def fit(run: Run, task: Task, on_step_end: Callable[[TrainState], None] | None = None) -> TrainResult:
    """Train `task` to `task.total_steps`, resuming from the newest checkpoint unless `resume` is off, then save
    the model with `aligned_meta.json`. `on_step_end(state)` runs after each step and its checkpoint (tests
    simulate crashes with it)."""
    cfg, accelerator = run.cfg, run.accelerator
    out = Path(cfg.output_dir)
    trainer = _prepare(run, task)
    ckpts = Checkpointer(checkpoint_dir(out), keep=2)
    if not cfg.resume:
        ckpts.discard(accelerator)
    state = (ckpts.resume(accelerator) if cfg.resume else None) or TrainState(seed=cfg.seed)
    log = MetricsLog(out / METRICS_FILE, state.history, enabled=accelerator.is_main_process)
    trainable = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    logger.info("%s: %s%s steps, %d/%d params trainable, %d threads, precision %s%s", task.recipe,
                f"{task.about}, " if task.about else "", task.total_steps, trainable,
                sum(p.numel() for p in trainer.model.parameters()), run.threads, run.precision,
                f", resumed at step {state.step}" if state.resumed_from is not None else "")
    _train(trainer, task, state, log, ckpts, on_step_end)
    metrics = _final_metrics(trainer, task, state, log)
    planned = task.total_steps
    cut = {"stopped_by_time_limit": {"steps": state.step, "planned": planned}} if state.step < planned else {}
    meta = build_meta(task.recipe, task.config or cfg, data_record(task.data_files), task.loss, state.step, metrics,
                      **task.meta, train_seconds=round(time.time() - run.started, 1), threads=run.threads,
                      precision=run.precision, **cut)
    save_final(accelerator, task.saved(trainer.model) if task.saved else trainer.model, task.tokenizer, out, meta)
    if accelerator.is_main_process:
        save_curves_png(state.history, out / CURVES_FILE)
    if not cfg.keep_checkpoints and not cut:  # a run cut by its time budget keeps its checkpoint to resume from
        ckpts.remove_all(accelerator)
    accelerator.end_training()
    return TrainResult(out, state.step, state.resumed_from, metrics, time.time() - run.started, state.history)


def _prepare(run: Run, task: Task) -> Trainer:
    """AdamW over the trainable parameters, the warm-up schedule over the run's optimizer steps, prepared."""
    from transformers import get_scheduler

    cfg = run.cfg
    optimizer = torch.optim.AdamW([p for p in task.model.parameters() if p.requires_grad], lr=cfg.lr,
                                  weight_decay=cfg.weight_decay)
    steps = (task.optimizer_steps or task.total_steps) * run.accelerator.num_processes
    scheduler = get_scheduler(cfg.lr_schedule, optimizer, num_warmup_steps=int(cfg.warmup_ratio * steps),
                              num_training_steps=steps)
    model, optimizer, scheduler = run.accelerator.prepare(task.model, optimizer, scheduler)
    return Trainer(run, model, optimizer, scheduler)


def _train(trainer: Trainer, task: Task, state: TrainState, log: MetricsLog, ckpts: Checkpointer,
           on_step_end: Callable[[TrainState], None] | None) -> None:
    run, cfg, total = trainer.run, trainer.run.cfg, task.total_steps
    bar = progress_bar(total, state.step, task.recipe, run.accelerator.is_main_process)
    trainer.model.train()
    window: list[Metrics] = []
    steps = task.steps(trainer, state) if state.step < total else iter(())
    for micro_batches in steps:
        window += micro_batches
        state.step += 1
        bar.update(1)
        if state.step % cfg.log_every == 0 or state.step == total:
            row = _train_row(trainer, task, state, window)
            window.clear()
            _record(state, log, row)
            skip = 2 if "epoch" in row else 1  # step (and epoch), then the first two metrics
            bar.set_postfix({k: f"{v:.3f}" for k, v in list(row.items())[skip : skip + 2]})
        if task.evaluate and task.eval_every and state.step % task.eval_every == 0 and state.step < total:
            _record(state, log, {"step": state.step, **prefixed(task.evaluate(trainer.model))})
        if state.step % cfg.save_every == 0 and state.step < total:
            ckpts.save(run.accelerator, state)
        if on_step_end is not None:
            on_step_end(state)
        if state.step >= total:
            break
        if cfg.max_minutes is not None and _budget_spent(run, cfg.max_minutes):
            logger.warning("%s: the %.1f-minute budget is spent: stopping at step %d of %d (a rerun with resume "
                           "continues)", task.recipe, cfg.max_minutes, state.step, total)
            if window:  # the steps since the last logged row
                _record(state, log, _train_row(trainer, task, state, window))
            ckpts.save(run.accelerator, state)
            break
    bar.close()


def _train_row(trainer: Trainer, task: Task, state: TrainState, window: list[Metrics]) -> dict[str, Any]:
    """The logged row of the steps in `window`: step (and epoch), their reduced metrics, lr and elapsed time."""
    epoch = {"epoch": state.epoch} if isinstance(task.steps, Batches) else {}
    return {"step": state.step, **epoch, **task.reduce(window), "lr": trainer.scheduler.get_last_lr()[0],
            "time": round(time.time() - trainer.run.started, 2)}


def _budget_spent(run: Run, minutes: float) -> bool:
    """Whether the wall-clock budget is spent, decided alike on every process (each has its own clock; one that
    stopped alone would leave the others waiting at the next gradient sync)."""
    spent = time.time() - run.started > 60 * minutes
    if run.accelerator.num_processes == 1:
        return spent
    flag = torch.tensor([float(spent)], device=run.accelerator.device)
    return bool(run.accelerator.reduce(flag, reduction="max").item())


def _record(state: TrainState, log: MetricsLog, row: dict[str, Any]) -> None:
    state.history.append(row)
    log.log(row)


def _final_metrics(trainer: Trainer, task: Task, state: TrainState, log: MetricsLog) -> dict[str, float]:
    """The summary's keys from the last train row, then a final held-out evaluation (logged too)."""
    train_rows = [r for r in state.history if not any(k.startswith("eval_") for k in r)]
    last = train_rows[-1] if train_rows else {}
    metrics = {name: last[key] for name, key in task.summary.items() if key in last}
    if task.evaluate:
        final = prefixed(task.evaluate(trainer.model))
        metrics.update(final)
        _record(state, log, {"step": state.step, **final})
    return metrics


def main_for(train: Callable[[Any], TrainResult], cfg: TrainConfig,
             errors: tuple[type[Exception], ...] = (DataFormatError, FileNotFoundError)) -> int:
    """A recipe's command: run `train(cfg)` with INFO logging and print the result; the `errors` (bad data, a
    missing file) print one line and give exit status 2."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    try:
        result = train(cfg)
    except errors as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result)
    return 0
