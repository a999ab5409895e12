"""The one config base of the training recipes, and their command lines (`transformers.HfArgumentParser`).

`TrainConfig` declares what every recipe shares (output dir, model, optimizer, LoRA, checkpoints, seed, precision,
threads), `SupervisedConfig` adds what the recipes that walk over a data set share (data files, epochs or steps,
batch, accumulation, eval). A recipe's config subclasses one of them, adds only its own fields, and changes a
shared default with `default_of`, which keeps the field's help text and checks:

    @dataclass
    class DPOConfig(SupervisedConfig):
        lr: float = default_of(SupervisedConfig, "lr", 5e-6)
        beta: float = field(default=0.1, metadata={"help": "β: strength of the KL anchor to the reference"})

Every field is a `--flag` (`--flag-name` or `--flag_name`; a bool that defaults to true also gets `--no-flag`).
Configs check themselves when built (`__post_init__` collects every problem of the class chain via `problems()`),
so a bad value fails at start with one message, as a usage error on the command line.
"""

import argparse
import dataclasses
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

MixedPrecision = Literal["no", "bf16", "auto"]
MIXED_PRECISIONS: tuple[str, ...] = typing.get_args(MixedPrecision)


def default_of(base: type, name: str, value: Any) -> Any:
    """Field `name` of the dataclass `base` with another default, its help text (metadata) kept."""
    return field(default=value, metadata=base.__dataclass_fields__[name].metadata)


def check_bounds(
    cfg: Any, positive: Sequence[str] = (), non_negative: Sequence[str] = (), at_least_one: Sequence[str] = ()
) -> list[str]:
    """Problems with numeric fields: `positive` must be > 0 (or None), `non_negative` >= 0, `at_least_one` None
    or >= 1."""
    problems = [f"{n} must be > 0, got {getattr(cfg, n)}" for n in positive
                if getattr(cfg, n) is not None and not getattr(cfg, n) > 0]
    problems += [f"{n} must be >= 0, got {getattr(cfg, n)}" for n in non_negative if not getattr(cfg, n) >= 0]
    problems += [f"{n} must be >= 1, got {getattr(cfg, n)}" for n in at_least_one
                 if getattr(cfg, n) is not None and getattr(cfg, n) < 1]
    return problems


@dataclass
class TrainConfig:
    """Settings every recipe shares. Subclasses add their own fields and extend `problems()`."""

    output_dir: str = field(default="", metadata={"help": "where checkpoints, metrics and the final model go"})
    model: str | None = field(
        default=None,
        metadata={"help": "the model to start from (HF checkpoint dir); None = the default generator (SmolLM2-135M)",
                  "aliases": ["--base-model", "--base_model"]},
    )
    lr: float = field(default=1e-5, metadata={"help": "peak learning rate (AdamW); LoRA wants ~1e-4"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    warmup_ratio: float = field(default=0.05, metadata={"help": "fraction of the optimizer steps of linear warm-up"})
    lr_schedule: str = field(default="linear", metadata={"help": "transformers scheduler name after warm-up"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm (0 = off)"})
    lora: bool = field(default=False, metadata={"help": "train LoRA adapters (merged into the model when saved)"})
    lora_rank: int = field(default=16, metadata={"help": "LoRA rank r"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha (scale = alpha / r)"})
    save_every: int = field(default=50, metadata={"help": "checkpoint every n steps"})
    log_every: int = field(default=1, metadata={"help": "log train metrics every n steps"})
    seed: int = field(default=0, metadata={"help": "seed for initialisation, data order, dropout and sampling"})
    resume: bool = field(
        default=True,
        metadata={"help": "continue from the newest checkpoint in output_dir; --no-resume starts at step 0 and "
                          "deletes the checkpoints an earlier run left there"},
    )
    keep_checkpoints: bool = field(default=False, metadata={"help": "keep checkpoints/ after the final save"})
    max_minutes: float | None = field(
        default=None,
        metadata={"help": "wall-clock budget: stop after the step that passes it and save the model as of that step "
                          "(its meta records the steps done of those planned); None = no limit"},
    )
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads (None = available cores)"})
    mixed_precision: MixedPrecision = field(
        default="no",
        metadata={"help": "forward in bf16 autocast: 'no', 'bf16' or 'auto' (bf16 where the hardware computes it "
                          "natively: AVX512-BF16/AMX CPUs, bf16 GPUs); weights and optimizer stay float32"},
    )

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise ValueError(f"invalid {type(self).__name__}: " + "; ".join(problems))

    def problems(self) -> list[str]:
        """Everything wrong with the values; subclasses add theirs to `super().problems()`."""
        from transformers import SchedulerType

        problems = [] if self.output_dir else ["output_dir is required"]
        positive = ("lr", "save_every", "log_every", "lora_rank", "lora_alpha", "max_minutes")
        problems += check_bounds(self, positive=positive,
                                 non_negative=("weight_decay", "max_grad_norm"), at_least_one=("threads",))
        if not 0 <= self.warmup_ratio < 1:
            problems.append(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        schedules = sorted(s.value for s in SchedulerType)
        if self.lr_schedule not in schedules:
            problems.append(f"lr_schedule must be one of {schedules}, got {self.lr_schedule!r}")
        for f in dataclasses.fields(self):
            choices = typing.get_args(f.type) if typing.get_origin(f.type) is Literal else ()
            if choices and getattr(self, f.name) not in choices:
                problems.append(f"{f.name} must be one of {list(choices)}, got {getattr(self, f.name)!r}")
        return problems


@dataclass
class SupervisedConfig(TrainConfig):
    """Settings of the recipes that walk over a data set in seeded, resumable micro-batches (rm, dpo, kto, sft)."""

    train_data: str = field(default="", metadata={"help": "training JSONL"})
    eval_data: str | None = field(default=None, metadata={"help": "held-out JSONL, evaluated every eval_every steps "
                                                                  "and at the end"})
    limit: int | None = field(default=None, metadata={"help": "use only the first n training rows"})
    eval_limit: int | None = field(default=None, metadata={"help": "use only the first n held-out rows"})
    epochs: float = field(default=1.0, metadata={"help": "passes over the training data (ignored if max_steps)"})
    max_steps: int | None = field(default=None, metadata={"help": "optimizer steps to run; overrides epochs"})
    batch_size: int = field(default=4, metadata={"help": "training rows per micro-batch"})
    grad_accum: int = field(default=1, metadata={"help": "micro-batches per optimizer step"})
    max_length: int = field(default=512, metadata={"help": "tokens per sequence; longer inputs lose their start"})
    eval_every: int = field(default=0, metadata={"help": "evaluate every n steps (0 = only at the end)"})
    eval_batch_size: int = field(default=8, metadata={"help": "rows per forward pass when evaluating"})

    def problems(self) -> list[str]:
        problems = super().problems() + ([] if self.train_data else ["train_data is required"])
        problems += check_bounds(self, positive=("epochs", "batch_size", "grad_accum", "eval_batch_size"),
                                 non_negative=("eval_every",), at_least_one=("max_steps", "limit", "eval_limit"))
        if self.max_length < 8:
            problems.append(f"max_length must be >= 8, got {self.max_length}")
        return problems


# ---------------------------------------------------------------------------------------------------- CLI


def build_parser(cls: type, prog: str, description: str) -> Any:
    """An `HfArgumentParser` with one option per field of the config dataclass `cls` (help texts and defaults
    from the fields). Add a recipe's extra options (like rm's `--default`) to it before parsing."""
    from transformers import HfArgumentParser

    return HfArgumentParser(cls, prog=prog, description=description)


def config_from_args(parser: argparse.ArgumentParser, cls: type, args: argparse.Namespace) -> Any:
    """Build `cls` from parsed options; a config that fails its checks is a usage error (exit status 2)."""
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    try:
        return cls(**{k: v for k, v in vars(args).items() if k in names})
    except ValueError as exc:
        parser.error(str(exc))


def parse_config(cls: type, argv: Sequence[str] | None, prog: str, description: str) -> Any:
    """`cls` from command-line options (a usage error exits with status 2)."""
    parser = build_parser(cls, prog, description)
    return config_from_args(parser, cls, parser.parse_args(argv))
